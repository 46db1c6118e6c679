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

Written here, not by rdflib: rdflib's serializer spent a third of a whole build building a
second in-memory graph and looking up a prefixed name 600,000 times on 120 pages. The
triples are plain strings, tuples and ints (``triples``), and the file is the one rdflib's
Turtle serializer writes for them, byte for byte (subjects by how often they are referred to,
then IRI; ``a`` and ``rdfs:label`` first; objects sorted; prefixes that are used, sorted), so
exports did not change; ``tests/test_exports.py`` compares the two on a build.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import IO, NamedTuple

import networkx as nx

from kg.export.mark import COMMENT
from kg.util.files import open_atomic
from kg.util.keys import ARTICLE, COUNTRY, PLACE, article_key, parse

BASE = "https://w3id.org/kg-health-cn/"
KG = BASE + "ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
PREFIXES = {"kg": KG, "skos": SKOS, "org": ORG, "prov": PROV, "dcterms": DCTERMS, "id": BASE, "rdf": RDF,
            "rdfs": RDFS, "xsd": XSD}
TYPE, LABEL = RDF + "type", RDFS + "label"
GAZETTEER = BASE + "source/gb-t-2260"  # where the place hierarchy comes from


class Text(NamedTuple):
    """A string literal: ``lang`` "zh" or None (plain). An ``int`` object is an xsd:integer and a
    ``str`` object an IRI."""

    value: str
    lang: str | None = None


Object = str | Text | int
Triples = dict[str, dict[str, set[Object]]]  # subject → predicate → objects


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def iri(node: str) -> str:
    key = parse(node)
    if key.kind == PLACE:
        return BASE + "place/" + key.value.replace("/", "-" + _hash(node) + "-")[:40]
    if key.kind == COUNTRY:
        return BASE + "country/" + key.value
    if key.kind == ARTICLE:
        return BASE + "article/" + _hash(node)
    return BASE + "entity/" + _hash(node)


def triples(g: nx.MultiDiGraph) -> Triples:
    """The RDF of ``g`` (a set of triples, grouped by subject and predicate)."""
    out: Triples = defaultdict(lambda: defaultdict(set))
    iris: dict[str, str] = {}

    def of(node: str) -> str:
        if node not in iris:
            iris[node] = iri(node)
        return iris[node]

    def add(s: str, p: str, o: Object) -> None:
        out[s][p].add(o)

    for n in sorted(g.nodes):
        d = g.nodes[n]
        s = of(n)
        add(s, TYPE, KG + d["type"])
        label = Text(d.get("name", ""), "zh")
        add(s, SKOS + "prefLabel", label)
        add(s, LABEL, label)
        for a in d.get("aliases", []):
            add(s, SKOS + "altLabel", Text(a, "zh"))
        if str(d.get("code", "")).isdigit():  # not 360731/铁山镇: a township the code table lacks
            add(s, KG + "code", Text(str(d["code"])))
        if d.get("type") == "Article":
            add(s, DCTERMS + "title", Text(d.get("name", ""), "zh"))
            add(s, DCTERMS + "source", Text(d.get("source", "")))
    add(GAZETTEER, TYPE, PROV + "Entity")
    add(GAZETTEER, DCTERMS + "title", Text("GB/T 2260 中华人民共和国行政区划代码", "zh"))
    for u, v, _k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        rel = d["rel"]
        if rel == "mentions":
            add(of(u), DCTERMS + "references", of(v))
            continue
        add(of(u), KG + rel, of(v))
        stmt = BASE + "statement/" + _hash(f"{u}|{rel}|{v}")
        add(stmt, TYPE, RDF + "Statement")
        add(stmt, RDF + "subject", of(u))
        add(stmt, RDF + "predicate", KG + rel)
        add(stmt, RDF + "object", of(v))
        if d.get("title"):
            add(stmt, KG + "title", Text(d["title"], "zh"))
            pos = BASE + "position/" + _hash(f"{u}|{v}")
            add(pos, TYPE, ORG + "Membership")
            add(pos, ORG + "member", of(u))
            add(pos, ORG + "organization", of(v))
            add(pos, ORG + "role", Text(d["title"], "zh"))
        if not d.get("evidence"):  # a place's parent, from the code table rather than the text
            add(stmt, PROV + "wasDerivedFrom", GAZETTEER)
        for ev in d.get("evidence", []):
            article = of(article_key(ev["article"]))
            node = BASE + "evidence/" + _hash(f"{u}|{rel}|{v}|{ev['article']}|{ev['start']}")
            add(stmt, PROV + "wasDerivedFrom", article)
            add(stmt, KG + "evidence", node)
            add(node, TYPE, KG + "Evidence")
            add(node, PROV + "wasDerivedFrom", article)
            add(node, KG + "sentence", Text(ev["sentence"], "zh"))
            add(node, KG + "start", int(ev["start"]))
            add(node, KG + "end", int(ev["end"]))
    return out


def order(o: Object) -> tuple:
    """rdflib's order of objects: IRIs before literals, integers before strings, plain strings
    before tagged ones, then by value."""
    if isinstance(o, str):
        return (0, o)
    if isinstance(o, int):
        return (1, 0, o)
    return (1, 1, o.lang is not None, o.lang or "", o.value)


def predicates(props: dict[str, set[Object]]) -> list[str]:
    """rdf:type, then rdfs:label, then the rest by IRI (rdflib's order)."""
    return [p for p in (TYPE, LABEL) if p in props] + sorted(p for p in props if p not in (TYPE, LABEL))


_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_NAMESPACES = {ns: prefix for prefix, ns in PREFIXES.items()}


def _pname(iri: str) -> str | None:
    """``prefix:local`` where ``iri`` is a name in a bound namespace, else None (written ``<…>``):
    entity IRIs end in a path under ``id:``, which Turtle could not abbreviate without escapes."""
    cut = max(iri.rfind("#"), iri.rfind("/")) + 1
    prefix = _NAMESPACES.get(iri[:cut])
    return f"{prefix}:{iri[cut:]}" if prefix and _LOCAL.match(iri, cut) else None


def _quoted(text: str) -> str:
    """A string as rdflib quotes it: long quotes when it holds a line break."""
    if "\n" in text:
        encoded = text.replace("\\", "\\\\")
        if '"""' in text:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"' and encoded[-2] != "\\":
            encoded = encoded[:-1] + '\\"'
        return '"""' + encoded.replace("\r", "\\r") + '"""'
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r") + '"'


def write_turtle(rdf: Triples, out: IO[bytes]) -> None:
    """Stream ``rdf`` as Turtle into ``out``, one subject block at a time."""
    names: dict[str, str] = {}
    used: set[str] = set()
    refs: Counter[str] = Counter()
    for s, props in rdf.items():
        for p, objects in props.items():
            for o in objects:
                if isinstance(o, str):
                    refs[o] += 1
                elif isinstance(o, int):
                    used.add("xsd")  # rdflib declares the prefix of a literal's datatype
            for term in (s, *(o for o in objects if isinstance(o, str)), *((p,) if p != TYPE else ())):
                if term not in names:
                    pname = _pname(term)
                    names[term] = pname or f"<{term}>"
                    if pname:
                        used.add(pname.split(":", 1)[0])
    names[TYPE] = "a"

    def term(o: Object) -> str:
        if isinstance(o, str):
            return names[o]
        if isinstance(o, int):
            return str(o)
        return _quoted(o.value) + (f"@{o.lang}" if o.lang else "")

    out.write("".join(f"@prefix {p}: <{PREFIXES[p]}> .\n" for p in sorted(used)).encode())
    for s in sorted(rdf, key=lambda s: (refs[s], s)):
        props = rdf[s]
        lines = [names[p] + " " + ",\n        ".join(term(o) for o in sorted(props[p], key=order))
                 for p in predicates(props)]
        out.write(("\n" + names[s] + " " + " ;\n    ".join(lines) + " .\n").encode("utf-8", "replace"))
    out.write(b"\n")


def write(g: nx.MultiDiGraph, path: Path, rdf: Triples | None = None) -> None:
    """graph.ttl of ``g``; ``rdf``: its triples where the caller derived them already."""
    with open_atomic(Path(path)) as out:
        out.write(f"# {COMMENT}\n".encode())
        write_turtle(triples(g) if rdf is None else rdf, out)
