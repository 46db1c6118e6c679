"""Relations from the structure of names: an organisation or initiative whose name holds a
place is located there (the place nearest the suffix: 北京大学第一医院太原医院 → 太原市; the
place after 驻, a country too: 中国驻某国大使馆 → 某国); a
hospital whose name holds a university before 附属 is affiliated with it; a university or
government body whose name holds a shorter one of the same type is part of it (浙江大学医学院
→ 浙江大学, 中共浙江省委宣传部 → 中共浙江省委); an aid team serves where its name says
(援吉布提) and is dispatched by the place or body its name opens with (甲市第三批援疆医疗队,
乙医院第五批援藏医疗队); an alliance named for a body is led by it (甲医院胸痛联盟), an event
named for one is organised by it (甲医院第二届…交流会), a place's work meeting by the place
(某市2025年卫生健康工作会议), a programme run by it (甲医院…项目) and a
document whose name opens with a body and 关于 issued by it (甲委关于印发…的通知).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from kg.lexicons.loader import pattern
from kg.nlp.clauses import marker
from kg.nlp.mentions import Mention, resolved
from kg.schema import ORGANIZATIONS, PLACES

if TYPE_CHECKING:
    from kg.nlp.relations import RelationAdder

UNIT_TYPES = ("University", "GovernmentAgency", "Organization")  # 医学院 of 大学, 分会 of 协会: partOf
AID, AFFILIATED, RESIDENT, ABOUT = marker("aid"), marker("affiliated"), marker("resident"), marker("about")
TEAM_MISSION = pattern("team_mission")  # 援, 赴: 援某国医疗队, 赴某国专家组
SENDER_BRACKET = pattern("sender_bracket")  # 中国（某省）…医疗队
CONVENED = pattern("convened_meeting")  # 某市…工作会议
FOUNDING = pattern("founding_act")  # 某院成立暨挂牌仪式
# what the opening of a name states: a team's sender (a place or a body), an alliance's
# leader, the organiser of an event and the body that runs a programme (甲医院第二届…交流会,
# 甲医院远程会诊项目): a body names its own works; a document's name opens with its issuer only
# right before 关于 (甲委关于…的通知; 某局职能配置规定 is about the body, not by it)
SENDERS = {"AidTeam": PLACES | ORGANIZATIONS, "MedicalAlliance": ORGANIZATIONS,
           "Event": ORGANIZATIONS, "Program": ORGANIZATIONS, "Policy": ORGANIZATIONS}
OPENER_RELATION = {"AidTeam": "dispatches", "Event": "organizes", "Program": "leads", "Policy": "issues"}
# works whose opening body counts only when the text names it on its own too: a body that
# the article names only inside the work's name is more often a misread piece of that name
# (甲医院第二届协作医院交流会 holds no 甲医院第二届协作医院)
WORKS = frozenset({"Event", "Program"})


def from_names(text: str, mentions: list[Mention], add: RelationAdder) -> None:
    """The relations each name states of the mentions inside it."""
    by_start = sorted(range(len(mentions)), key=lambda j: mentions[j].start)
    starts = [mentions[j].start for j in by_start]
    named_alone = {mentions[resolved(mentions, j)].name for j, o in enumerate(mentions) if not o.inner}
    for i, m in enumerate(mentions):
        if m.type in PLACES or m.type == "Person" or m.ref is not None:
            continue
        # mentions that start within m (found by bisection: an article may hold thousands)
        near = by_start[bisect_left(starts, m.start):bisect_left(starts, m.end)]
        inside = sorted(j for j in near if j != i and mentions[j].end <= m.end
                        and (mentions[j].end - mentions[j].start) < (m.end - m.start))
        served = [j for j in inside if mentions[j].type in PLACES and (
            TEAM_MISSION.fullmatch(text, mentions[j].start - 1, mentions[j].start) if m.type == "AidTeam"
            else text[mentions[j].start - 1] == AID)]
        places = _located_in(text, m, inside, served, mentions)
        if places and m.type not in ("AidTeam", "Policy"):
            add(i, "locatedIn", max(places, key=lambda j: mentions[j].end), m.start)
        elif m.place is not None:
            add(i, "locatedIn", m.place, m.start)
        if m.unit_of is not None:  # 某局机关设甲司: 甲司 is the 局's
            add(i, "partOf", m.unit_of, m.start)
            parent = mentions[m.unit_of]
            within = by_start[bisect_left(starts, parent.start):bisect_left(starts, parent.end)]
            held = [j for j in within if mentions[j].type in PLACES and mentions[j].type != "Country"
                    and mentions[j].end <= parent.end]
            place = parent.place if parent.place is not None else max(held, key=lambda j: mentions[j].end, default=None)
            if not places and m.place is None and place is not None:
                add(i, "locatedIn", place, m.start)  # 县委常委、统战部部长: in the county, as its 县委
        for j in inside:
            o = mentions[j]
            longer_inner = [k for k in inside if mentions[k].type == o.type and mentions[k].end > o.end]
            if o.type == "University" and m.type == "Hospital" and not longer_inner \
                    and (AFFILIATED in text[o.end:m.end] or o.start == m.start) \
                    and not any(mentions[k].type == "Hospital" and mentions[k].start <= o.start
                                and o.end < mentions[k].end for k in inside):  # 某大学某医院太原医院: a branch
                add(i, "affiliatedWith", j, m.start)
            if o.type == m.type and m.type in UNIT_TYPES and o.start == m.start and not longer_inner:
                add(i, "partOf", j, m.start)
        for j in served if m.type in ("AidTeam", "Program") else []:
            add(i, "servesIn", j, m.start)  # 援摩洛哥医疗队, 援吉布提…项目, 赴某国医疗专家组
        convener = _convening_place(text, inside, mentions, m) if m.type == "Event" else None
        if m.type in WORKS:
            inside = [j for j in inside if mentions[j].name in named_alone] if not m.inner else []
        if m.type in SENDERS:
            sender = _sender(text, inside, mentions, m, SENDERS[m.type])
            sender = convener if sender is None else sender
            if m.type == "Event" and sender is not None and FOUNDING.match(text, mentions[sender].end):
                continue  # 某县总医院成立暨挂牌仪式: the body is founded at the event, not its organiser
            if m.type == "Policy" and sender is not None and not text.startswith(ABOUT, mentions[sender].end):
                continue
            if sender is not None and m.type in OPENER_RELATION:
                add(sender, OPENER_RELATION[m.type], i, m.start)
            elif sender is not None:
                _named_alliance(i, sender, inside, mentions, add)


def _located_in(text: str, m: Mention, inside: list[int], served: list[int], mentions: list[Mention]) -> list[int]:
    """The places inside ``m`` that locate it: those after 驻 where the name has it (中国驻某国
    大使馆 is in 某国, and in no place when the one after 驻 is unknown, never in 中国), else
    those that are not served (援某县) nor a country inside the name (中国医科大学 opens with one)."""
    words = [(mentions[j].start, mentions[j].end) for j in inside]
    at = next((k for k in range(m.start, m.end) if text[k] == RESIDENT
               and not any(a <= k < b for a, b in words)), None)  # 驻马店市 is a place, not 驻
    if at is not None:
        return [j for j in inside if mentions[j].type in PLACES and mentions[j].start > at]
    return [j for j in inside if mentions[j].type in PLACES and j not in served
            and (mentions[j].type != "Country" or mentions[j].start == m.start)]


def _named_alliance(alliance: int, leader: int, inside: list[int], mentions: list[Mention],
                    add: RelationAdder) -> None:
    """An alliance named for the body it opens with is led by it (甲医院胸痛联盟); the
    bodies named after it are members (甲医院—乙县医院专科联盟)."""
    add(leader, "leads", alliance, mentions[alliance].start)
    after = [j for j in inside if mentions[j].start >= mentions[leader].end and mentions[j].type in ORGANIZATIONS]
    for j in after:
        if not any(mentions[k].start <= mentions[j].start and mentions[j].end <= mentions[k].end
                   and k != j for k in after):
            add(j, "memberOf", alliance, mentions[alliance].start)


def _convening_place(text: str, inside: list[int], mentions: list[Mention], meeting: Mention) -> int | None:
    """The place a meeting's name opens with, when nothing longer starts there and the name
    ends as a meeting that a place convenes (某市2025年卫生健康工作会议: the city's work
    conference; 某县医疗集团揭牌仪式 opens with the group, 某省…新闻发布会 is a ceremony of
    its press office). The last place of a chain convenes (某省某市…会议: the city). A place
    from the divisions lexicon is no misread piece of the name, so it need not be named alone."""
    if not CONVENED.search(text, meeting.start, meeting.end):
        return None
    at, place = meeting.start, None
    while True:
        opening = [j for j in inside if mentions[j].start == at]
        first = max(opening, key=lambda j: mentions[j].end, default=None)
        if first is None or mentions[first].type not in PLACES or mentions[first].type == "Country":
            return place
        at, place = mentions[first].end, first


def _sender(text: str, inside: list[int], mentions: list[Mention], team: Mention,
            kinds: frozenset[str]) -> int | None:
    """The longest place or organisation that a team's name opens with: its sender
    (甲大学附属医院第二批援藏医疗队 → 甲大学附属医院, not 甲大学). The country that opens a
    national team's name sends every team and is no sender of its own; the province in
    brackets after it is (中国（某省）第五批援某国医疗队), and so is its government named in full
    (中国政府赴某国抗疫医疗专家组)."""
    start = team.start
    country = next((j for j in inside if mentions[j].start == start and mentions[j].type == "Country"), None)
    if country is not None and team.type == "AidTeam":
        bracket = SENDER_BRACKET.match(text, mentions[country].end, team.end)
        start, kinds = (bracket.end(), frozenset({"Province"})) if bracket else (start, frozenset({"GovernmentAgency"}))
    opening = [j for j in inside if mentions[j].start == start and mentions[j].type in kinds - {"Country"}]
    return max(opening, key=lambda j: mentions[j].end, default=None)
