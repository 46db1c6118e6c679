"""Relations between mentions: from the structure of names, from posts, and from verb frames.

- Names: an organisation or initiative whose name holds a place is located there (the place
  nearest the suffix: 北京大学第一医院太原医院 → 太原市); a hospital whose name holds a
  university before 附属 is affiliated with it; a university or government body whose name
  holds a shorter one of the same type is part of it (浙江大学医学院 → 浙江大学,
  中共浙江省委宣传部 → 中共浙江省委); an aid team serves where its name says (援吉布提).
- Posts found by the person component become holdsPosition edges with their titles.
- Verb frames (``verb_frames.json``): within one clause, ``HEAD verb TAIL`` with the nearest
  fitting mentions on each side, the head possibly in an earlier clause of the sentence; the
  passive ``由 A、B 主办的 Y`` and ``Y 由 A 派遣`` forms; ``A 与 B 签订/合作`` for the
  symmetric cooperatesWith; ``Y 在 X 召开`` places an event. A list of heads (A、B 和 C
  联合印发) gives the relation for each member; for cooperatesWith the first member (or the
  subject of ``S 与 A、B、C``) pairs with each of the others.
- Then the passes of ``inferred_relations`` add what is stated across clauses.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from kg.lexicons.catalog import verb_frames
from kg.nlp.clauses import (
    coordinated,
    find_clause_end,
    find_clause_start,
    first_of,
    last_of,
    listed_after,
    outer_mentions,
    place_chains,
)
from kg.nlp.inferred_relations import infer
from kg.nlp.mentions import Mention, Relation, apply_decisions, mentions_of, relations_of, resolved, sentence_bounds
from kg.schema import INITIATIVES, ORGANIZATIONS, PLACES

GROUPS = {"Place": PLACES, "Org": ORGANIZATIONS, "Initiative": INITIATIVES, "Policy": frozenset({"Policy"}),
          "Event": frozenset({"Event"}), "Program": frozenset({"Program"}),
          "AidTeam": frozenset({"AidTeam"}), "MedicalAlliance": frozenset({"MedicalAlliance"})}
WITH = re.compile(r"与|和|同|携手|[\u4e00-\u9fff]{1,4}?(?:与|同)")  # 陆续与, 先后与
UNIT_TYPES = ("University", "GovernmentAgency", "Organization")  # 医学院 of 大学, 分会 of 协会: partOf
NATIONAL = re.compile(r"中央|国家|全国")  # 中央财政支持…示范项目: a programme of the whole country


def _types(spec: list[str]) -> frozenset[str]:
    return frozenset().union(*(GROUPS[s] for s in spec))


class RelationExtractor:
    """Appends relations to ``doc._.relations``."""

    def __init__(self) -> None:
        self.frames = [(f, re.compile(f["verbs"]), _types(f["head"]), _types(f["tail"]))
                       for f in verb_frames()]

    def __call__(self, doc: Doc) -> Doc:
        apply_decisions(doc)
        text = doc.text  # spaCy joins the tokens anew at each doc.text: once per document
        mentions = mentions_of(doc)
        out = relations_of(doc)
        seen: set[tuple[int, str, int, str | None]] = set()

        def add(h: int, rel: str, t: int, at: int, title: str | None = None) -> None:
            h, t = resolved(mentions, h), resolved(mentions, t)
            if h == t or (h, rel, t, title) in seen:
                return
            seen.add((h, rel, t, title))
            s, e = sentence_bounds(text, at)
            out.append(Relation(h, rel, t, s, e, title))

        self._from_names(text, mentions, add)
        self._from_posts(doc, mentions, add)
        self._from_frames(text, mentions, add)
        infer(text, mentions, out, add)
        return doc

    # -- names ---------------------------------------------------------------------------------
    @staticmethod
    def _from_names(text: str, mentions: list[Mention], add) -> None:
        by_start = sorted(range(len(mentions)), key=lambda j: mentions[j].start)
        starts = [mentions[j].start for j in by_start]
        for i, m in enumerate(mentions):
            if m.type in PLACES or m.type == "Person" or m.ref is not None:
                continue
            # mentions that start within m (found by bisection: an article may hold thousands)
            near = by_start[bisect_left(starts, m.start):bisect_left(starts, m.end)]
            inside = sorted(j for j in near if j != i and mentions[j].end <= m.end
                            and (mentions[j].end - mentions[j].start) < (m.end - m.start))
            served = [j for j in inside if mentions[j].type in PLACES and text[mentions[j].start - 1] == "援"]
            places = [j for j in inside if mentions[j].type in PLACES and j not in served
                      and (mentions[j].type != "Country" or mentions[j].start == m.start)]  # 中国医科大学
            if places and m.type not in ("AidTeam", "Policy"):
                add(i, "locatedIn", max(places, key=lambda j: mentions[j].end), m.start)
            elif m.place is not None:
                add(i, "locatedIn", m.place, m.start)
            for j in inside:
                o = mentions[j]
                longer_inner = [k for k in inside if mentions[k].type == o.type and mentions[k].end > o.end]
                if o.type == "University" and m.type == "Hospital" and "附属" in text[o.end:m.end] \
                        and not longer_inner:
                    add(i, "affiliatedWith", j, m.start)
                if o.type == m.type and m.type in UNIT_TYPES and o.start == m.start and not longer_inner:
                    add(i, "partOf", j, m.start)
            for j in served if m.type in ("AidTeam", "Program") else []:
                add(i, "servesIn", j, m.start)  # 援摩洛哥医疗队, 援吉布提…项目

    # -- posts ---------------------------------------------------------------------------------
    @staticmethod
    def _from_posts(doc: Doc, mentions: list[Mention], add) -> None:
        posts = doc._.posts or {}
        for person, items in sorted(posts.items()):
            by_org: dict[int, list[str]] = {}
            for org, title in items:
                if org is not None:
                    by_org.setdefault(resolved(mentions, org), []).append(title)
            for org, titles in sorted(by_org.items()):
                add(person, "holdsPosition", org, mentions[person].start, "、".join(titles))

    # -- verb frames ---------------------------------------------------------------------------
    def _from_frames(self, text: str, mentions: list[Mention], add) -> None:
        outer = outer_mentions(mentions)
        for frame, verbs, heads, tails in self.frames:
            for v in verbs.finditer(text):
                if any(mentions[i].start <= v.start() < mentions[i].end for i in outer):
                    continue
                sent_start, sent_end = sentence_bounds(text, v.start())
                clause_start = find_clause_start(text, v.start(), sent_start)
                clause_end = find_clause_end(text, v.end(), sent_end)
                before = [i for i in outer if sent_start <= mentions[i].start and mentions[i].end <= v.start()]
                after = [i for i in outer if v.end() <= mentions[i].start and mentions[i].end <= clause_end]
                passive = frame.get("passive", False) and "由" in text[sent_start:v.start()]
                if passive:
                    by = text.rfind("由", sent_start, v.start())
                    agents = [i for i in before if mentions[i].start > by and mentions[i].type in heads]
                    target = first_of(after, mentions, tails) or last_of(
                        [i for i in before if mentions[i].end <= by], mentions, tails)
                    for a in agents:
                        if target is not None:
                            add(a, frame["rel"], target, v.start())
                    if frame.get("located"):
                        self._event_place(text, v.start(), before, mentions, add)
                    continue
                if frame["rel"] == "leads" and self._founding(text, v, before, after, clause_start, mentions, add):
                    continue
                zai = text.rfind("在", clause_start, v.start()) if frame.get("located") else -1
                sites = [i for i in before if zai >= 0 and mentions[i].start > zai]  # 在X开展Y: X is no organiser
                head = last_of([i for i in before if mentions[i].start >= clause_start and i not in sites],
                                  mentions, heads)
                if head is None:
                    head = last_of([i for i in before if i not in sites], mentions, heads)
                chains = coordinated(text, before, head, mentions, heads) if head is not None else []
                group = [last for _, last in chains]
                if frame.get("symmetric"):
                    lead = self._with_subject(text, before, chains[0], mentions, heads, sent_start) if chains else None
                    if lead is not None:  # S 与 A、B、C 合作: S with each of them
                        for other in group:
                            add(lead, frame["rel"], other, v.start())
                    elif len(group) > 1 and mentions[group[0]].type not in PLACES:
                        for other in group[1:]:  # A、B 和 C 共同签订: the first with each of the others
                            add(group[0], frame["rel"], other, v.start())
                    else:
                        self._symmetric(text, v, before, mentions, heads, clause_start, add, frame["rel"])
                    continue
                tail = first_of(after, mentions, tails)
                if tail is None and text.startswith("下", v.end()):  # 在A对口支援下，B…: A helps B
                    rest = [i for i in outer if v.end() <= mentions[i].start < sent_end]
                    tail = first_of(rest, mentions, tails & ORGANIZATIONS) or first_of(rest, mentions, tails)
                if tail is None and frame.get("with"):
                    self._symmetric(text, v, before, mentions, heads, clause_start, add, frame["rel"])
                    continue
                for t in listed_after(text, after, tail, mentions, tails) if tail is not None else []:
                    for h in group:  # A、B 和 C 联合印发 D、E: each of them, each of those
                        if not frame.get("reverse"):
                            add(h, frame["rel"], t, v.start())
                        elif not any(mentions[t].start <= m.start < mentions[t].end for m in mentions
                                     if m.type in PLACES):
                            # a national programme serves the place that carries it out; its own is located there
                            national = NATIONAL.match(mentions[resolved(mentions, t)].name)
                            add(t, frame["rel"] if national else "locatedIn", h, v.start())
                if frame.get("located"):
                    self._event_place(text, v.start(), before, mentions, add)
                if tail is not None and mentions[resolved(mentions, tail)].type == "Program":
                    for _, site in place_chains([i for i in sites if mentions[i].type in heads], mentions):
                        add(tail, "servesIn", site, v.start())  # 在和田县人民医院开展…项目

    @staticmethod
    def _founding(text: str, v: re.Match, before: list[int], after: list[int], clause_start: int,
                  mentions: list[Mention], add) -> bool:
        """A牵头，与B、C组建…医共体: the bodies listed after 与 are members of the alliance they
        found, and the one that 牵头 leads it."""
        alliance = first_of(after, mentions, frozenset({"MedicalAlliance"}))
        yu = text.rfind("与", clause_start, v.start())
        members = [i for i in before
                   if mentions[i].start > yu and mentions[resolved(mentions, i)].type in ORGANIZATIONS]
        if alliance is None or yu < 0 or not members:
            return False
        for m in members:
            add(m, "memberOf", alliance, v.start())
        lead = text.rfind("牵头", 0, yu)
        leader = last_of([i for i in before if mentions[i].end <= lead], mentions, ORGANIZATIONS)
        if lead >= 0 and leader is not None and not text[mentions[leader].end:lead].strip():
            add(leader, "leads", alliance, v.start())
        return True

    @staticmethod
    def _symmetric(text: str, v: re.Match, before: list[int], mentions: list[Mention],
                   heads: frozenset[str], clause_start: int, add, rel: str) -> bool:
        """A 与/和/同 B(、C…) … verb: A with each of B, C (for assists, A helps them). A chain
        of places (江苏省无锡市) counts as its last, most specific place."""
        chains = place_chains([i for i in before if mentions[resolved(mentions, i)].type in heads], mentions)
        fits = [last for _, last in chains]
        start_of = {last: mentions[first].start for first, last in chains}
        for n, a in enumerate(fits):
            rest = fits[n + 1:]
            if not rest or not WITH.fullmatch(text[mentions[a].end:start_of[rest[0]]]):
                continue
            if mentions[a].start < clause_start and text.rfind("与", clause_start, v.start()) < 0:
                continue
            partners = [rest[0]]
            for b in rest[1:]:
                if text[mentions[partners[-1]].end:start_of[b]] in ("、", "和", "及", "以及"):
                    partners.append(b)
            for b in partners:
                add(a, rel, b, v.start())
            return True
        return False

    @staticmethod
    def _with_subject(text: str, before: list[int], opening: tuple[int, int], mentions: list[Mention],
                      heads: frozenset[str], sent_start: int) -> int | None:
        """S 与 A、B…: the mention S right before the 与 that opens a list; ``opening`` is the
        list's first member as a (first, last) place chain. A clause that opens with 与 has no
        subject of its own: the sentence's topic, named first in it, is S (医院积极响应…，陆续与
        A、B签订协议)."""
        start = mentions[opening[0]].start
        chains = place_chains([i for i in before if mentions[i].end <= start
                          and mentions[resolved(mentions, i)].type in heads], mentions)
        if not chains:
            return None
        last = chains[-1][1]
        if WITH.fullmatch(text[mentions[last].end:start]):
            return last
        topic = chains[0][1]
        opens_with = WITH.fullmatch(text[find_clause_start(text, start, sent_start):start])
        starts_sentence = not text[sent_start:mentions[chains[0][0]].start].strip()
        return topic if opens_with and starts_sentence else None

    @staticmethod
    def _event_place(text: str, at: int, before: list[int], mentions: list[Mention], add) -> None:
        """Y 在 X 召开/举行: the event or programme Y is located at the place X."""
        events = [i for i in before if mentions[resolved(mentions, i)].type in ("Event", "Program")]
        if not events:
            return
        event = events[-1]
        zai = text.find("在", mentions[event].end, at)
        if zai < 0:
            return
        for i in before:
            if mentions[i].start > zai and mentions[i].type in PLACES:
                add(event, "locatedIn", i, at)
                return


@Language.factory("kg_relations")
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor()
