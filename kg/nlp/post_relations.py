"""Relations from posts: the (organisation, title) pairs that the person component found with
a person become holdsPosition edges, one for each organisation, with its titles joined."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.clauses import marker
from kg.nlp.mentions import Mention, resolved

if TYPE_CHECKING:
    from kg.nlp.relations import RelationAdder

TITLES_JOINT = marker("titles_joint")


def from_posts(posts: dict[int, list[tuple[int | None, str]]], mentions: list[Mention],
               add: RelationAdder) -> None:
    """Each person's posts, by person and then by organisation (anaphora resolved)."""
    for person, items in sorted(posts.items()):
        by_org: dict[int, list[str]] = {}
        for org, title in items:
            if org is not None:
                by_org.setdefault(resolved(mentions, org), []).append(title)
        for org, titles in sorted(by_org.items()):
            add(person, "holdsPosition", org, mentions[person].start, TITLES_JOINT.join(titles))
