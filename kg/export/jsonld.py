"""graph.jsonld: the RDF of graph.ttl as JSON-LD, for web developers and linked-data tools.

The triples are graph.ttl's (one ``turtle.triples``), so the two files parse to the same graph.
The ``@context`` is derived from ``ontology/kg.ttl``: its prefixes, a term for each kg class
(``Hospital``), each object property (``locatedIn``, valued by IRI) and each datatype property
(``start``, typed by its range); other vocabularies stay compact IRIs (``skos:prefLabel``). The
derived context ships with the package (``context.jsonld``) and a test checks it is current
(``python scripts/make_jsonld_context.py`` rewrites it). It is embedded in every export, so the
file needs nothing from the network.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.export.turtle import BASE, KG, TYPE, XSD, Object, Triples, triples
from kg.util import jsontext
from kg.util.files import write_text_atomic


def context() -> dict:
    """The shipped @context."""
    return json.loads(resources.files("kg.export").joinpath("context.jsonld").read_text(encoding="utf-8"))


def context_from_ontology(path: Path) -> dict:
    """The @context of the ontology at ``path`` (``ontology/kg.ttl``)."""
    from rdflib import OWL, RDF, RDFS, Graph  # only here: the exports themselves are written without rdflib

    onto = Graph(bind_namespaces="none").parse(path, format="turtle")  # only the file's own prefixes
    ctx: dict = {prefix: str(ns) for prefix, ns in sorted(onto.namespaces()) if prefix}
    ctx["id"] = BASE
    ctx["@language"] = "zh"  # names, titles and sentences are Chinese; other strings say so
    for kind, make in ((OWL.Class, lambda t: f"kg:{t}"),
                       (OWL.ObjectProperty, lambda t: {"@id": f"kg:{t}", "@type": "@id"})):
        for term in sorted(str(s)[len(str(KG)):] for s in onto.subjects(RDF.type, kind) if str(s).startswith(str(KG))):
            ctx[term] = make(term)
    for s in sorted(s for s in onto.subjects(RDF.type, OWL.DatatypeProperty) if str(s).startswith(str(KG))):
        term = str(s)[len(str(KG)):]
        ctx[term] = {"@id": f"kg:{term}"}
        rng = onto.value(s, RDFS.range)
        if rng is not None and str(rng).startswith(str(XSD)):
            ctx[term]["@type"] = f"xsd:{str(rng)[len(str(XSD)):]}"
    return {"@context": ctx}


def to_text(g: nx.MultiDiGraph, rdf: Triples | None = None) -> str:
    """JSON-LD text, sorted, so that the same graph gives the same bytes; ``rdf``: the graph's
    triples where the caller derived them already (for graph.ttl)."""
    ctx = context()["@context"]
    compact = _Compactor(ctx)
    nodes = [compact.node(s, props) for s, props in (triples(g) if rdf is None else rdf).items()]
    return jsontext.dumps({"@context": ctx, "@graph": sorted(nodes, key=lambda n: n["@id"])}) + "\n"


class _Compactor:
    """The compaction rdflib's JSON-LD serializer gives these triples with kg's context (the
    file's bytes are the ones it wrote; ``tests/test_exports.py`` compares the two): a property
    with a term is keyed by the term, others by a compact IRI (``skos:prefLabel``); an IRI is a
    string under a term typed ``@id`` and ``{"@id": …}`` elsewhere; names in the context's
    language are strings, other strings ``{"@value": …}``; an integer under a term typed
    xsd:integer is its digits as a string; several values are a list, sorted."""

    def __init__(self, ctx: dict) -> None:
        self.prefixes = {v: k for k, v in ctx.items() if isinstance(v, str) and v.endswith(("/", "#"))}
        self.language = ctx.get("@language")
        self.terms: dict[str, tuple[str, str | None]] = {}  # IRI → (term, its @type expanded)
        for name, value in ctx.items():
            if name.startswith("@") or (isinstance(value, str) and value.endswith(("/", "#"))):
                continue
            idref, kind = (value, None) if isinstance(value, str) else (value["@id"], value.get("@type"))
            self.terms[self.expand(idref)] = (name, kind if kind in (None, "@id") else self.expand(kind))

    def expand(self, name: str) -> str:
        prefix, _, local = name.partition(":")
        ns = next((ns for ns, p in self.prefixes.items() if p == prefix), None)
        return ns + local if ns is not None and local else name

    def shrink(self, iri: str) -> str:
        """``prefix:local`` where the IRI up to its last ``#`` (else ``/``) is a prefix."""
        at = iri.rfind("#")
        if at < 0:
            at = iri.rfind("/")
        prefix = self.prefixes.get(iri[:at + 1])
        return f"{prefix}:{iri[at + 1:]}" if prefix else iri

    def node(self, s: str, props: dict[str, set[Object]]) -> dict:
        node: dict = {"@id": self.shrink(s)}
        for p, objects in props.items():
            if p == TYPE:
                key, values = "@type", [self.terms[o][0] if o in self.terms else self.shrink(o) for o in objects]
            else:
                key, kind = self.terms.get(p, (self.shrink(p), None))
                values = [self.value(o, kind) for o in objects]
            node[key] = values[0] if len(values) == 1 else sorted(
                values, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
        return node

    def value(self, o: Object, kind: str | None) -> object:
        if isinstance(o, str):
            return self.shrink(o) if kind == "@id" else {"@id": self.shrink(o)}
        if isinstance(o, int):
            return str(o) if kind == XSD + "integer" else o
        return o.value if o.lang == self.language else {"@value": o.value}


def write(g: nx.MultiDiGraph, path: Path, rdf: Triples | None = None) -> None:
    write_text_atomic(Path(path), to_text(g, rdf))
