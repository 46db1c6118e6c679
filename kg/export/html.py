"""graph.html: an interactive pyvis view that works from a file with no network.

pyvis inlines vis-network in ``in_line`` mode but still links Bootstrap and tom-select from a
CDN; the page needs neither, so those tags are removed. Every text shown is HTML-escaped,
because vis renders a node's ``title`` as HTML.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

COLOURS = {"Province": "#1f77b4", "City": "#4a90d9", "County": "#7fb3e6", "Township": "#b3d4f2",
           "Country": "#17becf", "Hospital": "#d62728", "PrimaryCareFacility": "#ff9896",
           "PublicHealthAgency": "#e377c2", "GovernmentAgency": "#9467bd", "University": "#8c564b",
           "Organization": "#c49c94", "MedicalAlliance": "#2ca02c", "AidTeam": "#98df8a",
           "Program": "#ff7f0e", "Event": "#ffbb78", "Policy": "#bcbd22", "Person": "#7f7f7f",
           "Article": "#dddddd"}
_REMOTE = re.compile(r"<(?:link|script)[^>]*(?:href|src)=\"https?://[^\"]*\"[^>]*>(?:\s*</script>)?",
                     re.IGNORECASE)


def write(g: nx.MultiDiGraph, path: Path) -> None:
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for n in sorted(g.nodes):
        d = g.nodes[n]
        if d.get("type") == "Article":
            continue
        title = "\n".join([f"{d.get('type', '')}: {d.get('name', '')}",
                           *(f"= {a}" for a in d.get("aliases", []))])
        net.add_node(n, label=html.escape(str(d.get("name", n))), title=html.escape(title),
                     color=COLOURS.get(d.get("type", ""), "#999999"),
                     size=10 + min(30, 3 * int(d.get("mention_count", 0))))
    for u, v, _k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        if d["rel"] == "mentions":
            continue
        sentences = "\n".join(e["sentence"] for e in d.get("evidence", []))
        label = d["rel"] + (f" ({d['title']})" if d.get("title") else "")
        net.add_edge(u, v, label=html.escape(label), title=html.escape(sentences or label))
    net.toggle_physics(True)
    page = _REMOTE.sub("", net.generate_html())
    path.write_text(page, encoding="utf-8")
