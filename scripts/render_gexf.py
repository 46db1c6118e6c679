#!/usr/bin/env python3
"""Draw a graph.gexf from its own viz data (positions, colours, sizes) to a PNG, as Gephi would
open it: the README's picture of the Gephi export is this script's output, not a mock-up.

Needs matplotlib (not a kg dependency: ``pip install matplotlib``) and a CJK font for the
labels (Debian: fonts-noto-cjk).

Usage::

    python scripts/render_gexf.py exports/graph.gexf docs/gexf-seeds.png
"""

from __future__ import annotations

import sys

import matplotlib

matplotlib.use("Agg")  # the file-only backend, chosen before pyplot is imported
import matplotlib.pyplot as plt
import networkx as nx
from matplotlib import font_manager

LABELS = 40  # the largest nodes are labelled, as Gephi's label-size filter would


def main(gexf: str, png: str) -> None:
    g = nx.read_gexf(gexf)
    entities = [n for n, d in g.nodes(data=True) if d.get("type") != "Article"]
    pos = {n: (g.nodes[n]["viz"]["position"]["x"], g.nodes[n]["viz"]["position"]["y"]) for n in entities}
    colour = {n: tuple(g.nodes[n]["viz"]["color"][c] / 255 for c in "rgb") for n in entities}
    size = {n: g.nodes[n]["viz"]["size"] for n in entities}
    cjk = [f.name for f in font_manager.fontManager.ttflist if "CJK SC" in f.name]
    fig, ax = plt.subplots(figsize=(16, 10), dpi=100)
    for u, v, d in g.edges(data=True):
        if u in pos and v in pos:
            c = d.get("viz", {}).get("color", {"r": 200, "g": 200, "b": 200})
            ax.plot(*zip(pos[u], pos[v], strict=True), color=tuple(c[k] / 255 for k in "rgb"), lw=0.6, zorder=1)
    ax.scatter([pos[n][0] for n in entities], [pos[n][1] for n in entities], s=[size[n] ** 2 / 2 for n in entities],
               c=[colour[n] for n in entities], edgecolors="white", linewidths=0.4, zorder=2)
    for n in sorted(entities, key=lambda n: -size[n])[:LABELS]:
        ax.annotate(g.nodes[n]["label"], pos[n], fontsize=7, ha="center", va="top", xytext=(0, -size[n] / 2),
                    textcoords="offset points", fontfamily=cjk[0] if cjk else None, zorder=3)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(png)


if __name__ == "__main__":
    main(*sys.argv[1:3])
