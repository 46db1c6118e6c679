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

FORMATS = {"json": nodelink.write, "ttl": turtle.write, "graphml": graphml.write,
           "gexf": gexf.write, "html": html.write, "neo4j": neo4j.write}
# what ``kg build`` writes: graph.<format>, and the neo4j/ folder
FILES = {(fmt if fmt == "neo4j" else f"graph.{fmt}"): write for fmt, write in FORMATS.items()}


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
