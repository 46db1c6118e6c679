"""Entity ids: the one spelling of the graph's node ids, and the one parser of them.

Why one module: ids are written by the place recogniser and the resolver and read by the graph,
the Turtle export and the canonical-name rules; a prefix spelt or split differently in one of
them would quietly break links. Ids stay plain strings (they are networkx node ids and appear
in graph.json), made and read only through these functions:

- ``place:<GB/T 2260 code>`` for a division of the gazetteer, and
  ``place:<county code>/<township name>`` for a township the gazetteer lacks;
- ``country:<ISO 3166 alpha-2>``;
- ``article:<article id>``;
- ``<Type>/<canonical name>`` for every other entity.
"""

from __future__ import annotations

from dataclasses import dataclass

PLACE = "place"
COUNTRY = "country"
ARTICLE = "article"
PREFIXED = (PLACE, COUNTRY, ARTICLE)


@dataclass(frozen=True)
class EntityKey:
    """A parsed id: ``kind`` is place, country, article or the entity type of a named entity."""

    kind: str
    value: str

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}" if self.kind in PREFIXED else f"{self.kind}/{self.value}"

    @property
    def division_code(self) -> str | None:
        """A place's gazetteer code (a township's county code); None for anything else."""
        return self.value.split("/")[0] if self.kind == PLACE else None

    @property
    def in_gazetteer(self) -> bool:
        """A place of the gazetteer itself, not a township found only beside its county."""
        return self.kind == PLACE and "/" not in self.value


def parse(node: str) -> EntityKey:
    """The parts of an id made by this module."""
    kind, sep, value = node.partition(":")
    if sep and kind in PREFIXED:
        return EntityKey(kind, value)
    kind, _, value = node.partition("/")
    return EntityKey(kind, value)


def place_key(code: str, township: str | None = None) -> str:
    return str(EntityKey(PLACE, code if township is None else f"{code}/{township}"))


def country_key(alpha2: str) -> str:
    return str(EntityKey(COUNTRY, alpha2))


def article_key(article_id: str) -> str:
    return str(EntityKey(ARTICLE, article_id))


def named_key(type_: str, name: str) -> str:
    return str(EntityKey(type_, name))


def place_code(node: str | None) -> str | None:
    """The code after ``place:`` (with a township's name), or None for an id of another kind."""
    if not node:
        return None
    key = parse(node)
    return key.value if key.kind == PLACE else None
