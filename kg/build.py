"""``kg build``: inputs → articles → NLP → entities and relations → resolved graph → exports.

A thin orchestration of the modules that do the work, so that tests and users can call it
from Python as well as from the command line. Files that cannot be used are skipped and listed
in the manifest with the reason; files whose extraction is cached are not extracted again (and
when every file is cached, the NLP pipeline is not even loaded).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.cache import ExtractionCache
from kg.errors import InputError
from kg.extract import ArticleResult, extract
from kg.graph import build_graph
from kg.ingest.articles import split_articles
from kg.ingest.read import DEFAULT_MAX_BYTES, Skipped, discover, read_source
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
    cache_hits: int = 0

    @property
    def skipped(self) -> list[dict]:
        return [m for m in self.manifest if m["status"] == "skipped"]


def build_graph_from(inputs: Sequence[str | Path], segmenter: str = "pkuseg",
                     progress: Callable[[int, int, str], None] | None = None, *,
                     max_bytes: int = DEFAULT_MAX_BYTES, strict: bool = False,
                     cache: ExtractionCache | None = None) -> BuildResult:
    """Read, extract and resolve ``inputs``; return the graph and the manifest entries.

    Raises ``InputError`` when no file is usable, or, with ``strict``, when any file is
    skipped."""
    t0 = time.perf_counter()
    files = discover(inputs)
    if not files:
        raise InputError(f"no *.txt files found in {', '.join(map(str, inputs))}")
    extractor = _Extractor(segmenter)
    results: list[ArticleResult] = []
    manifest: list[dict] = []
    first_by_hash: dict[str, str] = {}
    for n, (path, name) in enumerate(files, 1):
        if progress:
            progress(n, len(files), name)
        try:
            src = read_source(path, name, max_bytes)
        except Skipped as skip:
            manifest.append({"file": name, "status": "skipped", "reason": skip.reason, "detail": skip.detail})
            continue
        if src.sha256 in first_by_hash:
            manifest.append({"file": name, "status": "skipped", "reason": "duplicate", "sha256": src.sha256,
                             "detail": f"the same bytes as {first_by_hash[src.sha256]}"})
            continue
        first_by_hash[src.sha256] = name
        found = cache.get(name, src.sha256) if cache else None
        if found is None:
            found = extractor.extract(src)
            if cache:
                cache.put(name, src.sha256, found)
        results.extend(found)
        entry = {"file": src.name, "sha256": src.sha256, "encoding": src.encoding, "bytes": src.size,
                 "status": "processed", "articles": len(found), "mentions": sum(len(r.mentions) for r in found),
                 "relations": sum(len(r.relations) for r in found)}
        if src.replaced:
            entry["replaced"] = src.replaced
        manifest.append(entry)
    skipped = [m for m in manifest if m["status"] == "skipped"]
    if len(skipped) == len(manifest):
        raise InputError("nothing usable was read: " + _skips(skipped))
    if strict and skipped:
        raise InputError("--strict: " + _skips(skipped))
    entities, index = resolve(results)
    g = build_graph(results, entities, index)
    types = Counter(d["type"] for _, d in g.nodes(data=True) if d["type"] != "Article")
    rels = Counter(d["rel"] for *_, d in g.edges(data=True) if d["rel"] != "mentions")
    return BuildResult(g, manifest, time.perf_counter() - t0, extractor.model_seconds,
                       articles=sum(m.get("articles", 0) for m in manifest), entity_types=types,
                       relation_rels=rels, cache_hits=cache.hits if cache else 0)


def _skips(skipped: list[dict]) -> str:
    shown = "; ".join(f"{m['file']}: {m['detail']}" for m in skipped[:10])
    more = f"; and {len(skipped) - 10} more" if len(skipped) > 10 else ""
    return f"{len(skipped)} file{'s' if len(skipped) != 1 else ''} skipped ({shown}{more})"


def skip_summary(skipped: list[dict], total: int) -> str:
    """One line for the user: how many files were skipped, and why."""
    reasons = Counter(m["reason"] for m in skipped)
    why = ", ".join(f"{n} {reason}" for reason, n in sorted(reasons.items()))
    return f"skipped {len(skipped)} of {total} files ({why}); manifest.json says why for each"


class _Extractor:
    """The NLP pipeline, loaded the first time a file needs it."""

    def __init__(self, segmenter: str) -> None:
        self.segmenter = segmenter
        self.nlp = None
        self.model_seconds = 0.0

    def extract(self, src) -> list[ArticleResult]:
        if self.nlp is None:
            from kg.nlp.pipeline import build_nlp  # spaCy loads only on this path

            t = time.perf_counter()
            self.nlp = build_nlp(self.segmenter)
            self.model_seconds = time.perf_counter() - t
        articles = split_articles(src.name, to_simplified(src.text))
        return extract(self.nlp, articles, original=src.text)
