"""graph.cyjs: Cytoscape.js JSON (``elements`` with ``data`` and ``position``, and a ``style``),
which ``cy.json(...)`` loads in a web page and Cytoscape (desktop) imports as a network.

Every node and edge of graph.json, with its attributes as JSON values (lists stay lists), plus
what draws it as the HTML view does: ``label``, ``color``, ``shape``, ``size`` and the layout's
position. Cytoscape (desktop) labels nodes by ``name``, which is the entity's name.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export.layout import Placed, drawing
from kg.export.style import edge_colour, shape
from kg.schema import zh_label
from kg.util import jsontext
from kg.util.files import write_text_atomic

# vis-network's shape names in Cytoscape.js
CY_SHAPES = {"square": "rectangle", "dot": "ellipse", "diamond": "diamond", "triangle": "triangle",
             "star": "star"}
STYLE = [
    {"selector": "node", "style": {"label": "data(label)", "background-color": "data(color)", "shape": "data(shape)",
                                   "width": "data(diameter)", "height": "data(diameter)", "font-size": 10,
                                   "text-valign": "bottom", "text-margin-y": 3}},
    {"selector": "edge", "style": {"label": "data(label)", "line-color": "data(color)", "width": 1.2,
                                   "target-arrow-shape": "triangle", "target-arrow-color": "data(color)",
                                   "curve-style": "bezier", "font-size": 8, "text-rotation": "autorotate"}},
]


def to_data(g: nx.MultiDiGraph, placed: dict[str, Placed] | None = None) -> dict:
    placed = drawing(g) if placed is None else placed
    nodes = []
    for n in sorted(g.nodes):
        d = g.nodes[n]
        p = placed[n]
        vis_shape = shape(str(d.get("type", "")))
        data = {**d, "id": n, "name": d.get("name", n), "label": d.get("name", n), "color": p.colour,
                "shape": CY_SHAPES[vis_shape] if vis_shape else "round-rectangle", "diameter": round(2 * p.size, 1)}
        nodes.append({"data": data, "position": {"x": p.x, "y": p.y}})
    edges = []
    for i, (u, v, _k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])):
        rel = str(d.get("rel", ""))
        edges.append({"data": {**d, "id": f"e{i}", "source": u, "target": v, "interaction": rel,
                               "label": zh_label(rel), "color": edge_colour(rel)}})
    return {"format_version": "1.0", "generated_by": "kg", "target_cytoscapejs_version": "~3",
            "data": {"name": "卫生健康知识图谱 · Health-system knowledge graph"},
            "elements": {"nodes": nodes, "edges": edges}, "style": STYLE}


def write(g: nx.MultiDiGraph, path: Path, placed: dict[str, Placed] | None = None) -> None:
    """``placed``: the drawing, when the caller has it already (``writer.write_all``)."""
    write_text_atomic(Path(path), jsontext.dumps(to_data(g, placed)) + "\n")
