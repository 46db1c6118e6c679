"""Where kg writes: a target is replaced only when it is absent, empty or kg's own output. An
input, the current folder or a folder of other files is refused with one line and exit 2, with
every byte under the user's folder as it was (each file hashed before and after); a failed
write is one line too. Commands run in this process (``kg.cli.main``), in a user's folder."""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT, kg_main, tree, user_folder

from kg import cli
from kg.export import writer
from kg.export.mark import written_by_kg
from kg.export.writer import FORMATS

SUFFIX = {"json": "json", "ttl": "ttl", "jsonld": "jsonld", "graphml": "graphml", "gexf": "gexf",
          "cytoscape": "cyjs", "neo4j": "d", "html": "html"}


@pytest.fixture
def world(tmp_path, monkeypatch, tiny_graph):
    """A user's folder (``conftest.user_folder``), the current folder."""
    root = user_folder(tmp_path / "world", tiny_graph)
    monkeypatch.chdir(root)
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    return root


REFUSED = [
    ("", ["build", "news", "-o", "news"], "kg: error: news: is an input; write the output somewhere else"),
    ("", ["build", "news", "-o", "news", "--force"], "news: is an input;"),
    ("", ["build", "news", "-o", "docs"], "kg: error: docs: holds files that are not a kg build (thesis.docx); kg "
                                          "replaces only an empty folder or its own output: choose another folder, "
                                          "or add --force to replace it"),
    ("", ["build", "a.txt", "-o", "a.txt"], "kg: error: a.txt: is an input;"),
    ("here", ["build", "../news", "-o", "."], "kg: error: .: is the current folder"),
    ("here/deep", ["build", "../../news", "-o", "..", "--force"], "..: is a folder above the current one"),
    ("", ["build", "news", "-o", "news/exports"], "news/exports: lies inside the input folder news,"),
    ("", ["build", "news", "-o", "link/exports"], "link/exports: lies inside the input folder news,"),
    ("", ["build", "link", "-o", "news"], "news: is the input link;"),
    ("", ["build", "news/page.txt", "-o", "news", "--force"], "news: holds the input news/page.txt;"),
    ("", ["build", "news", "-o", "a.txt"], "a.txt: is a file; kg writes a folder there"),
    ("", ["build", "news", "--dask", "nonsense", "--no-cache", "--segmenter", "char", "-o", "new"],
     "kg: error: --dask nonsense: not a scheduler address (missing port number in address 'nonsense')"),
    ("", ["export", "g.json", "--format", "ttl", "-o", "docs/thesis.docx"],
     "docs/thesis.docx: is a file kg did not write; kg replaces only an empty file or its own output"),
    ("", ["export", "g.json", "--format", "json", "-o", "g.json", "--force"], "g.json: is an input;"),
    ("", ["export", "g.json", "--format", "neo4j", "-o", "docs"], "docs: holds files that are not a kg neo4j export"),
    ("", ["export", "g.json", "--format", "neo4j", "-o", "exports"], "exports: holds files that are not a kg neo4j "
                                                                     "export (graph.cyjs, graph.gexf, graph.graphml "
                                                                     "and 6 more)"),
    ("", ["build", "news", "-o", "exports/neo4j"], "exports/neo4j: holds files that are not a kg build"),
    ("", ["build", "news", "-o", "a.txt/out"], "a.txt/out: a.txt is a file, so nothing can be written inside it"),
    ("", ["export", "g.json", "--format", "ttl", "-o", "docs"], "docs: is a folder; kg writes a file there"),
    ("", ["export", "g.json", "--format", "pdf", "-o", "x"], "kg export: error: argument --format: invalid choice"),
    ("", ["export", "absent.json", "--format", "ttl", "-o", "x.ttl"], "kg: error: absent.json: no such file"),
    ("", ["html", "g.json", "-o", "news/notes.md"], "news/notes.md: is a file kg did not write;"),
    ("", ["html", "g.json", "-o", "/dev/null"], "/dev/null: is a device, pipe or socket; kg writes a file there"),
    ("", ["query", "g.ttl", "absent.rq"], "kg: error: absent.rq: cannot read the query"),
    ("", ["query", "absent.ttl", "-e", "SELECT * {}"], "kg: error: absent.ttl: no such file"),
    ("", ["evaluate", "docs", "--graph", "g.json"], "kg: error: docs: no gold files"),
    ("", ["bench", "--seeds", "docs"], "kg: error: docs: no *.txt seed pages"),
    ("", ["bench", "--scale", "-1"], "kg: error: --scale must be 0 or more"),
]


@pytest.mark.parametrize(("where", "argv", "message"), REFUSED, ids=[" ".join(a) for _, a, _ in REFUSED])
def test_a_refusal_is_one_line_and_leaves_every_byte(world, monkeypatch, where, argv, message):
    before = tree(world.parent)
    monkeypatch.chdir(world / where)
    code, err = kg_main(*argv)
    assert code == 2
    assert err.count("\n") == 1 and message in err, err
    assert tree(world.parent) == before


def test_the_issue_s_folders_of_other_files_with_the_mark_of_kg_are_still_refused(world):
    (world / "exports" / "thesis.docx").write_bytes(b"mine")
    (world / "exports" / "neo4j" / "notes.txt").write_bytes(b"mine too")
    before = tree(world)
    assert "(neo4j/notes.txt, thesis.docx)" in kg_main("build", "news", "-o", "exports")[1]
    (world / "exports" / "thesis.docx").unlink()
    (world / "exports" / "neo4j" / "notes.txt").unlink()
    (world / "exports" / "manifest.json").write_text('{"files": [], "mine": 1}', encoding="utf-8")
    code, err = kg_main("build", "news", "-o", "exports")
    assert code == 2 and "exports: holds kg's file names but no manifest.json that kg wrote" in err
    assert tree(world)["docs/thesis.docx"] == before["docs/thesis.docx"]


def test_kgs_own_output_is_replaced_whatever_its_version_and_an_empty_folder_is_filled(world):
    build = ("build", "news", "--segmenter", "char", "--no-cache", "-q", "-o")
    assert kg_main(*build, "exports") == (0, "")  # the seed exports, with kg's mark
    first = tree(world / "exports")
    assert kg_main(*build, "exports") == (0, "")
    assert tree(world / "exports") == first  # the same build, the same bytes
    assert json.loads((world / "exports" / "manifest.json").read_text())["generator"]["name"] == "kg"
    # a folder from before the mark: manifest.json holds only "files", and some formats are missing
    shutil.copytree(world / "exports", world / "old")
    (world / "old" / "manifest.json").write_text('{\n "files": []\n}\n', encoding="utf-8")
    (world / "old" / "graph.cyjs").unlink()
    assert kg_main(*build, "old") == (0, "")
    assert tree(world / "old") == first
    (world / "empty").mkdir()
    assert kg_main(*build, "empty") == (0, "")
    assert tree(world / "empty") == first


def test_force_replaces_a_folder_of_other_files(world):
    assert kg_main("build", "news", "--segmenter", "char", "--no-cache", "-q", "-o", "docs", "--force") == (0, "")
    assert not (world / "docs" / "thesis.docx").exists() and (world / "docs" / "manifest.json").is_file()
    assert (world / "news" / "notes.md").read_text() == "my notes"


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_replaces_its_own_earlier_file_and_carries_kgs_mark(world, fmt):
    out = f"out.{SUFFIX[fmt]}"
    assert kg_main("export", "g.json", "--format", fmt, "-o", out) == (0, "")
    first = tree(world / out) if fmt == "neo4j" else (world / out).read_bytes()
    assert kg_main("export", "g.json", "--format", fmt, "-o", out) == (0, "")
    assert (tree(world / out) if fmt == "neo4j" else (world / out).read_bytes()) == first
    written = world / out / "import.cypher" if fmt == "neo4j" else world / out
    assert written_by_kg(written, "cypher" if fmt == "neo4j" else fmt)


def test_a_mark_belongs_to_its_format_and_kgs_other_files_do_not_carry_it(tmp_path, tiny_graph):
    files = {}
    for fmt in FORMATS:
        FORMATS[fmt](tiny_graph, tmp_path / fmt)
        files[fmt] = tmp_path / fmt / "import.cypher" if fmt == "neo4j" else tmp_path / fmt
    for fmt in FORMATS:
        mark = "cypher" if fmt == "neo4j" else fmt
        assert [f for f, path in files.items() if written_by_kg(path, mark)] == [fmt]
    assert not written_by_kg(ROOT / "ontology" / "kg.ttl", "ttl")  # the vocabulary, not an export
    assert not written_by_kg(ROOT / "kg" / "export" / "context.jsonld", "jsonld")
    assert not written_by_kg(ROOT / "kg" / "export" / "graph_view.html", "html")  # the template
    earlier = json.loads(files["json"].read_text())
    earlier["graph"] = {}  # graph.json as kg wrote it before the mark
    (tmp_path / "earlier.json").write_text(json.dumps(earlier, indent=1, sort_keys=True), encoding="utf-8")
    assert not written_by_kg(tmp_path / "earlier.json", "json")


def _oserror(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return fail


@pytest.mark.parametrize(("argv", "patch", "code"), [
    (["build", "news", "-o", "exports"], (writer.FORMATS, "gexf"), errno.ENOSPC),  # half-way through
    (["build", "news", "-o", "exports"], (tempfile, "mkdtemp"), errno.EROFS),
    (["build", "news", "-o", "new/deeper"], (Path, "mkdir"), errno.EROFS),
    (["export", "g.json", "--format", "ttl", "-o", "exports/graph.ttl"], (tempfile, "mkstemp"), errno.EROFS),
    (["html", "g.json", "-o", "exports/graph.html"], (tempfile, "mkstemp"), errno.ENOSPC),
], ids=["build-disk-full", "build-read-only", "build-read-only-parent", "export-read-only", "html-disk-full"])
def test_a_read_only_or_full_disk_is_one_line_and_the_output_stays(world, monkeypatch, argv, patch, code):
    before = tree(world)
    where, name = patch
    if isinstance(where, dict):
        monkeypatch.setitem(where, name, _oserror(code))
    else:
        monkeypatch.setattr(where, name, _oserror(code))
    rc, err = kg_main(*argv, "--segmenter", "char", "--no-cache") if argv[0] == "build" else kg_main(*argv)
    out = argv[argv.index("-o") + 1]
    assert rc == 2
    assert err == f"kg: error: {out}: cannot write the output ({os.strerror(code)}); what was there before is " \
                  f"unchanged\n"
    assert tree(world) == before


def test_an_unexpected_error_is_one_line_and_its_traceback_needs_debug(monkeypatch):
    from kg import cache

    def broken() -> Path:
        raise RuntimeError("the cache\nis broken")

    monkeypatch.setattr(cache, "extraction_dir", broken)
    assert kg_main("cache", "where") == (1, "kg: unexpected error: RuntimeError: the cache is broken "
                                               "(re-run with --debug to see the traceback)\n")
    for argv in (["--debug", "cache", "where"], ["cache", "where", "--debug"]):
        with pytest.raises(RuntimeError, match="the cache"):
            cli.main(argv)
