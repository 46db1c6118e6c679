"""neo4j/: CSV files for ``neo4j-admin database import full``: one per node label and one per
relationship type, with typed headers (``id:ID``, ``aliases:string[]``, ``:START_ID``)."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

ARRAY_SEP = ";"


def write(g: nx.MultiDiGraph, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    by_label: dict[str, list[str]] = {}
    for n in sorted(g.nodes):
        by_label.setdefault(g.nodes[n].get("type", "Entity"), []).append(n)
    for label, nodes in sorted(by_label.items()):
        with open(folder / f"nodes_{label}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["id:ID", "name", "aliases:string[]", "mention_count:int", "code",
                        "source", ":LABEL"])
            for n in nodes:
                d = g.nodes[n]
                w.writerow([n, d.get("name", ""), ARRAY_SEP.join(d.get("aliases", [])),
                            d.get("mention_count", 0), d.get("code", ""), d.get("source", ""), label])
    by_rel: dict[str, list[tuple[str, str, dict]]] = {}
    for u, v, _k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        by_rel.setdefault(d["rel"], []).append((u, v, d))
    for rel, edges in sorted(by_rel.items()):
        with open(folder / f"rels_{rel}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow([":START_ID", ":END_ID", ":TYPE", "title", "evidence:string[]"])
            for u, v, d in edges:
                w.writerow([u, v, rel, d.get("title", ""),
                            ARRAY_SEP.join(e["sentence"].replace(ARRAY_SEP, "；")
                                           for e in d.get("evidence", []))])
