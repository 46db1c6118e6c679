"""``kg bench``: where the time and memory of a build go, on the seeds or a synthetic corpus.

Why a synthetic corpus: the seeds are five pages; a newsroom archive is thousands. Pages are
made from the seed pages with every prefecture and county name replaced, consistently within a
page, by another of the same level from the gazetteer (with a fixed seed), so hospitals,
agencies and places multiply as in a real archive instead of repeating.

Figures (one process): model load; bare segmentation of the corpus by spacy-pkuseg's own
cutting (the reference), kg's segmentation (the same cuts, each text's features read at once:
``kg.nlp.segmenter_features``) and full extraction, in characters per second, and the ratio of
full extraction to bare segmentation (after an untimed run of the
pipeline on the first page, so that neither pass pays first-use costs); seconds per stage (reading,
each pipeline component, resolution, graph); peak memory; export seconds per format. With the
exports, also what a user waits for: the whole ``kg build --no-cache`` of the corpus in a fresh
process (model load, extraction and every export) against bare segmentation of the same files in
a fresh process (importing spaCy and loading the same model included, cut by spacy-pkuseg's
own code), and their ratio.
``--curve`` runs builds of growing size in fresh processes and fits time ∝ N^k and memory ∝ N^k,
for the build and for each export.
"""

from __future__ import annotations

import json
import math
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from kg.lexicons.catalog import gazetteer

CURVE = (250, 500, 1000, 2000)


def synthetic_corpus(seeds: list[tuple[str, str]], pages: int) -> list[tuple[str, str]]:
    """``pages`` pages derived from the seed pages, places renamed (deterministic)."""
    gaz = gazetteer()
    by_level: dict[int, list[str]] = defaultdict(list)
    for div in gaz.by_code.values():
        if div.level in (2, 3) and len(div.name) >= 3:
            by_level[div.level].append(div.name)
    for names in by_level.values():
        names.sort()
    level_of = {name: level for level, names in by_level.items() for name in names}
    pattern = re.compile("|".join(sorted(map(re.escape, level_of), key=len, reverse=True)))
    out = []
    for i in range(pages):
        name, text = seeds[i % len(seeds)]
        if i < len(seeds):
            out.append((name, text))
            continue
        rng = random.Random(i)
        chosen: dict[str, str] = {}

        def rename(m: re.Match, rng=rng, chosen=chosen) -> str:
            old = m.group()
            if old not in chosen:
                chosen[old] = rng.choice(by_level[level_of[old]])
            return chosen[old]

        out.append((f"synthetic/{i:05d}_{name}", pattern.sub(rename, text)))
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def run(seeds_dir: Path, pages: int, segmenter: str = "pkuseg", exports: bool = True,
        whole_process: bool = True) -> dict:
    """The figures of one build of ``pages`` pages, in this process; with the exports and
    ``whole_process``, also the whole build's against bare segmentation's, in fresh processes."""
    from kg.extract import extract
    from kg.graph import build_graph
    from kg.ingest.articles import split_articles
    from kg.ingest.quotes import reading_text
    from kg.nlp.pipeline import build_nlp
    from kg.resolve import resolve

    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(Path(seeds_dir).glob("*.txt"))]
    corpus = synthetic_corpus(seeds, pages)
    chars = sum(len(t) for _, t in corpus)
    figures: dict = {"pages": pages, "chars": chars, "segmenter": segmenter}
    if exports and whole_process:  # first, while this process is small: a child starts with its parent's peak
        figures["whole"] = whole(corpus, segmenter)
    t = time.perf_counter()
    nlp = build_nlp(segmenter)
    figures["model_load_s"] = time.perf_counter() - t
    stages: dict[str, float] = defaultdict(float)
    t = time.perf_counter()
    prepared = []
    for name, text in corpus:
        prepared.append((text, split_articles(name, reading_text(text))))
    stages["read and split"] = time.perf_counter() - t
    for a in prepared[0][1]:  # warm-up, untimed: neither measured pass pays first-use costs
        nlp(a.text.text)
    own_s = _segment(nlp, prepared)
    if segmenter == "pkuseg":  # the reference: spacy-pkuseg's own cutting, character by character
        from kg.nlp.segmenter_store import spacy_pkuseg_twin

        kg_segmenter = nlp.tokenizer.pkuseg_seg
        nlp.tokenizer.pkuseg_seg = spacy_pkuseg_twin(kg_segmenter)
        segment_s = _segment(nlp, prepared)
        nlp.tokenizer.pkuseg_seg = kg_segmenter
    else:
        segment_s = own_s
    results = []
    t_all = time.perf_counter()
    for text, articles in prepared:
        docs = []
        for a in articles:
            t = time.perf_counter()
            doc = nlp.make_doc(a.text.text)
            stages["tokenizer"] += time.perf_counter() - t
            for pname, proc in nlp.pipeline:
                t = time.perf_counter()
                doc = proc(doc)
                stages[pname] += time.perf_counter() - t
            docs.append(doc)
        t = time.perf_counter()
        results.extend(extract(_Replay(docs), articles, original=text))
        stages["offsets and records"] += time.perf_counter() - t
    extract_s = time.perf_counter() - t_all
    t = time.perf_counter()
    entities, index = resolve(results)
    stages["resolve"] = time.perf_counter() - t
    t = time.perf_counter()
    g = build_graph(results, entities, index)
    stages["graph"] = time.perf_counter() - t
    figures.update({
        "segmentation_chars_per_s": chars / segment_s if segment_s else 0.0,
        "kg_segmentation_chars_per_s": chars / own_s if own_s else 0.0,
        "extraction_chars_per_s": chars / extract_s if extract_s else 0.0,
        "stages_s": dict(stages), "entities": sum(1 for _, d in g.nodes(data=True) if d["type"] != "Article"),
        "relations": sum(1 for *_, d in g.edges(data=True) if d["rel"] != "mentions")})
    figures["extraction_to_segmentation"] = figures["extraction_chars_per_s"] / figures["segmentation_chars_per_s"]
    if exports:
        from kg.export.formats import FILES
        from kg.export.writer import FORMATS, Shared, write_one

        shared = Shared(g)
        t = time.perf_counter()
        _ = shared.placed
        figures["export_s"] = {"layout": time.perf_counter() - t}
        t = time.perf_counter()
        _ = shared.rdf
        figures["export_s"]["RDF triples"] = time.perf_counter() - t
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in FORMATS:
                fname = FILES[fmt]
                t = time.perf_counter()
                write_one(fmt, shared, Path(tmp) / fname)
                figures["export_s"][fname] = time.perf_counter() - t
    figures["peak_memory_mb"] = peak_mb()
    return figures


BARE = """
import sys, time
from pathlib import Path
t = time.perf_counter()
from spacy.lang.zh import Chinese
nlp = Chinese.from_config({"nlp": {"tokenizer": {"segmenter": sys.argv[2]}}})
if sys.argv[2] == "pkuseg":
    from kg.nlp.segmenter_model import ensure_model
    from kg.nlp.segmenter_store import load_segmenter
    nlp.tokenizer.pkuseg_seg = load_segmenter(ensure_model(), whole_texts=False)  # spacy-pkuseg's own cutting
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    nlp.tokenizer(path.read_text(encoding="utf-8"))
"""


def whole(corpus: list[tuple[str, str]], segmenter: str, jobs: int = 1) -> dict:
    """Seconds of bare segmentation of the corpus's files and of the whole ``kg build`` of them,
    each in a fresh process with its model load (the build with every export, no cache), their
    ratio (speed of the build over speed of segmentation), the exports' share of the build, and
    the build's peak memory. The two processes run one after the other, so that on a shared
    machine both meet the same load."""
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        for i, (_, text) in enumerate(corpus):
            (pages / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE, str(pages), segmenter], check=True)
        bare_s = time.perf_counter() - t
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "kg", "build", str(pages), "-o", str(Path(tmp) / "out"),
                              "--no-cache", "--segmenter", segmenter, "--jobs", str(jobs)],
                             check=True, capture_output=True, text=True)
        build_s = time.perf_counter() - t
    exports_s = float(re.search(r"exports ([\d.]+) s", out.stdout).group(1))  # kg build's summary says
    return {"bare_segmentation_s": bare_s, "build_s": build_s, "ratio": bare_s / build_s,
            "exports_share": exports_s / build_s, "jobs": jobs,
            "build_peak_memory_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


class _Replay:
    """Stands in for the pipeline in ``extract``: hands back the documents already processed
    stage by stage, so that the figures time each stage without running them twice."""

    def __init__(self, docs: list) -> None:
        self.docs = docs

    def pipe(self, texts):
        return iter(self.docs)


def curve(seeds_dir: Path, segmenter: str, sizes=CURVE) -> dict:
    """Build time (model load, reading, extraction, resolution and graph: what ``kg build``
    spends before exports; not the bare segmentation pass, which only the ratio needs), the
    resolution's share, the exports' seconds and peak memory of builds of growing size, each in
    a fresh process, and the fitted exponents k of time ∝ N^k, resolution ∝ N^k, each export
    ∝ N^k and memory ∝ N^k (1 means linear)."""
    points = []
    for n in sizes:
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "kg", "bench", "--seeds", str(seeds_dir), "--scale", str(n),
                              "--segmenter", segmenter, "--no-whole", "--json"],
                             capture_output=True, text=True, check=True)
        fig = json.loads(out.stdout)
        points.append({"pages": n, "chars": fig["chars"], "seconds": time.perf_counter() - t,
                       "build_s": fig["model_load_s"] + sum(fig["stages_s"].values()),
                       "resolve_s": fig["stages_s"]["resolve"], "export_s": fig["export_s"],
                       "peak_memory_mb": fig["peak_memory_mb"],
                       "extraction_chars_per_s": fig["extraction_chars_per_s"]})
    return {"points": points, "time_exponent": _slope([(p["pages"], p["build_s"]) for p in points]),
            "resolve_exponent": _slope([(p["pages"], p["resolve_s"]) for p in points]),
            "export_exponents": {name: _slope([(p["pages"], p["export_s"][name]) for p in points])
                                 for name in points[0]["export_s"]},
            "memory_exponent": _slope([(p["pages"], p["peak_memory_mb"]) for p in points])}


def _segment(nlp, prepared: list) -> float:
    """Seconds to segment every article of ``prepared`` with ``nlp``'s tokenizer alone."""
    t = time.perf_counter()
    for _, articles in prepared:
        for a in articles:
            nlp.tokenizer(a.text.text)
    return time.perf_counter() - t


def _slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log y against log x."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else 0.0


def render(figures: dict) -> str:
    """A plain-text report."""
    if "points" in figures:
        head = (f"{'pages':>6} {'characters':>11} {'build':>9} {'resolve':>8} {'exports':>9} {'memory':>8} "
                f"{'extraction':>14}")
        rows = [f"{p['pages']:>6} {p['chars']:>11,} {p['build_s']:>7.1f} s {p['resolve_s']:>6.2f} s "
                f"{sum(p['export_s'].values()):>7.1f} s {p['peak_memory_mb']:>5.0f} MB "
                f"{p['extraction_chars_per_s']:>6.0f} chars/s" for p in figures["points"]]
        fit = (f"build time ∝ N^{figures['time_exponent']:.2f}, resolution ∝ N^{figures['resolve_exponent']:.2f}, "
               f"memory ∝ N^{figures['memory_exponent']:.2f}\nexports: " +
               ", ".join(f"{name} ∝ N^{k:.2f}" for name, k in figures["export_exponents"].items()))
        return "\n".join([head, *rows, fit]) + "\n"
    lines = [f"{figures['pages']} pages, {figures['chars']:,} characters, segmenter {figures['segmenter']}",
             f"model load               {figures['model_load_s']:8.2f} s",
             f"bare segmentation        {figures['segmentation_chars_per_s']:10.0f} chars/s (spacy-pkuseg)",
             f"kg's segmentation        {figures['kg_segmentation_chars_per_s']:10.0f} chars/s (the same cuts)",
             f"full extraction          {figures['extraction_chars_per_s']:10.0f} chars/s "
             f"({figures['extraction_to_segmentation']:.2f} of segmentation)",
             f"entities, relations      {figures['entities']}, {figures['relations']}",
             f"peak memory              {figures['peak_memory_mb']:8.0f} MB", "stages:"]
    lines += [f"  {name:<22} {sec:8.2f} s" for name, sec in figures["stages_s"].items()]
    if "export_s" in figures:
        lines.append("exports:")
        lines += [f"  {name:<22} {sec:8.2f} s" for name, sec in figures["export_s"].items()]
    if "whole" in figures:
        w = figures["whole"]
        lines += ["whole process (fresh processes, model load included):",
                  f"  bare segmentation      {w['bare_segmentation_s']:8.2f} s",
                  f"  kg build --no-cache    {w['build_s']:8.2f} s ({w['ratio']:.2f} of segmentation's speed; "
                  f"exports {w['exports_share']:.0%} of it; peak memory {w['build_peak_memory_mb']:.0f} MB)"]
    return "\n".join(lines) + "\n"
