"""graph.ttl: the graph as RDF (Turtle) under one base IRI, with labels and provenance.

IRIs: ``BASE/place/<GB/T 2260 code>``, ``BASE/country/<ISO alpha-2>``, other entities
``BASE/entity/<hash of the node id>``, articles ``BASE/article/<hash>``, positions
``BASE/position/<hash>``; so they are stable across runs and safe in any parser. Names are
``skos:prefLabel``/``rdfs:label`` ``@zh``, aliases ``skos:altLabel``. A holdsPosition fact is
also an ``org:Membership`` node carrying the title as ``org:role``. Every entity is linked
from the articles that mention it (``dcterms:references``), and every relation is reified as
an ``rdf:Statement`` derived (``prov:wasDerivedFrom``) from its articles, with one
``kg:Evidence`` node per sentence it was read from (``kg:evidence``: the article, the sentence
and its character offsets, kept together when a fact is stated more than once); a place's
parent is derived from the GB/T 2260 code table
(``BASE/source/gb-t-2260``). ``ontology/kg.ttl`` declares the vocabulary, ``ontology/shapes.ttl``
what a valid graph has.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import networkx as nx
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV

from kg.export.mark import COMMENT
from kg.util.files import open_atomic
from kg.util.keys import ARTICLE, COUNTRY, PLACE, article_key, parse

BASE = "https://w3id.org/kg-health-cn/"
KG = Namespace(BASE + "ontology#")
ID = Namespace(BASE)
GAZETTEER = ID["source/gb-t-2260"]  # where the place hierarchy comes from


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def iri(node: str) -> URIRef:
    key = parse(node)
    if key.kind == PLACE:
        return ID["place/" + key.value.replace("/", "-" + _hash(node) + "-")[:40]]
    if key.kind == COUNTRY:
        return ID["country/" + key.value]
    if key.kind == ARTICLE:
        return ID["article/" + _hash(node)]
    return ID["entity/" + _hash(node)]


def to_rdf(g: nx.MultiDiGraph) -> Graph:
    rdf = Graph()
    for prefix, ns in (("kg", KG), ("skos", SKOS), ("org", ORG), ("prov", PROV),
                       ("dcterms", DCTERMS), ("id", ID)):
        rdf.bind(prefix, ns)
    for n in sorted(g.nodes):
        d = g.nodes[n]
        s = iri(n)
        rdf.add((s, RDF.type, KG[d["type"]]))
        label = Literal(d.get("name", ""), lang="zh")
        rdf.add((s, SKOS.prefLabel, label))
        rdf.add((s, RDFS.label, label))
        for a in d.get("aliases", []):
            rdf.add((s, SKOS.altLabel, Literal(a, lang="zh")))
        if str(d.get("code", "")).isdigit():  # not 360731/铁山镇: a township the code table lacks
            rdf.add((s, KG.code, Literal(d["code"])))
        if d.get("type") == "Article":
            rdf.add((s, DCTERMS.title, Literal(d.get("name", ""), lang="zh")))
            rdf.add((s, DCTERMS.source, Literal(d.get("source", ""))))
    rdf.add((GAZETTEER, RDF.type, PROV.Entity))
    rdf.add((GAZETTEER, DCTERMS.title, Literal("GB/T 2260 中华人民共和国行政区划代码", lang="zh")))
    for u, v, _k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        rel = d["rel"]
        if rel == "mentions":
            rdf.add((iri(u), DCTERMS.references, iri(v)))
            continue
        rdf.add((iri(u), KG[rel], iri(v)))
        stmt = ID["statement/" + _hash(f"{u}|{rel}|{v}")]
        rdf.add((stmt, RDF.type, RDF.Statement))
        rdf.add((stmt, RDF.subject, iri(u)))
        rdf.add((stmt, RDF.predicate, KG[rel]))
        rdf.add((stmt, RDF.object, iri(v)))
        if d.get("title"):
            rdf.add((stmt, KG.title, Literal(d["title"], lang="zh")))
            pos = ID["position/" + _hash(f"{u}|{v}")]
            rdf.add((pos, RDF.type, ORG.Membership))
            rdf.add((pos, ORG.member, iri(u)))
            rdf.add((pos, ORG.organization, iri(v)))
            rdf.add((pos, ORG.role, Literal(d["title"], lang="zh")))
        if not d.get("evidence"):  # a place's parent, from the code table rather than the text
            rdf.add((stmt, PROV.wasDerivedFrom, GAZETTEER))
        for ev in d.get("evidence", []):
            article = iri(article_key(ev["article"]))
            node = ID["evidence/" + _hash(f"{u}|{rel}|{v}|{ev['article']}|{ev['start']}")]
            rdf.add((stmt, PROV.wasDerivedFrom, article))
            rdf.add((stmt, KG.evidence, node))
            rdf.add((node, RDF.type, KG.Evidence))
            rdf.add((node, PROV.wasDerivedFrom, article))
            rdf.add((node, KG.sentence, Literal(ev["sentence"], lang="zh")))
            rdf.add((node, KG.start, Literal(ev["start"], datatype=XSD.integer)))
            rdf.add((node, KG.end, Literal(ev["end"], datatype=XSD.integer)))
    return rdf


def write(g: nx.MultiDiGraph, path: Path) -> None:
    with open_atomic(Path(path)) as out:  # rdflib streams the serialization into the file
        out.write(f"# {COMMENT}\n".encode())
        to_rdf(g).serialize(destination=out, format="turtle", encoding="utf-8")
