"""Every export opens in the tool it is for, with the nodes and edges of graph.json, and looks
like the HTML view: GraphML (networkx and igraph read it), GEXF (the official schema, viz),
Neo4j CSV (imported into Kùzu), Cytoscape.js JSON, and JSON-LD (the triples of graph.ttl)."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from conftest import ROOT, SHARED, run_kg
from lxml import etree
from lxml import html as lxml_html
from rdflib import Graph, Literal, URIRef

from kg.export import cytoscape, graphml, jsonld, neo4j, nodelink, turtle
from kg.export.style import COLOURS, rgb

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
VIZ = "http://www.gexf.net/1.2draft/viz"
AWKWARD = 'a, "quoted" name;\nover two lines'  # what CSV quoting and array joining must survive


@pytest.fixture(scope="module")
def built(seed_build):
    """The seed build's folder, its graph.json and the entity and relation counts."""
    _, out = seed_build
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return out, data


def awkward_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("article:a.txt#0", type="Article", name="标题, 带\"引号\"", source="a.txt", index=0, start=0, end=9)
    g.add_node("Hospital/甲医院", type="Hospital", name=AWKWARD, aliases=["甲院", "x;y"], mention_count=1, mentions=[])
    g.add_node("place:110000", type="Province", name="北京市", aliases=[], mention_count=0, mentions=[],
               code="110000", inferred=True)
    g.add_edge("Hospital/甲医院", "place:110000", key="locatedIn", rel="locatedIn",
               evidence=[{"article": "a.txt#0", "sentence": "甲医院, 位于\"北京\"。", "start": 0, "end": 9}])
    g.add_edge("article:a.txt#0", "Hospital/甲医院", key="mentions", rel="mentions")
    return g


def test_graphml_declares_typed_keys_and_gives_every_element_every_value(built):
    out, data = built
    doc = etree.parse(str(out / "graph.graphml"))
    keys = {k.get("id"): k for k in doc.iter(f"{GRAPHML}key") if k.get("attr.name")}
    declared = {k.get("attr.name"): k.get("attr.type") for k in keys.values() if k.get("for") == "node"}
    assert declared.items() >= {"label": "string", "type": "string", "aliases": "string", "mention_count": "int",
                                "inferred": "boolean"}.items()
    assert all(k.find(f"{GRAPHML}default") is not None for k in keys.values())
    node_keys = {i for i, k in keys.items() if k.get("for") == "node"}
    for node in doc.iter(f"{GRAPHML}node"):
        assert {d.get("key") for d in node.findall(f"{GRAPHML}data")} >= node_keys
    names = {n["id"]: n["name"] for n in data["nodes"]}
    read = nx.read_graphml(out / "graph.graphml")
    assert (read.number_of_nodes(), read.number_of_edges()) == (len(data["nodes"]), len(data["links"]))
    assert {n: d["label"] for n, d in read.nodes(data=True)} == names
    hospital = next(d for _, d in read.nodes(data=True) if d["label"] == "大连医科大学附属第二医院")
    assert json.loads(hospital["aliases"]) and hospital["type"] == "Hospital"
    edge = next(d for *_, d in read.edges(data=True) if d["rel"] == "holdsPosition")
    assert edge["label"] == "任职于" and edge["title"] and json.loads(edge["evidence"])


def test_igraph_reads_the_graphml_with_the_same_counts_and_labels(built):
    igraph = pytest.importorskip("igraph")
    out, data = built
    g = igraph.Graph.Read_GraphML(str(out / "graph.graphml"))
    assert (g.vcount(), g.ecount()) == (len(data["nodes"]), len(data["links"]))
    assert sorted(g.vs["label"]) == sorted(n["name"] for n in data["nodes"])
    assert sorted(g.es["rel"]) == sorted(e["rel"] for e in data["links"])
    assert sum(t == "Hospital" for t in g.vs["type"]) == sum(n["type"] == "Hospital" for n in data["nodes"])


def test_graphml_carries_yed_graphics_at_the_html_positions(built):
    out, _ = built
    doc = etree.parse(str(out / "graph.graphml"))
    y = "{http://www.yworks.com/xml/graphml}"
    positions = html_positions(out)
    for node in doc.iter(f"{GRAPHML}node"):
        shape = node.find(f".//{y}ShapeNode")
        label = shape.find(f"{y}NodeLabel").text
        assert label == node.find(f"{GRAPHML}data[@key='n_label']").text
        if node.get("id") in positions:
            geo = shape.find(f"{y}Geometry")
            centre = (float(geo.get("x")) + float(geo.get("width")) / 2,
                      float(geo.get("y")) + float(geo.get("height")) / 2)
            assert centre == pytest.approx(positions[node.get("id")], abs=0.11)


def html_positions(out: Path) -> dict[str, tuple[int, int]]:
    page = lxml_html.fromstring((out / "graph.html").read_text(encoding="utf-8"))
    nodes = json.loads(page.get_element_by_id("kg-data").text)["nodes"]
    return {n["id"]: (n["x"], n["y"]) for n in nodes}


def test_gexf_core_validates_and_viz_draws_the_html_picture(built):
    out, data = built
    doc = etree.parse(str(out / "graph.gexf"))
    xsd = SHARED / "schemas" / "gexf-1.2draft" / "gexf.xsd"
    if xsd.exists():
        core = etree.parse(str(out / "graph.gexf"))
        for el in core.xpath("//*[namespace-uri()=$ns]", ns=VIZ):
            el.getparent().remove(el)
        schema = etree.XMLSchema(etree.parse(str(xsd)))
        assert schema.validate(core), schema.error_log
    types = {n["id"]: n["type"] for n in data["nodes"]}
    positions = html_positions(out)
    ns = {"g": "http://www.gexf.net/1.2draft", "viz": VIZ}
    for node in doc.xpath("//g:node", namespaces=ns):
        colour = node.find(f"{{{VIZ}}}color")
        channels = tuple(int(colour.get(c)) for c in "rgb")
        assert all(0 <= c <= 255 for c in channels) and channels == rgb(COLOURS[types[node.get("id")]])
        pos = node.find(f"{{{VIZ}}}position")
        x, y = float(pos.get("x")), float(pos.get("y"))
        if node.get("id") in positions:
            assert (x, -y) == positions[node.get("id")]  # Gephi's y axis points up
        assert float(node.find(f"{{{VIZ}}}size").get("value")) > 0
    read = nx.read_gexf(out / "graph.gexf")
    assert (read.number_of_nodes(), read.number_of_edges()) == (len(data["nodes"]), len(data["links"]))
    assert {d["label"] for _, d in read.nodes(data=True)} == {n["name"] for n in data["nodes"]}
    assert all(d["viz"]["position"] for _, d in read.nodes(data=True))


def test_neo4j_files_import_into_kuzu_with_the_same_counts_and_answers(built, tmp_path):
    kuzu = pytest.importorskip("kuzu")
    out, data = built
    conn = _kuzu_import(kuzu, out / "neo4j", tmp_path / "db")
    assert conn.execute("MATCH (n) RETURN count(*)").get_all() == [[len(data["nodes"])]]
    assert conn.execute("MATCH ()-[r]->() RETURN count(*)").get_all() == [[len(data["links"])]]
    rows = conn.execute("MATCH (p:Entity)-[r:holdsPosition]->(h:Entity) WHERE h.name = '大连医科大学附属第二医院' "
                        "RETURN p.name, r.title").get_all()
    assert rows == [["刘志宇", "院长、泌尿外科学术带头人"]]
    hospitals = conn.execute("MATCH (n:Entity) WHERE n.labels = 'Hospital;Entity' RETURN count(*)").get_all()
    assert hospitals == [[sum(n["type"] == "Hospital" for n in data["nodes"])]]


def _kuzu_import(kuzu, folder: Path, db: Path):
    """The CSV files copied into Kùzu, one node table for entities and one for articles (all
    entity files share one header), one relationship table per type: Kùzu reads by position."""
    conn = kuzu.Connection(kuzu.Database(str(db)))
    conn.execute("CREATE NODE TABLE Entity(id STRING, name STRING, aliases STRING, mention_count INT64, code STRING, "
                 "inferred BOOLEAN, roles STRING, labels STRING, PRIMARY KEY (id))")
    conn.execute("CREATE NODE TABLE Article(id STRING, title STRING, source STRING, idx INT64, from_ INT64, "
                 "to_ INT64, labels STRING, PRIMARY KEY (id))")
    for path in sorted(folder.glob("nodes_*.csv")):
        table = "Article" if path.stem == "nodes_Article" else "Entity"
        conn.execute(f"COPY {table} FROM '{path}' (header=true, parallel=false)")  # quoted line breaks
    for path in sorted(folder.glob("rels_*.csv")):
        rel = path.stem.removeprefix("rels_")
        conn.execute(f"CREATE REL TABLE {rel}(FROM {'Article' if rel == 'mentions' else 'Entity'} TO Entity, "
                     "type STRING, title STRING, evidence STRING, articles STRING)")
        conn.execute(f"COPY {rel} FROM '{path}' (header=true, parallel=false)")
    return conn


def test_neo4j_csv_survives_commas_quotes_line_breaks_and_the_array_delimiter(tmp_path):
    neo4j.write(awkward_graph(), tmp_path / "neo4j")
    with open(tmp_path / "neo4j" / "nodes_Hospital.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["name"] == AWKWARD
    assert rows[0]["aliases:string[]"].split(neo4j.ARRAY_SEP) == ["甲院", "x；y"]
    assert rows[0][":LABEL"] == "Hospital;Entity"
    kuzu = pytest.importorskip("kuzu")
    conn = _kuzu_import(kuzu, tmp_path / "neo4j", tmp_path / "db")
    assert conn.execute("MATCH (n:Entity)-[r:locatedIn]->(p:Entity) RETURN n.name, r.evidence").get_all() == [
        [AWKWARD, "甲医院, 位于\"北京\"。"]]
    assert conn.execute("MATCH (a:Article) RETURN a.title").get_all() == [["标题, 带\"引号\""]]


def test_import_cypher_loads_every_file_and_reads_only_its_columns(built):
    out, _ = built
    script = (out / "neo4j" / "import.cypher").read_text(encoding="utf-8")
    statements = [s.strip() for s in script.split(";\n") if s.strip() and not s.strip().startswith("//")]
    for path in sorted((out / "neo4j").glob("*.csv")):
        assert f"'file:///{path.name}'" in script
        with open(path, encoding="utf-8", newline="") as f:
            header = next(csv.reader(f))
        statement = next(s for s in statements if f"file:///{path.name}'" in s)
        for column in set(re.findall(r"row\.`?([^`\s,)]+)`?", statement)):
            assert column in header, (path.name, column)
    assert script.index("nodes_") < script.index("rels_")


def test_cytoscape_json_has_every_element_with_its_drawing(built):
    out, data = built
    cy = json.loads((out / "graph.cyjs").read_text(encoding="utf-8"))
    nodes, edges = cy["elements"]["nodes"], cy["elements"]["edges"]
    assert {n["data"]["id"] for n in nodes} == {n["id"] for n in data["nodes"]}
    assert len(edges) == len(data["links"]) and len({e["data"]["id"] for e in edges}) == len(edges)
    ids = {n["data"]["id"] for n in nodes}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    positions = html_positions(out)
    for n in nodes:
        assert n["data"]["label"] == n["data"]["name"] and n["data"]["color"].startswith("#")
        if n["data"]["id"] in positions:
            assert (n["position"]["x"], n["position"]["y"]) == positions[n["data"]["id"]]
    hospital = next(n["data"] for n in nodes if n["data"]["name"] == "大连医科大学附属第二医院")
    assert isinstance(hospital["aliases"], list) and "大二院" in hospital["aliases"]
    assert {s["selector"] for s in cy["style"]} == {"node", "edge"}


def test_jsonld_parses_to_the_triples_of_the_turtle(built):
    out, _ = built
    ld = Graph().parse(out / "graph.jsonld", format="json-ld")
    ttl = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(ld) == len(ttl) and set(ld) == set(ttl)
    doc = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["locatedIn"] == {"@id": "kg:locatedIn", "@type": "@id"}
    assert any(node.get("@type") == "Hospital" for node in doc["@graph"])


def rdflib_serializations(g: nx.MultiDiGraph) -> tuple[bytes, str]:
    """graph.ttl and graph.jsonld as rdflib wrote them before kg wrote them itself: its Turtle
    serializer, and its JSON-LD one compacted with kg's context and sorted."""
    integer = URIRef(turtle.XSD + "integer")
    rdf = Graph()
    for prefix in ("kg", "skos", "org", "prov", "dcterms", "id"):
        rdf.bind(prefix, turtle.PREFIXES[prefix])
    for s, props in turtle.triples(g).items():
        for p, objects in props.items():
            for o in objects:
                obj = (URIRef(o) if isinstance(o, str) else Literal(o, datatype=integer) if isinstance(o, int)
                       else Literal(o.value, lang=o.lang))
                rdf.add((URIRef(s), URIRef(p), obj))
    ttl = rdf.serialize(format="turtle", encoding="utf-8")
    ctx = jsonld.context()["@context"]
    doc = json.loads(rdf.serialize(format="json-ld", context=ctx, auto_compact=True))
    nodes = [{k: sorted(v, key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True))
              if isinstance(v, list) else v for k, v in node.items() if k != "@context"} for node in doc["@graph"]]
    out = {"@context": ctx, "@graph": sorted(nodes, key=lambda n: n["@id"])}
    return ttl, json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@pytest.mark.parametrize("graph", ["seeds", "hostile"])
def test_turtle_and_jsonld_are_the_bytes_rdflib_writes(built, graph, tmp_path):
    """kg writes both files itself (rdflib took a third of a build); they must stay what rdflib
    writes for the same triples, hostile strings (quotes, line breaks, backslashes) included."""
    from test_robustness import nasty_graph

    g = nodelink.read(built[0] / "graph.json") if graph == "seeds" else nasty_graph()
    ttl, ld = rdflib_serializations(g)
    turtle.write(g, tmp_path / "g.ttl")
    assert (tmp_path / "g.ttl").read_bytes() == f"# {turtle.COMMENT}\n".encode() + ttl
    assert jsonld.to_text(g) == ld


def test_the_jsonld_context_is_the_one_the_ontology_gives():
    assert jsonld.context() == jsonld.context_from_ontology(ROOT / "ontology" / "kg.ttl"), (
        "kg/export/context.jsonld is stale: python scripts/make_jsonld_context.py ontology/kg.ttl "
        "kg/export/context.jsonld")


def test_small_awkward_graph_round_trips_through_graphml_and_cytoscape(tmp_path):
    g = awkward_graph()
    graphml.write(g, tmp_path / "g.graphml")
    read = nx.read_graphml(tmp_path / "g.graphml")
    assert read.nodes["Hospital/甲医院"]["label"] == AWKWARD
    assert json.loads(read.nodes["Hospital/甲医院"]["aliases"]) == ["甲院", "x;y"]
    assert read.nodes["article:a.txt#0"]["mention_count"] == 0 and read.nodes["Hospital/甲医院"]["start"] == -1
    cy = cytoscape.to_data(g)
    assert {n["data"]["name"] for n in cy["elements"]["nodes"]} == {AWKWARD, "北京市", "标题, 带\"引号\""}


def test_every_format_has_a_writer_and_a_file():
    from kg.export import formats, writer

    assert tuple(writer.FORMATS) == formats.FORMATS == tuple(formats.FILES)


def test_kg_export_writes_each_new_format_as_the_build_does(built, tmp_path):
    out, _ = built
    for fmt, name in (("cytoscape", "graph.cyjs"), ("jsonld", "graph.jsonld"), ("graphml", "graph.graphml")):
        res = run_kg("export", str(out / "graph.json"), "--format", fmt, "-o", str(tmp_path / name))
        assert res.returncode == 0, res.stderr
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_exports_are_the_same_whatever_the_hash_seed(tmp_path):
    """Set order changes with PYTHONHASHSEED from one process to the next; no export may."""
    code = ("import sys; from pathlib import Path; from kg.export import nodelink; "
            "from kg.export.writer import write_all; "
            "write_all(nodelink.read(Path(sys.argv[1])), Path(sys.argv[2]), [])")
    for seed in ("1", "2"):
        res = subprocess.run([sys.executable, "-c", code, str(ROOT / "exports" / "graph.json"), str(tmp_path / seed)],
                             capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed})
        assert res.returncode == 0, res.stderr
    for path in sorted((tmp_path / "1").rglob("*")):
        if path.is_file():
            assert path.read_bytes() == (tmp_path / "2" / path.relative_to(tmp_path / "1")).read_bytes(), path.name


def test_reading_graph_json_back_gives_the_same_graph(built, tmp_path):
    out, _ = built
    g = nodelink.read(out / "graph.json")
    nodelink.write(g, tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == (out / "graph.json").read_bytes()


def test_the_fast_json_writer_writes_what_json_dumps_writes(built):
    """graph.json, graph.jsonld and graph.cyjs are written by kg.util.jsontext, which must give
    json.dumps(indent=1, sort_keys=True)'s bytes for every kind of value they hold."""
    import io

    from kg.util import jsontext

    values = {"s": 'é"\\\n\u2028<', "n": [0, -3, 2**70, 1.5, -0.0, 1e300, float("nan"), True, False, None],
              "empty": [{}, [], ()], "nested": {"b": [{"z": 1, "a": [()]}], "a": ("x",)}, "": "key"}
    data = nodelink.to_data(nodelink.read(built[0] / "graph.json"))
    for obj in (values, data):
        expected = json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True)
        assert jsontext.dumps(obj) == expected
        stream = io.StringIO()
        jsontext.dump(obj, stream)
        assert stream.getvalue() == expected
