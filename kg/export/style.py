"""How the graph looks, in every export that draws it: colour and shape by entity type, colour by
relation, size by mentions and relations.

Why one module: the HTML view, Gephi (GEXF ``viz``), yEd (GraphML graphics) and Cytoscape.js
should show one picture, so an analyst who moves between them recognises it.
"""

from __future__ import annotations

import math

from kg.schema import COARSE

# places in blues, care providers in reds, agencies in purples, initiatives in greens and
# oranges, people in grey; articles (provenance, not drawn in the HTML view) in light grey
COLOURS = {"Province": "#1f5fa8", "City": "#3d85c6", "County": "#6fa8dc", "Township": "#9fc5e8",
           "Country": "#17a2b8", "Hospital": "#d62728", "PrimaryCareFacility": "#ff8a80",
           "PublicHealthAgency": "#e377c2", "GovernmentAgency": "#7b52ab", "University": "#8c564b",
           "Organization": "#b08d7a", "MedicalAlliance": "#2ca02c", "AidTeam": "#76c043",
           "Program": "#ff7f0e", "Event": "#f4b400", "Policy": "#9e9d24", "Person": "#5f6368",
           "Article": "#cfd4da"}
UNKNOWN_COLOUR = "#999999"
# shape of each coarse group, so that type reads without colour too
SHAPES = {"Place": "square", "Organization": "dot", "Initiative": "diamond", "Policy": "triangle",
          "Person": "star"}
EDGE_COLOURS = {"locatedIn": "#9fc5e8", "partOf": "#6fa8dc", "holdsPosition": "#5f6368",
                "affiliatedWith": "#8c564b", "memberOf": "#2ca02c", "leads": "#1b7a1b",
                "organizes": "#f4b400", "dispatches": "#76c043", "servesIn": "#ff7f0e",
                "assists": "#d62728", "cooperatesWith": "#e377c2", "issues": "#9e9d24",
                "mentions": "#e3e6e9"}
# the legend's order: the place hierarchy, then organizations, people and initiatives
RELATION_ORDER = ("partOf", "locatedIn", "affiliatedWith", "memberOf", "holdsPosition", "leads", "organizes",
                  "dispatches", "servesIn", "assists", "cooperatesWith", "issues")


def colour(entity_type: str) -> str:
    return COLOURS.get(entity_type, UNKNOWN_COLOUR)


def edge_colour(rel: str) -> str:
    return EDGE_COLOURS.get(rel, UNKNOWN_COLOUR)


def shape(entity_type: str) -> str | None:
    """The vis-network shape of a type's group (each export maps it to its own names); None
    for a type outside the schema (articles)."""
    group = COARSE.get(entity_type)
    return SHAPES[group] if group else None


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """#rrggbb as three 0–255 channels (GEXF's viz:color)."""
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def node_size(mentions: int, degree: int) -> float:
    """Radius in pixels: grows with the square root of how often an entity is mentioned and how
    many relations it has, so hubs stand out without swamping the page."""
    return round(min(40.0, 8 + 4 * math.sqrt(mentions + degree)), 1)
