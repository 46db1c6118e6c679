"""A build of the seeds: every export parses, builds are identical, exports/ is current,
and the graph scores at least what it scored when this test was written."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED
from rdflib import Graph

EXPORTS = ROOT / "exports"
FILES = ["graph.json", "graph.ttl", "graph.jsonld", "graph.html", "graph.graphml", "graph.gexf", "graph.cyjs",
         "neo4j/import.cypher", "manifest.json"]


def test_all_exports_are_written(seed_build):
    _, out = seed_build
    for name in FILES:
        assert (out / name).stat().st_size > 0
    assert sorted(p.name for p in (out / "neo4j").iterdir())
    assert not list(out.parent.glob(".out.*")), "no temporary folders are left behind"


def test_json_has_schema_types_and_provenance(seed_build):
    _, out = seed_build
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    types = {n["type"] for n in data["nodes"]}
    assert {"Article", "Person", "Hospital", "Province", "Event", "Policy"} <= types
    rels = [e for e in data["links"] if e["rel"] not in ("mentions", "partOf")]
    assert rels and all(e["evidence"] and e["evidence"][0]["sentence"] for e in rels)
    journalists = [n for n in data["nodes"] if "journalist" in n.get("roles", [])]
    assert {"董宇翔", "郑纯胜"} <= {n["name"] for n in journalists}


def test_evidence_offsets_point_into_the_source_file(seed_build):
    _, out = seed_build
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    for node in data["nodes"]:
        for m in node.get("mentions", [])[:3]:
            source = m["article"].split("#")[0]
            span = texts[source][m["start"]:m["end"]]
            assert span.replace("\n", "") , node["name"]


def test_turtle_parses_and_carries_every_entity(seed_build):
    result, out = seed_build
    rdf = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(rdf) > result.graph.number_of_nodes()


def test_builds_are_byte_identical_and_match_the_committed_exports(seed_build, tmp_path):
    from kg.build import build_graph_from
    from kg.export.writer import write_all

    _, out = seed_build
    again = build_graph_from([ROOT / "seeds"])
    write_all(again.graph, tmp_path / "again", again.manifest)
    for path in sorted(out.rglob("*")):
        if path.is_file():
            rel = path.relative_to(out)
            assert path.read_bytes() == (tmp_path / "again" / rel).read_bytes(), rel
            assert (EXPORTS / rel).read_bytes() == path.read_bytes(), f"exports/{rel} is stale: make build"


def test_exports_written_by_two_processes_are_the_bytes_one_process_writes(seed_build, tmp_path):
    from kg.export.writer import write_all

    result, out = seed_build
    write_all(result.graph, tmp_path / "two", result.manifest, jobs=2)
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*") if p.is_file())
    for rel in files:
        assert (out / rel).read_bytes() == (tmp_path / "two" / rel).read_bytes(), rel


def test_every_export_format_is_written_by_exactly_one_group():
    from kg.export import writer

    written = [fmt for group in writer.GROUPS for fmt in group]
    assert sorted(written) == sorted(writer.FORMATS)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failed_export_leaves_the_previous_output_intact(seed_build, tmp_path, monkeypatch, jobs):
    from kg.export import writer

    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.json").write_text("previous", encoding="utf-8")

    def broken(g, path, placed=None):
        raise RuntimeError("disk full")

    monkeypatch.setitem(writer.FORMATS, "gexf", broken)
    with pytest.raises(RuntimeError):
        writer.write_all(seed_build[0].graph, out, [], jobs=jobs)
    assert (out / "graph.json").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval is absent")
def test_seed_scores_do_not_regress(seed_build):
    score = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(SHARED / "eval" / "gold-seeds"),
         str(seed_build[1] / "graph.json"), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(score.stdout)
    assert result["entities_typed"]["all"]["f1"] >= 0.965
    assert result["relations"]["all"]["f1"] >= 0.91
    assert result["relations"]["titles"]["accuracy"] >= 0.95
    relations = {k: v["f1"] for k, v in result["relations"].items() if k not in ("all", "titles")}
    assert min(relations.values()) >= 0.75, relations
    types = {k: v["f1"] for k, v in result["entities_typed"].items() if k != "all"}
    assert min(types.values()) >= 0.90, types
