"""kg bench: a synthetic corpus that grows like an archive, and figures that add up."""

from __future__ import annotations

import json

from conftest import ROOT, SEEDS, run_kg

from kg import bench
from kg.lexicons.catalog import gazetteer


def seed_pages() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def test_the_synthetic_corpus_renames_places_the_same_way_every_time():
    seeds = seed_pages()
    corpus = bench.synthetic_corpus(seeds, 12)
    assert corpus == bench.synthetic_corpus(seeds, 12)
    assert corpus[:5] == seeds and len(corpus) == 12
    derived = corpus[5][1]
    assert derived != seeds[0][1] and len(derived) > 0.8 * len(seeds[0][1])
    places = {d.name for d in gazetteer().by_code.values() if d.level in (2, 3) and len(d.name) >= 3}
    before = {n for n in places if n in seeds[0][1]}
    after = {n for n in places if n in derived}
    assert before and after and after != before


def test_a_small_bench_reports_every_figure_and_the_graph_grows():
    small = bench.run(SEEDS, 5, "char", exports=True)
    larger = bench.run(SEEDS, 10, "char", exports=False)
    assert larger["chars"] > 1.8 * small["chars"]
    assert larger["entities"] > 1.3 * small["entities"]  # renamed places make new entities
    for figures in (small, larger):
        assert figures["segmentation_chars_per_s"] > 0 and figures["extraction_chars_per_s"] > 0
        assert {"tokenizer", "kg_places", "kg_relations", "resolve", "graph"} <= set(figures["stages_s"])
        assert figures["peak_memory_mb"] > 0
    assert set(small["export_s"]) >= {"graph.json", "graph.ttl", "graph.html", "neo4j"}
    whole = small["whole"]  # the whole build against bare segmentation, in fresh processes
    assert whole["bare_segmentation_s"] > 0 and 0 < whole["exports_share"] < 1
    assert abs(whole["ratio"] - whole["bare_segmentation_s"] / whole["build_s"]) < 1e-9
    assert "whole" not in larger and "kg build --no-cache" in bench.render(small)


def test_the_fitted_exponent_of_a_linear_curve_is_one():
    assert abs(bench._slope([(250, 10.0), (500, 20.0), (1000, 40.0)]) - 1) < 1e-9
    assert abs(bench._slope([(250, 10.0), (500, 40.0)]) - 2) < 1e-9


def test_kg_bench_prints_json():
    res = run_kg("bench", "--seeds", str(ROOT / "seeds"), "--scale", "6", "--segmenter", "char", "--no-exports",
                 "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["pages"] == 6


def test_a_curve_times_the_build_without_the_segmentation_pass_and_fits_each_figure():
    figures = bench.curve(SEEDS, "char", sizes=(5, 10))
    small, larger = figures["points"]
    for p in (small, larger):
        assert 0 < p["resolve_s"] < p["build_s"] < p["seconds"]  # the subprocess also segments bare
    assert larger["chars"] > 1.8 * small["chars"]
    assert {"time_exponent", "resolve_exponent", "memory_exponent"} <= set(figures)
    assert set(figures["export_exponents"]) >= {"graph.ttl", "graph.jsonld", "graph.html"}
    text = bench.render(figures)
    assert text.splitlines()[0].split()[:3] == ["pages", "characters", "build"]
    assert "build time ∝ N^" in text and "resolution ∝ N^" in text and "graph.ttl ∝ N^" in text
