"""graph.graphml for yEd and Cytoscape: every node and edge of graph.json, every attribute a
declared, typed key with a default, and yEd's own graphics so that it opens the HTML view's
picture.

Conventions, the same for every element so that no reader meets a missing value:
- ``label`` is the Chinese name of a node and the Chinese name of an edge's relation (任职于);
  ``name`` is the node's name too, because Cytoscape labels nodes by ``name``;
- ``type``, ``rel``, ``title``, ``code``, ``source`` are strings, "" where they do not apply;
- lists (aliases, roles, mentions, evidence) are JSON text, "[]" when empty; an edge's
  ``evidence_text`` is its sentences, one per line, for tools that show one string;
- ``mention_count`` is an int (0 for articles); an article's ``index``, ``start`` and ``end``
  are ints, -1 on entities, which have none.

Written directly (not with networkx's writer) to declare defaults and to add the yFiles
``nodegraphics``/``edgegraphics`` data that yEd draws: position, size, colour, shape, label.
Readers that do not know yFiles (Cytoscape, igraph, networkx) skip or read it harmlessly.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export.attrs import as_text, evidence_text
from kg.export.layout import Placed, drawing
from kg.export.mark import COMMENT
from kg.export.style import edge_colour
from kg.export.style import shape as shape_of
from kg.export.xmltext import XmlText
from kg.schema import zh_label
from kg.util.files import write_atomic

NS = "http://graphml.graphdrawing.org/xmlns"
Y = "http://www.yworks.com/xml/graphml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
# (name, GraphML type, default) of each key
NODE_KEYS = (("label", "string", ""), ("name", "string", ""), ("type", "string", ""),
             ("aliases", "string", "[]"), ("mention_count", "int", "0"), ("code", "string", ""),
             ("inferred", "boolean", "false"), ("roles", "string", "[]"), ("mentions", "string", "[]"),
             ("source", "string", ""), ("index", "int", "-1"), ("start", "int", "-1"), ("end", "int", "-1"))
EDGE_KEYS = (("label", "string", ""), ("rel", "string", ""), ("title", "string", ""),
             ("evidence", "string", "[]"), ("evidence_text", "string", ""))
YED_SHAPES = {"square": "rectangle", "dot": "ellipse", "diamond": "diamond", "triangle": "triangle",
              "star": "star5"}


def write(g: nx.MultiDiGraph, path: Path, placed: dict[str, Placed] | None = None) -> None:
    """``placed``: the drawing, when the caller has it already (``writer.write_all``)."""
    x = XmlText()
    x.start("graphml", (("xmlns", NS), ("xmlns:xsi", XSI), ("xmlns:y", Y), ("xsi:schemaLocation", SCHEMA)))
    x.comment(f" {COMMENT} ")
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind, default in keys:
            x.start("key", (("id", f"{scope[0]}_{name}"), ("for", scope), ("attr.name", name),
                            ("attr.type", kind)))
            x.leaf("default", (), default)
            x.end()
    x.leaf("key", (("id", "n_graphics"), ("for", "node"), ("yfiles.type", "nodegraphics")))
    x.leaf("key", (("id", "e_graphics"), ("for", "edge"), ("yfiles.type", "edgegraphics")))
    x.start("graph", (("id", "kg"), ("edgedefault", "directed")))
    placed = drawing(g) if placed is None else placed
    for n in sorted(g.nodes):
        d = g.nodes[n]
        x.start("node", (("id", n),))
        name = str(d.get("name", n))
        _data(x, "n", NODE_KEYS, {**d, "label": name, "name": name})
        _node_graphics(x, name, str(d.get("type", "")), placed[n])
        x.end()
    for i, (u, v, _k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])):
        x.start("edge", (("id", f"e{i}"), ("source", u), ("target", v)))
        rel = str(d.get("rel", ""))
        label = zh_label(rel)
        _data(x, "e", EDGE_KEYS, {**d, "label": label, "evidence_text": evidence_text(d.get("evidence", []))})
        _edge_graphics(x, label, edge_colour(rel))
        x.end()
    x.end()
    x.end()
    write_atomic(Path(path), x.bytes())


def _data(x: XmlText, prefix: str, keys: tuple, values: dict) -> None:
    for name, _kind, default in keys:
        text = as_text(values.get(name))
        x.leaf("data", (("key", f"{prefix}_{name}"),), default if text is None else text)


def _node_graphics(x: XmlText, name: str, entity_type: str, p: Placed) -> None:
    x.start("data", (("key", "n_graphics"),))
    x.start("y:ShapeNode")
    side = 2 * p.size
    x.leaf("y:Geometry", (("height", f"{side:.1f}"), ("width", f"{side:.1f}"),
                          ("x", f"{p.x - p.size:.1f}"), ("y", f"{p.y - p.size:.1f}")))
    x.leaf("y:Fill", (("color", p.colour), ("transparent", "false")))
    x.leaf("y:BorderStyle", (("color", "#FFFFFF"), ("type", "line"), ("width", "1.0")))
    x.leaf("y:NodeLabel", (("modelName", "sandwich"), ("modelPosition", "s"),
                           ("fontFamily", "Noto Sans CJK SC"), ("fontSize", "12")), name)
    vis_shape = shape_of(entity_type)
    x.leaf("y:Shape", (("type", YED_SHAPES[vis_shape] if vis_shape else "roundrectangle"),))
    x.end()
    x.end()


def _edge_graphics(x: XmlText, label: str, colour: str) -> None:
    x.start("data", (("key", "e_graphics"),))
    x.start("y:PolyLineEdge")
    x.leaf("y:LineStyle", (("color", colour), ("type", "line"), ("width", "1.0")))
    x.leaf("y:Arrows", (("source", "none"), ("target", "standard")))
    x.leaf("y:EdgeLabel", (("fontFamily", "Noto Sans CJK SC"), ("fontSize", "10")), label)
    x.end()
    x.end()
