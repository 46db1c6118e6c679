"""Relations from verb frames (``verb_frames.jsonl``): within one clause, ``HEAD verb TAIL``
with the nearest fitting mentions on each side, the head possibly in an earlier clause of the
sentence.

Each frame names its handler, the reading of the clause, and ``HANDLERS`` maps the name to
the function: ``directed`` (A、B 和 C 联合印发 D、E: each head with each tail), ``founding``
(A 牵头，与 B、C 组建 Y), ``symmetric`` (A 与 B 签订: the first of a list with each of the others,
or the subject of ``S 与 A、B、C`` with each of them), ``reverse`` (the tail carries the
relation to the head), ``sited`` (Y 在 X 坚守: the tail is where the head works) and ``staff``
(甲医院张三等2人编入 Y: the bodies of the people named send Y). A
frame's flags add readings to any handler: ``passive`` (由 A、B 主办的 Y, Y 由 A 派遣),
``located`` (Y 在 X 召开 places the event), ``toward`` (A 向 X 派出 Y: X is where Y goes, no
sender), ``with`` (with no tail after the verb, A 与 B … verb), ``earlier`` (with no tail in
the clause, the one named last before it: 其中甲医院承担了主要派员任务), ``clause`` (the head
only from the verb's own clause: 甲委会同乙局…), ``next`` (the tail right after the verb only),
``trip`` (甲省派专家赴乙州开展帮扶: the tail after 赴) and ``recipient`` (甲院向乙院捐赠: the tail
after 向).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.lexicons.loader import pattern
from kg.nlp.clauses import (
    coordinated,
    find_clause_end,
    find_clause_start,
    first_of,
    last_of,
    listed_after,
    marker,
    outer_mentions,
    place_chains,
)
from kg.nlp.frames import Frame
from kg.nlp.mentions import Mention, resolved, sentence_bounds
from kg.schema import ORGANIZATIONS, PLACES

if TYPE_CHECKING:
    from kg.nlp.relations import RelationAdder

WITH = pattern("with_joint")  # 与, 和, 陆续与, 先后同
TRIP = pattern("trip")  # 赴, 到
RECIPIENT = pattern("recipient")  # 向, 为: 甲医院向乙医院捐赠
COUNTED_WITH = pattern("counted_with")  # 甲医院、乙医院等12家医院与
PARTNER_JOINT = pattern("partner_joint")
NATIONAL = pattern("national")  # 中央财政支持…示范项目: a programme of the whole country
ISSUER_TITLE = pattern("issuer_title")  # 甲委《…》, 甲委的《…》
STAFF_GAP = pattern("staff_gap")  # 甲医院（以下简称甲院）张三
STAFF_COUNT = pattern("staff_count")  # 甲医院张三、乙医院李四等2人
ADVERBIAL = pattern("adverbial_opening")  # 按照, 根据
OPEN_BRACKET = pattern("open_bracket")
BY, AT, YU, UNDER, LEAD, TOWARD, OBJECT = (marker(n) for n in ("by", "at", "with", "under", "lead", "toward", "object"))


@dataclass(frozen=True)
class Clause:
    """A verb of a frame where it was found: its sentence and clause, and the mentions that
    relations connect (``outer``), those of the sentence before the verb and those of the
    clause after it."""

    text: str
    mentions: list[Mention]
    outer: list[int]
    verb: re.Match
    sent_start: int
    sent_end: int
    clause_start: int
    before: list[int]
    after: list[int]

    @property
    def at(self) -> int:
        return self.verb.start()


def from_frames(frames: tuple[Frame, ...], text: str, mentions: list[Mention], add: RelationAdder) -> None:
    """Every frame in order, at each of its verbs that stands outside a name."""
    outer = outer_mentions(mentions)
    for frame in frames:
        for v in frame.verbs.finditer(text):
            if any(mentions[i].start <= v.start() < mentions[i].end for i in outer):
                continue
            c = _clause(text, mentions, outer, v)
            if "passive" in frame.flags and BY in text[c.sent_start:c.at]:
                _passive(frame, c, add)
            else:
                HANDLERS[frame.handler](frame, c, add)


def _clause(text: str, mentions: list[Mention], outer: list[int], v: re.Match) -> Clause:
    sent_start, sent_end = sentence_bounds(text, v.start())
    clause_start = find_clause_start(text, v.start(), sent_start)
    clause_end = find_clause_end(text, v.end(), sent_end)
    before = [i for i in outer if sent_start <= mentions[i].start and mentions[i].end <= v.start()]
    after = [i for i in outer if v.end() <= mentions[i].start and mentions[i].end <= clause_end]
    return Clause(text, mentions, outer, v, sent_start, sent_end, clause_start, before, after)


def _passive(frame: Frame, c: Clause, add: RelationAdder) -> None:
    """由 A、B 主办的 Y / Y 由 A 派遣: the heads after 由 with the tail after the verb, else
    the one before 由."""
    mentions = c.mentions
    by = c.text.rfind(BY, c.sent_start, c.at)
    agents = [i for i in c.before if mentions[i].start > by and mentions[i].type in frame.heads]
    owner = _owner(frame, c, first_of(c.after, mentions, frame.tails))
    agents = [owner] if owner is not None else agents  # 由甲主持，会上印发了乙委《…》: 乙委's
    target = first_of(c.after, mentions, frame.tails) or last_of(
        [i for i in c.before if mentions[i].end <= by], mentions, frame.tails)
    for a in agents:
        if target is not None:
            add(a, frame.rel, target, c.at)
    if "located" in frame.flags:
        _event_place(c, add)


def _heads(frame: Frame, c: Clause) -> tuple[list[int], list[tuple[int, int]]]:
    """The sites (mentions after 在 in the clause, for a located frame: 在X开展Y, X is no
    organiser; those right after 对, what the work is for: 对该院开展援助; and those after
    按照/根据 in their clause, whose plan it is) and the list of heads before the verb, as
    place chains: the nearest fitting mention of the clause, else of the sentence, with the
    list it ends."""
    mentions = c.mentions
    zai = c.text.rfind(AT, c.clause_start, c.at) if "located" in frame.flags else -1
    sites = [i for i in c.before if zai >= 0 and mentions[i].start > zai]
    sites += [i for i in _destinations(frame, c) if i not in sites]
    sites += [i for i in c.before if i not in sites and (c.text.endswith(OBJECT, 0, mentions[i].start)
                                                         or _adverbial(c, mentions[i].start))]
    head = last_of([i for i in c.before if mentions[i].start >= c.clause_start and i not in sites],
                   mentions, frame.heads)
    if head is None and "clause" not in frame.flags:
        head = last_of([i for i in c.before if i not in sites], mentions, frame.heads)
    chains = coordinated(c.text, c.before, head, mentions, frame.heads) if head is not None else []
    return sites, chains


def _adverbial(c: Clause, at: int) -> bool:
    """``at`` stands in a phrase 按照/根据 … of an earlier clause than the verb's (我院按照甲市
    的部署，…派出): what is named there planned the work, it does not do it."""
    start = find_clause_start(c.text, at, c.sent_start)
    return start < c.clause_start and ADVERBIAL.search(c.text, start, at) is not None


def _destinations(frame: Frame, c: Clause) -> list[int]:
    """For a ``toward`` frame, the places after 向 in the clause before the verb: where the
    tail goes (甲省向某国派出医疗队), not who sends it; for a ``trip`` frame, the places and
    bodies after the last 赴/到 there: where the work goes (甲省派专家赴乙州开展帮扶); for a
    ``recipient`` frame, those after the last 向/为 there: who receives (甲院向乙院捐赠设备)."""
    to = c.text.rfind(TOWARD, c.clause_start, c.at) if "toward" in frame.flags else -1
    goes = TRIP if "trip" in frame.flags else RECIPIENT if "recipient" in frame.flags else None
    if to < 0 and goes is not None:  # 甲省选派专家赴乙州开展帮扶, 甲院向乙院捐赠: where the work goes
        trips = list(goes.finditer(c.text, c.clause_start, c.at))
        return [i for i in c.before if trips and c.mentions[i].start >= trips[-1].end()
                and c.mentions[resolved(c.mentions, i)].type in frame.tails]
    return [i for i in c.before if to >= 0 and c.mentions[i].start > to and c.mentions[i].type in PLACES]


def _directed(frame: Frame, c: Clause, add: RelationAdder) -> None:
    """Each head with each tail: A、B 和 C 联合印发 D、E."""
    _to_tails(frame, c, add, lambda h, t: add(h, frame.rel, t, c.at))


def _reverse(frame: Frame, c: Clause, add: RelationAdder) -> None:
    """The tail to the head, for a tail with no place in its own name: a national programme
    serves the place that carries it out; its own is located there."""
    mentions = c.mentions

    def link(h: int, t: int) -> None:
        if not any(mentions[t].start <= m.start < mentions[t].end for m in mentions if m.type in PLACES):
            national = NATIONAL.match(mentions[resolved(mentions, t)].name)
            add(t, frame.rel if national else "locatedIn", h, c.at)

    _to_tails(frame, c, add, link)


def _founding(frame: Frame, c: Clause, add: RelationAdder) -> None:
    """A牵头，与B、C组建…医共体: the bodies listed after 与 are members of the alliance they
    found, and the one that 牵头 leads it; without such a list, a directed frame."""
    mentions = c.mentions
    alliance = first_of(c.after, mentions, frozenset({"MedicalAlliance"}))
    yu = c.text.rfind(YU, c.clause_start, c.at)
    members = [i for i in c.before
               if mentions[i].start > yu and mentions[resolved(mentions, i)].type in ORGANIZATIONS]
    if alliance is None or yu < 0 or not members:
        _directed(frame, c, add)
        return
    for m in members:
        add(m, "memberOf", alliance, c.at)
    lead = c.text.rfind(LEAD, 0, yu)
    leader = last_of([i for i in c.before if mentions[i].end <= lead], mentions, ORGANIZATIONS)
    if lead >= 0 and leader is not None and not c.text[mentions[leader].end:lead].strip():
        add(leader, frame.rel, alliance, c.at)


def _symmetric(frame: Frame, c: Clause, add: RelationAdder) -> None:
    """S 与 A、B、C 合作: S with each of them (and each of a list S1、S2 等…与); A、B 和 C
    共同签订: the first with each of the others; else A 与 B … verb."""
    mentions = c.mentions
    chains = _heads(frame, c)[1]
    group = [last for _, last in chains]
    lead = _with_subject(c, chains[0], frame.heads) if chains else None
    if lead is not None:  # S1、S2 等12家医院与 A、B: each of the list S1、S2 with each of them
        for head in [last for _, last in coordinated(c.text, c.before, lead, mentions, frame.heads)]:
            for other in group:
                add(head, frame.rel, other, c.at)
    elif len(group) > 1 and mentions[group[0]].type not in PLACES:
        for other in group[1:]:
            add(group[0], frame.rel, other, c.at)
    else:
        _pair_with(frame, c, add)


def _sited(frame: Frame, c: Clause, add: RelationAdder) -> None:
    """Y … 在 X 坚守/巡诊: the head Y, named in the sentence before 在, serves in each place or
    body X between 在 and the verb (a chain of places as its last place)."""
    mentions = c.mentions
    zai = c.text.rfind(AT, c.clause_start, c.at)
    if zai < 0:
        return
    head = last_of([i for i in c.before if mentions[i].end <= zai], mentions, frame.heads)
    sites = [i for i in c.before if mentions[i].start > zai and mentions[resolved(mentions, i)].type in frame.tails]
    for _, site in place_chains(sites, mentions) if head is not None else []:
        add(head, frame.rel, site, c.at)


def _staff(frame: Frame, c: Clause, add: RelationAdder) -> None:
    """甲医院张三、乙医院李四2人编入某医疗队: each body named right before a person of the
    clause, or every body of a clause whose subject is a count of people (…等3人编入), is
    where those people come from, and sends the tail."""
    mentions, text = c.mentions, c.text
    tail = first_of(c.after, mentions, frame.tails)
    people = [m.start for m in mentions if m.type == "Person" and c.clause_start <= m.start < c.at]
    counted = STAFF_COUNT.search(text, c.clause_start, c.at) is not None  # …3人编入: the bodies are theirs
    for i in c.before if tail is not None else []:
        if mentions[i].start >= c.clause_start and mentions[resolved(mentions, i)].type in frame.heads \
                and not OPEN_BRACKET.search(text, c.clause_start, mentions[i].start) \
                and (counted or any(STAFF_GAP.fullmatch(text, mentions[i].end, p) for p in people)):
            add(i, frame.rel, tail, c.at)


HANDLERS: dict[str, Callable[[Frame, Clause, RelationAdder], None]] = {
    "directed": _directed, "founding": _founding, "symmetric": _symmetric, "reverse": _reverse,
    "sited": _sited, "staff": _staff}


def _to_tails(frame: Frame, c: Clause, add: RelationAdder, link: Callable[[int, int], None]) -> None:
    """The tails listed after the verb, each linked to each head; 在A对口支援下，B…: the tail
    comes later in the sentence; for a ``with`` frame without a tail, A 与 B … verb."""
    mentions = c.mentions
    sites, chains = _heads(frame, c)
    group = [last for _, last in chains]
    tail = first_of(c.after, mentions, frame.tails)
    if tail is not None and "next" in frame.flags and mentions[tail].start != c.verb.end():
        tail = None  # 支持服务事务的某国: the verb's object is no body
    if tail is None and c.text.startswith(UNDER, c.verb.end()):  # 在A对口支援下，B…: A helps B
        rest = [i for i in c.outer if c.verb.end() <= mentions[i].start < c.sent_end]
        tail = first_of(rest, mentions, frame.tails & ORGANIZATIONS) or first_of(rest, mentions, frame.tails)
    if tail is None and "earlier" in frame.flags:  # 某医疗队…，其中甲医院承担了主要派员任务
        # inner mentions too: the alliance or team may be named only inside an event's name before
        tail = last_of([i for i, m in enumerate(mentions) if m.end <= c.clause_start], mentions, frame.tails)
        group = [h for h in group if mentions[h].start >= c.clause_start]  # neither end in the clause: no reading
    if tail is None and {"trip", "recipient"} & frame.flags and (goes := _destinations(frame, c)):
        for h in group:
            for _, t in place_chains(goes, mentions):
                link(h, t)
        return
    if tail is None and "with" in frame.flags:
        _pair_with(frame, c, add)
        return
    owner = _owner(frame, c, tail)
    for t in listed_after(c.text, c.after, tail, mentions, frame.tails) if tail is not None else []:
        for h in [owner] if owner is not None else group:
            link(h, t)
    if "located" in frame.flags:
        _event_place(c, add)
    if tail is not None and mentions[resolved(mentions, tail)].type == "Program":
        for _, site in place_chains([i for i in sites if mentions[i].type in frame.heads], mentions):
            add(tail, "servesIn", site, c.at)  # 在和田县人民医院开展…项目


def _owner(frame: Frame, c: Clause, tail: int | None) -> int | None:
    """会上印发了甲县人民政府办公室《…》: a head named after the verb, right before the title
    of the tail, is the tail's own author; the subject of the sentence only passed it on."""
    mentions = c.mentions
    if tail is None:
        return None
    return next((i for i in c.after if mentions[i].end <= mentions[tail].start
                 and mentions[resolved(mentions, i)].type in frame.heads
                 and ISSUER_TITLE.fullmatch(c.text, mentions[i].end, mentions[tail].start)), None)


def _pair_with(frame: Frame, c: Clause, add: RelationAdder) -> None:
    """A 与/和/同 B(、C…) … verb: A with each of B, C (for assists, A helps them); a list before
    与 (A1、A2 与 B, A1、A2 等12家医院与 B) each with them. A chain
    of places (江苏省无锡市) counts as its last, most specific place; a name in brackets renames
    the one before it (甲医院（以下简称甲一院）与乙医院: the place inside 甲一院 is no partner)."""
    mentions, text = c.mentions, c.text
    chains = place_chains([i for i in c.before if mentions[resolved(mentions, i)].type in frame.heads
                           and not OPEN_BRACKET.search(text, c.sent_start, mentions[i].start)], mentions)
    fits = [last for _, last in chains]
    start_of = {last: mentions[first].start for first, last in chains}
    for n, a in enumerate(fits):
        rest = fits[n + 1:]
        gap = text[mentions[a].end:start_of[rest[0]]] if rest else ""
        if not rest or not (WITH.fullmatch(gap) or COUNTED_WITH.fullmatch(gap)):
            continue
        if mentions[a].start < c.clause_start and text.rfind(YU, c.clause_start, c.at) < 0:
            continue
        partners = [rest[0]]
        for b in rest[1:]:
            if PARTNER_JOINT.fullmatch(text[mentions[partners[-1]].end:start_of[b]]):
                partners.append(b)
        # A、B(等12家医院)与 C: each body listed before 与 with each partner
        for head in [last for _, last in coordinated(text, c.before, a, mentions, frame.heads)]:
            for b in partners:
                add(head, frame.rel, b, c.at)
        return


def _with_subject(c: Clause, opening: tuple[int, int], heads: frozenset[str]) -> int | None:
    """S 与 A、B…: the mention S right before the 与 that opens a list (or before 等…与 that
    closes the list S ends: S1、S2 等12家医院与 A); ``opening`` is the
    list's first member as a (first, last) place chain. A clause that opens with 与 has no
    subject of its own: the sentence's topic, named first in it, is S (医院积极响应…，陆续与
    A、B签订协议)."""
    mentions, text = c.mentions, c.text
    start = mentions[opening[0]].start
    chains = place_chains([i for i in c.before if mentions[i].end <= start
                           and mentions[resolved(mentions, i)].type in heads], mentions)
    if not chains:
        return None
    last = chains[-1][1]
    if WITH.fullmatch(text[mentions[last].end:start]) or COUNTED_WITH.fullmatch(text[mentions[last].end:start]):
        return last
    topic = chains[0][1]
    opens_with = WITH.fullmatch(text[find_clause_start(text, start, c.sent_start):start])
    starts_sentence = not text[c.sent_start:mentions[chains[0][0]].start].strip()
    return topic if opens_with and starts_sentence else None


def _event_place(c: Clause, add: RelationAdder) -> None:
    """Y 在 X 召开/举行: the event or programme Y is located at the place X."""
    mentions = c.mentions
    events = [i for i in c.before if mentions[resolved(mentions, i)].type in ("Event", "Program")]
    if not events:
        return
    event = events[-1]
    zai = c.text.find(AT, mentions[event].end, c.at)
    if zai < 0:
        return
    for i in c.before:
        if mentions[i].start > zai and mentions[i].type in PLACES:
            add(event, "locatedIn", i, c.at)
            return
