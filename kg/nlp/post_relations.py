"""Relations from posts: the (organisation, title) pairs that the person component found with
a person become holdsPosition edges, one for each organisation, with its titles joined. A
title found with no organisation (副局长某某作报告, 某某院长致辞) is held in the body of its kind
(``title_bodies.tsv``: 局长 in a 局, 院长 in a 医院) that the article names most often before the
person, the first of those: a report names its own body most, and a title without one is that
body's."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from kg.lexicons.loader import load
from kg.nlp.clauses import marker
from kg.nlp.mentions import Mention, most_named, resolved
from kg.schema import ORGANIZATIONS

if TYPE_CHECKING:
    from kg.nlp.relations import RelationAdder

TITLES_JOINT = marker("titles_joint")


def from_posts(posts: dict[int, list[tuple[int | None, str]]], mentions: list[Mention],
               add: RelationAdder) -> None:
    """Each person's posts, by person and then by organisation (anaphora resolved). A title
    without a body, given to a person whom the article names with that title and a body
    elsewhere (某医院副院长甲某…甲某副院长带领), repeats the post already read: no body is
    guessed for it."""
    placed = {(mentions[person].name, title) for person, items in posts.items() for org, title in items
              if org is not None}
    for person, items in sorted(posts.items()):
        by_org: dict[int, list[str]] = {}
        for org, title in items:
            if org is None and (mentions[person].name, title) not in placed:
                org = _standing_body(title, mentions[person].start, mentions)
            if org is not None:
                by_org.setdefault(resolved(mentions, org), []).append(title)
        for org, titles in sorted(by_org.items()):
            add(person, "holdsPosition", org, mentions[person].start, TITLES_JOINT.join(titles))


@cache
def _title_bodies() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(title ending, body name endings) of ``title_bodies.tsv``, longest title ending first."""
    rows = [(row["title_end"], tuple(row["body_ends"].split())) for row in load("title_bodies.tsv").entries]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _standing_body(title: str, before: int, mentions: list[Mention]) -> int | None:
    """The body a title without one is held in: of the kind its ending names, the one named most
    often before ``before`` (anaphora read as what they stand for; ``most_named``)."""
    ends = next((body_ends for end, body_ends in _title_bodies() if title.endswith(end)), None)
    if ends is None:
        return None
    bodies = [mentions[resolved(mentions, i)] for i, m in enumerate(mentions) if m.end <= before and not m.inner]
    body = most_named([b for b in bodies if (b.type in ORGANIZATIONS or b.type == "AidTeam") and b.name.endswith(ends)])
    return None if body is None else body.id
