"""The command line: help without heavy imports, clear errors without tracebacks, whatever the arguments."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from conftest import kg_main, tree, user_folder
from conftest import run_kg as run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def test_help_lists_the_commands_and_does_not_import_spacy():
    code = "import sys, kg.cli; kg.cli._parser(); print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
    out = run("--help").stdout
    assert "build" in out and "export" in out


def test_a_missing_input_is_named_without_a_traceback(tmp_path):
    res = run("build", str(tmp_path / "absent"), "-o", str(tmp_path / "out"))
    assert res.returncode == 2
    assert "absent" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "out").exists()


def test_export_rewrites_one_format_from_graph_json(seed_build, tmp_path):
    _, out = seed_build
    res = run("export", str(out / "graph.json"), "--format", "gexf", "-o", str(tmp_path / "g.gexf"))
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "g.gexf").read_bytes() == (out / "graph.gexf").read_bytes()


def test_evaluate_builds_from_input_when_no_graph_is_given(tmp_path):
    from conftest import SEEDS, SHARED

    gold = SHARED / "eval" / "gold-seeds"
    seed = sorted(SEEDS.glob("*.txt"))[0]
    res = run("evaluate", str(gold), str(seed), "--docs", seed.name, "--json", "--segmenter", "char")
    assert res.returncode == 0, res.stderr
    typed = json.loads(res.stdout)["entities_typed"]["all"]
    assert typed["tp"] > 0 and typed["gold"] > typed["tp"] / 2
    both = run("evaluate", str(gold), str(seed), "--graph", str(tmp_path / "g.json"))
    assert both.returncode == 2 and "not both" in both.stderr


PATHS = ("news", "news/page.txt", "news/notes.md", "docs", "docs/thesis.docx", "a.txt", "", ".", "..", "here",
         "link", "gold", "g.json", "g.ttl", "exports", "exports/graph.json", "exports/graph.ttl", "absent",
         "absent/deeper", "/dev/null")
path = st.sampled_from(PATHS)
target = st.sampled_from((*PATHS, "new", "new/deeper", "x.ttl"))
number = st.sampled_from(("-1", "0", "1", "2", "x"))
word = st.sampled_from(("nonsense", "", "-", "北京协和医院", "协和", "Hospital", "Place", "x=1", "=", "s=<http://a>"))


def options(**spec: st.SearchStrategy[str] | None) -> st.SearchStrategy[list[str]]:
    """Some of the options of ``spec`` (option → a strategy of its value, None for a switch), in any order."""
    def one(name: str) -> st.SearchStrategy[list[str]]:
        flag = "--" + name.replace("_", "-")
        value = spec[name]
        return st.just([flag]) if value is None else value.map(lambda v: [flag, v])

    return st.lists(st.sampled_from(sorted(spec)), unique=True, max_size=4).flatmap(
        lambda names: st.tuples(*map(one, names))).map(lambda parts: [arg for part in parts for arg in part])


def command(name: str, *parts: st.SearchStrategy) -> st.SearchStrategy[tuple[list[str], list[str]]]:
    """(argv, the paths it names as inputs): ``name`` then each part, a list of arguments or an
    (input path) string."""
    def joined(values: tuple) -> tuple[list[str], list[str]]:
        argv, inputs = [name], []
        for v in values:
            argv += v if isinstance(v, list) else [v]
            inputs += [] if isinstance(v, list) else [v]
        return argv, inputs

    return st.tuples(*parts).map(joined)


def fixed(*args: str) -> st.SearchStrategy[list[str]]:
    return st.just(list(args))


ANY_COMMAND = st.one_of(
    command("build", path, st.lists(path, max_size=1), fixed("--segmenter", "char", "-o"), target.map(lambda t: [t]),
            options(force=None, strict=None, quiet=None, no_cache=None, jobs=number, max_bytes=number,
                    dask=st.sampled_from(("nonsense", "tcp://host:x", "foo://a:1", ":::")))),
    command("export", path, fixed("--format"), st.sampled_from(("json", "ttl", "neo4j", "html", "pdf")).map(
        lambda f: [f]), fixed("-o"), target.map(lambda t: [t]), options(force=None)),
    command("html", path, fixed("-o"), target.map(lambda t: [t]),
            options(force=None, focus=word, hops=number, types=word, max_nodes=number, heading=word)),
    command("evaluate", path, st.lists(path, max_size=1), fixed("--segmenter", "char"),
            options(docs=word, details=number, json=None)),
    command("evaluate", path, fixed("--graph"), path, options(docs=word, details=number, json=None)),
    command("query", path, path, options(format=word, engine=st.sampled_from(("auto", "rdflib", "x")), bind=word)),
    command("query", path, fixed("-e"), st.sampled_from(("SELECT * WHERE { ?s ?p ?o } LIMIT 2", "ASK {}", "nonsense",
                                                        "")).map(lambda q: [q]), options(format=word, bind=word)),
    command("cache", st.sampled_from(("where", "clear", "nope")).map(lambda a: [a])),
    command("bench", fixed("--segmenter", "char", "--no-exports"),
            options(seeds=path, scale=st.sampled_from(("-1", "0", "1")), json=None)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ANY_COMMAND)
def test_any_arguments_of_any_command_give_a_result_or_one_line_never_a_traceback(tiny_graph, monkeypatch,
                                                                                    tmp_path, call):
    argv, inputs = call
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    with tempfile.TemporaryDirectory() as folder:
        world = user_folder(Path(folder) / "world", tiny_graph)
        before = {p: tree(world / p) for p in inputs}
        here = os.getcwd()
        os.chdir(world)
        try:
            code, err = kg_main(*argv)
        finally:
            os.chdir(here)
        assert code in (0, 2), err
        assert "Traceback" not in err and "unexpected error" not in err, err
        assert all(line.startswith("kg") for line in err.splitlines()), err
        assert code == 0 or err.count("\n") == 1, err
        assert {p: tree(world / p) for p in inputs} == before  # an input is never touched


def test_an_error_whose_library_message_spans_lines_is_one_line(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("本报讯 日前，某某医院与某某省卫生健康委签约。\n第二行\n", encoding="utf-8")
    code, err = kg_main("query", str(page), "-e", "SELECT * WHERE { ?s ?p ?o }", "--engine", "rdflib")
    assert code == 2
    assert err.startswith("kg: error: ") and err.count("\n") == 1, err
