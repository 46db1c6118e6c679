"""graph.graphml for yEd and Cytoscape: every attribute a declared string or number key;
lists (aliases, mentions, evidence) as JSON text, missing ones as empty strings."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export.attrs import evidence_text, flat


def write(g: nx.MultiDiGraph, path: Path) -> None:
    h = nx.MultiDiGraph()
    for n in sorted(g.nodes):
        d = g.nodes[n]
        h.add_node(n, label=d.get("name", ""), **{k: flat(v) for k, v in sorted(d.items())})
    for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        attrs = {key: flat(val) for key, val in sorted(d.items())}
        attrs["label"] = d.get("rel", "")
        attrs["evidence_text"] = evidence_text(d.get("evidence", []))
        h.add_edge(u, v, key=k, **attrs)
    nx.write_graphml(h, path, encoding="utf-8", named_key_ids=True)
