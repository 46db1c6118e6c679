"""Organisations and initiatives: names built of a body and a suffix that gives the type.

The grammar, as applied here:
- a name ends in a suffix from ``org_suffixes.tsv`` (医院, 卫生健康委, 医疗集团, 会议, 项目,
  方案 …); the longest suffix wins, so 中心卫生院 beats 卫生院;
- its body runs left over name characters (Chinese, digits, Latin letters, ·) and over whole
  place names, and stops at punctuation, at a boundary word (``stopwords.txt``: particles,
  prepositions, verbs of news prose) or after 24 characters; a leading date or conjunction is
  dropped. So 患者在丹东市第一医院 gives 丹东市第一医院, never 在丹东市第一医院;
- names chain: 大连医科大学附属第二医院 holds 大连医科大学; 北京大学第一医院太原医院
  holds 北京大学第一医院 and 北京大学; inner names are kept as mentions marked ``inner``;
- a body made only of generic words (三级, 县级, 乡镇, 公立 — ``generic_modifiers.txt``),
  ordinals and digits names nothing (三级医院, 第一医院), unless it holds a place;
- the canonical name drops leading places that only locate the next one
  (浙江省丽水市中心医院 → 丽水市中心医院), keeping a single leading place
  (江西省肿瘤医院); the written form stays as an alias;
- a hospital "University 附属 Place…医院" is also called by the part after 附属
  (北京天坛医院); 市医保局, 省总工会 after a named place stand for that place's body;
- a parenthesis right after a name that itself parses as a name of the same coarse kind is an
  alias (江西省肿瘤医院(南昌医学院第二附属医院));
- names the text marks otherwise (《…》, quotes, observances, official short forms) come from
  ``marked_names`` and are merged with the suffix readings here;
- programmes, events and documents (``WORKS``) have long names: 及/暨 and verbs that name a
  kind of work (援助, 帮扶: ``nominal_verbs.txt``) stay inside them; A暨B names B as well; a
  body of one short common word names nothing (接种宣传活动); a bare policy word (方案, 措施)
  needs the text to mark a document: quotes, a place, a count (20条措施) or an issuing verb;
- the ceremony of a named event is that event (…评选活动颁奖仪式); a work cited by part of
  its name is the same work (同伴支持项目 after 精神健康同伴支持项目).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicons.catalog import (
    LEVEL_CHARS,
    gazetteer,
    longest_suffix_length,
    org_suffixes,
    subunit_suffixes,
    suffix_of,
    word_set,
)
from kg.nlp.candidates import NAME_CHAR, QUANTITY, QUOTED_PROGRAM_WORD, Candidate
from kg.nlp.marked_names import MarkedNames
from kg.nlp.mentions import Decision, Mention, add_mention, decide, mentions_of, token_bounds
from kg.nlp.text import in_order
from kg.schema import COARSE

SUBUNIT_GAP = 8  # 重庆市医师协会神经内科医师分会: the unit's own words after its parent's name
WORKS = frozenset({"Program", "Event", "Policy"})  # named by a long phrase, not a body + suffix
MAX_BODY = {"org": 24, "initiative": 40}  # events and programmes have longer names
QUOTED_PART = re.compile(r"“[^“”\n]{1,30}”$")
LEADING_DATE = re.compile(r"^自?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|^\d{1,2}月(?:份)?|^自\d{4}年(?:以来)?")
LEADING_CONJ = "和与及同暨并或"
DESCRIBED = re.compile(r"(?:一种|一项|一类|一个)[^，,。；;]*的$")  # 是一种基于…的心理健康促进项目: a kind
LEADING_YEAR = re.compile(r"\d{4}年(?:度)?")  # 2021年香港共享基金会: the year dates the sentence
# what may stand before a place inside a name: 附属北京天坛医院, 中共浙江省委, 兵团第三师图木舒克市…, 援马里
CORPS_DIVISION = re.compile(r"第[0-9一二三四五六七八九十]+师")  # 兵团第三师: a division of the corps
CHAIN_BEFORE_PLACE = re.compile(rf"(?:附属|中共|{CORPS_DIVISION.pattern}|援|赴)$")
PARTY_POST = re.compile(r"副?书记|成员|委员")  # 卫生健康委党组书记: a post of the body, not a unit
BATCH = re.compile(r"第[0-9一二三四五六七八九十]+批|首批")
ORDINAL = re.compile(r"第[0-9一二三四五六七八九十百]+[批届次个期]?|[0-9]+")
PROPER_MARK = re.compile(r"[0-9０-９“”\"A-Za-z]|第")  # a number, a quotation or an ordinal
INNER_PAREN = re.compile(r"[（(][\u4e00-\u9fff]{1,5}[)）]$")
DESIGNATION_VERB = re.compile(r"(?:打造|创建|争创|建设|创成)$")  # 打造“阳光医院”
CEREMONY = re.compile(r"(?:颁奖|启动|开幕|闭幕|揭牌)?(?:仪式|典礼)|开幕式|闭幕式")
# verbs whose object is a document already made (印发…办法); not 制定, which also plans one
ISSUED = re.compile(r"(?:印发|出台|发布|公布|颁布|签订|签署)了?$")
COUNTED = re.compile(r"[0-9一二三四五六七八九十百]+条(?:措施|举措|意见|规定)$")  # 便民惠民服务20条措施
VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,4}村")


class NameRecognizer:
    """Finds organisation and initiative names; appends them to ``doc._.mentions``."""

    def __init__(self) -> None:
        self.suffixes = org_suffixes()
        self.subunits = subunit_suffixes()
        self.longest_first = sorted(self.suffixes, key=len, reverse=True)
        self.suffix_re = re.compile("|".join(map(re.escape, self.longest_first)))
        self.overlapping_suffix_re = re.compile(f"(?=({self.suffix_re.pattern}))")
        stop = word_set("stopwords.txt")
        self.stops = {"org": stop | word_set("org_verbs.txt"),
                      "initiative": stop | word_set("initiative_verbs.txt")}
        # words that end an organisation's name but may stand inside a programme's
        self.inner_words = sorted(word_set("nominal_verbs.txt") | {"及", "暨"}, key=len, reverse=True)
        self.org_stops = sorted(self.stops["org"], key=len, reverse=True)
        self.stop_len = max(len(w) for w in self.stops["org"] | self.stops["initiative"])
        self.generic = sorted(word_set("generic_modifiers.txt") | set("省市县区镇乡村"),
                              key=len, reverse=True)
        self.gaz = gazetteer()
        self.marked = MarkedNames(self.suffixes, self.suffix_re, self.stops["initiative"])

    def __call__(self, doc: Doc) -> Doc:
        places = [m for m in mentions_of(doc) if m.key]
        bounds = token_bounds(doc)
        self.set_annotations(doc, self.find(doc.text, places, bounds), places)
        return doc

    # -- find ------------------------------------------------------------------------------
    def find(self, text: str, places: list[Mention], bounds: set[int]) -> list[Candidate]:
        """``bounds`` are the segmenter's word boundaries: a suffix must end on one, so
        大学 in 大学生 or 规范 in 规范化 ends no name."""
        place_end = {p.end: p for p in places}
        suffixes = self._suffixes_in(text, bounds)
        suffix_end = {end for _, end in suffixes}
        found: list[Candidate] = []
        for s_start, end in suffixes:
            suffix = text[s_start:end]
            if suffix in self.subunits and PARTY_POST.match(text, end):
                continue
            kind = "initiative" if self.suffixes[suffix] in WORKS else "org"
            start = self._left(text, s_start, place_end, suffix_end, kind, bounds)
            cand = self._candidate(text, start, end, suffix, places, bounds)
            if cand is None and kind == "org" and start == s_start:
                cand = self._listed_after_place(text, s_start, end, places, found)
            if cand is not None and cand.type in WORKS and DESCRIBED.search(text, max(0, cand.start - 30), cand.start):
                continue
            if cand is not None and (cand.type != "Policy" or self._policy_like(text, cand, places, found)):
                found.append(cand)
        self._appositive_alliances(text, found)
        self._quoted_designations(text, found)
        found += self._shared_suffixes(text, found, places)
        found += self.marked.find(text, bounds)
        return self._outermost(found)

    def _suffixes_in(self, text: str, bounds: set[int]) -> list[tuple[int, int]]:
        """(start, end) of the longest suffix ending at each word boundary. Matches may
        overlap: 部署会 inside 部署会议 must not hide 会议."""
        longest: dict[int, int] = {}
        for m in self.overlapping_suffix_re.finditer(text):
            end = m.start() + len(m.group(1))
            if end in bounds and end not in longest:
                longest[end] = m.start()
        return sorted((start, end) for end, start in longest.items())

    def _left(self, text: str, start: int, place_end: dict[int, Mention],
              suffix_end: set[int], kind: str, bounds: set[int]) -> int:
        """Scan left over the body. A boundary word counts only where it is a word of its own
        for the segmenter (从 ends a name, 从业 does not). A conjunction 和/与/及 ends it only
        right after another complete name (乡镇卫生院和社区…), since 和 is common inside names
        (协和医院)."""
        j = start
        while j > 0 and start - j < MAX_BODY[kind]:
            if j in place_end:
                j = place_end[j].start
                if kind == "initiative" or j in suffix_end or j in place_end or CHAIN_BEFORE_PLACE.search(text, 0, j):
                    continue
                break  # 王吟和南昌市中心医院, 减免江西省…俱乐部: a name starts at its place
            if j in suffix_end and j < start and kind == "org" and (
                    text[j] in LEVEL_CHARS or any(text.startswith(w, j) for w in self.stops[kind] if len(w) > 1)):
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
            joined = kind == "initiative" and text[j - 1] == "暨"
            phrase_end = j - 1 in suffix_end or (
                kind == "initiative" and bool(QUOTED_PROGRAM_WORD.search(text, max(0, j - 3), j - 1)))
            if text[j - 1] in LEADING_CONJ and phrase_end and not joined:
                break  # 健康龙江建设和爱国卫生运动: two; but 健康贵阳行动暨…主题宣传活动 is one event
            n = self._stop_length(text, j, kind, bounds)
            if n and kind == "initiative" and text[j - n:j] in self.inner_words:
                j -= n  # 心理援助热线, 定向帮扶及…提升项目: words of the programme's own kind
                continue
            if n or not NAME_CHAR.match(text[j - 1]):
                break
            j -= 1
        while j < start and (w := next((w for w in self.inner_words if text.startswith(w, j)), None)):
            j += len(w)  # 开展对口帮扶项目: a name does not start with its verb or conjunction
        return j

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

    def _candidate(self, text: str, start: int, end: int, suffix: str,
                   places: list[Mention], bounds: set[int]) -> Candidate | None:
        body = text[start:end]
        date = LEADING_DATE.match(body)
        if date:
            start += date.end()
        while end - start > len(suffix) + 2 and text[start] in LEADING_CONJ and start + 1 in bounds:
            start += 1
        type_ = self.suffixes[suffix]
        org = COARSE[type_] == "Organization"
        lead = self._stop_at(text, start, min_len=2) if org else ""
        if lead and start + len(lead) < end - len(suffix):
            start += len(lead)  # 联合市医保局: the segmenter joined the verb to the level word
        year = LEADING_YEAR.match(text, start, end - len(suffix))
        verb = self._stop_at(text, year.end()) if year else ""
        if year and (org or verb):
            start = year.end() + len(verb)  # 2021年香港共享基金会, 2023年获南丁格尔奖章
        elided = self._elided_place(text, start, end, suffix, type_, places)
        if elided is None and not self._is_name(text, start, end, suffix, type_, places):
            return None
        inner = [(m.end() + start, m.group())
                 for m in self.suffix_re.finditer(text[start:end - len(suffix)])
                 if m.end() + start in bounds or suffix in self.subunits]
        if type_ == "Event" and inner and self.suffixes[inner[-1][1]] == "Event" and CEREMONY.fullmatch(
                text, inner[-1][0], end):
            # …评选活动颁奖仪式: the ceremony of a named event is that event
            return Candidate(start, inner[-1][0], type_, text[start:inner[-1][0]], inner_ends=inner[:-1],
                             aliases=[text[start:end]])
        name = text[start:end] if elided is None else elided.name + text[start + 1:end]
        return Candidate(start, end, type_, name, inner_ends=inner, elided=elided)

    def _elided_place(self, text: str, start: int, end: int, suffix: str, type_: str,
                      places: list[Mention]) -> Mention | None:
        """市医保局, 省总工会, 县政府: an organisation named by the level of a place instead of
        the place stands for the nearest place of that level named before it."""
        if COARSE[type_] != "Organization" or text[start] not in LEVEL_CHARS or end - start - len(suffix) > 6:
            return None
        if any(p.start <= start < p.end for p in places):
            return None
        rest = text[start + 1:end - len(suffix)]
        if (rest and not self._is_generic(rest)) or rest.startswith("级"):
            return None  # 省级卫生健康委: any province's, not the one named before
        before = [p for p in places if p.end <= start and p.name.endswith(text[start]) and p.type != "Township"]
        return before[-1] if before else None

    def _listed_after_place(self, text: str, start: int, end: int, places: list[Mention],
                            found: list[Candidate]) -> Candidate | None:
        """郑州市卫生健康委、发展改革委、医保局: a bare suffix listed right after an
        organisation whose name starts with a place is that place's body too."""
        if start == 0 or text[start - 1] not in "、和及与" or not found:
            return None
        prev = found[-1]
        if prev.end != start - 1 or COARSE[prev.type] != "Organization":
            return None
        place = prev.elided or next((p for p in places if p.start == self.canonical(text, prev.start, prev.end, places)
                                     and p.end < prev.end), None)
        if place is None:
            return None
        type_ = self.suffixes[text[start:end]]
        return Candidate(start, end, type_, place.name + text[start:end], elided=place)

    def _policy_like(self, text: str, c: Candidate, places: list[Mention], found: list[Candidate]) -> bool:
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

    def _is_name(self, text: str, start: int, end: int, suffix: str, type_: str,
                 places: list[Mention]) -> bool:
        prefix = text[start:end - len(suffix)]
        if type_ == "AidTeam" and not re.search(r"援|批|“[^”]+”", prefix):  # sent, or named for its mission
            return False
        if suffix in self.subunits:
            parent = self.subunits[suffix]
            cut = end - len(suffix)
            if parent == "Place":  # 三明医改, 上城区凯心果托育园
                return any(p.end == cut or p.start == start for p in places)
            window = max(0, cut - SUBUNIT_GAP - longest_suffix_length())  # the parent may start before
            if not any(self.suffixes[m.group()] == parent and cut - SUBUNIT_GAP <= m.end() <= cut
                       for m in self.suffix_re.finditer(text, window, cut)):
                return False
        if QUANTITY.search(prefix) or (COARSE[type_] == "Organization" and BATCH.search(prefix)):
            return False  # 通州区22家社区医院, 所有…: plural, generic; 第三批…基金会: two names
        has_place = any(start <= p.start and p.end <= end - len(suffix) + 1 for p in places)
        rest = prefix
        for p in places:
            rest = rest.replace(p.text, "")
        if rest in self.stops["org"]:
            return False  # 下带医共体: a verb, not a name
        inner_org = max((m.end() for m in self.suffix_re.finditer(prefix)
                         if COARSE[self.suffixes[m.group()]] == "Organization"), default=0)
        if type_ == "Program" and inner_org and len(prefix) - inner_org <= 2:
            return False  # 中国妇幼保健研究会培训项目: the body's own training, not a named programme
        kind_of_work = len(rest) <= 2 or (len(rest) <= 4 and rest.endswith(tuple(self.inner_words)))
        if type_ in WORKS and not has_place and kind_of_work and not PROPER_MARK.search(prefix):
            return False  # 接种宣传活动, 心理援助热线: a kind of activity, named by nothing of its own
        return has_place or not self._is_generic(rest)

    def _is_generic(self, body: str) -> bool:
        """Made only of generic words, ordinals and digits (三级, 县级, 第一): names nothing."""
        rest = ORDINAL.sub("", body)
        for g in self.generic:
            rest = rest.replace(g, "")
        return len(re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", rest)) < 2

    def _shared_suffixes(self, text: str, found: list[Candidate], places: list[Mention]) -> list[Candidate]:
        """日喀则市、定日县疾控中心: places listed before a place + suffix share the suffix; each
        names its own body (日喀则市疾控中心), located there."""
        out = []
        for c in found:
            if COARSE[c.type] != "Organization" or c.elided is not None:
                continue
            first = next((p for p in places if p.start == c.start), None)
            if first is None or not self._is_generic(text[first.end:c.end - len(suffix_of(c.name) or "")]):
                continue
            at = c.start
            while at > 1 and text[at - 1] in "、和及与":
                prev = next((p for p in places if p.end == at - 1 and not any(
                    f.start <= p.start < f.end for f in found)), None)
                if prev is None:
                    break
                out.append(Candidate(prev.start, prev.end, c.type, prev.name + text[first.end:c.end],
                                     elided=prev, shares_suffix=True))
                at = prev.start
        return out

    @staticmethod
    def _quoted_designations(text: str, found: list[Candidate]) -> None:
        """打造“阳光医院”, 创建“平安医院”: a quoted name that a campaign verb builds is a
        designation to earn, a programme, not the body its suffix names."""
        for c in found:
            quoted = text[c.start - 1:c.start] == "“" and text[c.end:c.end + 1] == "”"
            if quoted and COARSE[c.type] == "Organization" and DESIGNATION_VERB.search(text, max(0, c.start - 3),
                                                                                        c.start - 1):
                c.type = "Program"

    def _appositive_alliances(self, text: str, found: list[Candidate]) -> None:
        """…紧密型县域医共体——义义市总医院: a name set after a dash against an alliance word is
        that alliance's name, whatever its own suffix says, here and elsewhere in the article."""
        named = set()
        for c in found:
            before = text[max(0, c.start - 12):c.start].rstrip("—-－ ")
            dashed = before != text[max(0, c.start - 12):c.start]
            if dashed and self.suffixes.get(suffix_of(before) or "") == "MedicalAlliance":
                named.add(c.name)
        for c in found:  # the same name elsewhere in the article is the alliance too
            if c.name in named and COARSE[c.type] == "Organization":
                c.type = "MedicalAlliance"

    def _outermost(self, found: list[Candidate]) -> list[Candidate]:
        """Drop candidates inside a longer one (they are its inner names), and exact
        duplicates (a quoted programme wins over the suffix reading of the same text). An
        organisation whose body starts inside the organisation before it continues that
        name (新疆生产建设兵团 + 第三师图木舒克市总医院, cut at 建设); other crossings keep
        the earlier candidate."""
        found.sort(key=lambda c: (c.start, -(c.end - c.start), c.type != "Program"))
        out: list[Candidate] = []
        for c in found:
            if out and c.start < out[-1].end and c.end <= out[-1].end:
                if c.observance:
                    out[-1].nested.append(c)  # 第20个全国爱耳日 inside …暨第20个全国爱耳日主题宣传活动
                continue
            if out and c.start < out[-1].end:
                prev = out[-1]
                if COARSE[prev.type] == COARSE[c.type] == "Organization" and c.elided is None:
                    suffix = suffix_of(prev.name) or ""
                    out[-1] = Candidate(prev.start, c.end, c.type, prev.name + c.name[prev.end - c.start:],
                                        inner_ends=[*prev.inner_ends, (prev.end, suffix), *c.inner_ends],
                                        aliases=[c.name[own.start():] if (own := CORPS_DIVISION.search(c.name))
                                                 else c.name])  # 第三师图木舒克市总医院 names it too
                continue
            if c.standalone:
                out.append(c)
        return out

    # -- canonical names ---------------------------------------------------------------------
    def canonical(self, text: str, start: int, end: int, places: list[Mention], work: bool = False) -> int:
        """Where the canonical name starts: after leading places that only locate the next. A
        programme or event named after a township keeps its county (黔江区太极镇…项目): the
        township alone names the work in no other way."""
        at = {p.start: p for p in places if start <= p.start and p.end <= end}
        cur = start
        if cur in at and at[cur].type == "Country" and at[cur].key != "country:CN" and at[cur].end < end:
            cur = at[cur].end  # 保加利亚大特尔诺沃大学 → 大特尔诺沃大学
        while cur in at:
            p = at[cur]
            nxt = at.get(p.end)
            # 北京朝阳医院 keeps 北京: a short place that ends the chain is part of the name
            if nxt is not None and self._within(nxt, p) and (nxt.text == nxt.name or nxt.end in at) \
                    and not (work and nxt.type == "Township"):
                cur = nxt.start
                continue
            if p.type == "Township" and VILLAGE.match(text, p.end):
                cur = p.end
            break
        return cur

    def _within(self, inner: Mention, outer: Mention) -> bool:
        if not (inner.key and outer.key and inner.key.startswith("place:")
                and outer.key.startswith("place:")):
            return False
        code_in = inner.key[6:].split("/")[0]
        code_out = outer.key[6:]
        return code_in == code_out or self.gaz.is_within(code_in, code_out)

    # -- write -------------------------------------------------------------------------------
    def set_annotations(self, doc: Doc, found: list[Candidate], places: list[Mention]) -> None:
        text = doc.text
        mentions = mentions_of(doc)
        outer: list[Mention] = []
        for c in found:
            outer.append(self._mention(text, c.start, c.end, c.type, places, c.aliases))
            after = text.rfind("附属", c.start, c.end) + 2
            own_name = any(p.start == after for p in places) or bool(CORPS_DIVISION.match(text, after))
            if c.type == "Hospital" and after > 1 and own_name:
                outer[-1].aliases.append(text[after:c.end])  # 北京天坛医院 of 首都医科大学附属北京天坛医院
            if c.full_name is not None:
                outer[-1].name = c.full_name
            if c.elided is not None:
                outer[-1].name = c.name
                outer[-1].aliases = [text[c.start:c.end]]
                outer[-1].place = c.elided.id
            if c.shares_suffix:  # written as a bare place (日喀则市、): its name is all it has
                outer[-1].text = c.name
                outer[-1].aliases = []
            for n in c.nested:
                m = self._mention(text, n.start, n.end, n.type, places, [])
                m.inner = True
                add_mention(doc, m)
            for inner_end, suffix in c.inner_ends:
                inner_type = self.suffixes[suffix]
                # A暨B: B starts anew; so does a body after 及 inside a work's name
                starts_anew = "暨及" if c.type in WORKS and COARSE[inner_type] == "Organization" else "暨"
                inner_start = max([c.start] + [text.rfind(w, c.start, inner_end) + 1 for w in starts_anew])
                if BATCH.match(text, inner_start) and inner_type in WORKS:
                    continue  # 首批…试验区 inside 首批…试验区改革创新典型经验: the batch is the document's
                if inner_type == c.type == "Program" or (inner_type in WORKS and text[inner_end:c.end] == "活动"):
                    continue  # 乡村大学生专项(招聘计划), …人物评选(活动): one work, named in full
                if self._is_name(text, inner_start, inner_end, suffix, inner_type, places):
                    m = self._mention(text, inner_start, inner_end, inner_type, places, [])
                    m.inner = True
                    add_mention(doc, m)
        base = len(mentions)
        for o in outer:
            add_mention(doc, o)
        for i in range(len(outer)):
            self._parenthetical_alias(text, base + i, mentions)
            self._short_form(base + i, mentions)
        for p in places:
            if any(o.start <= p.start and p.end <= o.end for o in outer):
                decide(doc, Decision(p.id, "inner", True, "kg_names"))

    def _mention(self, text: str, start: int, end: int, type_: str, places: list[Mention],
                 aliases: list[str]) -> Mention:
        cstart = self.canonical(text, start, end, places, work=type_ in WORKS)
        aided = next((p for p in places if p.start == start + 1 and p.end < end), None)
        if type_ == "Program" and text.startswith("援", start) and aided is not None:
            cstart = aided.end  # 援吉布提消除白内障致盲项目: the place is where it serves
        name = re.sub(r"[“”]", "", text[cstart:end])
        surface = text[start:end]
        all_aliases = [a for a in [surface, *aliases] if a != name]
        return Mention(start, end, type_, name, surface, aliases=all_aliases)

    def _short_form(self, index: int, mentions: list[Mention]) -> None:
        """A programme, event or document cited by the end of its full name is that one:
        《实施方案》 after 《大连市…实施方案》, 同伴支持项目 after 精神健康同伴支持项目, a
        headline's 专家库管理办法 before 《新疆…专家库管理办法》; or by its name with a middle part
        left out (松原市心理援助热线 for 松原市“12356”心理援助热线). The nearest full name
        before wins, else the first after."""
        m = mentions[index]
        if m.type not in WORKS or m.ref is not None:
            return
        longer = [i for i, o in enumerate(mentions) if o.type == m.type and o.ref is None
                  and o.name != m.name and _shortens(m.name, o.name)]
        before = [i for i in longer if mentions[i].start < m.start]
        target = before[-1] if before else min(longer, key=lambda i: mentions[i].start, default=None)
        if target is not None:
            m.ref = target
            m.role = "anaphor"

    @staticmethod
    def _parenthetical_alias(text: str, index: int, mentions: list[Mention]) -> None:
        """A name in brackets right after a name of the same kind renames it: link it."""
        m = mentions[index]
        if m.end >= len(text) or text[m.end] not in "（(":
            return
        for o in mentions:
            if (o.start == m.end + 1 and not o.inner and not o.key and o.end < len(text)
                    and text[o.end] in "）)" and COARSE.get(o.type) == COARSE.get(m.type)):
                o.ref = index


def _shortens(short: str, full: str) -> bool:
    """``short`` is the end of ``full``, or ``full`` with a middle part left out (same first and
    last two characters, the rest in order)."""
    return full.endswith(short) or (len(short) >= 4 and short[:2] == full[:2] and short[-2:] == full[-2:]
                                    and in_order(short, full))


@Language.factory("kg_names")
def make_names(nlp: Language, name: str) -> NameRecognizer:
    return NameRecognizer()
