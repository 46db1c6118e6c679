"""Clauses and lists within a sentence: where a clause starts and ends, the first or last
mention of some types, lists of mentions (A、B(筹)、C以及D) and place chains (江苏省无锡市).

Shared by the relations from verb frames and the relations inferred across clauses, with the
words that mark a role in a clause (``relation_markers.tsv``: 由 before a passive frame's
agents, 在 before a place…), which ``marker`` gives by name.
"""

from __future__ import annotations

from functools import cache

from kg.lexicons.loader import load, pattern
from kg.nlp.mentions import Mention, resolved
from kg.schema import PLACES

CLAUSE_END = pattern("clause_end")
LIST_SEP = pattern("list_separator")  # 医院(筹)、
CAPITAL = pattern("capital_joint")  # 甲国首都乙市


@cache
def marker(name: str) -> str:
    """The word named ``name`` in ``relation_markers.tsv``."""
    return {row["name"]: row["word"] for row in load("relation_markers.tsv").entries}[name]


def coordinated(text: str, before: list[int], head: int, mentions: list[Mention],
                 types: frozenset[str]) -> list[tuple[int, int]]:
    """The list that ends with ``head``, as (first, last) mention pairs: A、B(筹)、C以及D
    gives A, B, C, D. Members are joined by 、/和/及/与/以及, never by a comma; a place
    chain (江苏省无锡市) counts as one member, named by its last place."""
    found = place_chains([i for i in before if mentions[i].end <= mentions[head].end
                          and mentions[resolved(mentions, i)].type in types], mentions)
    group = [found[-1]] if found and found[-1][1] == head else [(head, head)]
    for first, last in reversed(found[:-1]):
        gap = text[mentions[last].end:mentions[group[0][0]].start]
        if not gap or not LIST_SEP.fullmatch(gap):
            break
        group.insert(0, (first, last))
    return group


def listed_after(text: str, after: list[int], first: int, mentions: list[Mention],
                  types: frozenset[str]) -> list[int]:
    """The list that starts with ``first``: 发布 A、B 和 C gives A, B, C (joined as in
    ``coordinated``: a place chain, 赴甲省乙市, is one member, named by its last place; a
    country and its capital, 赴甲国首都乙市, are two)."""
    group = [first]
    for i in after:
        if mentions[i].start < mentions[group[-1]].end:
            continue
        gap = text[mentions[group[-1]].end:mentions[i].start]
        if not gap and mentions[group[-1]].type in PLACES and mentions[i].type in PLACES:
            group[-1] = i
            continue
        if (mentions[group[-1]].type == "Country" and mentions[i].type in PLACES
                and CAPITAL.fullmatch(gap)):
            group.append(i)
            continue
        if not gap or not LIST_SEP.fullmatch(gap) or mentions[resolved(mentions, i)].type not in types:
            break
        group.append(i)
    return group


def place_chains(idx: list[int], mentions: list[Mention]) -> list[tuple[int, int]]:
    """Adjacent place mentions (江苏省无锡市) as (first, last) pairs; others stand alone."""
    out: list[tuple[int, int]] = []
    for i in idx:
        if (out and mentions[i].type in PLACES and mentions[out[-1][1]].type in PLACES
                and mentions[out[-1][1]].end == mentions[i].start):
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def first_of(idx: list[int], mentions: list[Mention], types: frozenset[str]) -> int | None:
    """The first of ``idx`` whose mention (an anaphor read as what it refers to) has one of ``types``."""
    return next((i for i in idx if mentions[resolved(mentions, i)].type in types), None)

def last_of(idx: list[int], mentions: list[Mention], types: frozenset[str]) -> int | None:
    """The last of ``idx`` whose mention has one of ``types``: the nearest before a verb."""
    return next((i for i in reversed(idx) if mentions[resolved(mentions, i)].type in types), None)

def find_clause_start(text: str, at: int, floor: int) -> int:
    """Where the clause holding ``at`` starts (after a comma, colon or sentence end), not before ``floor``."""
    return max((end.end() for end in CLAUSE_END.finditer(text, floor, at)), default=min(at, floor))

def find_clause_end(text: str, at: int, ceil: int) -> int:
    """Where the clause holding ``at`` ends, not after ``ceil``."""
    end = CLAUSE_END.search(text, at, ceil)
    return end.start() if end is not None else max(at, ceil)


def outer_mentions(mentions: list[Mention]) -> list[int]:
    """The mentions that name things in their own right (not inside a longer name, not a
    person), in text order: what relations connect."""
    return sorted((i for i, m in enumerate(mentions) if not m.inner and m.type != "Person"),
                  key=lambda i: mentions[i].start)
