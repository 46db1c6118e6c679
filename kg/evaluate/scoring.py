"""Scores of a graph against gold, to SCHEMA.md's definitions, counted as score.py counts.

- Nodes of schema types match gold entities one to one when one of the node's names equals
  one of the entity's names (normalised) and the type agrees (typed) or the coarse group does
  (coarse). Among several candidates a node prefers the entity whose canonical name is its
  own, then the older entity; the matching is grown by augmenting paths, so it is maximal.
- Gold merges same-named people of different documents, though they may be different people:
  a Person node left unmatched that shares a name with a gold Person is a split of it (the
  first of its candidates, all of which are matched by then). A split is neither right nor
  wrong as an entity, and its edges count as that entity's, so a graph that keeps homonyms
  apart loses nothing.
- A node matched to an optional entity counts neither way; so does an edge whose gold
  triples are all optional.
- A relation is right when its ends match the gold ends (coarse matching) and the rel agrees;
  cooperatesWith is read both ways; for locatedIn and partOf a tail up or down the gold
  partOf hierarchy also fits. Titles are compared, as sets of posts, on the right
  holdsPosition edges.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kg.evaluate.gold import Gold, titles, triple_key
from kg.schema import COARSE, HIERARCHICAL, RELATIONS, SYMMETRIC
from kg.util.text import normalise


@dataclass
class PRF:
    tp: int
    pred: int
    gold: int
    tp_gold: int | None = None  # gold items covered, when it differs from tp (relations)

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        covered = self.tp if self.tp_gold is None else self.tp_gold
        return covered / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    typed: PRF
    coarse: PRF
    relations: PRF
    per_type: dict[str, PRF]
    per_rel: dict[str, PRF]
    titles_right: int
    titles_n: int
    missed_entities: list[str] = field(default_factory=list)
    extra_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    extra_relations: list[str] = field(default_factory=list)


@dataclass
class Matching:
    """Node index → gold entity index: ``pairs`` one to one, ``splits`` the Person nodes that
    are splits of a matched entity."""

    pairs: dict[int, int]
    splits: dict[int, int]

    @property
    def ends(self) -> dict[int, int]:
        """The gold entity each node's edges count for."""
        return {**self.pairs, **self.splits}


def score(data: dict, gold: Gold) -> Scores:
    """Score node-link ``data`` (graph.json's layout) against ``gold``."""
    nodes = [n for n in data["nodes"] if n.get("type") in COARSE]
    edges = data.get("links", data.get("edges", []))
    typed_match = match(nodes, gold, lambda t: t)
    coarse_match = match(nodes, gold, lambda t: COARSE[t])
    typed, per_type, missed, extra = _entities(nodes, gold, typed_match)
    coarse, *_ = _entities(nodes, gold, coarse_match)
    relations, per_rel, titles_right, titles_n, missed_rel, extra_rel = _relations(
        nodes, edges, gold, coarse_match.ends)
    return Scores(typed, coarse, relations, per_type, per_rel, titles_right, titles_n,
                  missed_entities=missed, extra_entities=extra,
                  missed_relations=missed_rel, extra_relations=extra_rel)


def match(nodes: list[dict], gold: Gold, kind: Callable[[str], str]) -> Matching:
    """Match nodes to live gold entities by shared names, one to one, and find the splits."""
    by_name: dict[tuple[str, str], list[int]] = {}
    for gi in gold.live:
        g = gold.entities[gi]
        for n in g.names:
            by_name.setdefault((kind(g.type), n), []).append(gi)
    candidates = []
    for node in nodes:
        own = normalise(str(node.get("name", "")))
        names = {own} | {normalise(str(a)) for a in node.get("aliases") or []}
        found = {gi for n in names for gi in by_name.get((kind(node["type"]), n), ())}
        candidates.append(sorted(found, key=lambda gi: (normalise(gold.entities[gi].name) != own, gi)))
    owner: dict[int, int] = {}

    def augment(ni: int, seen: set[int]) -> bool:
        for gi in candidates[ni]:
            if gi not in seen:
                seen.add(gi)
                if gi not in owner or augment(owner[gi], seen):
                    owner[gi] = ni
                    return True
        return False

    for ni in range(len(nodes)):
        augment(ni, set())
    pairs = {ni: gi for gi, ni in owner.items()}
    splits = {ni: c[0] for ni, c in enumerate(candidates)
              if ni not in pairs and c and nodes[ni]["type"] == "Person"}
    return Matching(pairs, splits)


def _entities(nodes: list[dict], gold: Gold, matching: Matching) -> tuple[PRF, dict[str, PRF], list[str], list[str]]:
    m = matching.pairs
    required = [gi for gi in gold.live if not gold.entities[gi].optional]
    matched = set(m.values())
    counted = [ni for ni in range(len(nodes))
               if ni not in matching.splits and not (ni in m and gold.entities[m[ni]].optional)]
    total = PRF(sum(gi in matched for gi in required), len(counted), len(required))
    per_type = {}
    for t in sorted(COARSE):
        req_t = [gi for gi in required if gold.entities[gi].type == t]
        pred_t = [ni for ni in counted if nodes[ni]["type"] == t]
        if req_t or pred_t:
            per_type[t] = PRF(sum(gi in matched for gi in req_t), len(pred_t), len(req_t))
    missed = [f"{gold.entities[gi].type}:{gold.entities[gi].name}" for gi in required if gi not in matched]
    extra = [f"{n['type']}:{n.get('name')}" for ni, n in enumerate(nodes)
             if ni not in m and ni not in matching.splits]
    return total, per_type, missed, extra


End = int | tuple[str, int]  # a gold entity, or ("pred", node index) for an unmatched node


def _relations(nodes: list[dict], edges: list[dict], gold: Gold, m: dict[int, int]):
    index = {str(n["id"]): ni for ni, n in enumerate(nodes)}
    pred: dict[tuple[End, str, End], frozenset[str]] = {}
    for e in edges:
        rel = e.get("rel")
        s, t = index.get(str(e.get("source"))), index.get(str(e.get("target")))
        if rel not in RELATIONS or s is None or t is None:
            continue
        head: End = m.get(s, ("pred", s))
        tail: End = m.get(t, ("pred", t))
        if rel in SYMMETRIC and str(tail) < str(head):
            head, tail = tail, head
        pred.setdefault((head, rel, tail), titles(e.get("title")) if rel == "holdsPosition" else frozenset())

    def hits(head: End, rel: str, tail: End) -> list[tuple[int, str, int]]:
        if not isinstance(head, int) or not isinstance(tail, int):
            return []
        if rel in HIERARCHICAL:
            return [k for k in gold.triples if k[0] == head and k[1] == rel and gold.related(k[2], tail)]
        key = triple_key(head, rel, tail)
        return [key] if key in gold.triples else []

    per_rel: dict[str, list[int]] = {}
    covered: set[tuple[int, str, int]] = set()
    right = counted = titles_right = titles_n = 0
    wrong = []
    for (head, rel, tail), title in pred.items():
        found = hits(head, rel, tail)
        if found and all(gold.triples[k].optional for k in found):
            continue
        counted += 1
        row = per_rel.setdefault(rel, [0, 0, 0])
        row[1] += 1
        if not found:
            wrong.append((head, rel, tail))
            continue
        right += 1
        row[0] += 1
        covered.update(found)
        if rel == "holdsPosition":
            titles_n += 1
            titles_right += title == gold.triples[found[0]].title
    required = [k for k, v in gold.triples.items() if not v.optional]
    for k in required:
        per_rel.setdefault(k[1], [0, 0, 0])[2] += 1

    def name(x: End) -> str:
        return gold.entities[x].name if isinstance(x, int) else str(nodes[x[1]].get("name"))

    total = PRF(right, counted, len(required), tp_gold=sum(k in covered for k in required))
    by_rel = {r: PRF(*v) for r, v in sorted(per_rel.items())}
    missed = [f"{name(h)} -{r}-> {name(t)}" for h, r, t in required if (h, r, t) not in covered]
    extra = [f"{name(h)} -{r}-> {name(t)}" for h, r, t in wrong]
    return total, by_rel, titles_right, titles_n, missed, extra
