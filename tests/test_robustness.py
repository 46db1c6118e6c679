"""Messy archives: encodings, files that cannot be used, hostile text, killed builds, the
extraction cache and size limits — on files the tests write themselves."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
import pytest
from conftest import ROOT
from conftest import run_kg as kg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from rdflib import Graph, Literal

from kg.build import build_graph_from
from kg.cache import ExtractionCache
from kg.errors import InputError
from kg.export import gexf, graphml, html, jsonld, neo4j, nodelink, turtle
from kg.export.view import select
from kg.export.writer import write_all
from kg.ingest.read import Skipped, read_source

SIMPLIFIED = "本报讯 日前，北京协和医院与广东省卫生健康委员会签署合作协议。北京协和医院院长张抒扬出席。\n"
TRADITIONAL = "本報訊 日前，北京協和醫院與廣東省衛生健康委員會簽署合作協議。北京協和醫院院長張抒揚出席。\n"



@pytest.mark.parametrize(("data", "encoding"), [
    (SIMPLIFIED.encode("utf-8"), "utf-8"),
    (("\ufeff" + SIMPLIFIED).encode("utf-8"), "utf-8-sig"),
    (("\ufeff" + SIMPLIFIED).encode("utf-16-le"), "utf-16-le"),
    (("\ufeff" + SIMPLIFIED).encode("utf-16-be"), "utf-16-be"),
    (SIMPLIFIED.encode("gb18030"), "gb18030"),
    (SIMPLIFIED.encode("gbk"), "gb18030"),
    (TRADITIONAL.encode("big5"), "big5"),
])
def test_each_encoding_is_detected_and_recorded(tmp_path, data, encoding):
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    src = read_source(path, "page.txt")
    assert src.encoding == encoding
    assert src.text == (TRADITIONAL if encoding == "big5" else SIMPLIFIED)


def test_short_big5_and_gbk_lines_are_told_apart(tmp_path):
    for text, codec in (("衛生健康委員會主任", "big5"), ("卫生健康委员会主任", "gb18030")):
        (tmp_path / "s.txt").write_bytes(text.encode(codec))
        assert read_source(tmp_path / "s.txt", "s.txt").text == text


def test_a_few_damaged_utf8_bytes_are_replaced_and_counted(tmp_path):
    path = tmp_path / "d.txt"
    path.write_bytes(SIMPLIFIED.encode() * 20 + b"\xed\xa0\x80" + SIMPLIFIED.encode())  # a lone surrogate
    src = read_source(path, "d.txt")
    assert src.encoding == "utf-8" and src.replaced >= 1 and "北京协和医院" in src.text


def write_messy_archive(folder: Path) -> None:
    folder.mkdir()
    (folder / "gbk.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    (folder / "big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    other = SIMPLIFIED.replace("北京协和医院", "四川大学华西医院")
    (folder / "utf16.txt").write_bytes(("\ufeff" + other).encode("utf-16-le"))
    (folder / "copy.txt").write_bytes(SIMPLIFIED.encode("gbk"))  # the same bytes as gbk.txt, found first
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(" \n\u3000\n".encode())
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (folder / "noise.txt").write_bytes(bytes(range(32)) * 100)
    (folder / "big.txt").write_bytes(SIMPLIFIED.encode() * 400)  # over the --max-bytes below
    (folder / "controls.txt").write_bytes("本报讯 日前，\x00重庆医科大学附属第一医院\x07院长\x1b张三表示。\n".encode())


def test_a_messy_archive_is_processed_with_every_skip_explained(tmp_path):
    write_messy_archive(tmp_path / "in")
    res = kg("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--segmenter", "char", "-q",
             "--max-bytes", "20000", "--no-cache")
    assert res.returncode == 0, res.stderr
    assert "skipped 6 of 10 files" in res.stderr and "Traceback" not in res.stderr
    files = {e["file"]: e for e in json.loads((tmp_path / "out" / "manifest.json").read_text())["files"]}
    assert len(files) == 10
    reasons = {name: e.get("reason") for name, e in files.items() if e["status"] == "skipped"}
    assert reasons == {"gbk.txt": "duplicate", "empty.txt": "empty", "blank.txt": "empty", "image.txt": "binary",
                       "noise.txt": "binary", "big.txt": "too-large"}
    assert "copy.txt" in files["gbk.txt"]["detail"] and "20000" in files["big.txt"]["detail"]
    assert {files[n]["encoding"] for n in ("copy.txt", "big5.txt", "utf16.txt")} == {"gb18030", "big5", "utf-16-le"}
    assert all(files[n]["articles"] >= 1 and files[n]["sha256"] for n in ("copy.txt", "big5.txt", "controls.txt"))
    graph = json.loads((tmp_path / "out" / "graph.json").read_text())
    names = {n["name"]: n for n in graph["nodes"]}
    assert "四川大学华西医院" in names and "重庆医科大学附属第一医院" in names
    assert "北京協和醫院" in names["北京协和医院"]["aliases"]  # the Big5 page's written form
    originals = {ev.get("original") for link in graph["links"] for ev in link.get("evidence", [])}
    assert any(o and "北京協和醫院" in o for o in originals)  # and its sentences, as written
    original = (tmp_path / "in" / "controls.txt").read_bytes().decode()
    mention = names["重庆医科大学附属第一医院"]["mentions"][0]
    assert original[mention["start"]:mention["end"]] == "重庆医科大学附属第一医院"


def test_markup_in_a_text_export_is_dropped_from_what_is_read_with_offsets_kept(tmp_path):
    text = ("标题\n本报讯 <b class=\"x\">北京市朝阳区</b>与<svg onload=alert(2)>北京协和医院</svg>"
            "开展合作，血压<140的患者受益。\n")
    (tmp_path / "m.txt").write_text(text, encoding="utf-8")
    g = build_graph_from([tmp_path / "m.txt"], segmenter="char").graph
    names = {d["name"]: d for _, d in g.nodes(data=True)}
    hospital = names["北京协和医院"]
    start, end = hospital["mentions"][0]["start"], hospital["mentions"][0]["end"]
    assert text[start:end] == "北京协和医院"
    assert not any("<" in n or ">" in n for n in names)
    sentences = {m["sentence"] for d in names.values() for m in d.get("mentions", [])}
    assert sentences == {"本报讯 北京市朝阳区与北京协和医院开展合作，血压<140的患者受益。"}  # tags out, 血压<140 in


def test_strict_and_nothing_usable_fail_and_write_nothing(tmp_path):
    write_messy_archive(tmp_path / "in")
    res = kg("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--segmenter", "char", "--strict",
             "--no-cache")
    assert res.returncode == 2 and "--strict" in res.stderr and "image.txt" in res.stderr
    assert not (tmp_path / "out").exists()
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "a.txt").write_bytes(b"")
    (junk / "b.txt").write_bytes(b"\x7fELF" + bytes(100))
    res = kg("build", str(junk), "-o", str(tmp_path / "out"), "--segmenter", "char", "--no-cache")
    assert res.returncode == 2 and "nothing usable" in res.stderr and "b.txt" in res.stderr
    assert not (tmp_path / "out").exists()


def test_a_huge_file_is_skipped_without_being_read(tmp_path):
    path = tmp_path / "dump.txt"
    with open(path, "wb") as f:
        f.truncate(60_000_000)  # sparse: 60 MB of NULs on disk in no time
    with pytest.raises(Skipped, match="60000000 bytes, more than --max-bytes 20000000") as err:
        read_source(path, "dump.txt")
    assert err.value.reason == "too-large"


# ---- no crash on any text --------------------------------------------------------------

HOSTILE_TEXT = st.text(
    alphabet=st.one_of(st.sampled_from("《》（）“”「」【】，。；：！？、\n\t \u3000\u202e\u200b\x00\x07<>&\"'\\"),
                       st.sampled_from("北京市卫生健康委员会协和医院院长张三李四医联体援疆对口帮扶"),
                       st.characters(codec="utf-8")),
    max_size=400)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=HOSTILE_TEXT)
def test_any_text_goes_through_every_stage_and_every_export_parses(text, nlp_char):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.txt").write_text("标题\n" + text + "\n", encoding="utf-8")
        try:
            result = build_graph_from([folder / "a.txt"], segmenter="char")
        except InputError as err:  # only text with nothing in it may be refused
            assert "nothing usable" in str(err)
            return
        write_all(result.graph, folder / "out", result.manifest)
        assert_every_export_parses(folder / "out")


def assert_every_export_parses(out: Path) -> None:
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    Graph().parse(out / "graph.ttl", format="turtle")
    Graph().parse(out / "graph.jsonld", format="json-ld")
    assert nx.read_graphml(out / "graph.graphml").number_of_nodes() == len(data["nodes"])
    assert nx.read_gexf(out / "graph.gexf").number_of_nodes() == len(data["nodes"])
    json.loads((out / "graph.cyjs").read_text(encoding="utf-8"))
    csv.field_size_limit(2**31 - 1)  # a fact stated thousands of times has thousands of sentences
    for path in (out / "neo4j").glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as f:
            list(csv.reader(f))
    json.loads(lxml_html.fromstring((out / "graph.html").read_text(encoding="utf-8")).get_element_by_id("kg-data").text)


@settings(max_examples=25, deadline=None)
@given(data=st.binary(max_size=3000))
def test_any_bytes_are_read_or_skipped_with_a_reason(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.txt"
        path.write_bytes(data)
        try:
            src = read_source(path, "x.txt")
        except Skipped as skip:
            assert skip.reason in {"empty", "binary", "undecodable"} and "x.txt" in str(skip)
        else:
            assert src.text.strip() and src.encoding


def test_a_100k_character_line_and_unpaired_brackets_finish_in_seconds(nlp_char, tmp_path):
    line = ("北京协和医院《关于" + "（“深化医改" * 3000 + "医院院长张三表示，" * 3000)[:100_000]
    (tmp_path / "long.txt").write_text("标题\n" + line + "\n", encoding="utf-8")
    t = time.perf_counter()
    result = build_graph_from([tmp_path / "long.txt"], segmenter="char")
    write_all(result.graph, tmp_path / "out", result.manifest)
    assert time.perf_counter() - t < 60
    assert_every_export_parses(tmp_path / "out")
    # a "sentence" with no end is cut around each mention, so evidence stays small
    assert (tmp_path / "out" / "graph.json").stat().st_size < 40_000_000
    assert all(len(m["sentence"]) <= 600 for _, d in result.graph.nodes(data=True) for m in d.get("mentions", []))


# ---- injection-safe exports ------------------------------------------------------------

NASTY = ['他说"""你好"""', "反斜杠\\n与\\\\", "<script>alert(1)</script>&amp;", "逗号,分号;\t制表",
         "两行\n文字", "\u202e逆序\u202c与\u200f", "𠀀𪚥😷astral", "单引号'与`反引号`", "]]>--><!--",
         "控制\x01字符\x0b"]


def nasty_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("article:n.txt#0", type="Article", name=NASTY[0], source="n.txt", index=0, start=0, end=10)
    for i, name in enumerate(NASTY):
        g.add_node(f"Hospital/{i}", type="Hospital", name=name, aliases=[NASTY[-1 - i]], mention_count=1,
                   mentions=[{"article": "n.txt#0", "start": 0, "end": 1, "sentence": name}])
        g.add_edge("article:n.txt#0", f"Hospital/{i}", key="mentions", rel="mentions")
    for i in range(len(NASTY) - 1):
        g.add_edge(f"Hospital/{i}", f"Hospital/{i + 1}", key="cooperatesWith", rel="cooperatesWith", title=NASTY[i],
                   evidence=[{"article": "n.txt#0", "sentence": NASTY[i + 1], "start": 0, "end": 1}])
    return g


def test_hostile_names_and_sentences_round_trip_through_every_export(tmp_path):
    g = nasty_graph()
    names = set(NASTY)
    nodelink.write(g, tmp_path / "g.json")
    assert {n["name"] for n in json.loads((tmp_path / "g.json").read_text())["nodes"]} == names
    turtle.write(g, tmp_path / "g.ttl")
    ttl = Graph().parse(tmp_path / "g.ttl", format="turtle")
    labels = {str(o) for o in ttl.objects(None, Graph().namespace_manager.expand_curie("skos:prefLabel"))}
    assert labels >= names
    assert {str(o) for o in ttl.objects() if isinstance(o, Literal)} >= names
    jsonld.write(g, tmp_path / "g.jsonld")
    assert set(Graph().parse(tmp_path / "g.jsonld", format="json-ld")) == set(ttl)
    in_xml = {n.replace("\x01", "\ufffd").replace("\x0b", "\ufffd") for n in names}  # XML cannot hold them
    graphml.write(g, tmp_path / "g.graphml")
    assert {d["label"] for _, d in nx.read_graphml(tmp_path / "g.graphml").nodes(data=True)} == in_xml
    gexf.write(g, tmp_path / "g.gexf")
    assert {d["label"] for _, d in nx.read_gexf(tmp_path / "g.gexf").nodes(data=True)} == in_xml
    neo4j.write(g, tmp_path / "neo4j")
    with open(tmp_path / "neo4j" / "nodes_Hospital.csv", encoding="utf-8", newline="") as f:
        assert {row["name"] for row in csv.DictReader(f)} == names
    with open(tmp_path / "neo4j" / "rels_cooperatesWith.csv", encoding="utf-8", newline="") as f:
        assert {row["evidence:string[]"] for row in csv.DictReader(f)} == {
            n.replace(";", "；") for n in NASTY[1:]}
    page = html.render(select(g), NASTY[2])
    doc = lxml_html.fromstring(page)
    assert len(doc.xpath("//script")) == 3
    assert {n["label"] for n in json.loads(doc.get_element_by_id("kg-data").text)["nodes"]} == names


# ---- crash safety ----------------------------------------------------------------------

def test_a_build_killed_at_any_moment_leaves_the_previous_exports_intact(tmp_path):
    out = tmp_path / "out"
    args = [sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "-o", str(out), "--segmenter", "char", "-q",
            "--no-cache"]
    subprocess.run(args, check=True, capture_output=True)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    for delay in (0.3, 0.8, 1.3, 1.8, 2.2, 2.6, 3.0):
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
        assert after == before, f"killed after {delay} s"
    subprocess.run(args, check=True, capture_output=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "the next build cleans up after killed ones"


# ---- the extraction cache --------------------------------------------------------------

def test_the_cache_reextracts_only_what_changed_and_never_trusts_a_damaged_entry(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, city in enumerate(["北京", "上海", "广州"]):
        (folder / f"{i}.txt").write_text(f"标题\n本报讯 {city}市第一人民医院院长王{i}表示。\n", encoding="utf-8")
    cache_dir = tmp_path / "cache"
    clean = build_graph_from([folder], segmenter="char")

    def cached_build():
        cache = ExtractionCache("char", cache_dir)
        return build_graph_from([folder], segmenter="char", cache=cache), cache

    first, cache = cached_build()
    assert (cache.hits, cache.misses) == (0, 3)
    second, cache = cached_build()
    assert (cache.hits, cache.misses) == (3, 0) and second.model_seconds == 0  # the model was not even loaded
    for result in (first, second):
        assert nodelink.to_data(result.graph) == nodelink.to_data(clean.graph)
    (folder / "1.txt").write_text("标题\n本报讯 上海市第六人民医院院长李四表示。\n", encoding="utf-8")
    third, cache = cached_build()
    assert (cache.hits, cache.misses) == (2, 1)
    assert "上海市第六人民医院" in {d["name"] for _, d in third.graph.nodes(data=True)}
    entry = cache._path("0.txt", hashlib.sha256((folder / "0.txt").read_bytes()).hexdigest())
    entry.write_bytes(entry.read_bytes()[:-7] + b"garbage")
    fourth, cache = cached_build()
    assert cache.damaged == 1 and (cache.hits, cache.misses) == (2, 1)
    assert nodelink.to_data(fourth.graph) == nodelink.to_data(third.graph)


def test_no_cache_and_cache_clear(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("标题\n本报讯 北京协和医院院长张三表示。\n", encoding="utf-8")
    env = {"KG_CACHE_DIR": str(tmp_path / "cache")}
    assert kg("build", str(folder), "-o", str(tmp_path / "o1"), "--segmenter", "char", "-q", "--no-cache",
              env=env).returncode == 0
    assert not list((tmp_path / "cache").rglob("*.bin"))
    res = kg("build", str(folder), "-o", str(tmp_path / "o2"), "--segmenter", "char", env=env)
    assert res.returncode == 0 and len(list((tmp_path / "cache").rglob("*.bin"))) == 1
    res = kg("build", str(folder), "-o", str(tmp_path / "o3"), "--segmenter", "char", env=env)
    assert "1 files from the cache" in res.stdout
    assert (tmp_path / "o2" / "graph.json").read_bytes() == (tmp_path / "o3" / "graph.json").read_bytes()
    res = kg("cache", "clear", env=env)
    assert res.returncode == 0 and "removed 1" in res.stdout
    assert not list((tmp_path / "cache").rglob("*.bin"))


def test_bad_numbers_on_the_command_line_are_errors_not_tracebacks(tmp_path):
    res = kg("build", str(ROOT / "seeds"), "-o", str(tmp_path / "o"), "--max-bytes", "0")
    assert res.returncode == 2 and "--max-bytes" in res.stderr and "Traceback" not in res.stderr
    assert io.StringIO(res.stderr).read().count("\n") <= 2
