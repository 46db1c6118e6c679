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
from xml.etree import ElementTree as ET

import networkx as nx

from kg.export.attrs import as_text, evidence_text, xml_safe
from kg.export.layout import drawing
from kg.export.mark import COMMENT
from kg.export.style import edge_colour
from kg.export.style import shape as shape_of
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


def write(g: nx.MultiDiGraph, path: Path) -> None:
    ET.register_namespace("", NS)
    ET.register_namespace("y", Y)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(f"{{{NS}}}graphml", {f"{{{XSI}}}schemaLocation": SCHEMA})
    root.append(ET.Comment(f" {COMMENT} "))
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, kind, default in keys:
            key = ET.SubElement(root, f"{{{NS}}}key", {"id": f"{scope[0]}_{name}", "for": scope,
                                                      "attr.name": name, "attr.type": kind})
            ET.SubElement(key, f"{{{NS}}}default").text = default
    ET.SubElement(root, f"{{{NS}}}key", {"id": "n_graphics", "for": "node", "yfiles.type": "nodegraphics"})
    ET.SubElement(root, f"{{{NS}}}key", {"id": "e_graphics", "for": "edge", "yfiles.type": "edgegraphics"})
    graph = ET.SubElement(root, f"{{{NS}}}graph", id="kg", edgedefault="directed")
    placed = drawing(g)
    for n in sorted(g.nodes):
        d = g.nodes[n]
        el = ET.SubElement(graph, f"{{{NS}}}node", id=n)
        name = str(d.get("name", n))
        _data(el, "n", NODE_KEYS, {**d, "label": name, "name": name})
        _node_graphics(el, name, str(d.get("type", "")), placed[n])
    for i, (u, v, _k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])):
        el = ET.SubElement(graph, f"{{{NS}}}edge", id=f"e{i}", source=u, target=v)
        rel = str(d.get("rel", ""))
        label = zh_label(rel)
        _data(el, "e", EDGE_KEYS, {**d, "label": label, "evidence_text": evidence_text(d.get("evidence", []))})
        _edge_graphics(el, label, edge_colour(rel))
    ET.indent(root)
    write_atomic(Path(path), ET.tostring(xml_safe(root), encoding="utf-8", xml_declaration=True) + b"\n")


def _data(el: ET.Element, prefix: str, keys: tuple, values: dict) -> None:
    for name, _kind, default in keys:
        text = as_text(values.get(name))
        ET.SubElement(el, f"{{{NS}}}data", key=f"{prefix}_{name}").text = default if text is None else text


def _node_graphics(el: ET.Element, name: str, entity_type: str, p) -> None:
    box = ET.SubElement(el, f"{{{NS}}}data", key="n_graphics")
    shape = ET.SubElement(box, f"{{{Y}}}ShapeNode")
    side = 2 * p.size
    ET.SubElement(shape, f"{{{Y}}}Geometry", height=f"{side:.1f}", width=f"{side:.1f}",
                  x=f"{p.x - p.size:.1f}", y=f"{p.y - p.size:.1f}")
    ET.SubElement(shape, f"{{{Y}}}Fill", color=p.colour, transparent="false")
    ET.SubElement(shape, f"{{{Y}}}BorderStyle", color="#FFFFFF", type="line", width="1.0")
    ET.SubElement(shape, f"{{{Y}}}NodeLabel", modelName="sandwich", modelPosition="s",
                  fontFamily="Noto Sans CJK SC", fontSize="12").text = name
    vis_shape = shape_of(entity_type)
    ET.SubElement(shape, f"{{{Y}}}Shape", type=YED_SHAPES[vis_shape] if vis_shape else "roundrectangle")


def _edge_graphics(el: ET.Element, label: str, colour: str) -> None:
    box = ET.SubElement(el, f"{{{NS}}}data", key="e_graphics")
    line = ET.SubElement(box, f"{{{Y}}}PolyLineEdge")
    ET.SubElement(line, f"{{{Y}}}LineStyle", color=colour, type="line", width="1.0")
    ET.SubElement(line, f"{{{Y}}}Arrows", source="none", target="standard")
    ET.SubElement(line, f"{{{Y}}}EdgeLabel", fontFamily="Noto Sans CJK SC", fontSize="10").text = label
