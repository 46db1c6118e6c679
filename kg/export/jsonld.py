"""graph.jsonld: the RDF of graph.ttl as JSON-LD, for web developers and linked-data tools.

The triples are graph.ttl's (one ``turtle.to_rdf``), so the two files parse to the same graph.
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
from rdflib import OWL, RDF, RDFS, XSD, Graph

from kg.export.turtle import BASE, KG, to_rdf
from kg.util.files import write_text_atomic


def context() -> dict:
    """The shipped @context."""
    return json.loads(resources.files("kg.export").joinpath("context.jsonld").read_text(encoding="utf-8"))


def context_from_ontology(path: Path) -> dict:
    """The @context of the ontology at ``path`` (``ontology/kg.ttl``)."""
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


def to_text(g: nx.MultiDiGraph) -> str:
    """JSON-LD text, sorted, so that the same graph gives the same bytes."""
    ctx = context()
    doc = json.loads(to_rdf(g).serialize(format="json-ld", context=ctx["@context"], auto_compact=True))
    nodes = doc.get("@graph", [doc] if "@id" in doc else [])
    nodes = [{k: _sorted(v) for k, v in node.items() if k != "@context"} for node in nodes]
    out = {"@context": ctx["@context"], "@graph": sorted(nodes, key=lambda n: n.get("@id", ""))}
    return json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _sorted(value):
    """Property values in a fixed order (rdflib lists them in its store's order)."""
    if isinstance(value, list):
        return sorted(value, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def write(g: nx.MultiDiGraph, path: Path) -> None:
    write_text_atomic(Path(path), to_text(g))
