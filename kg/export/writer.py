"""Write every export of a graph into a folder, atomically.

Why: a failed or killed build must leave the previous exports as they were. Everything is
written into a temporary sibling folder, which then replaces the output folder by rename.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import networkx as nx

from kg.export import gexf, graphml, html, manifest, neo4j, nodelink, turtle

FILES = {"graph.json": nodelink.write, "graph.ttl": turtle.write, "graph.graphml": graphml.write,
         "graph.gexf": gexf.write, "graph.html": html.write, "neo4j": neo4j.write}


def write_all(g: nx.MultiDiGraph, out: Path, manifest_entries: list[dict]) -> None:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        for name, write in FILES.items():
            write(g, tmp / name)
        manifest.write(manifest_entries, tmp / "manifest.json")
        os.chmod(tmp, 0o755)
        _replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _replace(new: Path, out: Path) -> None:
    if not out.exists():
        new.rename(out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()
    out.rename(old)
    new.rename(out)
    shutil.rmtree(old, ignore_errors=True)
