"""Shared fixtures: the pipeline (built once per session), a build of the seeds, and a user's
folder to run commands in."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
ARTICLE = "本报讯 日前，北京协和医院与广东省卫生健康委员会签署合作协议。北京协和医院院长张抒扬出席。\n"


def run_kg(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The ``kg`` command line in a fresh process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


def kg_main(*args: str) -> tuple[int, str]:
    """Exit code and stderr of the ``kg`` command line run in this process (``kg.cli.main``): what
    a user sees, without the seconds a fresh process spends importing."""
    from kg.cli import main

    err = io.StringIO()
    with redirect_stderr(err), redirect_stdout(io.StringIO()):
        try:
            code = main(list(args))
        except SystemExit as stop:  # argparse's usage errors
            code = stop.code
    return code, err.getvalue()


def tree(root: Path) -> dict[str, str]:
    """Every entry under ``root`` (or ``root`` itself), hidden ones too: a file's sha256, a link's
    target, or "folder"; {} when it is absent."""
    def entry(p: Path) -> str:
        if p.is_symlink():
            return "-> " + os.readlink(p)
        return hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"

    if not os.path.lexists(root):
        return {}
    paths = [root, *sorted(root.rglob("*"))] if root.is_dir() and not root.is_symlink() else [root]
    return {p.relative_to(root).as_posix(): entry(p) for p in paths}


@pytest.fixture(scope="session")
def tiny_graph():
    """The graph of one article, extracted with the character segmenter."""
    from kg.build import build_graph_from

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "page.txt").write_text(ARTICLE, encoding="utf-8")
        return build_graph_from([Path(folder) / "page.txt"], segmenter="char").graph


def user_folder(root: Path, graph) -> Path:
    """A user's folder at ``root``: news/ (an article and notes), docs/thesis.docx, a.txt, here/deep/,
    link -> news, a gold file in gold/, a graph g.json with its g.ttl, and kg's seed exports in
    exports/."""
    from kg.export import nodelink, turtle

    (root / "news").mkdir(parents=True)
    (root / "news" / "page.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "news" / "notes.md").write_text("my notes", encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / "thesis.docx").write_bytes(b"PK\x03\x04 a thesis")
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "here" / "deep").mkdir(parents=True)
    (root / "link").symlink_to("news")
    (root / "gold").mkdir()
    (root / "gold" / "page.txt.json").write_text(json.dumps({
        "doc": "page.txt", "entities": [{"id": "e1", "type": "Hospital", "name": "北京协和医院"}], "relations": []},
        ensure_ascii=False), encoding="utf-8")
    nodelink.write(graph, root / "g.json")
    turtle.write(graph, root / "g.ttl")
    shutil.copytree(ROOT / "exports", root / "exports")
    return root


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


def relations_of(nlp, text: str, rel: str) -> set[tuple[str, str]]:
    """(head, tail) names of the ``rel`` relations of one text run through the pipeline."""
    return {(h, t) for h, r, t, _ in facts(nlp, text)[1] if r == rel}


def names_of(nlp, text: str, *types: str) -> set[str]:
    """Names of the named mentions (inner ones too) of one text, of ``types`` if given."""
    named, _, _ = facts(nlp, text)
    return {m.name for m in named if not types or m.type in types}


def outer_names(nlp, text: str, *types: str) -> set[str]:
    """Names of the outer (not inner) named mentions of one text, of ``types`` if given."""
    named, _, _ = facts(nlp, text)
    return {m.name for m in named if not m.inner and (not types or m.type in types)}
