"""The grammar of a name's body: where a name that ends in a suffix starts, and whether what
lies before the suffix names anything.

The grammar, as applied here:
- a name ends in a suffix from ``org_suffixes.tsv``; the longest suffix wins, so 中心卫生院
  beats 卫生院, and a suffix must end on a word boundary of the segmenter;
- its body runs left over name characters (Chinese, digits, Latin letters, ·) and over whole
  place names, and stops at punctuation, at a boundary word (``stopwords.txt``) or after 24
  characters (40 for programmes and events); a leading date or conjunction is dropped;
- a body made only of generic words (``generic_modifiers.txt``), level characters, ordinals
  and digits names nothing, unless it holds a place;
- 市医保局, 省总工会 after a named place stand for that place's body;
- programmes, events and documents (``WORKS``) have long names: 及/暨 and verbs that name a
  kind of work (``nominal_verbs.txt``) stay inside them; a body of one short common word names
  nothing; a bare policy word needs the text to mark a document: quotes, a place, a count or
  an issuing verb.

Every word list and pattern comes from ``kg/lexicons/`` (``patterns_names.tsv``,
``function_words.tsv`` and the word lists named above).
"""

from __future__ import annotations

import re

from kg.lexicons.catalog import (
    function_words,
    gazetteer,
    level_chars,
    longest_suffix_length,
    org_suffixes,
    subunit_suffixes,
    suffix_of,
    word_set,
)
from kg.lexicons.loader import pattern
from kg.nlp.candidates import NAME_CHAR, QUANTITY, QUOTED_PROGRAM_WORD, Candidate
from kg.nlp.mentions import Mention, most_named
from kg.nlp.name_edges import NameEdges
from kg.schema import COARSE, ORGANIZATIONS

WORKS = frozenset({"Program", "Event", "Policy"})  # named by a long phrase, not a body + suffix
QUOTED_PART = pattern("quoted_part")
QUOTE_MARK = pattern("quote_mark")
LEADING_DATE = pattern("leading_date")
LEADING_YEAR = pattern("leading_year")
CORPS_DIVISION = pattern("corps_division")
CHAIN_BEFORE_PLACE = pattern("chain_before_place")
BATCH = pattern("batch")
ORDINAL = pattern("ordinal")
PROPER_MARK = pattern("proper_mark")
INNER_PAREN = pattern("inner_paren")
ISSUED = pattern("issued")
COUNTED = pattern("counted")
AID_TEAM_MARK = pattern("aid_team_mark")
AID_TEAM_SENDER = pattern("aid_team_sender")
AID_TEAM_TRIP = pattern("aid_team_trip")
NOT_NAME_LETTER = pattern("not_name_letter")
CEREMONY = pattern("ceremony")
EVENT_VENUE = pattern("event_venue")
TITLE = pattern("person_title")
SPECIALTY_ALLIANCE = pattern("specialty_alliance")
OWNED_CLASS = pattern("owned_class")
FOLLOWING_OPENING = pattern("following_opening")
ALLIANCE_HEADQUARTERS = pattern("alliance_headquarters")


def _longest_first(words: frozenset[str] | set[str]) -> list[str]:
    """Longest first, ties in a fixed order (a set's own order changes from one process to the next)."""
    return sorted(words, key=lambda w: (-len(w), w))


class NameGrammar:
    """The lexicons of the name grammar, read once, and the rules that apply them."""

    def __init__(self, max_org_body: int = 24, max_initiative_body: int = 40, subunit_gap: int = 8) -> None:
        """``max_org_body``/``max_initiative_body``: the most characters a body runs left of its
        suffix (events and programmes have longer names); ``subunit_gap``: the most characters of
        a sub-unit's own name after its parent's (某协会某某分会)."""
        self.max_body = {"org": max_org_body, "initiative": max_initiative_body}
        self.subunit_gap = subunit_gap
        self.suffixes = org_suffixes()
        self.subunits = subunit_suffixes()
        self.longest_first = sorted(self.suffixes, key=len, reverse=True)
        self.suffix_re = re.compile("|".join(map(re.escape, self.longest_first)))
        self.overlapping_suffix_re = re.compile(f"(?=({self.suffix_re.pattern}))")
        stop = word_set("stopwords.txt") | word_set("post_joiners.txt")  # 院长兼联盟理事长: posts, no name
        self.stops = {"org": stop | word_set("org_verbs.txt"),
                      "initiative": stop | word_set("initiative_verbs.txt")}
        # words that end an organisation's name but may stand inside a programme's
        self.inner_words = _longest_first(word_set("nominal_verbs.txt") | set(function_words("work_conjunction"))
                                          | set(function_words("event_act")))
        self.leading_verbs = _longest_first(set(self.inner_words) | word_set("initiative_verbs.txt"))
        self.org_stops = _longest_first(self.stops["org"])
        self.stop_len = max(len(w) for w in self.stops["org"] | self.stops["initiative"])
        self.generic = _longest_first(word_set("generic_modifiers.txt") | set(function_words("level_character")))
        self.leading_conj = "".join(function_words("name_start_conjunction"))
        self.whole_scopes = tuple(function_words("whole_scope"))
        self.self_references = _longest_first(set(function_words("self_reference")))
        self.work_joiners = function_words("work_joiner")
        self.level_chars = level_chars()
        self.national_anchors = function_words("national_anchor")
        self.level_suffixes = function_words("level_suffix")
        self.national_scopes = function_words("national_scope")
        self.award_grades = function_words("award_grade")
        self.gaz = gazetteer()
        self.edges = NameEdges(self)

    def suffixes_in(self, text: str, bounds: set[int]) -> list[tuple[int, int]]:
        """(start, end) of the longest suffix ending at each word boundary, right before a post
        title (the segmenter may join 县委常委 into one word) or a verb (委组派), or right before a level word and
        another suffix (区委区政府: two bodies of one place, which the segmenter may cut as 区委区/
        政府). Matches may overlap: 部署会 inside 部署会议 must not hide 会议. An event's suffix
        before a venue word (会议中心, 会议室) is a piece of the venue's name and ends nothing."""
        longest: dict[int, int] = {}
        for m in self.overlapping_suffix_re.finditer(text):
            end = m.start() + len(m.group(1))
            after = end in bounds or TITLE.match(text, end) or self.edges.name_and_title_at(text, end) \
                or self.edges.verb_glued_at(text, end, bounds) or (
                text[end:end + 1] in self.level_chars and self.suffix_re.match(text, end + 1) is not None)
            venue = self.suffixes[m.group(1)] == "Event" and EVENT_VENUE.match(text, end)
            if after and end not in longest and not venue:
                longest[end] = m.start()  # 县委常委, 卫生健康委何某主任: a title (or a name and a title) after
        return sorted((start, end) for end, start in longest.items())

    def left(self, text: str, start: int, place_end: dict[int, Mention],
             suffix_end: set[int], kind: str, bounds: set[int], body_ends: frozenset[int] = frozenset()) -> int:
        """Scan left over the body. A boundary word counts only where it is a word of its own
        for the segmenter (从 ends a name, 从业 does not). A conjunction 和/与/及 ends it only
        right after another complete name (乡镇卫生院和社区…), since 和 is common inside names
        (协和医院). ``body_ends``: where names of bodies end that the body does not run over (a
        government body before the programme it runs)."""
        j = start
        while j > 0 and start - j < self.max_body[kind]:
            if j < start and j in body_ends:
                break  # 国家某委改善医疗服务行动计划: the programme, named after the body that runs it
            if j in place_end:
                j = place_end[j].start
                if kind == "initiative" and self.edges.verb_before_place(text, j, bounds):
                    break  # 借助某市国际马拉松赛: the verb, then the work named from the place
                if kind == "initiative" or j in suffix_end or j in place_end or CHAIN_BEFORE_PLACE.search(text, 0, j):
                    continue
                break  # 王吟和南昌市中心医院, 减免江西省…俱乐部: a name starts at its place
            if j in suffix_end and j < start and kind == "org" and (
                    text[j] in self.level_chars or any(text.startswith(w, j) for w in self.stops[kind] if len(w) > 1)):
                break  # 礼泉县委县政府, 卫生健康委联合市发展改革委: a complete name, then the next
            # a quote right before the suffix: “美丽医院”建设 is a quoted programme (below)
            inside = j < start or not QUOTED_PROGRAM_WORD.match(text, start)
            quoted = QUOTED_PART.search(text, max(0, j - 32), j) if text[j - 1] == "”" and inside else None
            if quoted and j - 1 - quoted.start() > 1 and kind == "initiative":
                j = quoted.start()  # 2023年度“最美浙江人”人物评选活动: a quoted part inside a name
                continue
            q = quoted.start() if quoted else 0
            if quoted and j == start and (not NAME_CHAR.match(text[q - 1: q] or "。")
                                          or self._stop_length(text, q, kind, bounds)):
                j = q  # 慰问了“光明行”专家组: a body named by a quotation only
                break
            paren = INNER_PAREN.search(text, max(0, j - 8), j) if kind == "initiative" and j < start else None
            if paren and NAME_CHAR.match(text[paren.start() - 1: paren.start()] or "。"):
                j = paren.start()  # 国家医学中心(中医类)建设项目: a bracketed qualifier inside the name
                continue
            joined = kind == "initiative" and text[j - 1] in self.work_joiners
            phrase_end = j - 1 in suffix_end or (kind == "initiative" and (
                bool(QUOTED_PROGRAM_WORD.search(text, max(0, j - 3), j - 1))
                or text.endswith(self.whole_scopes, 0, j - 1)))
            if text[j - 1] in self.leading_conj and phrase_end and not joined:
                break  # 健康龙江建设和爱国卫生运动: two; 全省和某市…会议: the province's and the city's
                # meetings, one suffix shared; but 健康贵阳行动暨…主题宣传活动 is one event
            if j < start and self.edges.post_and_name_at(text, j):
                return start  # 副县长某某主持会议: a clause (a post, a name, its verb), no name
            if j < start and kind == "org" and j not in suffix_end and text.startswith(self.national_anchors, j):
                break  # 此次得到国家某某委, 受国家某某局: a national body's name starts at its anchor
            if self.edges.verb_before_proper(text, j, start, kind, place_end, bounds):
                break  # 记者走访某某医院: a verb, then a proper name
            if kind == "org" and j < start and (verb_end := self.edges.adverb_and_verb_at(text, j, start, bounds)):
                j = verb_end  # 认真履行某某医院职责: a clause, then the name
                break
            clause = self.edges.clause_word_before(text, j, kind, bounds) if j < start else ""
            if clause:
                j = self.edges.after_verb(text, j, start, bounds) if clause in self.edges.adverbs else j
                break
            n = self._stop_length(text, j, kind, bounds)
            if n and kind == "initiative" and (self._inner_word_at(text, j - n, start) or self._opens_suffix(
                    text, j - n, j, suffix_end)):
                j -= n  # 心理援助热线, 定向帮扶及…提升项目: words of the programme's own kind; 推进
                continue  # of …推进现场会暨…仪式: the first word of an inner event's suffix
            if n or not NAME_CHAR.match(text[j - 1]):
                break
            j -= 1
        j = self.past_leading_verbs(text, j, start)
        if kind == "initiative":
            j = self.edges.past_opening_clause(text, j, start, {p.start for p in place_end.values()})
        return j

    def past_leading_verbs(self, text: str, j: int, start: int) -> int:
        """Past the verbs and conjunctions that open the text at ``j``, up to ``start``: those of
        a work's own kind (开展对口帮扶项目) and those that introduce one (印发推进某某行动实施
        方案): a name does not start with its verb."""
        while j < start and (w := next((w for w in self.leading_verbs if text.startswith(w, j)), None)):
            j += len(w)
        return j

    def _inner_word_at(self, text: str, at: int, start: int) -> bool:
        """A word of a programme's own kind starts at ``at`` and ends within the body, before
        ``start``: the boundary word there is its first part (对口 of 对口支援工作座谈会)."""
        return any(text.startswith(w, at) and at + len(w) <= start for w in self.inner_words)

    def _opens_suffix(self, text: str, at: int, j: int, suffix_end: set[int]) -> bool:
        """The longest suffix at ``at`` runs past ``j`` and ends a name there (推进 of 推进现场会)."""
        m = self.suffix_re.match(text, at)
        return m is not None and m.end() > j and m.end() in suffix_end

    def _stop_at(self, text: str, at: int, min_len: int = 1) -> str:
        """The longest boundary word (of organisation names) that starts at ``at``, or ""."""
        return next((w for w in self.org_stops if len(w) >= min_len and text.startswith(w, at)), "")

    def _stop_length(self, text: str, j: int, kind: str, bounds: set[int]) -> int:
        """The length of a boundary word that ends at ``j`` (0 if none)."""
        if j not in bounds:
            return 0
        stop = self.stops[kind]
        return next((n for n in range(1, min(self.stop_len, j) + 1)
                     if text[j - n:j] in stop and j - n in bounds), 0)

    def candidate(self, text: str, start: int, end: int, suffix: str,
                   places: list[Mention], bounds: set[int]) -> Candidate | None:
        if FOLLOWING_OPENING.match(text, start):
            start += 1  # 继某某医共体建设之后: the preposition, then the name
        body = text[start:end]
        date = LEADING_DATE.match(body)
        if date:
            start += date.end()
        while end - start > len(suffix) + 2 and text[start] in self.leading_conj and start + 1 in bounds:
            start += 1
        own = next((w for w in self.self_references if text.startswith(w, start)), "")
        if own and start + len(own) < end - len(suffix):
            start += len(own)  # 我院第五批援某国医疗队: the writer's hospital, then the team's name
        type_ = self.suffixes[suffix]
        org = COARSE[type_] == "Organization"
        lead = self._stop_at(text, start, min_len=2) if org else ""
        if lead and start + len(lead) < end - len(suffix):
            start += len(lead)  # 联合市医保局: the segmenter joined the verb to the level word
        year = LEADING_YEAR.match(text, start, end - len(suffix))
        verb = self._stop_at(text, year.end()) if year else ""
        if year and (org or verb):
            start = year.end() + len(verb)  # 2021年香港共享基金会, 2023年获南丁格尔奖章
        start = self.designation_start(text, start, end, suffix, places, bounds)
        trip = AID_TEAM_TRIP.search(text, max(0, start - 12), start) if type_ == "AidTeam" else None
        if trip:  # 中国政府赴某国…专家组, 某省赴某市医疗队: the trip and its sender name the team
            start = next((p.start for p in places if p.end == trip.start()), trip.start())
        grade = next((g for g in self.award_grades if text.endswith(g, start, end)), "") if (
            self.subunits.get(suffix) == "Scope") else ""
        if grade and text.endswith(suffix, start, end - len(grade)):
            end -= len(grade)  # 某某奉献奖金奖: the award, then its grade
        elided = self._elided_place(text, start, end, suffix, type_, places, bounds) or self._elided_parent(
            text, start, end, suffix, type_, places)
        if elided is None and not self.is_name(text, start, end, suffix, type_, places):
            return None
        inner = [(m.end() + start, m.group())
                 for m in self.suffix_re.finditer(text[start:end - len(suffix)])
                 if m.end() + start in bounds or suffix in self.subunits]
        if type_ == "Event" and inner and self.suffixes[inner[-1][1]] == "Event" and CEREMONY.fullmatch(
                text, inner[-1][0], end):
            # …评选活动颁奖仪式: the ceremony of a named event is that event
            return Candidate(start, inner[-1][0], type_, text[start:inner[-1][0]], inner_ends=inner[:-1],
                             aliases=[text[start:end]])
        if type_ == "MedicalAlliance" and (headquarters := ALLIANCE_HEADQUARTERS.match(text, end)):
            end = headquarters.end()  # 某区医疗集团总部: the group's own body, named as the group
        name = text[start:end] if elided is None else elided.name + text[start + 1:end]
        sender = AID_TEAM_SENDER.search(text, max(0, start - 12), start) if type_ == "AidTeam" else None
        if sender:  # 中国（某省）第五批援某国医疗队: the sender in brackets is part of the name
            return Candidate(sender.start(), end, type_, text[sender.start():end], inner_ends=inner,
                             aliases=[name])
        return Candidate(start, end, type_, name, inner_ends=inner, elided=elided)

    def designation_start(self, text: str, start: int, end: int, suffix: str, places: list[Mention],
                          bounds: set[int]) -> int:
        """某市创建国家卫生城市, 援某地医疗队全国某某模范集体: a designation's name (a "Scope"
        suffix) starts at the last place or national scope before its suffix; what lies before
        (the place that earns it, a verb) is not part of it."""
        if self.subunits.get(suffix) != "Scope":
            return start
        cut = end - len(suffix)
        scopes = [i for i in range(start, cut) if i in bounds and text.startswith(self.national_scopes, i)]
        return max([p.start for p in places if start <= p.start < cut] + scopes, default=start)

    def _elided_place(self, text: str, start: int, end: int, suffix: str, type_: str,
                      places: list[Mention], bounds: set[int] | None = None) -> Mention | None:
        """市医保局, 省总工会, 县政府: an organisation named by the level of a place instead of
        the place stands for a place of that level named before it (mentions.most_named). So
        does one with a proper body where the segmenter makes the level a word of its own
        (县/精神/保健/医院; not 市内/医院 or 县域/医共体, words of their own), unless its suffix
        names a unit (市医院管理局党委 is the 局's committee, read with the 局)."""
        if COARSE[type_] != "Organization" or text[start] not in self.level_chars or end - start - len(suffix) > 6:
            return None
        if any(p.start <= start < p.end for p in places):
            return None
        rest = text[start + 1:end - len(suffix)]
        own_word = bounds is not None and start + 1 in bounds and len(rest) > 1 and suffix not in self.subunits \
            and not rest.endswith(self.level_suffixes)  # 县两级医院: a grade, no name
        if (rest and not self.is_generic(rest) and not own_word) or rest.startswith(self.level_suffixes) or any(
                len(g) > 1 and text.startswith(g, start) for g in self.generic) or OWNED_CLASS.match(rest):
            return None  # 省级卫生健康委, 市内医院, 市属医院: any province's or a class, not the one named before
        return most_named([p for p in places if p.end <= start and p.name.endswith(text[start])
                               and p.type != "Township"])

    def _elided_parent(self, text: str, start: int, end: int, suffix: str, type_: str,
                       places: list[Mention]) -> Mention | None:
        """省卫生健康委人事处, 市卫健委社区处, 县人民医院医疗健康集团: a unit, or an alliance named
        for the body that leads it, whose body is named by the level of a place stands for that
        place's, as the body alone would (市卫健委, 县人民医院)."""
        parent = self.subunits.get(suffix)
        if parent in ("Place", "Scope") or (parent is None and type_ != "MedicalAlliance") \
                or text[start] not in self.level_chars:
            return None
        cut = end - len(suffix)
        kinds = {parent} if parent else ORGANIZATIONS
        bodies = [m for m in self.suffix_re.finditer(text, start + 1, cut) if self.suffixes[m.group()] in kinds]
        for m in reversed(bodies) if parent else bodies:  # a unit's parent ends last; a leader first
            elided = self._elided_place(text, start, m.end(), m.group(), self.suffixes[m.group()], places)
            if elided is not None:
                return elided
        return None

    def policy_like(self, text: str, c: Candidate, places: list[Mention], found: list[Candidate]) -> bool:
        """An unbracketed policy word (办法, 方案, 措施) names a document only where the text
        marks it as one: in quotes; starting with a place (河南省医保经办规程, not 考核办法);
        counted (便民惠民服务20条措施); as the object of an issuing verb (印发…, 发布…), or
        listed right after such a document (发布A典型经验、B典型案例)."""
        start, end = c.start, c.end
        quoted = start > 0 and text[start - 1] in "“\"「" and end < len(text) and text[end] in "”\"」"
        return (quoted or any(p.start == start for p in places)
                or bool(COUNTED.search(text, start, end))
                or bool(ISSUED.search(text, max(0, start - 8), start))
                or (start > 0 and text[start - 1] == "、"
                    and any(f.end == start - 1 and f.type == "Policy" for f in found)))

    def is_name(self, text: str, start: int, end: int, suffix: str, type_: str,
                 places: list[Mention]) -> bool:
        prefix = text[start:end - len(suffix)]
        if type_ == "AidTeam" and not AID_TEAM_MARK.search(prefix):  # sent, or named for its mission
            return False
        if suffix in self.subunits:
            parent = self.subunits[suffix]
            cut = end - len(suffix)
            if parent in ("Place", "Scope"):  # 三明医改, 上城区凯心果托育园, 全国某某模范集体
                body_suffix = suffix_of(prefix)
                if parent == "Place" and body_suffix and COARSE[self.suffixes[body_suffix]] == "Organization":
                    return False  # 某医院党委: the body's own, no name of its own (its posts stay with the body)
                return any(p.end == cut or p.start == start for p in places) or (
                    parent == "Scope" and text.startswith(self.national_scopes, start))
            window = max(0, cut - self.subunit_gap - longest_suffix_length())  # the parent may start before
            if not any(self.suffixes[m.group()] == parent and cut - self.subunit_gap <= m.end() <= cut
                       for m in self.suffix_re.finditer(text, window, cut)):
                return False
        if QUANTITY.search(prefix) or (COARSE[type_] == "Organization" and BATCH.search(prefix)):
            return False  # 通州区22家社区医院, 所有…: plural, generic; 第三批…基金会: two names
        has_place = any(start <= p.start and p.end <= end - len(suffix) + 1 for p in places)
        if any(start <= p.start and OWNED_CLASS.match(text, p.end) for p in places):
            return False  # 北京市属医院: the city's hospitals as a class
        rest = prefix
        for p in places:
            rest = rest.replace(p.text, "")
        trip = type_ == "AidTeam" and AID_TEAM_TRIP.search(rest) is not None  # 赴某市医疗队
        if (rest in self.stops["org"] and not trip) or (not has_place and type_ not in WORKS
                                          and self.edges.only_predicates(rest)):
            return False  # 下带医共体, 宣布医院: a verb, not a name (but 无偿献血运动 is a programme's)
        inner_org = max((m.end() for m in self.suffix_re.finditer(prefix)
                         if COARSE[self.suffixes[m.group()]] == "Organization"), default=0)
        if type_ == "Program" and inner_org and len(prefix) - inner_org <= 2:
            return False  # 中国妇幼保健研究会培训项目: the body's own training, not a named programme
        if type_ == "MedicalAlliance" and not has_place and not inner_org and SPECIALTY_ALLIANCE.fullmatch(rest):
            return False  # 骨科专科联盟: a kind of alliance, not one of them
        kind_of_work = len(rest) <= 2 or (len(rest) <= 4 and rest.endswith(tuple(self.inner_words)))
        if type_ in WORKS and not has_place and kind_of_work and not PROPER_MARK.search(prefix):
            return False  # 接种宣传活动, 心理援助热线: a kind of activity, named by nothing of its own
        role = self.suffix_re.sub(lambda m: "" if self.suffixes[m.group()] == "MedicalAlliance" else m.group(), rest)
        if COARSE[type_] == "Organization" and role != rest and self._generic_words(role):
            return False  # 医联体成员医院, 医共体牵头医院: a body's role in an alliance, no name
        quoted = type_ in WORKS and len(QUOTE_MARK.findall(prefix)) >= 2  # “某某”健康行动: the quotation names it
        return has_place or quoted or not self.is_generic(rest)

    def _generic_words(self, body: str) -> bool:
        """Made of generic words and nothing else (定点, 市内高水平): stricter than
        ``is_generic``, which lets a character or an ordinal through (同仁, 第三)."""
        rest = body
        for g in self.generic:
            rest = rest.replace(g, "")
        return bool(body) and not rest

    def is_generic(self, body: str) -> bool:
        """Made only of generic words, ordinals and digits (三级, 县级, 第一): names nothing."""
        rest = ORDINAL.sub("", body)
        for g in self.generic:
            rest = rest.replace(g, "")
        return len(NOT_NAME_LETTER.sub("", rest)) < 2
