"""Scores per gold document, and the text files of a subset of documents.

A document's score is its own gold (that file alone, merged as score.py merges) against the
part of the graph read from it: the nodes mentioned in its articles, the nodes nothing
mentions (places the gazetteer puts above them) reached from those, and the edges between
them whose evidence lies in the document or that have none. So a page whose extraction is
poor shows up, whatever the other pages hold; the figures do not add up to the totals,
which match every node against the gold of all documents at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kg.errors import InputError
from kg.evaluate.gold import Annotated, merge_gold
from kg.evaluate.scoring import PRF, score
from kg.schema import RELATIONS


@dataclass
class DocScore:
    doc: str
    entities: PRF  # typed
    relations: PRF

    @property
    def mean_f1(self) -> float:
        return (self.entities.f1 + self.relations.f1) / 2


def is_document(name: str, doc: str) -> bool:
    """A source file is the document ``doc`` when its name, or its name inside the input
    folder, is the gold's ``doc`` (gold names files without their folders)."""
    return name == doc or PurePosixPath(name).name == doc


def texts_of(inputs: Sequence[str | Path], docs: set[str]) -> list[Path]:
    """The text files among ``inputs`` (files, or folders searched for ``*.txt``) that are
    the documents ``docs``; every document must have one."""
    from kg.ingest.read import discover

    chosen = [(path, name) for path, name in discover(inputs) if any(is_document(name, d) for d in docs)]
    lacking = sorted(d for d in docs if not any(is_document(name, d) for _, name in chosen))
    if lacking:
        raise InputError(f"no text file among the inputs for {', '.join(lacking)}")
    return [path for path, _ in chosen]


def per_document(data: dict, annotated: Annotated) -> list[DocScore]:
    """Each gold document's scores, worst first (by the mean of entity and relation F1, then
    name); none when the graph does not say where its nodes were read."""
    sources = _sources(data)
    if not sources:
        return []
    by_doc: dict[str, Annotated] = {}
    for f, doc in annotated:
        by_doc.setdefault(doc["doc"], []).append((f, doc))
    out = []
    for doc, files in by_doc.items():
        s = score(_part(data, doc, sources), merge_gold(files))
        out.append(DocScore(doc, s.typed, s.relations))
    return sorted(out, key=lambda d: (d.mean_f1, d.doc))


def _sources(data: dict) -> dict[str, set[str]]:
    """Node id → the source files it is mentioned in (its mentions, or mentions edges from
    Article nodes, as kg's graph.json holds them)."""
    out: dict[str, set[str]] = {}
    articles = {str(n["id"]): str(n["source"]) for n in data["nodes"] if n.get("type") == "Article" and "source" in n}
    for n in data["nodes"]:
        for m in n.get("mentions") or []:
            if isinstance(m, dict) and "article" in m:
                out.setdefault(str(n["id"]), set()).add(str(m["article"]).split("#")[0])
    for e in _edges(data):
        if e.get("rel") == "mentions" and str(e.get("source")) in articles:
            out.setdefault(str(e.get("target")), set()).add(articles[str(e.get("source"))])
    return out


def _edges(data: dict) -> list[dict]:
    return data.get("links", data.get("edges", []))


def _part(data: dict, doc: str, sources: dict[str, set[str]]) -> dict:
    """The nodes and edges of ``data`` read from ``doc`` (see the module's docstring)."""
    keep = {nid for nid, names in sources.items() if any(is_document(name, doc) for name in names)}
    edges = [e for e in _edges(data) if e.get("rel") in RELATIONS and _from(e, doc)]
    grown = True
    while grown:  # nodes nothing mentions join through the edges of the document's nodes
        grown = False
        for e in edges:
            ends = (str(e.get("source")), str(e.get("target")))
            for a, b in (ends, ends[::-1]):
                if a in keep and b not in keep and b not in sources:
                    keep.add(b)
                    grown = True
    nodes = [n for n in data["nodes"] if str(n["id"]) in keep]
    links = [e for e in edges if str(e.get("source")) in keep and str(e.get("target")) in keep]
    return {"nodes": nodes, "links": links}


def _from(edge: dict, doc: str) -> bool:
    """An edge with evidence in ``doc``, or one with no evidence (the gazetteer's)."""
    evidence = edge.get("evidence") or []
    return not evidence or any(is_document(str(x.get("article", "")).split("#")[0], doc)
                               for x in evidence if isinstance(x, dict))
