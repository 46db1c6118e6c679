"""The command line: help without heavy imports, clear errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import run_kg as run


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
