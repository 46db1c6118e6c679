"""neo4j/: the graph as CSV for ``neo4j-admin database import full``, and ``import.cypher`` that
loads the same files with ``LOAD CSV`` for users without admin access.

One file per node label (``nodes_Hospital.csv`` …, ``nodes_Article.csv``) and per relationship
type (``rels_locatedIn.csv`` …, ``rels_mentions.csv``), with the import tool's typed headers:
``id:ID``, ``:LABEL`` (an entity is also an ``Entity``, so that one index finds any of them),
``:START_ID``/``:END_ID``/``:TYPE``, ``mention_count:int``, ``inferred:boolean`` and the arrays
``aliases:string[]``, ``roles:string[]``, ``evidence:string[]``, ``articles:string[]``. All
entity files share one header and all relationship files another, so any property graph
database that copies CSV by column position reads them with one table definition each.

Arrays are joined with ``;`` (the tool's default delimiter); a ``;`` inside a value is written
as the full-width ``；``. Quoting is RFC 4180 (Python's csv): a value holding a comma, a quote or
a line break is quoted, with quotes doubled.
"""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx

from kg.graph import MENTIONS
from kg.util.files import folder_atomically

ARRAY_SEP = ";"
ENTITY_HEADER = ("id:ID", "name", "aliases:string[]", "mention_count:int", "code", "inferred:boolean",
                 "roles:string[]", ":LABEL")
ARTICLE_HEADER = ("id:ID", "title", "source", "index:int", "start:int", "end:int", ":LABEL")
REL_HEADER = (":START_ID", ":END_ID", ":TYPE", "title", "evidence:string[]", "articles:string[]")


def write(g: nx.MultiDiGraph, folder: Path) -> None:
    with folder_atomically(Path(folder)) as tmp:
        _write_files(g, tmp)


def _write_files(g: nx.MultiDiGraph, folder: Path) -> None:
    by_label: dict[str, list[str]] = {}
    for n in sorted(g.nodes):
        by_label.setdefault(str(g.nodes[n].get("type", "Entity")), []).append(n)
    for label, nodes in sorted(by_label.items()):
        article = label == "Article"
        rows = [_article_row(n, g.nodes[n]) if article else _entity_row(n, label, g.nodes[n]) for n in nodes]
        _write_csv(folder / f"nodes_{label}.csv", ARTICLE_HEADER if article else ENTITY_HEADER, rows)
    by_rel: dict[str, list[tuple[str, str, dict]]] = {}
    for u, v, _k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        by_rel.setdefault(str(d["rel"]), []).append((u, v, d))
    for rel, edges in sorted(by_rel.items()):
        rows = [[u, v, rel, d.get("title", ""), _array(e["sentence"] for e in d.get("evidence", [])),
                 _array(dict.fromkeys(e["article"] for e in d.get("evidence", [])))] for u, v, d in edges]
        _write_csv(folder / f"rels_{rel}.csv", REL_HEADER, rows)
    (folder / "import.cypher").write_text(cypher(sorted(by_label), sorted(by_rel)), encoding="utf-8")


def _entity_row(n: str, label: str, d: dict) -> list:
    return [n, d.get("name", ""), _array(d.get("aliases", [])), d.get("mention_count", 0), d.get("code", ""),
            "true" if d.get("inferred") else "false", _array(d.get("roles", [])), f"{label};Entity"]


def _article_row(n: str, d: dict) -> list:
    return [n, d.get("name", ""), d.get("source", ""), d.get("index", 0), d.get("start", 0), d.get("end", 0),
            "Article"]


def _array(values) -> str:
    return ARRAY_SEP.join(str(v).replace(ARRAY_SEP, "；") for v in values)


def _write_csv(path: Path, header: tuple[str, ...], rows: list[list]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def _list(column: str) -> str:
    """Cypher for an array column: empty field → [], else split on the delimiter."""
    value = f"row.`{column}`"
    return f"CASE WHEN {value} IS NULL OR {value} = '' THEN [] ELSE split({value}, '{ARRAY_SEP}') END"


def cypher(labels: list[str], rels: list[str]) -> str:
    """import.cypher: constraints, then one LOAD CSV per file, nodes before relationships."""
    out = ["// Load kg's neo4j/*.csv with LOAD CSV: copy the CSV files into Neo4j's import folder,",
           "// then run this file (cypher-shell -f import.cypher, or paste it into Neo4j Browser).",
           "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
           "CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;"]
    for label in labels:
        out.append(f"LOAD CSV WITH HEADERS FROM 'file:///nodes_{label}.csv' AS row")
        if label == "Article":
            out.append("CREATE (:Article {id: row.`id:ID`, title: row.title, source: row.source, "
                       "index: toInteger(row.`index:int`), start: toInteger(row.`start:int`), "
                       "end: toInteger(row.`end:int`)});")
        else:
            out.append(f"CREATE (:Entity:`{label}` {{id: row.`id:ID`, name: row.name, "
                       f"aliases: {_list('aliases:string[]')}, mention_count: toInteger(row.`mention_count:int`), "
                       f"code: coalesce(row.code, ''), inferred: row.`inferred:boolean` = 'true', "
                       f"roles: {_list('roles:string[]')}}});")
    for rel in rels:
        start = "Article" if rel == MENTIONS else "Entity"
        out.append(f"LOAD CSV WITH HEADERS FROM 'file:///rels_{rel}.csv' AS row")
        out.append(f"MATCH (a:{start} {{id: row.`:START_ID`}}), (b:Entity {{id: row.`:END_ID`}})")
        out.append(f"CREATE (a)-[:`{rel}` {{title: coalesce(row.title, ''), "
                   f"evidence: {_list('evidence:string[]')}, articles: {_list('articles:string[]')}}}]->(b);")
    return "\n".join(out) + "\n"
