"""Choose the part of the graph a page shows: a focus and its neighbourhood, some entity types,
at most so many entities.

Why a step of its own: the HTML view of a national archive cannot draw every entity, and an
analyst usually wants one province, one alliance or one person's network. The choice is made
on the graph (networkx), before layout and rendering, and says what it left out so the page can
tell the reader.
"""

from __future__ import annotations

import difflib
import heapq
from collections.abc import Collection
from dataclasses import dataclass, field

import networkx as nx

from kg.errors import KgError
from kg.graph import MENTIONS, article_of
from kg.schema import COARSE
from kg.util.text import normalise

DEFAULT_MAX_NODES = 2000  # the page stays fluid up to here (physics off, layout precomputed)


@dataclass
class View:
    """The entities and relations to draw, the articles their evidence cites, and a note of what
    the choice left out (empty when the page shows the whole graph)."""

    graph: nx.MultiDiGraph
    articles: dict[str, str]
    focus: list[str] = field(default_factory=list)
    entities_total: int = 0
    relations_total: int = 0
    notes: list[str] = field(default_factory=list)


def entity_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Entities and the relations among them: no article nodes, no mention edges (provenance)."""
    entities = induced(g, [n for n, d in g.nodes(data=True) if d.get("type") != "Article"])
    entities.remove_edges_from([(u, v, k) for u, v, k, d in entities.edges(keys=True, data=True)
                                if d.get("rel") == MENTIONS])
    return entities


def induced(g: nx.MultiDiGraph, nodes) -> nx.MultiDiGraph:
    """The subgraph on ``nodes``, as a new graph with nodes and edges in sorted order. Why not
    ``g.subgraph(nodes).copy()``: networkx may iterate a subgraph through the set of its nodes,
    whose order changes from run to run, and every later step would inherit that order."""
    keep = set(nodes)
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, g.nodes[n]) for n in sorted(keep))
    out.add_edges_from((u, v, k, d) for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])
                       if u in keep and v in keep)
    return out


def expand_types(types: Collection[str]) -> set[str]:
    """Entity types named directly or by their coarse group (Place, Organization, Initiative …)."""
    groups = set(COARSE.values())
    unknown = sorted(set(types) - set(COARSE) - groups)
    if unknown:
        raise KgError(f"unknown entity type {', '.join(unknown)}; choose from "
                      f"{', '.join(sorted(COARSE))} or a group: {', '.join(sorted(groups))}")
    return {t for t in COARSE if t in types or COARSE[t] in types}


def find(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Entities named ``name`` (by name or alias, compared normalised); failing that, the one
    entity whose name contains it. Ambiguity and absence are errors that list candidates."""
    want = normalise(name)
    if not want:
        raise KgError("--focus needs a name")
    names = {n: [normalise(str(d.get("name", ""))), *(normalise(str(a)) for a in d.get("aliases") or [])]
             for n, d in g.nodes(data=True)}
    exact = [n for n, forms in names.items() if want in forms]
    if exact:
        return sorted(exact)
    partial = sorted(n for n, forms in names.items() if any(want in f for f in forms))
    if len(partial) == 1:
        return partial
    if partial:
        shown = "、".join(str(g.nodes[n].get("name")) for n in partial[:10])
        more = f" and {len(partial) - 10} more" if len(partial) > 10 else ""
        raise KgError(f"--focus {name!r} matches {len(partial)} entities ({shown}{more}); give a full name")
    close = difflib.get_close_matches(want, sorted({f for forms in names.values() for f in forms}), n=5)
    hint = f"; did you mean {'、'.join(close)}?" if close else ""
    raise KgError(f"--focus {name!r}: no entity has that name or alias{hint}")


def select(g: nx.MultiDiGraph, *, focus: str | None = None, hops: int = 1,
           types: Collection[str] | None = None, max_nodes: int = DEFAULT_MAX_NODES) -> View:
    """The view of ``g`` a page draws. Types filter first (a focused entity stays whatever its
    type), then the focus keeps what lies within ``hops`` relations, then, past ``max_nodes``,
    the most connected part is kept: entities taken best-connected first, each next one joined
    to those taken, so the page shows hubs with their neighbourhoods rather than scattered
    fragments."""
    if hops < 0:
        raise KgError("--hops must be 0 or more")
    if max_nodes < 1:
        raise KgError("--max-nodes must be 1 or more")
    entities = entity_graph(g)
    articles = {article_of(n): str(d.get("name") or n) for n, d in g.nodes(data=True) if d.get("type") == "Article"}
    view = View(entities, articles, entities_total=entities.number_of_nodes(),
                relations_total=entities.number_of_edges())
    seeds = find(entities, focus) if focus else []
    view.focus = seeds
    if types:
        wanted = expand_types(types)
        view.graph = induced(entities, [n for n, d in entities.nodes(data=True)
                                        if d.get("type") in wanted or n in seeds])
        view.notes.append(f"types: {', '.join(sorted(wanted))}")
    if seeds:
        reach = _within(view.graph, seeds, hops)
        view.graph = induced(view.graph, reach)
        names = "、".join(str(entities.nodes[n].get("name")) for n in seeds)
        view.notes.append(f"focus: {names}, {hops} hop{'s' if hops != 1 else ''}")
    if view.graph.number_of_nodes() > max_nodes:
        shown = view.graph.number_of_nodes()
        view.graph = induced(view.graph, most_connected(view.graph, max_nodes, seeds))
        view.notes.append(f"the {max_nodes} most connected of {shown} entities; "
                          f"{shown - max_nodes} left out (narrow with --focus or --types, or raise --max-nodes)")
    return view


def _within(g: nx.MultiDiGraph, seeds: list[str], hops: int) -> set[str]:
    undirected = g.to_undirected(as_view=True)
    reach: set[str] = set()
    for s in seeds:
        reach |= set(nx.single_source_shortest_path_length(undirected, s, cutoff=hops))
    return reach


def most_connected(g: nx.MultiDiGraph, budget: int, start: list[str] | None = None) -> list[str]:
    """``budget`` entities grown best-first from the best-connected ones (or from ``start``):
    the frontier's best-connected entity joins next, and a new hub is taken only when the
    current part is exhausted. Ties break by id, so the choice is deterministic."""
    undirected = g.to_undirected(as_view=True)
    degree = dict(undirected.degree())
    order = sorted(g.nodes, key=lambda n: (-degree[n], n))
    chosen: list[str] = []
    taken: set[str] = set()
    frontier: list[tuple[int, str]] = [(-degree[s], s) for s in (start or []) if s in g]
    heapq.heapify(frontier)
    hubs = iter(order)
    while len(chosen) < budget:
        if not frontier:
            hub = next((n for n in hubs if n not in taken), None)
            if hub is None:
                break
            frontier = [(-degree[hub], hub)]
        _, node = heapq.heappop(frontier)
        if node in taken:
            continue
        taken.add(node)
        chosen.append(node)
        for nb in undirected.neighbors(node):
            if nb not in taken:
                heapq.heappush(frontier, (-degree[nb], nb))
    return chosen
