"""``kg build``: inputs → articles → NLP → entities and relations → resolved graph → exports.

A thin orchestration of the modules that do the work, so that tests and users can call it
from Python as well as from the command line. Files that cannot be used are skipped and listed
in the manifest with the reason; files whose extraction is cached are not extracted again (and
when every file is cached, the NLP pipeline is not even loaded); the others are extracted here,
in a pool of processes or on a Dask cluster (``kg.parallel``).
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
from kg.extract import ArticleResult
from kg.graph import build_graph
from kg.ingest.read import DEFAULT_MAX_BYTES, Skipped, discover, read_source
from kg.parallel import extract_all
from kg.resolve import resolve


@dataclass
class BuildResult:
    graph: nx.MultiDiGraph
    manifest: list[dict]
    seconds: float
    model_seconds: float  # importing spaCy and loading the pipeline; 0 when every file was cached
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
                     cache: ExtractionCache | None = None, jobs: int = 1,
                     scheduler: str | None = None) -> BuildResult:
    """Read, extract and resolve ``inputs``; return the graph and the manifest entries.

    Files are extracted in ``jobs`` processes, or on the Dask ``scheduler`` at that address;
    the graph is the same either way. Raises ``InputError`` when no file is usable, or, with
    ``strict``, when any file is skipped."""
    t0 = time.perf_counter()
    files = discover(inputs)
    if not files:
        raise InputError(f"no *.txt files found in {', '.join(map(str, inputs))}")
    manifest: list[dict] = []
    sources = []
    first_by_hash: dict[str, str] = {}
    for path, name in files:
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
        sources.append(src)
    skipped = list(manifest)
    if not sources:
        raise InputError("nothing usable was read: " + _skips(skipped))
    if strict and skipped:
        raise InputError("--strict: " + _skips(skipped))
    found = {src.name: cache.get(src.name, src.sha256) if cache else None for src in sources}
    counter = iter(range(1, len(sources) + 1))

    def done(name: str) -> None:
        if progress:
            progress(next(counter), len(sources), name)

    for src in sources:
        if found[src.name] is not None:
            done(src.name)
    todo = [src for src in sources if found[src.name] is None]
    extracted, model_seconds = extract_all([(s.name, s.text) for s in todo], segmenter, jobs, scheduler, done)
    for src, results in zip(todo, extracted, strict=True):
        found[src.name] = results
        if cache:
            cache.put(src.name, src.sha256, results)
    results: list[ArticleResult] = []
    for src in sources:
        mine = found[src.name]
        results.extend(mine)
        entry = {"file": src.name, "sha256": src.sha256, "encoding": src.encoding, "bytes": src.size,
                 "status": "processed", "articles": len(mine), "mentions": sum(len(r.mentions) for r in mine),
                 "relations": sum(len(r.relations) for r in mine)}
        if src.replaced:
            entry["replaced"] = src.replaced
        manifest.append(entry)
    entities, index = resolve(results)
    g = build_graph(results, entities, index)
    types = Counter(d["type"] for _, d in g.nodes(data=True) if d["type"] != "Article")
    rels = Counter(d["rel"] for *_, d in g.edges(data=True) if d["rel"] != "mentions")
    return BuildResult(g, manifest, time.perf_counter() - t0, model_seconds,
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
