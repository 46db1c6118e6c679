"""Write every export of a graph into a folder, atomically.

Why: a failed or killed build must leave the previous exports as they were. Everything is
written into a temporary sibling folder, which then replaces the output folder by rename
(``files.folder_atomically``).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.export import cytoscape, formats, gexf, graphml, html, jsonld, manifest, neo4j, nodelink, turtle
from kg.export.layout import Placed, drawing
from kg.util.files import folder_atomically

FORMATS = {"json": nodelink.write, "ttl": turtle.write, "jsonld": jsonld.write, "graphml": graphml.write,
           "gexf": gexf.write, "cytoscape": cytoscape.write, "neo4j": neo4j.write, "html": html.write}
DRAWN = ("graphml", "gexf", "cytoscape")  # formats that carry layout.drawing's positions


def write_one(fmt: str, g: nx.MultiDiGraph, path: Path, placed: dict[str, Placed]) -> None:
    """One export; the formats that draw the graph get the one drawing that every build shares
    (laying out 10,000 nodes takes about half a second, once rather than three times)."""
    if fmt in DRAWN:
        FORMATS[fmt](g, path, placed=placed)
    else:
        FORMATS[fmt](g, path)


def write_all(g: nx.MultiDiGraph, out: Path, manifest_entries: list[dict]) -> None:
    with folder_atomically(Path(out)) as tmp:
        placed = drawing(g)
        for fmt in FORMATS:
            write_one(fmt, g, tmp / formats.FILES[fmt], placed)
        manifest.write(manifest_entries, tmp / "manifest.json")
