"""The HTML view in a real browser: Debian's chromium, headless, driven by Playwright.

Every request that is not the page's own file is blocked and recorded, so "no request" means the
page asked for nothing. ``make test`` installs chromium and fonts-noto-cjk when it can (as root
with apt-get) and then sets KG_REQUIRE_BROWSER=1, under which a missing browser fails the run
instead of skipping it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest
from conftest import ROOT

from kg.export import html
from kg.export.view import select

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "build" / "screenshots"
HOSPITAL = "大连医科大学附属第二医院"
PAYLOAD_ARTICLE = """卫生健康要闻
<script>window.__kg_pwned = 1</script>关于<img src=x onerror="window.__kg_pwned=1">的通报

本报讯 日前，<b onmouseover=alert(1)>北京市卫生健康委员会</b>主任<script>alert('主任')</script>李明\
在北京市朝阳区医院调研。
他要求，北京市朝阳区医院要与<svg onload=alert(2)>首都医科大学附属北京朝阳医院</svg>开展对口帮扶。
“<iframe src=javascript:alert(3)></iframe>”北京市朝阳区医院院长王刚说。
"""


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}, and KG_REQUIRE_BROWSER=1 says the browser tests must run")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_or_fail("Playwright's Python package is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        _skip_or_fail("Debian's chromium is not at /usr/bin/chromium (`make test` installs it as root "
                      "with apt-get: apt-get install chromium fonts-noto-cjk)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@dataclass
class Page:
    """A page opened offline, with what it asked for and what it complained of."""

    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def pwned(self) -> bool:
        return self.page.evaluate("window.__kg_pwned !== undefined") or bool(self.dialogs)

    def stats(self) -> tuple[int, int]:
        el = self.page.locator("#kg-stats")
        return int(el.get_attribute("data-nodes")), int(el.get_attribute("data-edges"))

    def search(self, text: str) -> None:
        self.page.fill("#kg-search", text)
        self.page.press("#kg-search", "Enter")

    def selected(self) -> list[str]:
        return self.page.evaluate("kgView.network.getSelectedNodes()")

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Where a node is drawn, in page coordinates."""
        return self._point("(() => { const n = kgView.network; const p = n.getPositions([id])[id];"
                           " return n.canvasToDOM(p); })()", node_id)

    def edge_point(self, edge_id: str) -> tuple[float, float]:
        """A point on an edge, in page coordinates: the middle of its two ends."""
        return self._point("(() => { const n = kgView.network; const e = kgView.edges.get(id);"
                           " const p = n.getPositions([e.from, e.to]);"
                           " return n.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2,"
                           " y: (p[e.from].y + p[e.to].y) / 2}); })()", edge_id)

    def _point(self, script: str, key: str) -> tuple[float, float]:
        at = self.page.evaluate(f"(id) => {script}", key)
        box = self.page.locator("#kg-network").bounding_box()
        return box["x"] + at["x"], box["y"] + at["y"]

    def panel(self) -> str:
        return self.page.locator("#kg-panel").inner_text()


@pytest.fixture
def open_page(browser):
    contexts = []

    def open_(path: Path, width: int = 1600, height: int = 1000) -> Page:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        seen = Page(page)

        def route(r):
            if r.request.url.startswith("file://") and r.request.url.split("#")[0] == path.as_uri():
                r.continue_()
            else:
                seen.requests.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.on("console", lambda m: seen.errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: seen.errors.append(str(e)))
        page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_function("window.kgView !== undefined")
        return seen

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def seed_page(seed_build) -> tuple[Path, dict]:
    _, out = seed_build
    return out / "graph.html", json.loads((out / "graph.json").read_text(encoding="utf-8"))


def test_the_seed_page_loads_offline_with_no_error_and_no_request(open_page, seed_page):
    page = open_page(seed_page[0])
    page.page.wait_for_timeout(300)
    assert page.requests == [] and page.errors == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=SCREENSHOTS / "seeds.png")
    assert (SCREENSHOTS / "seeds.png").stat().st_size > 20_000


def test_the_shown_counts_match_the_graph(open_page, seed_page):
    path, data = seed_page
    entities = [n for n in data["nodes"] if n["type"] != "Article"]
    relations = [e for e in data["links"] if e["rel"] != "mentions"]
    page = open_page(path)
    assert page.stats() == (len(entities), len(relations))
    assert page.page.evaluate("kgView.nodesView.length") == len(entities)
    assert str(len(entities)) in page.page.locator("#kg-stats").inner_text()
    persons = sum(n["type"] == "Person" for n in entities)
    page.page.locator('#kg-legend-types input[data-key="Person"]').uncheck()
    assert page.stats()[0] == len(entities) - persons
    page.page.locator('#kg-legend-types input[data-key="Person"]').check()
    assert page.stats()[0] == len(entities)


def test_search_by_name_and_by_alias_focuses_the_hospital(open_page, seed_page):
    path, data = seed_page
    hospital = next(n["id"] for n in data["nodes"] if n["name"] == HOSPITAL)
    page = open_page(path)
    page.search(HOSPITAL)
    assert page.selected() == [hospital]
    assert page.page.locator("#kg-panel h2").inner_text() == HOSPITAL
    page.page.click("#kg-reset")
    assert page.selected() == [] and page.page.locator("#kg-panel").is_hidden()
    page.page.fill("#kg-search", "大二院")
    first = page.page.locator("#kg-results li").first
    assert first.get_attribute("data-node") == hospital and "= 大二院" in first.inner_text()
    first.click()
    assert page.selected() == [hospital]
    page.page.wait_for_timeout(400)  # the focus animation
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=SCREENSHOTS / "seeds-focus-大二院.png")
    assert page.errors == [] and page.requests == []


def test_clicking_a_node_shows_its_relations_and_evidence(open_page, seed_page):
    path, data = seed_page
    hospital = next(n for n in data["nodes"] if n["name"] == HOSPITAL)
    titles = {n["id"].removeprefix("article:"): n["name"] for n in data["nodes"] if n["type"] == "Article"}
    page = open_page(path)
    page.page.evaluate("(id) => kgView.network.focus(id, {scale: 1.5})", hospital["id"])
    page.page.mouse.click(*page.node_point(hospital["id"]))
    assert page.selected() == [hospital["id"]]
    panel = page.panel()
    assert HOSPITAL in panel and "大二院" in panel and "医院 hospital" in panel
    assert "任职于" in panel and "刘志宇" in panel
    for mention in hospital["mentions"]:
        assert mention["sentence"] in panel and f"《{titles[mention['article']]}》" in panel
    assert page.page.locator("#kg-panel mark").count() >= len(hospital["mentions"])


def test_clicking_an_edge_shows_its_evidence(open_page, seed_page):
    path, data = seed_page
    edge = next(e for e in data["links"] if e["rel"] == "holdsPosition" and e["source"] == "Person/刘志宇")
    page = open_page(path)
    edge_id = page.page.evaluate(
        "([s, t]) => kgView.edges.get({filter: (e) => e.from === s && e.to === t})[0].id",
        [edge["source"], edge["target"]])
    page.page.evaluate("(id) => kgView.network.focus(id, {scale: 2})", edge["target"])
    page.page.mouse.click(*page.edge_point(edge_id))
    panel = page.panel()
    assert "任职于" in panel and "holds position at" in panel and edge["title"] in panel
    for ev in edge["evidence"]:
        assert ev["sentence"] in panel


def _payload_graph(tmp_path: Path) -> nx.MultiDiGraph:
    """A graph built by the pipeline from an article full of HTML and script, with payloads put
    into every field the page shows that the pipeline would not fill with them."""
    from kg.build import build_graph_from

    (tmp_path / "payload.txt").write_text(PAYLOAD_ARTICLE, encoding="utf-8")
    g = build_graph_from([tmp_path / "payload.txt"], segmenter="char").graph
    hostile = "<img src=x onerror=\"window.__kg_pwned=1\"><script>window.__kg_pwned=1</script>"
    people = sorted(n for n, d in g.nodes(data=True) if d.get("type") == "Person")
    assert people, "the pipeline found no person in the payload article"
    g.nodes[people[0]]["name"] = hostile
    g.nodes[people[0]]["aliases"] = ["<svg onload=alert(1)>", "</script><script>alert(2)</script>"]
    for _, _, d in g.edges(data=True):
        if d.get("rel") == "holdsPosition":
            d["title"] = "<b onclick=alert(3)>院长</b>"
    for n, d in g.nodes(data=True):
        if d.get("type") == "Article":
            d["name"] = "<img src=x onerror=alert(4)>" + n
    return g


def test_an_article_full_of_payloads_runs_none_of_them(open_page, tmp_path):
    g = _payload_graph(tmp_path)
    path = tmp_path / "payload.html"
    html.write_view(select(g), path, heading="<script>alert('heading')</script>")
    page = open_page(path)
    assert page.page.title() == "<script>alert('heading')</script>"
    node_ids = page.page.evaluate("kgView.nodes.getIds()")
    edge_ids = page.page.evaluate("kgView.edges.getIds()")
    assert len(node_ids) >= 4 and edge_ids
    page.page.evaluate("kgView.network.fit()")
    panels = []
    for node in node_ids:
        page.page.evaluate("(id) => kgView.network.focus(id, {scale: 1.5})", node)
        x, y = page.node_point(node)
        page.page.mouse.move(x, y)
        page.page.wait_for_timeout(200)  # the tooltip shows after 150 ms
        page.page.mouse.click(x, y)
        assert page.selected() == [node]
        panels.append(page.panel())
    assert any("<img src=x onerror=alert(4)>" in p for p in panels)  # an article title, shown as text
    assert any("<b onclick=alert(3)>院长</b>" in p for p in panels)  # a title
    for edge in edge_ids:
        page.page.evaluate("(id) => kgView.network.fit()", edge)
        x, y = page.edge_point(edge)
        page.page.mouse.move(x, y)
        page.page.wait_for_timeout(200)
        page.page.evaluate("(id) => kgView.showEdge(id)", edge)
        assert "证据 Evidence" in page.panel()
    for query in ["<img", "<script", "onerror", "<svg"]:
        page.page.fill("#kg-search", query)
        page.page.locator("#kg-results li").first.click()
    assert page.page.locator("#kg-results li, #kg-panel").count() >= 1
    assert not page.pwned(), page.dialogs
    assert page.errors == [] and page.requests == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.page.screenshot(path=SCREENSHOTS / "payloads.png")


def test_two_thousand_entities_stay_usable(open_page, tmp_path):
    """A graph the size of a year of one newspaper: the page opens in seconds, counts right,
    and finds and focuses an entity."""
    g = nx.MultiDiGraph()
    types = ["Hospital", "Person", "City", "GovernmentAgency", "Program"]
    for i in range(2000):
        g.add_node(f"n{i:04d}", type=types[i % 5], name=f"实体{i:04d}", aliases=[f"简称{i:04d}"],
                   mention_count=1 + i % 7, mentions=[])
    tree = nx.random_labeled_tree(2000, seed=3) if hasattr(nx, "random_labeled_tree") else nx.random_tree(2000, seed=3)
    for u, v in sorted(tree.edges())[:1900]:
        g.add_edge(f"n{u:04d}", f"n{v:04d}", key="locatedIn", rel="locatedIn", evidence=[])
    path = tmp_path / "big.html"
    html.write(g, path)
    page = open_page(path)
    assert page.stats() == (2000, 1900)
    page.search("简称1234")
    assert page.selected() == ["n1234"]
    assert "实体1234" in page.panel()
    assert page.errors == [] and page.requests == []
