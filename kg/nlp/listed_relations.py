"""Relations of a list of bodies to an initiative named earlier in the text, stated by the word
that follows or opens the list: the members of an alliance (甲医院、乙医院等12家成员单位), its
leader and members (某医共体以甲医院为龙头，将乙院、丙院纳入…; 甲医院是某医共体的牵头单位) and
the senders of an aid team (队员分别来自甲医院、乙医院).

Why apart from the verb frames: the initiative is not in the clause; the list is named as a
role (成员单位) or by where its people come from (来自), and the alliance or team it belongs to
is the one the text last named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicons.loader import pattern
from kg.nlp.clauses import coordinated, find_clause_end, listed_after, marker, outer_mentions
from kg.nlp.mentions import Mention, Relation, resolved, sentence_bounds
from kg.schema import ORGANIZATIONS

if TYPE_CHECKING:
    from kg.nlp.relations import RelationAdder

MEMBER_UNITS = pattern("member_units")
MEMBER_LIST = pattern("member_list")  # 成员单位包括
TEAM_ORIGIN = pattern("team_origin")
LEAD_ROLE = pattern("lead_role")  # 为龙头, 的牵头单位
LEAD_COPULA = pattern("lead_copula")  # 作为, 是
TAKE_IN = pattern("alliance_take_in")  # 将…纳入
MEANS = marker("means")  # 以


def from_lists(text: str, mentions: list[Mention], out: list[Relation], add: RelationAdder) -> None:
    """Members listed before 成员单位 or after 成员单位包括, leaders named by their role and
    senders listed after 队员来自."""
    outer = outer_mentions(mentions)
    _lead_roles(text, mentions, outer, add)
    leaders = {(r.head, r.tail) for r in out if r.rel == "leads"}
    for unit in MEMBER_UNITS.finditer(text):
        alliance = _named_before(outer, mentions, unit.start(), "MedicalAlliance")
        last = next((i for i in outer if mentions[i].end == unit.start()
                     and mentions[resolved(mentions, i)].type in ORGANIZATIONS), None)
        if alliance is None or last is None:
            continue
        for _, member in coordinated(text, outer, last, mentions, ORGANIZATIONS):
            if (resolved(mentions, member), resolved(mentions, alliance)) not in leaders:
                add(member, "memberOf", alliance, unit.start())
    for unit in MEMBER_LIST.finditer(text):
        alliance = _named_before(outer, mentions, unit.start(), "MedicalAlliance")
        for member in _listed_right_after(text, mentions, outer, unit.end()) if alliance is not None else []:
            if (resolved(mentions, member), resolved(mentions, alliance)) not in leaders:
                add(member, "memberOf", alliance, unit.start())
    for origin in TEAM_ORIGIN.finditer(text):
        team = _named_before(outer, mentions, origin.start(), "AidTeam")
        for sender in _listed_right_after(text, mentions, outer, origin.end()) if team is not None else []:
            add(sender, "dispatches", team, origin.start())


def _listed_right_after(text: str, mentions: list[Mention], outer: list[int], at: int) -> list[int]:
    """The bodies listed from ``at`` to the end of its clause (队员来自甲医院、乙医院; 成员单位
    包括甲医院、乙医院), or none when no body is named right at ``at``."""
    end = find_clause_end(text, at, len(text))
    after = [i for i in outer if at <= mentions[i].start and mentions[i].end <= end]
    first = next((i for i in after if mentions[i].start == at), None)
    if first is None or mentions[resolved(mentions, first)].type not in ORGANIZATIONS:
        return []
    return listed_after(text, after, first, mentions, ORGANIZATIONS)


def _lead_roles(text: str, mentions: list[Mention], outer: list[int], add: RelationAdder) -> None:
    """某医共体以甲医院为龙头 / 甲医院作为某医共体(的)牵头医院: 甲医院 leads the alliance; the
    bodies listed in 将乙院、丙院等…纳入 later in the sentence are its members."""
    for role in LEAD_ROLE.finditer(text):
        named = next((i for i in outer if mentions[i].end == role.start()), None)
        if named is None:
            continue
        sent_start, sent_end = sentence_bounds(text, role.start())
        kind = mentions[resolved(mentions, named)].type
        if kind == "MedicalAlliance":
            alliance = named
            at = mentions[named].start
            leader = next((i for i in outer if sent_start <= mentions[i].start and mentions[i].end <= at
                           and LEAD_COPULA.fullmatch(text[mentions[i].end:at])), None)
        elif kind in ORGANIZATIONS and text[:mentions[named].start].endswith(MEANS):
            leader = named
            alliance = _named_before(outer, mentions, mentions[named].start, "MedicalAlliance")
            if alliance is not None and mentions[alliance].start < sent_start:
                alliance = None
        else:
            continue
        if leader is None or alliance is None or mentions[resolved(mentions, leader)].type not in ORGANIZATIONS:
            continue
        add(leader, "leads", alliance, role.start())
        take_in = TAKE_IN.search(text, role.end(), sent_end)
        listed = [i for i in outer if take_in is not None and take_in.start() < mentions[i].start
                  and mentions[i].end <= take_in.end()]
        first = next((i for i in listed if mentions[resolved(mentions, i)].type in ORGANIZATIONS), None)
        for member in listed_after(text, listed, first, mentions, ORGANIZATIONS) if first is not None else []:
            add(member, "memberOf", alliance, take_in.start())  # type: ignore[union-attr]


def _named_before(outer: list[int], mentions: list[Mention], at: int, kind: str) -> int | None:
    """The last mention of ``kind`` (an anaphor read as what it refers to) before ``at``."""
    return next((i for i in reversed(outer) if mentions[i].end <= at
                 and mentions[resolved(mentions, i)].type == kind), None)
