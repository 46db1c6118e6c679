"""Gold annotations: one JSON file per document, merged into one set of entities and triples.

Entities of all documents that share a type and a normalised name (or alias) are one gold
entity. An entity is optional (``implied`` or ``optional``) only if every annotation of it
says so; so is a triple that says so or has an optional end.

The merge follows the referee ``../shared/eval/score.py`` step by step, because the order
of its steps shows in the figures: an entity keeps its index when a later annotation folds
it into an older one (``merged_into``), a triple's ends are the entities as its document
named them, and its optional flag and title are settled before the merges are resolved.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.schema import COARSE, RELATIONS, SYMMETRIC
from kg.util.text import normalise


@dataclass
class GoldEntity:
    type: str
    name: str
    names: set[str] = field(default_factory=set)
    optional: bool = True
    docs: set[str] = field(default_factory=set)
    merged_into: int | None = None  # the older entity a later annotation folded this one into


@dataclass
class GoldTriple:
    optional: bool
    title: frozenset[str]


@dataclass
class Gold:
    """Merged gold: ``entities`` by index, merged ones included (``live`` lists the others);
    ``triples`` maps (head, rel, tail) of live entities to its annotation, symmetric
    relations with the lower index first; ``above`` holds each entity's ancestors along partOf."""

    entities: list[GoldEntity]
    triples: dict[tuple[int, str, int], GoldTriple]
    above: dict[int, set[int]]

    @property
    def live(self) -> list[int]:
        return [i for i, e in enumerate(self.entities) if e.merged_into is None]

    def related(self, a: int, b: int) -> bool:
        """Same entity, or one above the other in the partOf hierarchy."""
        return a == b or b in self.above.get(a, ()) or a in self.above.get(b, ())


Annotated = list[tuple[Path, dict]]  # (file, its parsed content), in name order


def titles(title: str | None) -> frozenset[str]:
    """The posts of a title, as a set: 党委书记、院长 and 院长兼党委书记 are the same posts."""
    return frozenset(t for t in re.split(r"[、，,兼及和/\s]+", normalise(title or "")) if t)


def triple_key(head: int, rel: str, tail: int) -> tuple[int, str, int]:
    if rel in SYMMETRIC and tail < head:
        head, tail = tail, head
    return head, rel, tail


def load_gold(gold_dir: Path, docs: set[str] | None = None) -> Gold:
    """Read and merge every ``*.json`` in ``gold_dir`` (only the documents in ``docs``, if given)."""
    return merge_gold(read_gold(gold_dir, docs))


def read_gold(gold_dir: Path, docs: set[str] | None = None) -> Annotated:
    """The gold files of ``gold_dir`` in name order, checked; only those of ``docs``, if
    given, each of which must have one."""
    annotated = [(f, _read(f)) for f in sorted(Path(gold_dir).glob("*.json"))]
    if not annotated:
        raise InputError(f"{gold_dir}: no gold files (*.json)")
    if docs:
        lacking = sorted(docs - {d["doc"] for _, d in annotated})
        if lacking:
            raise InputError(f"{gold_dir}: no gold for {', '.join(lacking)}")
        annotated = [(f, d) for f, d in annotated if d["doc"] in docs]
    return annotated


def merge_gold(annotated: Annotated) -> Gold:
    """One gold of the documents ``annotated``, merged as score.py merges them.

    A triple is optional when it says so or when an end, as its document named it, is optional
    in every document read so far; it is required when any statement of it is required, and
    its title is that of the first required statement (the first one when none is)."""
    entities: list[GoldEntity] = []
    by_key: dict[tuple[str, str], int] = {}
    stated: dict[tuple[int, str, int], GoldTriple] = {}  # keyed by the entities as named
    for f, doc in annotated:
        local: dict[str, int] = {}
        for e in doc["entities"]:
            names = _names(e)
            hit = {by_key[(e["type"], n)] for n in names if (e["type"], n) in by_key}
            if hit:
                idx = min(hit)
                for other in sorted(hit - {idx}, reverse=True):
                    _fold(entities, idx, other, by_key)
            else:
                idx = len(entities)
                entities.append(GoldEntity(e["type"], e["name"]))
            ent = entities[idx]
            ent.names |= names
            ent.optional &= bool(e.get("implied") or e.get("optional"))
            ent.docs.add(doc["doc"])
            for n in ent.names:
                by_key[(ent.type, n)] = idx
            local[e["id"]] = idx
        for r in doc["relations"]:
            if r.get("rel") not in RELATIONS:
                raise InputError(f"{f}: unknown relation {r.get('rel')!r}")
            if r.get("head") not in local or r.get("tail") not in local:
                raise InputError(f"{f}: relation {r} names an entity id the file does not define")
            h, t = local[r["head"]], local[r["tail"]]
            opt = bool(r.get("optional")) or entities[h].optional or entities[t].optional
            title = titles(r.get("title")) if r["rel"] == "holdsPosition" else frozenset()
            _keep(stated, triple_key(h, r["rel"], t), GoldTriple(opt, title))
    triples: dict[tuple[int, str, int], GoldTriple] = {}
    for (h, rel, t), triple in stated.items():
        _keep(triples, triple_key(_live(entities, h), rel, _live(entities, t)), triple)
    return Gold(entities, triples, _ancestors(triples))


def _fold(entities: list[GoldEntity], keep: int, other: int, by_key: dict[tuple[str, str], int]) -> None:
    """Fold entity ``other`` into the older ``keep``: names, documents, optional flag."""
    a, b = entities[keep], entities[other]
    a.names |= b.names
    a.optional &= b.optional
    a.docs |= b.docs
    b.merged_into = keep
    for n in b.names:
        by_key[(b.type, n)] = keep


def _live(entities: list[GoldEntity], i: int) -> int:
    while (j := entities[i].merged_into) is not None:
        i = j
    return i


def _keep(triples: dict[tuple[int, str, int], GoldTriple], key: tuple[int, str, int], new: GoldTriple) -> None:
    """The first statement of a triple stands, unless it is optional and ``new`` is required."""
    prev = triples.get(key)
    if prev is None or (prev.optional and not new.optional):
        triples[key] = new


def _names(e: dict) -> set[str]:
    return {normalise(e["name"])} | {normalise(a) for a in e.get("aliases", [])}


def _read(f: Path) -> dict:
    try:
        doc = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InputError(f"{f}: not a readable gold file ({err})") from err
    if not isinstance(doc, dict) or not {"doc", "entities", "relations"} <= doc.keys():
        raise InputError(f"{f}: a gold file needs the keys doc, entities and relations (SCHEMA.md)")
    for e in doc["entities"]:
        if not isinstance(e, dict) or not {"id", "type", "name"} <= e.keys():
            raise InputError(f"{f}: every entity needs id, type and name; got {e!r}")
        if e["type"] not in COARSE:
            raise InputError(f"{f}: unknown type {e['type']!r} for {e['name']}")
    return doc


def _ancestors(triples: dict[tuple[int, str, int], GoldTriple]) -> dict[int, set[int]]:
    up: dict[int, set[int]] = {}
    for h, rel, t in triples:
        if rel == "partOf":
            up.setdefault(h, set()).add(t)
    above: dict[int, set[int]] = {}
    for node in up:
        seen: set[int] = set()
        stack = list(up[node])
        while stack:
            x = stack.pop()
            if x not in seen:
                seen.add(x)
                stack.extend(up.get(x, ()))
        above[node] = seen
    return above
