"""The knowledge graph: a networkx MultiDiGraph with provenance, the one source of every export.

Nodes: entities (``type``, ``name``, ``aliases``, ``mentions`` as article/start/end/sentence,
``mention_count``; places also ``code`` and ``inferred``) and articles (``type`` Article,
``name`` = title, ``source``, ``start``, ``end``). Edges: relations keyed by ``rel``, with
``title`` for holdsPosition and ``evidence`` (article, sentence, start, end, and ``original``,
the sentence as written, where the file is in traditional characters), plus
Article → entity ``mentions`` edges.

Places bring their administrative parents (from the gazetteer) with partOf edges, and foreign
cities their country (from ``foreign_cities.tsv``); a parent the text does not name is marked
``inferred``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from kg.lexicons.catalog import countries, foreign_cities, gazetteer
from kg.schema import SYMMETRIC
from kg.util.keys import article_key, country_key, named_key, parse, place_code, place_key

if TYPE_CHECKING:  # the exports read graphs without loading the NLP pipeline
    from kg.extract import ArticleResult
    from kg.resolve import Entity

MENTIONS = "mentions"


def article_node(article_id: str) -> str:
    return article_key(article_id)


def article_of(node: str) -> str:
    """The article id an article node stands for (evidence cites articles by id)."""
    return parse(node).value


def build_graph(results: list[ArticleResult], entities: list[Entity],
                index: dict[tuple[int, int], str]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for res in results:
        a = res.article
        start, end = a.span
        g.add_node(article_node(a.id), type="Article", name=a.title or f"{a.source} #{a.index + 1}",
                   source=a.source, index=a.index, start=start, end=end)
    for e in entities:
        attrs = {"type": e.type, "name": e.name, "aliases": e.aliases,
                 "mentions": [{"article": art, "start": s, "end": t, "sentence": sentence}
                              for art, s, t, sentence in e.mentions],
                 "mention_count": len(e.mentions)}
        if (code := place_code(e.key)) is not None:
            attrs["code"] = code
            attrs["inferred"] = False
        if e.roles:
            attrs["roles"] = e.roles
        g.add_node(e.id, **attrs)
        for art in sorted({m[0] for m in e.mentions}):
            g.add_edge(article_node(art), e.id, key=MENTIONS, rel=MENTIONS)
    _place_hierarchy(g)
    _city_countries(g)
    for a, res in enumerate(results):
        for r in res.relations:
            head, tail = index[(a, r.head)], index[(a, r.tail)]
            if head != tail:
                evidence = {"article": r.article, "sentence": r.sentence, "start": r.start, "end": r.end}
                if r.original:
                    evidence["original"] = r.original
                _add_relation(g, head, r.rel, tail, r.title, evidence)
    return g


def _add_relation(g: nx.MultiDiGraph, head: str, rel: str, tail: str, title: str | None,
                  evidence: dict) -> None:
    if rel in SYMMETRIC and g.has_edge(tail, head, key=rel):
        head, tail = tail, head
    if g.has_edge(head, tail, key=rel):
        data = g.edges[head, tail, rel]
        if evidence not in data["evidence"]:
            data["evidence"].append(evidence)
        if title:
            titles = data.get("title", "").split("、") if data.get("title") else []
            data["title"] = "、".join(dict.fromkeys(titles + title.split("、")))
        return
    attrs = {"rel": rel, "evidence": [evidence]}
    if title:
        attrs["title"] = title
    g.add_edge(head, tail, key=rel, **attrs)


def _place_hierarchy(g: nx.MultiDiGraph) -> None:
    """partOf edges up the gazetteer from every place, adding inferred parents."""
    gaz = gazetteer()
    pending = [n for n, d in g.nodes(data=True) if "code" in d]
    while pending:
        node = pending.pop()
        code, key = g.nodes[node]["code"], parse(place_key(g.nodes[node]["code"]))
        parent_code = key.division_code if not key.in_gazetteer else (
            gaz.by_code[code].parent if code in gaz.by_code else "")
        if not parent_code or parent_code not in gaz.by_code:
            continue
        parent = place_key(parent_code)
        div = gaz.by_code[parent_code]
        if _part_of(g, node, parent, type=div.type, name=div.name, code=parent_code):
            pending.append(parent)


def _city_countries(g: nx.MultiDiGraph) -> None:
    """partOf edges from every foreign city to its country, adding the country if the text
    does not name it."""
    names = {code: name for code, name in countries().values()}
    cities = foreign_cities()
    for node, data in list(g.nodes(data=True)):
        code = cities.get(data["name"]) if data.get("type") == "City" else None
        if code in names and node == named_key("City", data["name"]):
            _part_of(g, node, country_key(code), type="Country", name=names[code])


def _part_of(g: nx.MultiDiGraph, node: str, parent: str, **parent_attrs: str) -> bool:
    """A partOf edge from ``node`` to ``parent``, adding ``parent`` as an inferred place if the
    text does not name it; whether it was added."""
    added = parent not in g
    if added:
        g.add_node(parent, aliases=[], mentions=[], mention_count=0, inferred=True, **parent_attrs)
    if not g.has_edge(node, parent, key="partOf"):
        g.add_edge(node, parent, key="partOf", rel="partOf", evidence=[])
    return added
