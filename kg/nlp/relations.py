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
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.lexicons import verb_frames
from kg.nlp.mentions import Mention, Relation, mentions_of, relations_of, resolved, sentence_bounds
from kg.schema import INITIATIVES, ORGANIZATIONS, PLACES

GROUPS = {"Place": PLACES, "Org": ORGANIZATIONS, "Initiative": INITIATIVES, "Policy": frozenset({"Policy"}),
          "Event": frozenset({"Event"}), "Program": frozenset({"Program"}),
          "AidTeam": frozenset({"AidTeam"}), "MedicalAlliance": frozenset({"MedicalAlliance"})}
WITH = re.compile(r"与|和|同|携手|[\u4e00-\u9fff]{1,4}?(?:与|同)")  # 陆续与, 先后与
UNIT_TYPES = ("University", "GovernmentAgency", "Organization")  # 医学院 of 大学, 分会 of 协会: partOf
SITES = re.compile(r"等(?:部分|[0-9一二三四五六七八九十]+个)?(试验区|示范区|示范县|示范市|试点县|试点城市)")
AID_VISIT = re.compile(r"走入|走进|深入|来到|前往|赶赴|奔赴|进驻")
VISIT_GAP = re.compile(r"|[、和及与]|以及|[^，,。；;]{0,4}?[，,](?:以及|和|及)?")  # 阿勒泰地区直单位，福海县
AID_WORK = re.compile(r"在[^。；;]{2,60}?(等地)[，,]?\s*(?:开展|实施|提供)[^。；;]{0,30}?(?:支持|帮扶|援助|支援)")
NATIONAL = re.compile(r"中央|国家|全国")  # 中央财政支持…示范项目: a programme of the whole country
CLAUSE_END = "，,；;。！？!?\n：:"


def _types(spec: list[str]) -> frozenset[str]:
    return frozenset().union(*(GROUPS[s] for s in spec))


class RelationExtractor:
    """Appends relations to ``doc._.relations``."""

    def __init__(self) -> None:
        self.frames = [(f, re.compile(f["verbs"]), _types(f["head"]), _types(f["tail"]))
                       for f in verb_frames()]

    def __call__(self, doc: Doc) -> Doc:
        mentions = mentions_of(doc)
        out = relations_of(doc)
        seen: set[tuple[int, str, int, str | None]] = set()

        def add(h: int, rel: str, t: int, at: int, title: str | None = None) -> None:
            h, t = resolved(mentions, h), resolved(mentions, t)
            if h == t or (h, rel, t, title) in seen:
                return
            seen.add((h, rel, t, title))
            s, e = sentence_bounds(doc.text, at)
            out.append(Relation(h, rel, t, s, e, title))

        self._from_names(doc.text, mentions, add)
        self._from_posts(doc, mentions, add)
        self._from_frames(doc.text, mentions, add)
        self._place_of_organised(mentions, out, add)
        self._signatories_join(mentions, out, add)
        self._listed_sites(doc.text, mentions, add)
        self._aid_visits(doc.text, mentions, add)
        self._aid_work(doc.text, mentions, add)
        return doc

    def _aid_work(self, text: str, mentions: list[Mention], add) -> None:
        """该院…在A、B等地，开展了…远程医疗支持工作: the body that does support work at the
        places listed assists each of them."""
        outer = sorted((i for i, m in enumerate(mentions) if not m.inner and m.type != "Person"),
                       key=lambda i: mentions[i].start)
        for work in AID_WORK.finditer(text):
            sent_start, _ = sentence_bounds(text, work.start())
            places = [i for i in outer if work.start() < mentions[i].start and mentions[i].end <= work.start(1)
                      and mentions[i].type in PLACES]
            before = [i for i in outer if sent_start <= mentions[i].start and mentions[i].end <= work.start()]
            helper = self._last(before, mentions, ORGANIZATIONS)
            if helper is None:
                continue
            for _, place in _chains(places, mentions):
                add(helper, "assists", place, work.start())

    def _aid_visits(self, text: str, mentions: list[Mention], add) -> None:
        """该省援疆专家走入A、B，以及C: the body whose aid workers go to places assists each
        place listed after the verb, through commas as long as the list goes on."""
        outer = sorted((i for i, m in enumerate(mentions) if not m.inner and m.type != "Person"),
                       key=lambda i: mentions[i].start)
        for v in AID_VISIT.finditer(text):
            sent_start, sent_end = sentence_bounds(text, v.start())
            clause_start = self._clause_start(text, v.start(), sent_start)
            aid = text.rfind("援", clause_start, v.start())
            helper = self._last([i for i in outer if clause_start <= mentions[i].start and mentions[i].end <= aid],
                                mentions, ORGANIZATIONS | PLACES) if aid >= 0 else None
            if helper is None:
                continue
            previous = v.end()
            rest = [i for i in outer if v.end() <= mentions[i].start < sent_end]
            for first, last in _chains(rest, mentions):  # 新疆阿勒泰地区: the chain's last place
                if not VISIT_GAP.fullmatch(text[previous:mentions[first].start]):
                    break
                if mentions[resolved(mentions, last)].type in ORGANIZATIONS | PLACES:
                    add(helper, "assists", last, v.start())
                previous = mentions[last].end

    @staticmethod
    def _listed_sites(text: str, mentions: list[Mention], add) -> None:
        """海盐县、濉溪县等部分试验区: places listed as sites of a programme of that kind named
        in the article (国家基层卫生健康综合试验区) are served by it."""
        places = sorted((i for i, m in enumerate(mentions) if m.type in PLACES and not m.inner),
                        key=lambda i: mentions[i].start)
        for site in SITES.finditer(text):
            programme = next((i for i, m in enumerate(mentions) if m.type == "Program" and m.ref is None
                              and m.name.endswith(site.group(1))), None)
            last = next((i for i in places if mentions[i].end == site.start()), None)
            if programme is None or last is None:
                continue
            for _, member in _coordinated(text, places, last, mentions, PLACES):
                add(programme, "servesIn", member, site.start())

    @staticmethod
    def _signatories_join(mentions: list[Mention], out: list[Relation], add) -> None:
        """Bodies that sign an alliance's own agreement (《自贡市老年医疗集团合作协议》) are its
        members."""
        alliances = {m.name: i for i, m in enumerate(mentions) if m.type == "MedicalAlliance" and m.ref is None}
        for r in list(out):
            title = mentions[r.tail].name
            if r.rel != "issues" or mentions[r.tail].type != "Policy":
                continue
            for name, i in sorted(alliances.items()):
                if title.startswith(name) and title != name:
                    add(r.head, "memberOf", i, r.start)

    @staticmethod
    def _place_of_organised(mentions: list[Mention], out: list[Relation], add) -> None:
        """An event or programme whose text gives it no place happens where the body it
        serves is (在和田县人民医院开展…项目: in 和田县), else where the body that organises or
        leads it is (重庆市卫生健康委召开…交流会: in 重庆市). Names compare mentions, so a place
        stated with any mention of the work wins over this guess."""
        located: dict[str, int] = {}
        for r in out:
            if r.rel == "locatedIn":
                located.setdefault(mentions[r.head].name, r.tail)
        # (work, body, evidence): the bodies it serves first, then those that organise or lead it
        pairs = [(r.head, r.tail, r.start) for r in out if r.rel == "servesIn" and mentions[r.tail].type not in PLACES]
        pairs += [(r.tail, r.head, r.start) for r in out if r.rel in ("organizes", "leads")]
        for work_at, body_at, at in pairs:
            work, body = mentions[work_at], mentions[body_at]
            if work.type not in ("Event", "Program") or work.name in located:
                continue
            place = body_at if body.type in PLACES else located.get(body.name)
            if place is not None and mentions[place].type != "Country":
                add(work_at, "locatedIn", place, at)
                located[work.name] = place

    # -- names ---------------------------------------------------------------------------------
    @staticmethod
    def _from_names(text: str, mentions: list[Mention], add) -> None:
        for i, m in enumerate(mentions):
            if m.type in PLACES or m.type == "Person" or m.ref is not None:
                continue
            inside = [j for j, o in enumerate(mentions) if j != i and m.start <= o.start
                      and o.end <= m.end and (o.end - o.start) < (m.end - m.start)]
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
        outer = sorted((i for i, m in enumerate(mentions) if not m.inner and m.type != "Person"),
                       key=lambda i: mentions[i].start)
        for frame, verbs, heads, tails in self.frames:
            for v in verbs.finditer(text):
                if any(mentions[i].start <= v.start() < mentions[i].end for i in outer):
                    continue
                sent_start, sent_end = sentence_bounds(text, v.start())
                clause_start = self._clause_start(text, v.start(), sent_start)
                clause_end = self._clause_end(text, v.end(), sent_end)
                before = [i for i in outer if sent_start <= mentions[i].start and mentions[i].end <= v.start()]
                after = [i for i in outer if v.end() <= mentions[i].start and mentions[i].end <= clause_end]
                passive = frame.get("passive", False) and "由" in text[sent_start:v.start()]
                if passive:
                    by = text.rfind("由", sent_start, v.start())
                    agents = [i for i in before if mentions[i].start > by and mentions[i].type in heads]
                    target = self._first(after, mentions, tails) or self._last(
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
                head = self._last([i for i in before if mentions[i].start >= clause_start and i not in sites],
                                  mentions, heads)
                if head is None:
                    head = self._last([i for i in before if i not in sites], mentions, heads)
                chains = _coordinated(text, before, head, mentions, heads) if head is not None else []
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
                tail = self._first(after, mentions, tails)
                if tail is None and text.startswith("下", v.end()):  # 在A对口支援下，B…: A helps B
                    rest = [i for i in outer if v.end() <= mentions[i].start < sent_end]
                    tail = self._first(rest, mentions, tails & ORGANIZATIONS) or self._first(rest, mentions, tails)
                if tail is None and frame.get("with"):
                    self._symmetric(text, v, before, mentions, heads, clause_start, add, frame["rel"])
                    continue
                for t in _listed_after(text, after, tail, mentions, tails) if tail is not None else []:
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
                    for _, site in _chains([i for i in sites if mentions[i].type in heads], mentions):
                        add(tail, "servesIn", site, v.start())  # 在和田县人民医院开展…项目

    def _founding(self, text: str, v: re.Match, before: list[int], after: list[int], clause_start: int,
                  mentions: list[Mention], add) -> bool:
        """A牵头，与B、C组建…医共体: the bodies listed after 与 are members of the alliance they
        found, and the one that 牵头 leads it."""
        alliance = self._first(after, mentions, frozenset({"MedicalAlliance"}))
        yu = text.rfind("与", clause_start, v.start())
        members = [i for i in before
                   if mentions[i].start > yu and mentions[resolved(mentions, i)].type in ORGANIZATIONS]
        if alliance is None or yu < 0 or not members:
            return False
        for m in members:
            add(m, "memberOf", alliance, v.start())
        lead = text.rfind("牵头", 0, yu)
        leader = self._last([i for i in before if mentions[i].end <= lead], mentions, ORGANIZATIONS)
        if lead >= 0 and leader is not None and not text[mentions[leader].end:lead].strip():
            add(leader, "leads", alliance, v.start())
        return True

    @staticmethod
    def _symmetric(text: str, v: re.Match, before: list[int], mentions: list[Mention],
                   heads: frozenset[str], clause_start: int, add, rel: str) -> bool:
        """A 与/和/同 B(、C…) … verb: A with each of B, C (for assists, A helps them). A chain
        of places (江苏省无锡市) counts as its last, most specific place."""
        chains = _chains([i for i in before if mentions[resolved(mentions, i)].type in heads], mentions)
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

    def _with_subject(self, text: str, before: list[int], opening: tuple[int, int], mentions: list[Mention],
                      heads: frozenset[str], sent_start: int) -> int | None:
        """S 与 A、B…: the mention S right before the 与 that opens a list; ``opening`` is the
        list's first member as a (first, last) place chain. A clause that opens with 与 has no
        subject of its own: the sentence's topic, named first in it, is S (医院积极响应…，陆续与
        A、B签订协议)."""
        start = mentions[opening[0]].start
        chains = _chains([i for i in before if mentions[i].end <= start
                          and mentions[resolved(mentions, i)].type in heads], mentions)
        if not chains:
            return None
        last = chains[-1][1]
        if WITH.fullmatch(text[mentions[last].end:start]):
            return last
        topic = chains[0][1]
        opens_with = WITH.fullmatch(text[self._clause_start(text, start, sent_start):start])
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

    @staticmethod
    def _first(idx: list[int], mentions: list[Mention], types: frozenset[str]) -> int | None:
        return next((i for i in idx if mentions[resolved(mentions, i)].type in types), None)

    @staticmethod
    def _last(idx: list[int], mentions: list[Mention], types: frozenset[str]) -> int | None:
        return next((i for i in reversed(idx) if mentions[resolved(mentions, i)].type in types), None)

    @staticmethod
    def _clause_start(text: str, at: int, floor: int) -> int:
        while at > floor and text[at - 1] not in CLAUSE_END:
            at -= 1
        return at

    @staticmethod
    def _clause_end(text: str, at: int, ceil: int) -> int:
        while at < ceil and text[at] not in CLAUSE_END:
            at += 1
        return at


LIST_SEP = re.compile(r"(?:[（(][^（()）]{1,4}[)）])?(?:、|和|及|与|以及)?")  # 医院(筹)、


def _coordinated(text: str, before: list[int], head: int, mentions: list[Mention],
                 types: frozenset[str]) -> list[tuple[int, int]]:
    """The list that ends with ``head``, as (first, last) mention pairs: A、B(筹)、C以及D
    gives A, B, C, D. Members are joined by 、/和/及/与/以及, never by a comma; a place
    chain (江苏省无锡市) counts as one member, named by its last place."""
    chains = _chains([i for i in before if mentions[i].end <= mentions[head].end
                      and mentions[resolved(mentions, i)].type in types], mentions)
    group = [chains[-1]] if chains and chains[-1][1] == head else [(head, head)]
    for first, last in reversed(chains[:-1]):
        gap = text[mentions[last].end:mentions[group[0][0]].start]
        if not gap or not LIST_SEP.fullmatch(gap):
            break
        group.insert(0, (first, last))
    return group


def _listed_after(text: str, after: list[int], first: int, mentions: list[Mention],
                  types: frozenset[str]) -> list[int]:
    """The list that starts with ``first``: 发布 A、B 和 C gives A, B, C (joined as in
    ``_coordinated``)."""
    group = [first]
    for i in after:
        if mentions[i].start < mentions[group[-1]].end:
            continue
        gap = text[mentions[group[-1]].end:mentions[i].start]
        if not gap or not LIST_SEP.fullmatch(gap) or mentions[resolved(mentions, i)].type not in types:
            break
        group.append(i)
    return group


def _chains(idx: list[int], mentions: list[Mention]) -> list[tuple[int, int]]:
    """Adjacent place mentions (江苏省无锡市) as (first, last) pairs; others stand alone."""
    out: list[tuple[int, int]] = []
    for i in idx:
        if (out and mentions[i].type in PLACES and mentions[out[-1][1]].type in PLACES
                and mentions[out[-1][1]].end == mentions[i].start):
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


@Language.factory("kg_relations")
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor()
