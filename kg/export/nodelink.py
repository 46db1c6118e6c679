"""graph.json: node-link JSON (networkx's layout, keys as in SCHEMA.md), sorted and stable; the
graph's attributes hold kg's mark (``generator``), which readers of node-link JSON ignore."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx

from kg.export.mark import GENERATOR
from kg.util import jsontext
from kg.util.files import open_atomic


def to_data(g: nx.MultiDiGraph) -> dict:
    nodes = [{"id": n, **g.nodes[n]} for n in sorted(g.nodes)]
    links = [{"source": u, "target": v, **d} for u, v, _, d in
             sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))]
    return {"directed": True, "multigraph": True, "graph": {"generator": GENERATOR}, "nodes": nodes, "links": links}


def write(g: nx.MultiDiGraph, path: Path) -> None:
    with open_atomic(Path(path)) as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="\n") as out:
        jsontext.dump(to_data(g), out)  # streamed, not one string
        out.write("\n")


def read(path: Path) -> nx.MultiDiGraph:
    """The graph back from graph.json (for ``kg export`` and ``kg evaluate --graph``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    g = nx.MultiDiGraph()
    for n in data["nodes"]:
        attrs = dict(n)
        g.add_node(attrs.pop("id"), **attrs)
    for e in data.get("links", data.get("edges", [])):
        attrs = dict(e)
        u, v = attrs.pop("source"), attrs.pop("target")
        g.add_edge(u, v, key=attrs.get("rel"), **attrs)
    return g
