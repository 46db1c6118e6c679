"""graph.gexf (GEXF 1.2draft) for Gephi, written directly so that it is deterministic (no
``lastmodifieddate``) and valid against the official schema (no empty ``name``)."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

import networkx as nx

from kg.export.attrs import flat

NS = "http://www.gexf.net/1.2draft"
NODE_ATTRS = ("type", "aliases", "mention_count", "code")
EDGE_ATTRS = ("rel", "title")


def write(g: nx.MultiDiGraph, path: Path) -> None:
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}gexf", version="1.2")
    graph = ET.SubElement(root, f"{{{NS}}}graph", defaultedgetype="directed", mode="static")
    for cls, names in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
        decl = ET.SubElement(graph, f"{{{NS}}}attributes", {"class": cls})
        for i, name in enumerate(names):
            ET.SubElement(decl, f"{{{NS}}}attribute", id=str(i), title=name, type="string")
    nodes = ET.SubElement(graph, f"{{{NS}}}nodes")
    for n in sorted(g.nodes):
        d = g.nodes[n]
        el = ET.SubElement(nodes, f"{{{NS}}}node", id=n, label=str(d.get("name", n)))
        _values(el, d, NODE_ATTRS)
    edges = ET.SubElement(graph, f"{{{NS}}}edges")
    for i, (u, v, _k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])):
        el = ET.SubElement(edges, f"{{{NS}}}edge", id=str(i), source=u, target=v,
                           label=str(d.get("rel", "")))
        _values(el, d, EDGE_ATTRS)
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _values(el: ET.Element, data: dict, names: tuple[str, ...]) -> None:
    present = [(i, name) for i, name in enumerate(names) if data.get(name) not in (None, "", [])]
    if present:
        values = ET.SubElement(el, f"{{{NS}}}attvalues")
        for i, name in present:
            ET.SubElement(values, f"{{{NS}}}attvalue", {"for": str(i), "value": str(flat(data[name]))})
