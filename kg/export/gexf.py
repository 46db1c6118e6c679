"""graph.gexf (GEXF 1.2draft) for Gephi: every node and edge of graph.json, typed attributes, and
``viz`` colour, size and position, so that Gephi opens the picture of the HTML view.

Written directly rather than with networkx's writer, which emits ``<graph name="">`` (the
official schema rejects it) and a ``lastmodifieddate`` of today (two builds would differ).
Attributes have declared types and defaults, and every node and edge carries a value for each
(an article has no ``mention_count``: 0; an entity no ``source``: ""); lists (aliases, roles) are
JSON text; an edge's evidence is its sentences, one per line. Positions
are the HTML layout's with y turned up, as Gephi draws it.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

import networkx as nx

from kg.export.attrs import as_text, evidence_text, xml_safe
from kg.export.layout import drawing
from kg.export.style import edge_colour, rgb
from kg.schema import zh_label
from kg.util.files import write_atomic

NS = "http://www.gexf.net/1.2draft"
VIZ = "http://www.gexf.net/1.2draft/viz"
# (title, GEXF type, default) of each attribute; the id is the position
NODE_ATTRS = (("type", "string", ""), ("aliases", "string", "[]"), ("mention_count", "integer", "0"),
              ("code", "string", ""), ("inferred", "boolean", "false"), ("roles", "string", "[]"),
              ("source", "string", ""))
EDGE_ATTRS = (("rel", "string", ""), ("title", "string", ""), ("evidence", "string", ""))


def write(g: nx.MultiDiGraph, path: Path) -> None:
    ET.register_namespace("", NS)
    ET.register_namespace("viz", VIZ)
    root = ET.Element(f"{{{NS}}}gexf", version="1.2")
    meta = ET.SubElement(root, f"{{{NS}}}meta")
    ET.SubElement(meta, f"{{{NS}}}creator").text = "kg"
    ET.SubElement(meta, f"{{{NS}}}description").text = "卫生健康知识图谱 · Health-system knowledge graph"
    graph = ET.SubElement(root, f"{{{NS}}}graph", defaultedgetype="directed", mode="static")
    for cls, declared in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
        decl = ET.SubElement(graph, f"{{{NS}}}attributes", {"class": cls, "mode": "static"})
        for i, (title, kind, default) in enumerate(declared):
            attr = ET.SubElement(decl, f"{{{NS}}}attribute", id=str(i), title=title, type=kind)
            ET.SubElement(attr, f"{{{NS}}}default").text = default
    placed = drawing(g)
    nodes = ET.SubElement(graph, f"{{{NS}}}nodes")
    for n in sorted(g.nodes):
        d = g.nodes[n]
        el = ET.SubElement(nodes, f"{{{NS}}}node", id=n, label=str(d.get("name", n)))
        _values(el, {t: as_text(d.get(t)) for t, _, _ in NODE_ATTRS}, NODE_ATTRS)
        p = placed[n]
        r, gr, b = rgb(p.colour)
        ET.SubElement(el, f"{{{VIZ}}}color", r=str(r), g=str(gr), b=str(b))
        ET.SubElement(el, f"{{{VIZ}}}position", x=f"{p.x:.1f}", y=f"{-p.y:.1f}", z="0.0")
        ET.SubElement(el, f"{{{VIZ}}}size", value=f"{p.size:.1f}")
    edges = ET.SubElement(graph, f"{{{NS}}}edges")
    for i, (u, v, _k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])):
        rel = str(d.get("rel", ""))
        el = ET.SubElement(edges, f"{{{NS}}}edge", id=str(i), source=u, target=v,
                           label=zh_label(rel))
        values = {"rel": rel, "title": str(d.get("title", "")), "evidence": evidence_text(d.get("evidence", []))}
        _values(el, values, EDGE_ATTRS)
        r, gr, b = rgb(edge_colour(rel))
        ET.SubElement(el, f"{{{VIZ}}}color", r=str(r), g=str(gr), b=str(b))
    ET.indent(root)
    write_atomic(Path(path), ET.tostring(xml_safe(root), encoding="utf-8", xml_declaration=True) + b"\n")


def _values(el: ET.Element, values: dict[str, str | None], declared: tuple) -> None:
    """A value for every declared attribute, its default where the graph has none: readers that
    ignore declared defaults (networkx) still see every attribute."""
    box = ET.SubElement(el, f"{{{NS}}}attvalues")
    for i, (title, _, default) in enumerate(declared):
        value = values.get(title)
        ET.SubElement(box, f"{{{NS}}}attvalue", {"for": str(i), "value": default if value is None else value})
