"""Node positions computed before the page is written, so it opens settled, with physics off.

Why per component: a news graph is one large part and many small ones. A force layout of the
whole spends its time pushing the small parts away from each other; laying out each connected
part on its own (networkx's spring layout, fixed seed) and packing the parts in rows, largest
first, is faster and leaves no part drawn over another. Positions are whole pixels, and a large
part's spectral start is made canonical (see ``_spectral_start``), so the same graph gives the
same page in any process.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import networkx as nx
import numpy as np
import scipy.sparse
from scipy.sparse.linalg import eigsh
from scipy.spatial import cKDTree

from kg.export.style import colour, node_size
from kg.export.view import entity_graph

SPACING = 110  # pixels between neighbouring nodes, about
GAP = 120  # pixels between packed parts; single nodes and pairs sit closer
SMALL_GAP = 30
ASPECT = 1.6  # width to height of the packed drawing, as a screen
SEED = 20240101
LARGE = 300  # parts of this many nodes or more start from their spectral layout
EIGEN_GAP = 1e-8  # eigenvalues closer than this are taken as equal (solver noise is about 1e-12)
GRID = 1000  # parts larger than this get the grid force layout
GRID_ITERATIONS = 50
HUGE = 5000  # parts larger than this are scattered at random (a force layout would take minutes)


def positions(g: nx.Graph) -> dict[str, tuple[int, int]]:
    """x, y of every node of ``g``. The HTML view, GEXF, GraphML and Cytoscape exports of one
    build all ask for the same layout: it is computed once (cached by the graph's structure)."""
    pairs = tuple(sorted({(u, v) if u < v else (v, u) for u, v in g.edges() if u != v}))
    return dict(_layout(tuple(sorted(g.nodes)), pairs))


@lru_cache(maxsize=4)
def _layout(nodes: tuple[str, ...], pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, tuple[int, int]], ...]:
    simple = nx.Graph(pairs)
    simple.add_nodes_from(nodes)
    parts = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    # each part a fresh graph in sorted order (a networkx subgraph view may iterate in set order)
    graphs = [nx.Graph() for _ in parts]
    part_of = {}
    for i, members in enumerate(parts):
        graphs[i].add_nodes_from(members)
        part_of.update(dict.fromkeys(members, i))
    for u, v in pairs:
        graphs[part_of[u]].add_edge(u, v)
    boxes = [_part(part) for part in graphs]
    return tuple(sorted(_pack(boxes).items()))


def _part(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """A part laid out around (0, 0), scaled so that neighbours sit about SPACING apart."""
    n = g.number_of_nodes()
    if n == 1:
        return {next(iter(g.nodes)): (0.0, 0.0)}
    if n == 2:
        a, b = sorted(g.nodes)
        return {a: (-SPACING / 2, 0.0), b: (SPACING / 2, 0.0)}
    # networkx's force layout costs n² per iteration (a 3,000-node part took 10 s): up to 1,000
    # nodes it gets 50 iterations, a part of 300 or more starting from its spectral layout,
    # which already puts neighbours together (on a 2,000-node tree: mean edge length 3.2% of the
    # drawing's width, against 4.1% after 50 iterations from random positions). Larger parts get
    # the grid variant of the same force model (``_grid_layout``), linear in the part's size.
    scale = SPACING * math.sqrt(n) * 0.6
    if n > HUGE:  # a national archive's giant part: no force layout finishes; Gephi's ForceAtlas2 can
        pos = nx.random_layout(g, seed=SEED)
        return {k: (float(x) * 2 * scale, float(y) * 2 * scale) for k, (x, y) in pos.items()}
    if n > GRID:
        return _grid_layout(g, scale)
    start = _spectral_start(g) if n >= LARGE else None
    pos = nx.spring_layout(g, pos=start, seed=SEED, scale=scale, iterations=50)
    return {k: (float(x), float(y)) for k, (x, y) in pos.items()}


def _grid_layout(g: nx.Graph, scale: float) -> dict[str, tuple[float, float]]:
    """Fruchterman and Reingold's force layout with their grid: a node is pushed only by nodes
    within twice the ideal edge length, found with a k-d tree, so an iteration costs about n
    rather than n² (on a 3,207-node part: 1.4 s for 50 iterations, against 10 s for networkx's
    20, with fewer nodes drawn on top of each other). Starts from seeded random positions;
    every step is a fixed sequence of array operations, so the drawing is the same in every
    process."""
    nodes = list(g)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in g.edges()], dtype=np.intp).reshape(-1, 2)
    pos = np.random.default_rng(SEED).uniform(size=(n, 2))
    k = 1 / math.sqrt(n)  # the ideal edge length in the unit square, as networkx's
    step = 0.1  # the largest move, cooled linearly to nothing
    for i in range(GRID_ITERATIONS):
        near = cKDTree(pos).query_pairs(2 * k, output_type="ndarray")
        apart = pos[near[:, 0]] - pos[near[:, 1]]
        push = apart * (k * k / np.maximum((apart * apart).sum(axis=1), 1e-4 * k * k))[:, None]
        along = pos[edges[:, 0]] - pos[edges[:, 1]]
        pull = along * (np.sqrt((along * along).sum(axis=1)) / k)[:, None]
        move = np.stack([np.bincount(near[:, 0], push[:, j], n) - np.bincount(near[:, 1], push[:, j], n)
                         - np.bincount(edges[:, 0], pull[:, j], n) + np.bincount(edges[:, 1], pull[:, j], n)
                         for j in (0, 1)], axis=1)
        length = np.maximum(np.sqrt((move * move).sum(axis=1)), 1e-9)
        pos += move * (np.minimum(length, step * (1 - i / GRID_ITERATIONS)) / length)[:, None]
    pos = nx.rescale_layout(pos, scale=scale)
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, pos, strict=True)}


def _spectral_start(g: nx.Graph) -> dict[str, np.ndarray] | None:
    """networkx's spectral layout (the Laplacian's two smallest non-trivial eigenvectors,
    rescaled to [-1, 1]), made the same in every process; None where it cannot be.

    An eigensolver's answer varies between processes in its last bits (a BLAS sums in an order
    that depends on memory alignment) and in each eigenvector's sign, and a force layout turns
    either into a different drawing. So the solver starts from a fixed vector, each vector's
    first clearly non-zero entry is made positive, and the coordinates are rounded well above
    the noise. Where two of the eigenvalues coincide (symmetric parts, such as stars) the
    vectors are any rotation within their space, and the caller starts from seeded random
    positions instead."""
    nodes = list(g)
    adjacency = nx.to_scipy_sparse_array(g, nodelist=nodes, dtype=float)
    laplacian = scipy.sparse.diags(adjacency.sum(axis=1)) - adjacency
    v0 = np.random.default_rng(SEED).uniform(size=len(nodes))
    values, vectors = eigsh(laplacian, k=4, which="SM", ncv=max(9, int(math.sqrt(len(nodes)))), v0=v0)
    order = np.argsort(values)
    values, coords = values[order], vectors[:, order[1:3]]
    if min(np.diff(values[1:])) < EIGEN_GAP:
        return None
    for j in range(coords.shape[1]):
        column = coords[:, j]
        if column[np.abs(column) > 1e-6][0] < 0:
            coords[:, j] = -column
    coords = nx.rescale_layout(np.round(coords, 9), scale=1)
    return dict(zip(nodes, coords, strict=True))


def _pack(boxes: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[int, int]]:
    """Parts in rows, left to right and each row below the last, the rows as wide as the largest
    part or as a screen-shaped drawing of the total area, whichever is wider."""
    extents = []
    for box in boxes:
        xs = [p[0] for p in box.values()]
        ys = [p[1] for p in box.values()]
        extents.append((min(xs), min(ys), max(xs) - min(xs) + SPACING, max(ys) - min(ys) + SPACING))
    area = sum(w * h for _, _, w, h in extents)
    width = max([math.sqrt(area * ASPECT), *(w for _, _, w, _ in extents)]) if extents else 0
    out: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for box, (x0, y0, w, h) in zip(boxes, extents, strict=True):
        gap = GAP if len(box) > 2 else SMALL_GAP
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for node, (px, py) in box.items():
            out[node] = (round(x + px - x0), round(y + py - y0))
        x += w + gap
        row_height = max(row_height, h)
    return out


@dataclass(frozen=True)
class Placed:
    """How one node is drawn: position (y down, as on screen), radius and colour."""

    x: int
    y: int
    size: float
    colour: str


def drawing(g: nx.MultiDiGraph) -> dict[str, Placed]:
    """Every node of a whole graph placed and sized as the HTML view's default page draws it
    (entities, laid out by their relations), with the articles, which that page leaves out, in
    rows below: the picture Gephi, yEd and Cytoscape open with."""
    entities = entity_graph(g)
    pos = positions(entities)
    degree = dict(entities.to_undirected(as_view=True).degree())
    out = {n: Placed(*pos[n], node_size(int(d.get("mention_count", 0)), degree[n]), colour(str(d.get("type", ""))))
           for n, d in entities.nodes(data=True)}
    articles = sorted(n for n in g.nodes if n not in entities)
    left = min((p.x for p in out.values()), default=0)
    width = max((p.x for p in out.values()), default=0) - left
    top = max((p.y for p in out.values()), default=0) + 2 * SPACING
    per_row = max(1, int(width // (SPACING / 2)) + 1)
    for i, n in enumerate(articles):
        out[n] = Placed(left + round((i % per_row) * SPACING / 2), top + round((i // per_row) * SPACING / 2),
                        node_size(0, 0), colour("Article"))
    return out
