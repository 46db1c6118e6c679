"""Per-file extraction, in this process, in a pool of processes, or on a Dask cluster.

Why this split: extraction of one file needs nothing from any other file, and it is where the
time goes; resolution across files and the exports need everything and stay in the calling
process. Whatever runs the files, results come back in input order, so the graph is the same
as a build with one process.

Processes: on Linux the pool forks after the parent has loaded the pipeline, so workers share
the loaded model instead of each spending seconds loading it; elsewhere each worker loads it
once. Dask: each worker loads the pipeline on its first file and keeps it (kg must be
installed on the workers, with the model in their cache folder or fetchable).
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from kg.errors import KgError
from kg.extract import ArticleResult, extract
from kg.ingest.articles import split_articles
from kg.ingest.quotes import reading_text
from kg.util.processes import fork_context

_NLP: dict[str, object] = {}  # segmenter → the pipeline loaded in this process


def pipeline(segmenter: str):
    """The pipeline of this process, loaded on first use."""
    if segmenter not in _NLP:
        from kg.nlp.pipeline import build_nlp  # spaCy loads only on this path

        _NLP[segmenter] = build_nlp(segmenter)
    return _NLP[segmenter]


def extract_text(name: str, text: str, segmenter: str) -> list[ArticleResult]:
    """Articles, mentions and relations of one decoded file."""
    articles = split_articles(name, reading_text(text))
    return extract(pipeline(segmenter), articles, original=text)


def _extract_pair(job: tuple[str, str, str]) -> list[ArticleResult]:
    return extract_text(*job)


def extract_all(files: Sequence[tuple[str, str]], segmenter: str, jobs: int = 1, scheduler: str | None = None,
                done: Callable[[str], None] | None = None) -> tuple[list[list[ArticleResult]], float]:
    """Results of each (name, text), in order, and the seconds spent loading the pipeline here."""
    if not files:
        return [], 0.0
    if scheduler:
        return _on_dask(files, segmenter, scheduler, done), 0.0
    t = time.perf_counter()
    loaded = segmenter in _NLP
    here = jobs <= 1 or len(files) == 1
    fork = fork_context()
    if here or fork is not None:
        pipeline(segmenter)  # before forking, so that workers inherit it
    model_seconds = 0.0 if loaded else time.perf_counter() - t
    if here:
        out = []
        for name, text in files:
            out.append(extract_text(name, text, segmenter))
            if done:
                done(name)
        return out, model_seconds
    context = fork or multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(files)), mp_context=context) as pool:
        out = []
        for (name, _), result in zip(files, pool.map(_extract_pair, [(n, t, segmenter) for n, t in files]),
                                     strict=True):
            out.append(result)
            if done:
                done(name)
    return out, model_seconds


def _on_dask(files: Sequence[tuple[str, str]], segmenter: str, scheduler: str,
             done: Callable[[str], None] | None) -> list[list[ArticleResult]]:
    try:
        from distributed import Client, as_completed
    except ImportError as err:
        raise KgError("--dask needs Dask's distributed package: pip install 'kg[distributed]'") from err
    try:
        client = Client(scheduler, timeout="5s")
    except ValueError as err:
        raise KgError(f"--dask {scheduler}: not a scheduler address ({err}); give tcp://HOST:PORT") from err
    except OSError as err:
        raise KgError(f"--dask {scheduler}: cannot reach the scheduler ({err})") from err
    with client:
        futures = [client.submit(extract_text, name, text, segmenter, key=f"kg-extract-{i}-{name}", pure=False)
                   for i, (name, text) in enumerate(files)]
        index = {f.key: i for i, f in enumerate(futures)}
        out: list[list[ArticleResult] | None] = [None] * len(files)
        for future in as_completed(futures):
            out[index[future.key]] = future.result()
            if done:
                done(files[index[future.key]][0])
    return [r for r in out if r is not None]
