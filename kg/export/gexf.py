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

import networkx as nx

from kg.export.attrs import as_text, evidence_text
from kg.export.layout import Placed, drawing
from kg.export.style import edge_colour, rgb
from kg.export.xmltext import XmlText
from kg.schema import zh_label
from kg.util.files import write_atomic

NS = "http://www.gexf.net/1.2draft"
VIZ = "http://www.gexf.net/1.2draft/viz"
# (title, GEXF type, default) of each attribute; the id is the position
NODE_ATTRS = (("type", "string", ""), ("aliases", "string", "[]"), ("mention_count", "integer", "0"),
              ("code", "string", ""), ("inferred", "boolean", "false"), ("roles", "string", "[]"),
              ("source", "string", ""))
EDGE_ATTRS = (("rel", "string", ""), ("title", "string", ""), ("evidence", "string", ""))


def write(g: nx.MultiDiGraph, path: Path, placed: dict[str, Placed] | None = None) -> None:
    """``placed``: the drawing, when the caller has it already (``writer.write_all``)."""
    x = XmlText()
    x.start("gexf", (("xmlns", NS), ("xmlns:viz", VIZ), ("version", "1.2")))
    x.start("meta")
    x.leaf("creator", (), "kg")
    x.leaf("description", (), "卫生健康知识图谱 · Health-system knowledge graph")
    x.end()
    x.start("graph", (("defaultedgetype", "directed"), ("mode", "static")))
    for cls, declared in (("node", NODE_ATTRS), ("edge", EDGE_ATTRS)):
        x.start("attributes", (("class", cls), ("mode", "static")))
        for i, (title, kind, default) in enumerate(declared):
            x.start("attribute", (("id", str(i)), ("title", title), ("type", kind)))
            x.leaf("default", (), default)
            x.end()
        x.end()
    placed = drawing(g) if placed is None else placed
    x.start("nodes")
    for n in sorted(g.nodes):
        d = g.nodes[n]
        x.start("node", (("id", n), ("label", str(d.get("name", n)))))
        _values(x, {t: as_text(d.get(t)) for t, _, _ in NODE_ATTRS}, NODE_ATTRS)
        p = placed[n]
        r, gr, b = rgb(p.colour)
        x.leaf("viz:color", (("r", str(r)), ("g", str(gr)), ("b", str(b))))
        x.leaf("viz:position", (("x", f"{p.x:.1f}"), ("y", f"{-p.y:.1f}"), ("z", "0.0")))
        x.leaf("viz:size", (("value", f"{p.size:.1f}"),))
        x.end()
    x.end()
    x.start("edges")
    for i, (u, v, _k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])):
        rel = str(d.get("rel", ""))
        x.start("edge", (("id", str(i)), ("source", u), ("target", v), ("label", zh_label(rel))))
        values = {"rel": rel, "title": str(d.get("title", "")), "evidence": evidence_text(d.get("evidence", []))}
        _values(x, values, EDGE_ATTRS)
        r, gr, b = rgb(edge_colour(rel))
        x.leaf("viz:color", (("r", str(r)), ("g", str(gr)), ("b", str(b))))
        x.end()
    x.end()
    x.end()
    x.end()
    write_atomic(Path(path), x.bytes())


def _values(x: XmlText, values: dict[str, str | None], declared: tuple) -> None:
    """A value for every declared attribute, its default where the graph has none: readers that
    ignore declared defaults (networkx) still see every attribute."""
    x.start("attvalues")
    for i, (title, _, default) in enumerate(declared):
        value = values.get(title)
        x.leaf("attvalue", (("for", str(i)), ("value", default if value is None else value)))
    x.end()
