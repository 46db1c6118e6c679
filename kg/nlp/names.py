"""Organisations and initiatives: names built of a body and a suffix that gives the type.

The component runs the parts of the name grammar in order:
- ``name_grammar``: suffixes, where a name's body starts, and whether it names anything;
- ``marked_names``: names the text marks otherwise (《…》, quotes, observances, short forms);
- ``retyping``: names whose context gives another type than their suffix;
- here: names chained into longer ones (大学 … 附属 … 医院 holds the university; inner names
  are kept as mentions marked ``inner``), places listed before a shared suffix (甲市、乙县
  疾控中心), bodies listed after one named with its place (某市卫生健康委、医保局), and the
  ceremony of a named event, which is that event;
- ``canonical_names``: the canonical form of each name;
- ``coreference``: short forms of a work and bracketed renamings linked to the full name.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicons.catalog import function_words, short_ending, suffix_of, words
from kg.lexicons.loader import pattern
from kg.nlp.candidates import NAME_CHAR, Candidate
from kg.nlp.canonical_names import CanonicalNames
from kg.nlp.coreference import parenthetical_alias, short_form
from kg.nlp.marked_names import MarkedNames
from kg.nlp.mentions import Decision, Mention, add_mention, decide, doc_text, mentions_of, token_bounds
from kg.nlp.name_grammar import BATCH, CORPS_DIVISION, WORKS, NameGrammar
from kg.nlp.retyping import appositive_alliances, quoted_designations
from kg.schema import COARSE
from kg.util.text import hanzi

DESCRIBED = pattern("described")
ISSUING_NOTICE = pattern("issuing_notice")
PARTY_POST = pattern("party_post")
PARTY_COMMITTEE = pattern("party_committee")
RUN_PROGRAMME = pattern("run_programme")
PARTY_DEPARTMENT = pattern("party_department")
POST_TITLE = pattern("person_title")
INTERNAL_UNITS = pattern("internal_units")
UNIT_RENAMING = pattern("unit_renaming")
EVENT_PAIR_JOINT = pattern("event_pair_joint")
ALLIANCE_PAIR_JOINT = pattern("alliance_pair_joint")
INTRODUCED_SHORT_FORM = pattern("introduced_short_form")
# the bodies that form an alliance between them: providers and universities, not the
# government body that sponsors it (某县卫健委与县医院医共体 names the county's alliance)
ALLIANCE_PARTNERS = frozenset({"Hospital", "PrimaryCareFacility", "PublicHealthAgency", "University", "Organization"})


class NameRecognizer:
    """Finds organisation and initiative names; adds them to ``doc._.mentions``."""

    def __init__(self, max_org_body: int = 24, max_initiative_body: int = 40, subunit_gap: int = 8) -> None:
        self.grammar = NameGrammar(max_org_body, max_initiative_body, subunit_gap)
        self.canon = CanonicalNames(self.grammar.gaz)
        self.marked = MarkedNames(self.grammar.suffixes, self.grammar.suffix_re, self.grammar.stops["initiative"])
        self.list_joiners = "".join(function_words("list_joiner"))
        self.affiliations = function_words("affiliation")
        self.work_joiners = function_words("work_joiner")
        self.work_restarts = function_words("work_restart")
        self.generic_activities = function_words("generic_activity")
        self.campaign_prefixes = words("campaign_prefixes.txt")
        self.campaign_works = words("campaign_works.txt")
        self.open_quotes = "".join(function_words("open_quote"))

    def __call__(self, doc: Doc) -> Doc:
        places = [m for m in mentions_of(doc) if m.key]
        bounds = token_bounds(doc)
        self.set_annotations(doc, self.match(doc_text(doc), places, bounds), places)
        return doc

    def match(self, text: str, places: list[Mention], bounds: set[int]) -> list[Candidate]:
        """Every name of the text, outermost only. ``bounds`` are the segmenter's word
        boundaries: a suffix must end on one, so 大学 in 大学生 or 规范 in 规范化 ends no name."""
        g = self.grammar
        place_end = {p.end: p for p in places}
        suffixes = g.suffixes_in(text, bounds)
        suffix_end = {end for _, end in suffixes}
        # a plan's or campaign's name runs back over no government body: 某委某某行动计划 is the
        # body's programme, named after it (an event, a document or an award keeps its body)
        agencies = frozenset(end for s, end in suffixes if g.suffixes[text[s:end]] == "GovernmentAgency")
        found: list[Candidate] = []
        for s_start, end in suffixes:
            suffix = text[s_start:end]
            if suffix in g.subunits and g.subunits[suffix] not in ("Place", "Scope") and PARTY_POST.match(text, end):
                continue  # 某局党组书记: a post of the body (某自治区党委书记: of the place's committee)
            kind = "initiative" if g.suffixes[suffix] in WORKS else "org"
            body_ends = agencies if g.suffixes[suffix] == "Program" and RUN_PROGRAMME.search(suffix) else frozenset()
            start = g.left(text, s_start, place_end, suffix_end, kind, bounds, body_ends)
            cand = g.candidate(text, start, end, suffix, places, bounds)
            if cand is None and kind == "org" and start == s_start:
                cand = self._listed_bare_suffix(text, s_start, end, places, found)
            if cand is not None and cand.type in WORKS and DESCRIBED.search(text, max(0, cand.start - 30), cand.start):
                continue
            if cand is not None and (cand.type != "Policy" or g.policy_like(text, cand, places, found)):
                found.append(cand)
        appositive_alliances(text, found, g.suffixes)
        quoted_designations(text, found)
        found += self._shared_suffixes(text, found, places)
        units = self._internal_units(text, found)
        found = [c for c in found if not any(u.start <= c.start and c.end <= u.end for u in units)] + units
        found += self._notices(text, found, bounds)  # before 《…》: a notice's own reading wins
        found += self.marked.find(text, bounds, places)
        found += self._campaigns(text, places)
        found += self._introduced_short_forms(text, found, bounds)
        return self._outermost(self._paired_names(text, found))

    def _introduced_short_forms(self, text: str, found: list[Candidate], bounds: set[int]) -> list[Candidate]:
        """甲医院（以下简称甲院）… 甲院—乙医院专科联盟: a short form that the text introduces in
        brackets right after an organisation's name names that organisation where it stands and
        wherever it is written after (on word boundaries), so that a name opening with it, such
        as a pair's alliance or event, is read with it; ``parenthetical_alias`` links each to
        the full name. After bodies listed together (甲医院与乙医院（以下简称“两院”）) it names
        them all, so none."""
        orgs = {c.end: c for c in found if COARSE[c.type] == "Organization"}
        out = []
        for m in INTRODUCED_SHORT_FORM.finditer(text):
            full, short = orgs.get(m.start()), m.group(1)
            if full is None or self._listed_before(text, full, orgs) is not None:
                continue
            out.append(Candidate(m.start(1), m.end(1), full.type, short))
            at = text.find(short, m.end())
            while at != -1:
                if at in bounds and at + len(short) in bounds:
                    out.append(Candidate(at, at + len(short), full.type, short))
                at = text.find(short, at + len(short))
        return out

    def _notices(self, text: str, found: list[Candidate], bounds: set[int]) -> list[Candidate]:
        """某局关于印发《某某方案》的通知, in a heading or in 《》: the notice is a document named
        from its issuer when the issuer's name stands right before 关于, and the document it
        issues is one of its own, named inside it; the names inside both are inner names."""
        out = []
        for m in ISSUING_NOTICE.finditer(text):
            issuer = next((c for c in found if c.end == m.start() and COARSE[c.type] == "Organization"), None)
            start = issuer.start if issuer else m.start()
            inner = [(s.end(), s.group()) for s in self.grammar.suffix_re.finditer(text, start, m.end(2))
                     if s.end() in bounds and s.end() != m.end(2)]
            out.append(Candidate(start, m.end(), "Policy", text[start:m.end()], inner_ends=inner))
            out.append(Candidate(m.start(2), m.end(2), "Policy", m.group(2), kept_inside=True))
        return out

    def _paired_names(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """甲医院对口帮扶乙医院座谈会, 甲医院与乙医院…签约仪式, 甲大学、乙大学赴某市…座谈会: an
        event named for the bodies that meet opens with them, joined by a conjunction, a dash
        or a verb of aid; an alliance named for the pair that forms it (甲医院—乙医院专科联盟)
        opens with both, joined by a dash or a conjunction. The suffix's scan stops at the
        first body it meets (乙医院), so the name is carried on
        over each body (and the bodies listed with it) that the text writes right before it.
        The bodies are inner names; the names inside the body after them start in that body."""
        orgs: dict[int, Candidate] = {}
        for c in found:
            if COARSE[c.type] == "Organization" and (c.end not in orgs or c.start < orgs[c.end].start):
                orgs[c.end] = c
        partners = {end: o for end, o in orgs.items() if o.type in ALLIANCE_PARTNERS}
        first_bodies = {o.start for o in partners.values()}
        out = []
        for c in found:
            pair = c.type == "MedicalAlliance" and c.start in first_bodies  # it opens with a partner
            if pair and self._unnamed_partner(text, c.start):
                continue  # 我院与乙医院专科联盟: the pair's alliance, whose first partner the text leaves unnamed
            opening = (self._opening_bodies(text, c.start, orgs, EVENT_PAIR_JOINT) if c.type == "Event" else
                       self._opening_bodies(text, c.start, partners, ALLIANCE_PAIR_JOINT) if pair else [])
            if not opening:
                out.append(c)
                continue
            for o in opening:
                o.kept_inside = True
            start = opening[-1].start
            out.append(Candidate(start, c.end, c.type, text[start:c.end], inner_ends=c.inner_ends, aliases=c.aliases,
                                 nested=c.nested, body_start=c.start))
        return out

    def _unnamed_partner(self, text: str, start: int) -> bool:
        """The writer's own body (我院, 本院) joined to the partner a name opens with at ``start``
        (我院与乙医院专科联盟): the alliance of the two, which is not the partner's own and has no
        name the text gives."""
        joint = ALLIANCE_PAIR_JOINT.search(text, max(0, start - 2), start)
        return joint is not None and text.endswith(tuple(self.grammar.self_references), 0, joint.start())

    def _opening_bodies(self, text: str, start: int, orgs: dict[int, Candidate], joint: re.Pattern[str]
                        ) -> list[Candidate]:
        """The bodies joined by ``joint`` to the name at ``start`` (甲医院 of 甲医院与乙医院…),
        then those listed before them with 、 or a conjunction (甲大学、乙大学赴…), nearest first."""
        first = next((o for end, o in orgs.items() if start - 6 <= end < start
                      and joint.fullmatch(text, end, start)), None)
        opening = [first] if first else []
        while opening and (o := self._listed_before(text, opening[-1], orgs)) is not None:
            opening.append(o)
        return opening

    def _listed_before(self, text: str, c: Candidate, orgs: dict[int, Candidate]) -> Candidate | None:
        """The body of ``orgs`` (by end) listed right before ``c``, joined by 、 or a conjunction."""
        o = orgs.get(c.start - 1)
        return o if o is not None and text[o.end] in self.list_joiners else None

    def _past_verb_before_place(self, text: str, start: int, cut: int, places: list[Mention]) -> int:
        """印发推进健康某市行动实施方案: inside a document's title, the verb that opens it is no part
        of the programme it names when a place (or a place's campaign, 健康某市) follows the verb;
        a title that opens with a verb before common words is the programme's own name
        (加强某某防治工作…工程)."""
        after = self.grammar.past_leading_verbs(text, start, cut)
        return after if self.grammar.edges.place_or_campaign_at(text, after, {p.start for p in places}) else start

    def _campaigns(self, text: str, places: list[Mention]) -> list[Candidate]:
        """健康 + a place (健康某市, 健康中国): that place's campaign, a programme; 健康某市建设
        is the same campaign written with the kind of work after it."""
        out = []
        for p in places:
            prefix = next((w for w in self.campaign_prefixes if text.endswith(w, 0, p.start)), None)
            if prefix is None or p.inner:
                continue
            start = p.start - len(prefix)
            name = text[start:p.end]
            work = next((w for w in self.campaign_works if text.startswith(w, p.end)), None)
            after = p.end + len(work or "")
            quoted = text[start - 1:start] in self.open_quotes
            ends = not hanzi(text[after:after + 1]) or text[after] in self.list_joiners or any(
                text.startswith(w, after) for w in self.grammar.org_stops)
            # with its kind of work written, the campaign is named whatever noun follows (健康某市建设
            # 成果), unless a name's suffix starts there (健康某市建设领导小组 names that body)
            ends = ends or (work is not None and self.grammar.suffix_re.match(text, after) is None)
            if quoted or not ends:
                continue  # “健康某市”小程序, 健康中国某某样板区: a name of something else
            out.append(Candidate(start, p.end, "Program", name, aliases=[name + work] if work else []))
        return out

    def _internal_units(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """某某局机关设甲司、乙司和丙处: the units a body sets up are listed after the last
        character of its name (or the name itself, 某某厅内设甲处); each is a unit of the
        nearest body named before with that ending, named with the fullest name the text gives
        that body (某某疾病预防控制局 for 某某疾控局), and its own name ends in a unit's suffix.
        A name read across the list (某某厅内设甲处) gives way to the body and its units."""
        out: list[Candidate] = []
        for m in INTERNAL_UNITS.finditer(text):
            head = m.start("head")
            crossing = [c for c in found if c.start <= head < c.end and c.end != head + 1]
            named = [Candidate(c.start, head + 1, "GovernmentAgency", text[c.start:head + 1]) for c in crossing
                     if any(e == head + 1 and self.grammar.suffixes[sfx] == "GovernmentAgency"
                            for e, sfx in c.inner_ends)]
            if crossing and not named:
                continue  # the character is inside another name
            parents = named or [c for c in found if c.type == "GovernmentAgency" and c.end <= head + 1
                                and text[c.end - 1] == text[head] and head - c.end < 300]
            if not parents:
                continue
            parent = max(parents, key=lambda c: c.end)
            key = short_ending(parent.name)
            name = max((c.name for c in [*found, parent] if c.type == parent.type and short_ending(c.name) == key),
                       key=len)
            units = self._unit_list(text, m.end(), parent, name)
            if units:
                found[:] = [c for c in found if c not in crossing]
                out += named + units
        return out

    def _unit_list(self, text: str, at: int, parent: Candidate, name: str) -> list[Candidate]:
        """The units listed from ``at``: names ending in a unit's suffix, joined by 、 or a
        conjunction, each perhaps renamed in brackets; the list ends at the first that is not."""
        out = []
        while True:
            end = at  # a conjunction ends the unit only after a unit's suffix (甲与乙司 is one)
            while end < len(text) and end - at <= 14 and NAME_CHAR.match(text[end]) and not (
                    text[end] in self.list_joiners and self._unit_suffix(text[at:end])):
                end += 1
            suffix = self._unit_suffix(text[at:end])
            if suffix is None or end - at == 1:  # a unit's name, not 司 alone (机关党委 is one)
                return out
            out.append(Candidate(at, end, "GovernmentAgency", parent.name + text[at:end],
                                 full_name=name + text[at:end], unit_of=parent))
            if renamed := UNIT_RENAMING.match(text, end):
                end = renamed.end()
            if end >= len(text) or text[end] not in self.list_joiners:
                return out
            at = end + 1

    def _unit_suffix(self, name: str) -> str | None:
        """The suffix of a government body's unit that ``name`` ends with (司, 处, 机关党委)."""
        suffix = suffix_of(name)
        return suffix if suffix and self.grammar.subunits.get(suffix) == "GovernmentAgency" else None

    def _listed_bare_suffix(self, text: str, start: int, end: int, places: list[Mention],
                            found: list[Candidate]) -> Candidate | None:
        """A bare suffix listed after the name before it. 郑州市卫生健康委、发展改革委、医保局:
        right after an organisation whose name starts with a place, it is that place's body too,
        when it names an organisation itself (某市急救中心与联盟医院: 联盟 is no body of 某市).
        县委常委、统战部部长某某: after a post held in a party committee, a party department is that
        committee's unit, 某县委统战部 (SCHEMA.md: a post in 市委宣传部 goes to that organ, named with
        its place), and another government body (某新城党委书记、管委会主任) the place's."""
        if start == 0 or text[start - 1] not in self.list_joiners or not found:
            return None
        prev, suffix = found[-1], text[start:end]
        type_ = self.grammar.suffixes[suffix]
        after_post = prev.type == type_ == "GovernmentAgency" and PARTY_COMMITTEE.search(prev.name) is not None \
            and POST_TITLE.fullmatch(text, prev.end, start - 1) is not None
        if after_post and PARTY_DEPARTMENT.search(suffix):
            name = prev.name + suffix
            return Candidate(start, end, type_, name, full_name=name, unit_of=prev)
        right_after = prev.end == start - 1 and COARSE[prev.type] == COARSE[type_] == "Organization"
        if not (after_post or right_after):
            return None
        start_of_name = self.canon.canonical(text, prev.start, prev.end, places)
        place = prev.elided or next((p for p in places if p.start == start_of_name and p.end < prev.end), None)
        return None if place is None else Candidate(start, end, type_, place.name + suffix, elided=place)

    def _shared_suffixes(self, text: str, found: list[Candidate], places: list[Mention]) -> list[Candidate]:
        """日喀则市、定日县疾控中心: places listed before a place + suffix share the suffix; each
        names its own body (日喀则市疾控中心), located there."""
        out = []
        for c in found:
            if COARSE[c.type] != "Organization" or c.elided is not None:
                continue
            first = next((p for p in places if p.start == c.start), None)
            if first is None or not self.grammar.is_generic(text[first.end:c.end - len(suffix_of(c.name) or "")]):
                continue
            at = c.start
            while at > 1 and text[at - 1] in self.list_joiners:
                prev = next((p for p in places if p.end == at - 1 and not any(
                    f.start <= p.start < f.end for f in found)), None)
                if prev is None:
                    break
                out.append(Candidate(prev.start, prev.end, c.type, prev.name + text[first.end:c.end],
                                     elided=prev, shares_suffix=True))
                at = prev.start
        return out

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
                if c.kept_inside:  # 第20个全国爱耳日 inside …暨第20个全国爱耳日主题宣传活动; the document
                    out[-1].nested.append(c)  # a notice issues
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

    # -- write -------------------------------------------------------------------------------
    def set_annotations(self, doc: Doc, found: list[Candidate], places: list[Mention]) -> None:
        text = doc_text(doc)
        mentions = mentions_of(doc)
        bounds = token_bounds(doc)
        outer: list[Mention] = []
        for c in found:
            outer.append(self.canon.mention(text, c.start, c.end, c.type, places, c.aliases))
            after = max(text.rfind(w, c.start, c.end) + len(w) for w in self.affiliations)
            own_name = any(p.start == after for p in places) or bool(CORPS_DIVISION.match(text, after))
            if c.type == "Hospital" and after > 1 and own_name:
                outer[-1].aliases.append(text[after:c.end])  # 北京天坛医院 of 首都医科大学附属北京天坛医院
            if c.full_name is not None:
                outer[-1].name = c.full_name
            if c.elided is not None:
                outer[-1].name = c.name
                outer[-1].aliases = [text[c.start:c.end]]
                outer[-1].place = c.elided.id
            if c.shares_suffix or c.unit_of is not None:  # written as a bare place (日喀则市、) or a
                # bare unit (机关设综合司): its name is all it has, never a key of its own
                outer[-1].text = c.name
                outer[-1].aliases = []
            for n in c.nested:
                m = self.canon.mention(text, n.start, n.end, n.type, places, [])
                m.inner = True
                add_mention(doc, m)
            for inner_end, suffix in c.inner_ends:
                inner_type = self.grammar.suffixes[suffix]
                # A暨B: B starts anew; so does a body after 及 inside a work's name
                starts_anew = self.work_restarts if c.type in WORKS and COARSE[inner_type] == "Organization" \
                    else self.work_joiners
                # a name inside the document a notice issues starts inside that document
                holder = next((n.start for n in c.nested if n.kept_inside and n.start < inner_end <= n.end),
                              c.start if c.body_start is None else c.body_start)
                if inner_type == "MedicalAlliance" and holder == c.body_start and ALLIANCE_PAIR_JOINT.search(
                        text, c.start, holder):
                    holder = c.start  # 甲医院与乙医院医联体签约仪式: the pair's alliance, named for both
                inner_start = max([holder] + [text.rfind(w, holder, inner_end) + 1 for w in starts_anew])
                inner_start = self.grammar.designation_start(text, inner_start, inner_end, suffix, places, bounds)
                if inner_type in WORKS:
                    inner_start = self._past_verb_before_place(text, inner_start, inner_end - len(suffix), places)
                if c.elided is not None and inner_start == c.start:
                    add_mention(doc, self._elided_inner(text, inner_start, inner_end, inner_type, c.elided, places))
                    continue  # 省卫生健康委 of 省卫生健康委人事处: the province's, as the parent alone
                if BATCH.match(text, inner_start) and inner_type in WORKS:
                    continue  # 首批…试验区 inside 首批…试验区改革创新典型经验: the batch is the document's
                generic_end = text[inner_end:c.end] in self.generic_activities
                if inner_type == c.type == "Program" or (inner_type in WORKS and generic_end):
                    continue  # 乡村大学生专项(招聘计划), …人物评选(活动): one work, named in full
                if self.grammar.is_name(text, inner_start, inner_end, suffix, inner_type, places):
                    m = self.canon.mention(text, inner_start, inner_end, inner_type, places, [])
                    first_part = inner_start == c.start and text[inner_end] in self.work_joiners
                    if inner_type == c.type == "Event" and first_part:
                        outer[-1].aliases.append(m.name)  # 某某成立大会暨首次学术会议: one event, named
                        continue  # by its first part too
                    m.inner = True
                    add_mention(doc, m)
        base = len(mentions)
        for o in outer:
            add_mention(doc, o)
        for c, o in zip(found, outer, strict=True):
            if c.unit_of is not None:
                o.unit_of = next((p.id for p in outer if (p.start, p.end) == (c.unit_of.start, c.unit_of.end)), None)
        for i in range(len(outer)):
            parenthetical_alias(text, base + i, mentions)
            short_form(base + i, mentions)
        for p in places:
            if any(o.start <= p.start and p.end <= o.end for o in outer):
                decide(doc, Decision(p.id, "inner", True, "kg_names"))


    def _elided_inner(self, text: str, start: int, end: int, type_: str, place: Mention,
                      places: list[Mention]) -> Mention:
        """The parent of a sub-unit named by a level character (市卫健委 of 市卫健委社区处),
        named with the place the level stands for, as the sub-unit is."""
        m = self.canon.mention(text, start, end, type_, places, [])
        m.name, m.aliases, m.place, m.inner = place.name + text[start + 1:end], [text[start:end]], place.id, True
        return m


@Language.factory("kg_names", requires=["doc._.mentions", "token.idx"], assigns=["doc._.mentions", "doc._.decisions"],
                  default_config={"max_org_body": 24, "max_initiative_body": 40, "subunit_gap": 8})
def make_names(nlp: Language, name: str, max_org_body: int, max_initiative_body: int,
               subunit_gap: int) -> NameRecognizer:
    return NameRecognizer(max_org_body, max_initiative_body, subunit_gap)
