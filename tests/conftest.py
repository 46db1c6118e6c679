"""Shared fixtures: the pipeline (built once per session) and a build of the seeds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


def run_kg(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The ``kg`` command line in a fresh process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.pipeline import build_nlp

    return build_nlp("pkuseg")


@pytest.fixture(scope="session")
def nlp_char():
    from kg.nlp.pipeline import build_nlp

    return build_nlp("char")


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, nlp):
    """The seeds built into a temporary folder, with all exports."""
    from kg.build import build_graph_from
    from kg.export.writer import write_all

    out = tmp_path_factory.mktemp("build") / "out"
    result = build_graph_from([SEEDS])
    write_all(result.graph, out, result.manifest)
    return result, out


def facts(nlp, text: str):
    """Named mentions, relations as (head, rel, tail, title) names, and (mention, what it
    stands for) pairs, of one text run through the pipeline."""
    from kg.nlp.mentions import resolved

    doc = nlp(text)
    ms = doc._.mentions or []
    rels = {(ms[r.head].name, r.rel, ms[r.tail].name, r.title) for r in doc._.relations or []}
    named = [m for m in ms if m.ref is None]
    return named, rels, [(m, ms[resolved(ms, i)]) for i, m in enumerate(ms)]
