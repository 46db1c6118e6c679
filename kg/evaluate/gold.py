"""Gold annotations: one JSON file per document, merged into one set of entities and triples.

Entities of all documents that share a type and a normalised name (or alias) are one gold
entity. An entity is optional (``implied`` or ``optional``) only if every annotation of it
says so; so is a triple that says so or has an optional end (see ``load_gold``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from networkx.utils import UnionFind

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


@dataclass
class GoldTriple:
    optional: bool
    title: frozenset[str]


@dataclass
class Gold:
    """Merged gold: ``entities`` by index; ``triples`` maps (head, rel, tail) to its
    annotation, symmetric relations with the lower index first; ``above`` holds each
    entity's ancestors along partOf."""

    entities: list[GoldEntity]
    triples: dict[tuple[int, str, int], GoldTriple]
    above: dict[int, set[int]]

    def related(self, a: int, b: int) -> bool:
        """Same entity, or one above the other in the partOf hierarchy."""
        return a == b or b in self.above.get(a, ()) or a in self.above.get(b, ())


def titles(title: str | None) -> frozenset[str]:
    """The posts of a title, as a set: 党委书记、院长 and 院长兼党委书记 are the same posts."""
    return frozenset(t for t in re.split(r"[、，,兼及和/\s]+", normalise(title or "")) if t)


def triple_key(head: int, rel: str, tail: int) -> tuple[int, str, int]:
    if rel in SYMMETRIC and tail < head:
        head, tail = tail, head
    return head, rel, tail


def load_gold(gold_dir: Path, docs: set[str] | None = None) -> Gold:
    """Read every ``*.json`` in ``gold_dir`` (only the documents in ``docs``, if given).

    Files are read in name order. A triple is optional when an end is optional in every
    document read so far (as the referee score.py counts it), and required when any statement
    of it is required; its title is that of the first required statement."""
    files = sorted(Path(gold_dir).glob("*.json"))
    annotated = [(f, _read(f)) for f in files]
    if docs:
        annotated = [(f, d) for f, d in annotated if d["doc"] in docs]
    if not annotated:
        raise InputError(f"{gold_dir}: no gold files (*.json){' for those documents' if docs else ''}")
    uf: UnionFind = UnionFind()
    raw: list[tuple[dict, str]] = []  # (entity, its document) in reading order
    optional: dict[int, bool] = {}  # group root -> optional so far
    first: dict[tuple[str, str], int] = {}
    statements: list[tuple[int, str, int, bool, frozenset[str]]] = []
    for f, doc in annotated:
        local: dict[str, int] = {}
        for e in doc["entities"]:
            n = len(raw)
            raw.append((e, doc["doc"]))
            flag = bool(e.get("implied") or e.get("optional"))
            roots = {uf[first[(e["type"], name)]] for name in _names(e) if (e["type"], name) in first}
            for name in _names(e):
                first.setdefault((e["type"], name), n)
            flags = [optional.pop(r) for r in roots]
            uf.union(n, *roots)
            optional[uf[n]] = flag and all(flags)
            local[e["id"]] = n
        for r in doc["relations"]:
            if r.get("rel") not in RELATIONS:
                raise InputError(f"{f}: unknown relation {r.get('rel')!r}")
            if r.get("head") not in local or r.get("tail") not in local:
                raise InputError(f"{f}: relation {r} names an entity id the file does not define")
            h, t = local[r["head"]], local[r["tail"]]
            opt = bool(r.get("optional")) or optional[uf[h]] or optional[uf[t]]
            title = titles(r.get("title")) if r["rel"] == "holdsPosition" else frozenset()
            statements.append((h, r["rel"], t, opt, title))
    group_of: dict[int, int] = {}
    entities: list[GoldEntity] = []
    for n, (e, docname) in enumerate(raw):
        root = uf[n]
        if root not in group_of:
            group_of[root] = len(entities)
            entities.append(GoldEntity(e["type"], e["name"], optional=optional[root]))
        ent = entities[group_of[root]]
        ent.names |= _names(e)
        ent.docs.add(docname)
    triples: dict[tuple[int, str, int], GoldTriple] = {}
    for h, rel, t, opt, title in statements:
        key = triple_key(group_of[uf[h]], rel, group_of[uf[t]])
        prev = triples.get(key)
        if prev is None or (prev.optional and not opt):
            triples[key] = GoldTriple(opt, title)
    return Gold(entities, triples, _ancestors(triples))


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
