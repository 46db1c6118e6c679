"""Relations from the structure of names: an organisation or initiative whose name holds a
place is located there (the place nearest the suffix: 北京大学第一医院太原医院 → 太原市); a
hospital whose name holds a university before 附属 is affiliated with it; a university or
government body whose name holds a shorter one of the same type is part of it (浙江大学医学院
→ 浙江大学, 中共浙江省委宣传部 → 中共浙江省委); an aid team serves where its name says
(援吉布提).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from kg.nlp.clauses import marker
from kg.nlp.mentions import Mention
from kg.schema import PLACES

if TYPE_CHECKING:
    from kg.nlp.relations import RelationAdder

UNIT_TYPES = ("University", "GovernmentAgency", "Organization")  # 医学院 of 大学, 分会 of 协会: partOf
AID, AFFILIATED = marker("aid"), marker("affiliated")


def from_names(text: str, mentions: list[Mention], add: RelationAdder) -> None:
    """The relations each name states of the mentions inside it."""
    by_start = sorted(range(len(mentions)), key=lambda j: mentions[j].start)
    starts = [mentions[j].start for j in by_start]
    for i, m in enumerate(mentions):
        if m.type in PLACES or m.type == "Person" or m.ref is not None:
            continue
        # mentions that start within m (found by bisection: an article may hold thousands)
        near = by_start[bisect_left(starts, m.start):bisect_left(starts, m.end)]
        inside = sorted(j for j in near if j != i and mentions[j].end <= m.end
                        and (mentions[j].end - mentions[j].start) < (m.end - m.start))
        served = [j for j in inside if mentions[j].type in PLACES and text[mentions[j].start - 1] == AID]
        places = [j for j in inside if mentions[j].type in PLACES and j not in served
                  and (mentions[j].type != "Country" or mentions[j].start == m.start)]  # 中国医科大学
        if places and m.type not in ("AidTeam", "Policy"):
            add(i, "locatedIn", max(places, key=lambda j: mentions[j].end), m.start)
        elif m.place is not None:
            add(i, "locatedIn", m.place, m.start)
        for j in inside:
            o = mentions[j]
            longer_inner = [k for k in inside if mentions[k].type == o.type and mentions[k].end > o.end]
            if o.type == "University" and m.type == "Hospital" and AFFILIATED in text[o.end:m.end] \
                    and not longer_inner:
                add(i, "affiliatedWith", j, m.start)
            if o.type == m.type and m.type in UNIT_TYPES and o.start == m.start and not longer_inner:
                add(i, "partOf", j, m.start)
        for j in served if m.type in ("AidTeam", "Program") else []:
            add(i, "servesIn", j, m.start)  # 援摩洛哥医疗队, 援吉布提…项目
