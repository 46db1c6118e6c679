"""``kg build``: inputs → articles → NLP → entities and relations → resolved graph → exports.

A thin orchestration of the modules that do the work, so that tests and users can call it
from Python as well as from the command line.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.errors import InputError
from kg.extract import ArticleResult, extract
from kg.graph import build_graph
from kg.ingest.articles import split_articles
from kg.ingest.read import discover, read_source
from kg.ingest.simplify import to_simplified
from kg.resolve import resolve


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    manifest: list[dict]
    seconds: float
    model_seconds: float
    articles: int = 0
    entity_types: Counter = field(default_factory=Counter)
    relation_rels: Counter = field(default_factory=Counter)


def build_graph_from(inputs: Sequence[str | Path], segmenter: str = "pkuseg",
                     progress: Callable[[int, int, str], None] | None = None) -> BuildResult:
    """Read, extract and resolve ``inputs``; return the graph and the manifest entries."""
    from kg.nlp.pipeline import build_nlp  # spaCy loads only on this path

    t0 = time.perf_counter()
    files = discover(inputs)
    if not files:
        raise InputError(f"no *.txt files found in {', '.join(map(str, inputs))}")
    nlp = build_nlp(segmenter)
    model_seconds = time.perf_counter() - t0
    results: list[ArticleResult] = []
    manifest: list[dict] = []
    for n, (path, name) in enumerate(files, 1):
        if progress:
            progress(n, len(files), name)
        src = read_source(path, name)
        articles = split_articles(src.name, to_simplified(src.text))
        found = extract(nlp, articles, original=src.text)
        results.extend(found)
        manifest.append({"file": src.name, "sha256": src.sha256, "encoding": src.encoding,
                         "bytes": src.size, "status": "processed", "articles": len(articles),
                         "mentions": sum(len(r.mentions) for r in found),
                         "relations": sum(len(r.relations) for r in found)})
    entities, index = resolve(results)
    g = build_graph(results, entities, index)
    types = Counter(d["type"] for _, d in g.nodes(data=True) if d["type"] != "Article")
    rels = Counter(d["rel"] for *_, d in g.edges(data=True) if d["rel"] != "mentions")
    return BuildResult(g, manifest, time.perf_counter() - t0, model_seconds,
                       articles=sum(m["articles"] for m in manifest), entity_types=types,
                       relation_rels=rels)
