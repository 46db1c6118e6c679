"""kg query and the saved queries in queries/: the same rows from pyoxigraph and rdflib."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import KgError
from kg.query import Term, parse_binding, render, run

ROOT = Path(__file__).resolve().parents[1]
GRAPH = ROOT / "exports" / "graph.ttl"
QUERIES = sorted((ROOT / "queries").glob("*.rq"))

# rows each saved query must return on the seeds (a few per query, pinned by hand)
EXPECTED = {
    "affiliated-hospitals": [["大连医科大学", "大连医科大学附属第二医院"]],
    "aid-teams": [["浙江省", "第19批援中非中国医疗队", "中非共和国"],
                  ["山西省", "山西省第三批援吉布提医疗队", "吉布提"]],
    "alliances": [["自贡市老年医疗集团", "", "长宁安宁精神病医院"],
                  ["义义市总医院", "义义市人民医院", "义义市妇幼保健院"]],
    "assistance-across-provinces": [["黑龙江省", "黑龙江省", "阿勒泰地区", "新疆维吾尔自治区"]],
    "cooperation": [["北京安贞医院", "沧州市"], ["郑州市卫生健康委", "郑州市医保局"]],
    "events-and-organisers": [["2024年河南省医疗保障工作会议", "", "郑州市"]],
    "facts-of-an-article": [],  # checked below: every row is a holdsPosition fact with its sentence
    "health-commission-officials": [["国家卫生健康委基层司", "傅卫", "司长"]],
    "hospitals-by-province": [["辽宁省", "大连医科大学附属第二医院", "刘志宇", "院长、泌尿外科学术带头人"],
                              ["湖南省", "湖南省脑科医院", "周绍明", "院长"]],
    "most-reported-places": [["北京市", "10"]],
    "people-with-several-posts": [["范先群", "中国工程院"], ["范先群", "上海交通大学"]],
    "policies-by-issuer": [["国务院办公厅", "育儿补贴制度实施方案"]],
    "programmes-and-where-they-serve": [["医路生花继续教育项目", "北京市卫生健康委", "和田县人民医院"]],
}


def test_there_are_at_least_twelve_saved_queries_each_saying_what_it_answers():
    assert len(QUERIES) >= 12
    for q in QUERIES:
        assert q.read_text(encoding="utf-8").startswith("# "), q.name
        assert q.stem in EXPECTED, q.name


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_a_saved_query_returns_its_pinned_rows_identically_in_both_engines(query):
    sparql = query.read_text(encoding="utf-8")
    oxigraph, rdflib = run(GRAPH, sparql, "oxigraph"), run(GRAPH, sparql, "rdflib")
    assert oxigraph.rows and oxigraph.columns == rdflib.columns and oxigraph.rows == rdflib.rows
    for row in EXPECTED[query.stem]:
        assert row in oxigraph.rows, row


def test_the_facts_of_an_article_carry_their_sentence():
    sparql = (ROOT / "queries" / "facts-of-an-article.rq").read_text(encoding="utf-8")
    for engine in ("oxigraph", "rdflib"):
        result = run(GRAPH, sparql, engine, {"file": Term("004_8cd9397ab272cbac.txt")})
        by_person = {row[2]: row[5] for row in result.rows}
        assert "范先群" in by_person and "范先群" in by_person["范先群"]
        assert {row[0] for row in result.rows} == {"004_8cd9397ab272cbac.txt"}
        assert len(result.rows) < len(run(GRAPH, sparql, engine).rows)  # unbound: every file's


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_bound_values_stay_data_whatever_they_hold(engine):
    """A value that would break or extend a query if it were spliced into its text."""
    sparql = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
              "SELECT ?s ?name WHERE { ?s skos:prefLabel ?name }")
    hostile = '刘志宇" } UNION { ?s ?p ?o } #'
    assert run(GRAPH, sparql, engine, {"name": parse_binding(f"name={hostile}@zh")[1]}).rows == []
    found = run(GRAPH, sparql, engine, {"name": parse_binding("name=刘志宇@zh")[1]}).rows
    assert len(found) == 1 and found[0][0].startswith("https://w3id.org/kg-health-cn/entity/")
    assert run(GRAPH, sparql, engine, {"name": parse_binding("name=刘志宇")[1]}).rows == []  # no language: no match


def test_bindings_parse_iris_languages_and_plain_text():
    assert parse_binding("s=<https://w3id.org/kg-health-cn/place/110000>") == (
        "s", Term("https://w3id.org/kg-health-cn/place/110000", iri=True))
    assert parse_binding("?name=北京市@zh") == ("name", Term("北京市", lang="zh"))
    assert parse_binding("file=a=b.txt") == ("file", Term("a=b.txt"))
    with pytest.raises(KgError, match="NAME=VALUE"):
        parse_binding("no-equals")


def test_kg_query_prints_a_table_csv_and_json(capsys):
    sparql = ("PREFIX kg: <https://w3id.org/kg-health-cn/ontology#> "
              "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
              "SELECT ?name WHERE { ?p a kg:Province ; skos:prefLabel ?name } ORDER BY ?name LIMIT 2")
    assert main(["query", str(GRAPH), "-e", sparql]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0] == "name" and table.rstrip().endswith("(2 rows)")
    assert main(["query", str(GRAPH), "-e", sparql, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "name"
    assert main(["query", str(GRAPH), "-e", sparql, "--format", "json"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("[")


def test_a_table_aligns_chinese_text_by_display_width():
    from kg.query import Result

    lines = render(Result(["名称", "n"], [["北京市", "1"], ["ab", "22"]], "rdflib")).splitlines()
    assert lines[0] == "名称    n" and lines[2] == "北京市  1" and lines[3] == "ab      22"


def test_bad_input_gives_a_message_not_a_traceback(capsys, tmp_path):
    assert main(["query", str(tmp_path / "missing.ttl"), "-e", "SELECT * WHERE { ?s ?p ?o }"]) == 2
    assert "missing.ttl: no such file" in capsys.readouterr().err
    assert main(["query", str(GRAPH), "-e", "SELEKT nothing"]) == 2
    assert "not valid SPARQL" in capsys.readouterr().err
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    assert main(["query", str(broken), "-e", "SELECT * WHERE { ?s ?p ?o }", "--engine", "rdflib"]) == 2
    assert "broken.ttl: not readable Turtle" in capsys.readouterr().err


def test_querying_imports_no_spacy():
    code = ("import sys; from kg.cli import main; "
            f"main(['query', {str(GRAPH)!r}, '-e', 'SELECT * WHERE {{ ?s ?p ?o }} LIMIT 1']); "
            "print('spacy' in sys.modules, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "False"
