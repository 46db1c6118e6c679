"""``kg evaluate``: the figures of SCHEMA.md's scoring, on gold written here and on the seeds."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SHARED

from kg.errors import InputError
from kg.evaluate.gold import load_gold
from kg.evaluate.report import as_dict, as_text
from kg.evaluate.scoring import score

GOLD = {
    "doc": "a.txt",
    "entities": [
        {"id": "e1", "type": "Province", "name": "黑龙江省", "aliases": ["黑龙江"]},
        {"id": "e2", "type": "City", "name": "哈尔滨市", "aliases": []},
        {"id": "e3", "type": "Hospital", "name": "哈尔滨医科大学附属第一医院", "aliases": ["哈医大一院"]},
        {"id": "e4", "type": "Person", "name": "张三", "aliases": []},
        {"id": "e5", "type": "GovernmentAgency", "name": "黑龙江省卫生健康委", "aliases": []},
        {"id": "e6", "type": "County", "name": "宾县", "aliases": [], "implied": True},
    ],
    "relations": [
        {"head": "e2", "rel": "partOf", "tail": "e1"},
        {"head": "e3", "rel": "locatedIn", "tail": "e2"},
        {"head": "e4", "rel": "holdsPosition", "tail": "e3", "title": "党委书记、院长"},
        {"head": "e3", "rel": "cooperatesWith", "tail": "e5"},
        {"head": "e6", "rel": "partOf", "tail": "e2"},
    ],
}


def graph(nodes, links):
    return {"nodes": [{"id": n[0], "type": n[1], "name": n[2], "aliases": list(n[3:])} for n in nodes],
            "links": [{"source": s, "target": t, "rel": r, **({"title": x[0]} if x else {})}
                      for s, r, t, *x in links]}


@pytest.fixture()
def gold(tmp_path):
    (tmp_path / "a.txt.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return load_gold(tmp_path)


def test_a_node_matches_by_any_alias_and_a_wrong_type_misses(gold):
    data = graph([("p", "Province", "黑龙江"), ("h", "Hospital", "哈医大一院"),
                  ("g", "Hospital", "黑龙江省卫生健康委员会")], [])
    s = score(data, gold)
    assert (s.typed.tp, s.typed.pred, s.typed.gold) == (2, 3, 5)
    assert s.coarse.tp == 3, "the coarse score forgives Hospital for GovernmentAgency"
    assert "GovernmentAgency:黑龙江省卫生健康委" in s.missed_entities


def test_optional_entities_count_neither_way(gold):
    with_county = score(graph([("c", "County", "宾县")], []), gold)
    assert (with_county.typed.tp, with_county.typed.pred) == (0, 0)


def test_relations_read_symmetric_both_ways_and_places_along_the_hierarchy(gold):
    nodes = [("p", "Province", "黑龙江省"), ("c", "City", "哈尔滨市"), ("h", "Hospital", "哈尔滨医科大学附属第一医院"),
             ("g", "GovernmentAgency", "黑龙江省卫生健康委"), ("z", "Person", "张三")]
    links = [("g", "cooperatesWith", "h"), ("h", "locatedIn", "p"), ("c", "partOf", "p"),
             ("z", "holdsPosition", "h", "院长兼党委书记"), ("h", "issues", "g")]
    s = score(graph(nodes, links), gold)
    assert s.per_rel["cooperatesWith"].tp == 1
    assert s.per_rel["locatedIn"].tp == 1, "the province above the gold city also fits"
    assert (s.titles_right, s.titles_n) == (1, 1), "titles compare as sets of posts"
    assert s.extra_relations == ["哈尔滨医科大学附属第一医院 -issues-> 黑龙江省卫生健康委"]
    assert (s.relations.tp, s.relations.pred, s.relations.gold) == (4, 5, 4)


def test_gold_entities_merge_across_documents_by_shared_names(tmp_path):
    other = {"doc": "b.txt", "entities": [{"id": "x", "type": "Province", "name": "黑龙江省", "aliases": []},
                                          {"id": "y", "type": "County", "name": "宾县", "aliases": []}],
             "relations": []}
    (tmp_path / "a.txt.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.txt.json").write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    gold = load_gold(tmp_path)
    assert [e.name for e in gold.entities].count("黑龙江省") == 1
    county = next(e for e in gold.entities if e.name == "宾县")
    assert not county.optional, "named plainly in one document, the county is required"
    assert load_gold(tmp_path, {"b.txt"}).entities[0].docs == {"b.txt"}


def test_a_bad_gold_file_is_named(tmp_path):
    (tmp_path / "bad.json").write_text('{"doc": "x", "entities": [{"id": "e1", "type": "Hospitel", "name": "某院"}], '
                                       '"relations": []}', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json.*Hospitel"):
        load_gold(tmp_path)
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json"):
        load_gold(tmp_path)


def test_the_report_lists_misses_and_extras_on_request(gold):
    s = score(graph([("h", "Hospital", "某某医院")], []), gold)
    text = as_text(s, details=5)
    assert "extra entities (1):\n    Hospital:某某医院" in text
    assert as_dict(s)["entities_typed"]["all"]["pred"] == 1


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval is absent")
def test_figures_on_the_seeds_equal_the_referee(seed_build):
    graph_json = seed_build[1] / "graph.json"
    gold_dir = SHARED / "eval" / "gold-seeds"
    ref = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold_dir), str(graph_json),
                          "--details", "1000"], capture_output=True, text=True, check=True).stdout
    ours = subprocess.run([sys.executable, "-m", "kg", "evaluate", str(gold_dir), "--graph", str(graph_json),
                           "--details", "1000"], capture_output=True, text=True, check=True).stdout
    assert ours == ref
