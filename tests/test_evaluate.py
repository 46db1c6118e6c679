"""``kg evaluate``: the figures of SCHEMA.md's scoring, on gold written here and on the seeds,
equal to the referee score.py's; per-document scores; a subset of documents built alone."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from conftest import SEEDS, SHARED, run_kg

from kg import cli
from kg.errors import InputError
from kg.evaluate.documents import per_document, texts_of
from kg.evaluate.gold import load_gold, read_gold
from kg.evaluate.report import as_dict, as_text
from kg.evaluate.scoring import score

SCORE_PY = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"

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



def load_referee():
    """The referee ``../shared/eval/score.py`` as a module, or a skip saying it is absent."""
    if not SCORE_PY.exists():
        pytest.skip(f"the referee {SCORE_PY} is absent (../shared/eval lies beside the repository in CI)")
    spec = importlib.util.spec_from_file_location("referee_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def printed(capsys, main, argv: list[str]) -> str:
    capsys.readouterr()
    assert main(argv) == 0
    return capsys.readouterr().out


def same_figures(capsys, gold_dir: Path, graph_json: Path) -> dict:
    """Assert that ``kg evaluate --graph`` prints score.py's JSON sections and its text (misses and
    extras included) number for number, then its per-document lines; return kg's JSON."""
    referee = load_referee()
    ref = json.loads(printed(capsys, referee.main, [str(gold_dir), str(graph_json), "--json"]))
    ours = json.loads(printed(capsys, cli.main, ["evaluate", str(gold_dir), "--graph", str(graph_json), "--json"]))
    assert {k: ours[k] for k in ref} == ref
    ref_text = printed(capsys, referee.main, [str(gold_dir), str(graph_json), "--details", "1000"])
    our_text = printed(capsys, cli.main, ["evaluate", str(gold_dir), "--graph", str(graph_json), "--details", "1000"])
    assert our_text[:len(ref_text)] == ref_text
    assert our_text[len(ref_text):].startswith("per document")
    return ours


def write_case(folder: Path, docs: list[dict], data: dict) -> tuple[Path, Path]:
    """Gold files and a graph.json in ``folder``."""
    gold_dir = folder / "gold"
    gold_dir.mkdir()
    for d in docs:
        (gold_dir / f"{d['doc']}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    graph_json = folder / "graph.json"
    graph_json.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return gold_dir, graph_json


def person_at(doc: str, hospital: str, title: str, **person) -> dict:
    return {"doc": doc, "entities": [{"id": "p", "type": "Person", "name": "张伟", "aliases": [], **person},
                                     {"id": "h", "type": "Hospital", "name": hospital, "aliases": []}],
            "relations": [{"head": "p", "rel": "holdsPosition", "tail": "h", "title": title}]}


TWO_ZHANG_WEI = [person_at("a.txt", "甲市人民医院", "院长"), person_at("b.txt", "乙县中医医院", "副院长")]


def test_a_second_node_of_a_same_named_person_is_a_split_and_its_post_counts(tmp_path, capsys):
    data = graph([("p1", "Person", "张伟"), ("p2", "Person", "张伟"),
                  ("h1", "Hospital", "甲市人民医院"), ("h2", "Hospital", "乙县中医医院")],
                 [("p1", "holdsPosition", "h1", "院长"), ("p2", "holdsPosition", "h2", "副院长")])
    ours = same_figures(capsys, *write_case(tmp_path, TWO_ZHANG_WEI, data))
    typed, rels = ours["entities_typed"], ours["relations"]
    assert (typed["all"]["tp"], typed["all"]["pred"], typed["all"]["gold"]) == (3, 3, 3), "the split is not counted"
    assert typed["Person"]["f1"] == 1.0
    assert (rels["all"]["f1"], rels["holdsPosition"]["tp"], rels["titles"]["n"]) == (1.0, 2, 2)
    assert ours["extra_entities"] == [] and ours["extra_relations"] == []


def test_a_split_is_neither_right_nor_wrong_but_its_wrong_edges_are_wrong(tmp_path, capsys):
    data = graph([("p1", "Person", "张伟"), ("p2", "Person", "张伟"), ("p3", "Person", "张伟"),
                  ("h1", "Hospital", "甲市人民医院"), ("u", "University", "丙州医学院")],
                 [("p1", "holdsPosition", "h1", "院长"), ("p3", "affiliatedWith", "u")])
    ours = same_figures(capsys, *write_case(tmp_path, TWO_ZHANG_WEI, data))
    assert ours["extra_entities"] == ["University:丙州医学院"]
    assert ours["extra_relations"] == ["张伟 -affiliatedWith-> 丙州医学院"], "a split's edge is the entity's"
    assert (ours["relations"]["all"]["pred"], ours["relations"]["all"]["gold"]) == (2, 2)


def test_the_split_rule_is_for_people_only(tmp_path, capsys):
    data = graph([("p1", "Person", "张伟"), ("h1", "Hospital", "甲市人民医院"), ("h2", "Hospital", "甲市人民医院")],
                 [("p1", "holdsPosition", "h1", "院长")])
    ours = same_figures(capsys, *write_case(tmp_path, TWO_ZHANG_WEI, data))
    assert ours["extra_entities"] == ["Hospital:甲市人民医院"]
    assert ours["entities_typed"]["Hospital"]["pred"] == 2


def test_splits_of_an_optional_person_count_neither_way(tmp_path, capsys):
    docs = [person_at("a.txt", "甲市人民医院", "院长", optional=True)]
    data = graph([("p1", "Person", "张伟"), ("p2", "Person", "张伟"), ("h1", "Hospital", "甲市人民医院")],
                 [("p2", "holdsPosition", "h1", "院长")])
    ours = same_figures(capsys, *write_case(tmp_path, docs, data))
    assert ours["entities_typed"]["all"]["pred"] == 1
    assert ours["relations"]["all"]["pred"] == 0, "the post of an optional person is optional"


def test_gold_merged_by_a_later_document_scores_as_the_referee_merges_it(tmp_path, capsys):
    def doc(name, people, rels, more=()):
        return {"doc": name, "entities": [*people, {"id": "h", "type": "Hospital", "name": "丁州医院"}, *more],
                "relations": rels}

    li_jia = {"id": "p", "type": "Person", "name": "李甲"}
    post = {"head": "p", "rel": "holdsPosition", "tail": "h"}
    docs = [doc("1.txt", [li_jia], [{**post, "title": "主任", "optional": True}]),
            doc("2.txt", [{"id": "p", "type": "Person", "name": "李乙"}], [{**post, "title": "院长"}]),
            doc("3.txt", [{**li_jia, "aliases": ["李乙"]}], []),
            doc("4.txt", [li_jia], [{**post, "title": "书记"}]),
            doc("5.txt", [{"id": "x", "type": "Person", "name": "王丙", "implied": True},
                          {"id": "y", "type": "Person", "name": "王丙", "aliases": ["李甲"]}],
                [{"head": "x", "rel": "affiliatedWith", "tail": "u"}],
                [{"id": "u", "type": "University", "name": "戊州大学"}])]
    data = graph([("p", "Person", "李甲"), ("h", "Hospital", "丁州医院"), ("u", "University", "戊州大学")],
                 [("p", "holdsPosition", "h", "书记"), ("u", "cooperatesWith", "h")])
    ours = same_figures(capsys, *write_case(tmp_path, docs, data))
    assert ours["relations"]["titles"] == {"accuracy": 1.0, "n": 1}, "the first required title of the first statement"
    assert ours["missed_relations"] == [], "王丙 was optional when its document named its university"


def test_seed_figures_equal_the_referee(seed_build, capsys):
    ours = same_figures(capsys, SHARED / "eval" / "gold-seeds", seed_build[1] / "graph.json")
    assert sorted(d["doc"] for d in ours["documents"]) == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_each_document_is_scored_on_the_part_of_the_graph_read_from_it(tmp_path):
    other = {"doc": "b.txt", "entities": [{"id": "x", "type": "Province", "name": "黑龙江省"},
                                          {"id": "y", "type": "Person", "name": "李四"}], "relations": []}
    for d in (GOLD, other):
        (tmp_path / f"{d['doc']}.json").write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")

    def node(nid, kind, name, *docs):
        return {"id": nid, "type": kind, "name": name, "mentions": [{"article": f"{d}#0"} for d in docs]}

    def edge(s, rel, t, *docs):
        return {"source": s, "target": t, "rel": rel, "evidence": [{"article": f"{d}#1"} for d in docs]}

    data = {"nodes": [node("p", "Province", "黑龙江省"), node("c", "City", "哈尔滨市", "a.txt"),
                      node("h", "Hospital", "哈医大一院", "a.txt", "b.txt"), node("z", "Person", "张三", "b.txt"),
                      node("l", "Person", "李四", "b.txt")],
            "links": [edge("c", "partOf", "p"), edge("h", "locatedIn", "c", "a.txt"),
                      edge("z", "holdsPosition", "h", "b.txt")]}
    documents = per_document(data, read_gold(tmp_path))
    assert [d.doc for d in documents] == ["b.txt", "a.txt"], "worst first"
    b, a = documents
    assert (a.entities.tp, a.entities.pred, a.entities.gold) == (3, 3, 5), "the province nothing mentions joins a.txt"
    assert (a.relations.tp, a.relations.pred) == (2, 2), "张三's post in b.txt is not a.txt's"
    assert (b.entities.tp, b.entities.pred, b.entities.gold) == (1, 3, 2)
    assert per_document({"nodes": [{"id": "n", "type": "City", "name": "哈尔滨市"}], "links": []},
                        read_gold(tmp_path)) == []
    text = as_text(score(data, load_gold(tmp_path)), documents=[])
    assert text.endswith("per document: the graph does not say which document its nodes were read from")


def test_docs_picks_the_text_files_of_those_documents_at_any_depth(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.txt", "c.txt"):
        (tmp_path / name).write_text("某市某医院。", encoding="utf-8")
    assert texts_of([tmp_path], {"b.txt", "a.txt"}) == [tmp_path / "a.txt", tmp_path / "sub" / "b.txt"]
    with pytest.raises(InputError, match=r"d\.txt"):
        texts_of([tmp_path], {"a.txt", "d.txt"})
    (tmp_path / "a.txt.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match=r"no gold for x\.txt"):
        read_gold(tmp_path, {"a.txt", "x.txt"})


def test_evaluate_with_docs_builds_the_graph_of_those_documents_alone(tmp_path):
    texts, gold_dir = tmp_path / "texts", tmp_path / "gold"
    (texts / "more").mkdir(parents=True)
    gold_dir.mkdir()
    (texts / "a.txt").write_text("黑龙江省哈尔滨市卫生健康委员会主任张三到宾县人民医院调研。", encoding="utf-8")
    (texts / "more" / "b.txt").write_text("吉林省长春市卫生健康委员会主任李四到农安县人民医院调研。", encoding="utf-8")
    for doc, name in (("a.txt", "张三"), ("b.txt", "李四")):
        gold = {"doc": doc, "entities": [{"id": "e1", "type": "Person", "name": name}], "relations": []}
        (gold_dir / f"{doc}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    res = run_kg("evaluate", str(gold_dir), str(texts), "--docs", "b.txt", "--json", "--segmenter", "char")
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    assert [d["doc"] for d in out["documents"]] == ["b.txt"]
    person = out["entities_typed"]["Person"]
    assert (person["tp"], person["pred"]) == (1, 1), "李四 is found and 张三, of a.txt, is not read"
    assert "Province:吉林省" in out["extra_entities"]
    assert not any("黑龙江" in n or "宾县" in n for n in out["extra_entities"]), "a.txt was not read"
