"""graph.html: the interactive view of the graph, one self-contained file that works offline.

pyvis builds the network (nodes, edges, vis-network options) and ships the vis-network library;
the page around it is kg's own template (``graph_view.html`` with ``graph_view.css`` and
``graph_view.js``), because pyvis's templates link Bootstrap and tom-select from a CDN and offer
no legend, search by alias, side panel or evidence.

Safety: everything from the news (names, titles, sentences, article titles) travels as JSON
inside a ``<script type="application/json">`` block, with ``<``, ``>`` and ``&`` written as
``\\u`` escapes so that no text can close the block, and the page's script shows it only through
``textContent`` and DOM nodes (vis-network shows a string tooltip as text too). The heading is
HTML-escaped by the template. Nothing is fetched: the library, the style and the script are
inlined.
"""

from __future__ import annotations

import base64
import hashlib
import json
from importlib import resources
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from kg.export.layout import positions
from kg.export.mark import NAME_VERSION
from kg.export.style import COLOURS, EDGE_COLOURS, RELATION_ORDER, SHAPES, colour, edge_colour, node_size, shape
from kg.export.view import View, select
from kg.schema import COARSE, labels, zh_label
from kg.util.files import write_text_atomic

_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


HEADING = "卫生健康知识图谱 · Health-system knowledge graph"


def write(g: nx.MultiDiGraph, path: Path) -> None:
    """The default view of a whole graph (``kg build``): every entity, or the most connected
    part of a large graph."""
    view = select(g)
    write_view(view, path, heading_of(view))


def heading_of(view: View) -> str:
    """The default heading: the graph's, with the focused entities' names."""
    names = "、".join(str(view.graph.nodes[n].get("name")) for n in view.focus if n in view.graph)
    return f"{names} · {HEADING}" if names else HEADING


def write_view(view: View, path: Path, heading: str = HEADING) -> None:
    write_text_atomic(Path(path), render(view, heading))


def render(view: View, heading: str) -> str:
    net = network(view)
    page = {
        "nodes": net.nodes, "edges": net.edges, "options": net.options,
        "articles": {a: view.articles[a] for a in sorted(_cited(view))},
        # lists, so the legend keeps the schema's order (places, organizations, … people)
        "types": [{"key": t, "zh": labels()[t][0], "en": labels()[t][1], "color": COLOURS[t],
                   "shape": shape(t)} for t in COARSE],
        "relations": [{"key": r, "zh": labels()[r][0], "en": labels()[r][1], "color": EDGE_COLOURS[r]}
                      for r in RELATION_ORDER],
        "focus": view.focus, "notes": view.notes,
        "total": {"entities": view.entities_total, "relations": view.relations_total},
    }
    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True,
                             loader=jinja2.FunctionLoader(_asset))
    vis_js = (_VIS / "vis-network.min.js").read_text(encoding="utf-8")
    view_js = _asset("graph_view.js")
    return env.get_template("graph_view.html").render(
        heading=heading, generator=NAME_VERSION, data=_script_json(page),
        script_hashes=" ".join(_csp_hash(s) for s in (vis_js, view_js)),
        vis_js=Markup(vis_js), view_js=Markup(view_js),
        vis_css=Markup((_VIS / "vis-network.css").read_text(encoding="utf-8")),
        view_css=Markup(_asset("graph_view.css")))


def _csp_hash(script: str) -> str:
    """The Content-Security-Policy source that lets exactly this inline script run: the page's
    two scripts run, and nothing else would, not even an inline event handler."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def network(view: View) -> Network:
    """The pyvis network of a view: nodes placed by the precomputed layout, coloured and shaped
    by type, sized by mentions and relations, carrying what the side panel shows."""
    g = view.graph
    pos = positions(g)
    degree = dict(g.to_undirected(as_view=True).degree())
    net = Network(directed=True, cdn_resources="in_line")
    for n in sorted(g.nodes):
        d = g.nodes[n]
        kind = str(d.get("type", "Organization"))
        net.add_node(n, label=str(d.get("name", n)), shape=shape(kind) or SHAPES["Organization"],
                     color=colour(kind), size=node_size(int(d.get("mention_count", 0)), degree[n]),
                     x=pos[n][0], y=pos[n][1], kgType=kind,
                     aliases=[str(a) for a in d.get("aliases") or []],
                     sources=_unique((m.get("article", ""), m.get("sentence", "")) for m in d.get("mentions") or []),
                     mentions=int(d.get("mention_count", 0)), inferred=bool(d.get("inferred", False)),
                     code=str(d.get("code", "")), roles=[str(r) for r in d.get("roles") or []])
    for i, (u, v, _k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])):
        rel = str(d.get("rel"))
        net.add_edge(u, v, id=f"e{i}", rel=rel, label=zh_label(rel),
                     color=edge_colour(rel), kgTitle=str(d.get("title", "")),
                     evidence=_unique((e.get("article", ""), e.get("sentence", "")) for e in d.get("evidence") or []))
    large = g.number_of_nodes() > 600 or g.number_of_edges() > 1200
    net.set_options(json.dumps({
        "physics": {"enabled": False, "solver": "barnesHut", "stabilization": {"enabled": False}},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
        "edges": {"smooth": False if large else {"type": "continuous"}, "width": 1.2,
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 10, "align": "middle", "strokeWidth": 3}},
        "nodes": {"font": {"size": 13, "strokeWidth": 3}, "borderWidth": 1},
    }))
    return net


def _unique(pairs) -> list[list[str]]:
    """[article, sentence] pairs once each, in the order found."""
    return [list(p) for p in dict.fromkeys((str(a), str(s)) for a, s in pairs)]


def _cited(view: View) -> set[str]:
    g = view.graph
    cited = {m.get("article") for _, d in g.nodes(data=True) for m in d.get("mentions") or []}
    cited |= {e.get("article") for *_, d in g.edges(data=True) for e in d.get("evidence") or []}
    return {a for a in cited if a in view.articles}


def _script_json(data: dict) -> Markup:
    """JSON that can sit inside a <script> block whatever the strings hold."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in _JSON_ESCAPES.items():
        text = text.replace(ch, esc)
    return Markup(text)


def _asset(name: str) -> str:
    return resources.files("kg.export").joinpath(name).read_text(encoding="utf-8")
