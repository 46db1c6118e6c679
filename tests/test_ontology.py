"""The ontology (ontology/kg.ttl) declares the graph's vocabulary, in Chinese and English."""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef

from kg.export import turtle
from kg.schema import COARSE, RELATIONS, labels

ROOT = Path(__file__).resolve().parents[1]
KG = Namespace(turtle.KG)


def _ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")


def _labelled(g: Graph, term: URIRef) -> bool:
    langs = {lit.language for lit in g.objects(term, RDFS.label)}
    return {"zh", "en"} <= langs and any(True for _ in g.objects(term, RDFS.comment))


def test_every_entity_type_is_a_labelled_class():
    g = _ontology()
    for type_ in [*COARSE, "Article"]:
        assert (KG[type_], RDF.type, OWL.Class) in g, type_
        assert _labelled(g, KG[type_]), type_


def test_every_relation_is_a_labelled_object_property():
    g = _ontology()
    for rel in RELATIONS:
        assert (KG[rel], RDF.type, OWL.ObjectProperty) in g, rel
        assert _labelled(g, KG[rel]), rel
    assert (KG.cooperatesWith, RDF.type, OWL.SymmetricProperty) in g


def test_the_labels_the_html_view_shows_are_the_ontologys():
    g = _ontology()
    for term, (zh, en) in labels().items():
        found = {lit.language: str(lit) for lit in g.objects(KG[term], RDFS.label)}
        assert found == {"zh": zh, "en": en}, term
    assert set(labels()) == set(COARSE) | RELATIONS


def test_the_export_uses_only_declared_terms():
    g = _ontology()
    declared = {s for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG))}
    data = Graph().parse(ROOT / "exports" / "graph.ttl", format="turtle")
    used = {t for triple in data for t in triple if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    assert used <= declared, sorted(used - declared)


def _conforms(data: Graph) -> tuple[bool, str]:
    from pyshacl import validate

    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")
    conforms, _, text = validate(data, shacl_graph=shapes, ont_graph=_ontology(), inference="none")
    return conforms, text


def test_the_exported_graph_conforms_to_the_shapes():
    conforms, text = _conforms(Graph().parse(ROOT / "exports" / "graph.ttl", format="turtle"))
    assert conforms, text[:2000]


def test_the_shapes_reject_a_fact_without_a_source_and_a_position_without_a_title():
    from rdflib.namespace import ORG, PROV

    data = Graph().parse(ROOT / "exports" / "graph.ttl", format="turtle")
    fact = next(data.subjects(RDF.type, RDF.Statement))
    data.remove((fact, PROV.wasDerivedFrom, None))
    position = next(data.subjects(RDF.type, ORG.Membership))
    data.remove((position, ORG.role, None))
    conforms, text = _conforms(data)
    assert not conforms
    assert "a fact has a source" in text and "a position has a title" in text


def _owl_rl_errors(data: Graph) -> list[str]:
    import owlrl
    from owlrl.Namespaces import ERRNS

    closure = _ontology()
    for triple in data:
        closure.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)
    return sorted(str(m) for m in closure.objects(None, ERRNS.error))


def test_the_ontology_and_the_graph_are_consistent_under_owl_rl():
    assert _owl_rl_errors(Graph().parse(ROOT / "exports" / "graph.ttl", format="turtle")) == []


def test_owl_rl_flags_a_person_who_is_also_a_hospital():
    data = Graph().parse(ROOT / "exports" / "graph.ttl", format="turtle")
    person = next(data.subjects(RDF.type, KG.Person))
    data.add((person, RDF.type, KG.Hospital))
    assert _owl_rl_errors(data)


def test_graph_ttl_parses_to_the_same_triples_in_rdflib_and_pyoxigraph():
    import pyoxigraph

    store = pyoxigraph.Store()
    with (ROOT / "exports" / "graph.ttl").open("rb") as f:
        store.load(f, format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(Graph().parse(ROOT / "exports" / "graph.ttl", format="turtle"))
