"""Write every export of a graph into a folder, atomically.

Why: a failed or killed build must leave the previous exports as they were. Everything is
written into a temporary sibling folder, which then replaces the output folder by rename
(``files.folder_atomically``).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export import cytoscape, formats, gexf, graphml, html, jsonld, manifest, neo4j, nodelink, turtle
from kg.util.files import folder_atomically

FORMATS = {"json": nodelink.write, "ttl": turtle.write, "jsonld": jsonld.write, "graphml": graphml.write,
           "gexf": gexf.write, "cytoscape": cytoscape.write, "neo4j": neo4j.write, "html": html.write}


def write_all(g: nx.MultiDiGraph, out: Path, manifest_entries: list[dict]) -> None:
    with folder_atomically(Path(out)) as tmp:
        for fmt, write in FORMATS.items():
            write(g, tmp / formats.FILES[fmt])
        manifest.write(manifest_entries, tmp / "manifest.json")
