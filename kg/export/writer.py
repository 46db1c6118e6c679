"""Write every export of a graph into a folder, atomically, in one process or several.

Why: a failed or killed build must leave the previous exports as they were. Everything is
written into a temporary sibling folder, which then replaces the output folder by rename
(``files.folder_atomically``). What several exports derive from the graph (the drawing of
GraphML, GEXF and Cytoscape; the triples of Turtle and JSON-LD) is derived once. With
``jobs`` above one (on Linux), the exports are written by that many forked processes, which
share the graph with the parent; each file's bytes are the same either way.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from functools import cached_property
from pathlib import Path

import networkx as nx

from kg.export import cytoscape, formats, gexf, graphml, html, jsonld, manifest, neo4j, nodelink, turtle
from kg.export.layout import Placed, drawing
from kg.util.files import folder_atomically
from kg.util.processes import fork_context

FORMATS = {"json": nodelink.write, "ttl": turtle.write, "jsonld": jsonld.write, "graphml": graphml.write,
           "gexf": gexf.write, "cytoscape": cytoscape.write, "neo4j": neo4j.write, "html": html.write}
DRAWN = ("graphml", "gexf", "cytoscape")  # formats that carry layout.drawing's positions
RDF = ("ttl", "jsonld")  # formats of turtle.triples
# the formats written together in one process, those that share a derivation together, the
# longest group first (so that processes finish close together)
GROUPS = (DRAWN, RDF, ("html",), ("json",), ("neo4j",))


class Shared:
    """What several exports of ``g`` derive from it, derived on first use and kept."""

    def __init__(self, g: nx.MultiDiGraph) -> None:
        self.g = g

    @cached_property
    def placed(self) -> dict[str, Placed]:
        """The drawing (laying out 10,000 nodes takes about half a second: once, not thrice)."""
        return drawing(self.g)

    @cached_property
    def rdf(self) -> turtle.Triples:
        return turtle.triples(self.g)


def write_one(fmt: str, shared: Shared, path: Path) -> None:
    """One export of the graph ``shared`` derives from."""
    if fmt in DRAWN:
        FORMATS[fmt](shared.g, path, placed=shared.placed)
    elif fmt in RDF:
        FORMATS[fmt](shared.g, path, rdf=shared.rdf)
    else:
        FORMATS[fmt](shared.g, path)


_SHARED: list[Shared] = []  # the graph of the exports being written, inherited by forked writers


def _write_group(job: tuple[tuple[str, ...], Path]) -> None:
    fmts, folder = job
    for fmt in fmts:
        write_one(fmt, _SHARED[0], folder / formats.FILES[fmt])


def write_all(g: nx.MultiDiGraph, out: Path, manifest_entries: list[dict], jobs: int = 1) -> None:
    fork = fork_context()
    with folder_atomically(Path(out)) as tmp:
        _SHARED[:] = [Shared(g)]
        try:
            if jobs > 1 and fork is not None:
                with ProcessPoolExecutor(max_workers=min(jobs, len(GROUPS)), mp_context=fork) as pool:
                    list(pool.map(_write_group, [(group, tmp) for group in GROUPS]))
            else:
                for group in GROUPS:
                    _write_group((group, tmp))
        finally:
            _SHARED.clear()
        manifest.write(manifest_entries, tmp / "manifest.json")
