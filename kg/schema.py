"""The graph's entity types, their coarse groups and its relations, as in ../shared/eval/SCHEMA.md.

One definition, imported by the components, the resolver and the exports.
"""

from __future__ import annotations

from functools import cache

COARSE: dict[str, str] = {
    "Province": "Place", "City": "Place", "County": "Place", "Township": "Place", "Country": "Place",
    "Hospital": "Organization", "PrimaryCareFacility": "Organization",
    "PublicHealthAgency": "Organization", "GovernmentAgency": "Organization",
    "University": "Organization", "Organization": "Organization",
    "MedicalAlliance": "Initiative", "AidTeam": "Initiative", "Program": "Initiative",
    "Event": "Initiative", "Policy": "Policy", "Person": "Person",
}


def types_in(group: str) -> frozenset[str]:
    """The entity types of one coarse group (Place, Organization, Initiative, Policy, Person)."""
    return frozenset(t for t, g in COARSE.items() if g == group)


RELATIONS: frozenset[str] = frozenset({
    "locatedIn", "partOf", "holdsPosition", "affiliatedWith", "memberOf", "leads", "organizes",
    "dispatches", "servesIn", "assists", "cooperatesWith", "issues"})
SYMMETRIC = frozenset({"cooperatesWith"})  # annotated once, read both ways
HIERARCHICAL = frozenset({"locatedIn", "partOf"})  # a place up or down the hierarchy also fits

PLACES = types_in("Place")
ORGANIZATIONS = types_in("Organization")
INITIATIVES = types_in("Initiative")


@cache
def labels() -> dict[str, tuple[str, str]]:
    """The Chinese and English label of each entity type and relation (``kg/lexicons/labels.tsv``,
    which states ontology/kg.ttl's labels for code that runs without the ontology at hand)."""
    from kg.lexicons.loader import load  # the loader checks types against this module

    return {row["term"]: (row["zh"], row["en"]) for row in load("labels.tsv").entries}


def zh_label(term: str) -> str:
    """The Chinese label of a type or relation, the term itself when it has none (mentions)."""
    return labels().get(term, (term, term))[0]
