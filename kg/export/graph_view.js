/* kg's graph view: legend and filters, search by name or alias, focus on a neighbourhood, and a
 * side panel with an entity's relations and source sentences or a relation's evidence.
 *
 * Every text from the news reaches the page through textContent or DOM nodes, never as HTML:
 * names, aliases, titles, sentences and article titles may hold anything. */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const TYPES = Object.fromEntries(data.types.map((t) => [t.key, t]));
  const RELS = Object.fromEntries(data.relations.map((r) => [r.key, r]));
  const ARTICLES = data.articles;
  const DIM = { background: "#eceff1", border: "#dfe3e6" };
  const FONT = "#202124";
  const DIM_FONT = "#c4c8cc";
  const hiddenTypes = new Set();
  const hiddenRels = new Set();
  let highlighted = null;

  /* A DOM element with attributes and children; strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key === "onclick") node.addEventListener("click", value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === "") continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function typeLabel(type) {
    const t = TYPES[type];
    return t ? `${t.zh} ${t.en}` : type;
  }

  function relLabel(rel) {
    const r = RELS[rel];
    return r ? `${r.zh} (${r.en})` : rel;
  }

  /* The form two names are compared in, as kg's Python normalise(): NFKC, no spaces or
   * quotation marks, one spelling of 卫生健康委; Latin letters in lower case. */
  function normalise(text) {
    return String(text).normalize("NFKC").toLowerCase()
      .replace(/[\s\u3000“”"'‘’「」『』《》〈〉]/g, "")
      .replaceAll("卫生健康委员会", "卫生健康委").replaceAll("卫健委", "卫生健康委");
  }

  function nodeTooltip(n) {
    const box = el("div", {},
      el("div", { class: "kg-tooltip-name" }, n.label),
      el("div", { class: "kg-tooltip-type" }, typeLabel(n.kgType)));
    if (n.aliases.length) box.append(el("div", {}, "又称 " + n.aliases.join("、")));
    return box;
  }

  function edgeTooltip(e) {
    const box = el("div", {}, el("div", { class: "kg-tooltip-name" }, relLabel(e.rel)));
    if (e.kgTitle) box.append(el("div", {}, e.kgTitle));
    box.append(el("div", { class: "kg-tooltip-type" },
      e.evidence.length ? `${e.evidence.length} 条来源句 source sentence(s)` : "GB/T 2260"));
    return box;
  }

  const nodes = new vis.DataSet(data.nodes.map((n) => Object.assign({}, n, {
    title: nodeTooltip(n), baseColor: n.color, font: { color: FONT },
  })));
  const edges = new vis.DataSet(data.edges.map((e) => Object.assign({}, e, {
    title: edgeTooltip(e), baseColor: e.color,
  })));
  const nodesView = new vis.DataView(nodes, { filter: (n) => !hiddenTypes.has(n.kgType) });
  const edgesView = new vis.DataView(edges, {
    filter: (e) => !hiddenRels.has(e.rel) && nodesView.get(e.from) !== null && nodesView.get(e.to) !== null,
  });
  const container = document.getElementById("kg-network");
  const network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);

  /* ---- header: what is shown, of how much ---- */
  function updateStats() {
    const stats = document.getElementById("kg-stats");
    const shownNodes = nodesView.length;
    const shownEdges = edgesView.length;
    stats.dataset.nodes = String(shownNodes);
    stats.dataset.edges = String(shownEdges);
    let text = `显示 ${shownNodes} 个实体 entities · ${shownEdges} 条关系 relations`;
    if (data.total.entities !== shownNodes || data.total.relations !== shownEdges) {
      text += `（全图 of ${data.total.entities} 个实体 · ${data.total.relations} 条关系）`;
    }
    stats.textContent = text;
  }
  document.getElementById("kg-notes").textContent = data.notes.join(" · ");

  /* ---- legend and filters ---- */
  const SVG = "http://www.w3.org/2000/svg";
  function shapeIcon(shape, color) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "14");
    svg.setAttribute("height", "14");
    svg.setAttribute("viewBox", "0 0 14 14");
    let mark;
    if (shape === "dot") {
      mark = document.createElementNS(SVG, "circle");
      mark.setAttribute("cx", "7"); mark.setAttribute("cy", "7"); mark.setAttribute("r", "6");
    } else if (shape === "square") {
      mark = document.createElementNS(SVG, "rect");
      mark.setAttribute("x", "1"); mark.setAttribute("y", "1");
      mark.setAttribute("width", "12"); mark.setAttribute("height", "12");
    } else if (shape === "line") {
      mark = document.createElementNS(SVG, "rect");
      mark.setAttribute("x", "0"); mark.setAttribute("y", "5.5");
      mark.setAttribute("width", "14"); mark.setAttribute("height", "3");
    } else {
      mark = document.createElementNS(SVG, "polygon");
      const points = {
        diamond: "7,0 14,7 7,14 0,7",
        triangle: "7,1 13,13 1,13",
        star: "7,0 8.8,5 14,5 9.8,8.2 11.4,13.5 7,10.3 2.6,13.5 4.2,8.2 0,5 5.2,5",
      };
      mark.setAttribute("points", points[shape] || points.diamond);
    }
    mark.setAttribute("fill", color);
    svg.append(mark);
    return svg;
  }

  function legendItem(list, key, label, icon, count, hidden, onToggle) {
    const box = el("input", { type: "checkbox", "data-key": key });
    box.checked = true;
    box.addEventListener("change", () => {
      if (box.checked) hidden.delete(key); else hidden.add(key);
      onToggle();
    });
    const item = el("li", { class: count ? "" : "kg-absent" },
      el("label", {}, box, icon, label, el("span", { class: "kg-count" }, String(count))));
    list.append(item);
  }

  function buildLegend() {
    const typeCounts = {};
    nodes.forEach((n) => { typeCounts[n.kgType] = (typeCounts[n.kgType] || 0) + 1; });
    const relCounts = {};
    edges.forEach((e) => { relCounts[e.rel] = (relCounts[e.rel] || 0) + 1; });
    const typeList = document.getElementById("kg-legend-types");
    for (const [type, t] of Object.entries(TYPES)) {
      if (!typeCounts[type]) continue;
      legendItem(typeList, type, `${t.zh} ${t.en}`, shapeIcon(t.shape, t.color), typeCounts[type],
        hiddenTypes, refresh);
    }
    const relList = document.getElementById("kg-legend-relations");
    for (const [rel, r] of Object.entries(RELS)) {
      if (!relCounts[rel]) continue;
      const label = el("span", { title: r.en }, r.zh + " ", el("small", {}, r.en));
      legendItem(relList, rel, label, shapeIcon("line", r.color), relCounts[rel], hiddenRels, refresh);
    }
  }

  function refresh() {
    nodesView.refresh();
    edgesView.refresh();
    updateStats();
    if (highlighted !== null) highlight(highlighted);
  }

  /* ---- neighbourhood highlight ---- */
  function highlight(id) {
    highlighted = id;
    const keep = new Set([id, ...network.getConnectedNodes(id)]);
    nodes.update(nodes.map((n) => ({
      id: n.id,
      color: keep.has(n.id) ? n.baseColor : DIM,
      font: { color: keep.has(n.id) ? FONT : DIM_FONT },
    })));
    const near = new Set(network.getConnectedEdges(id));
    edges.update(edges.map((e) => ({ id: e.id, color: near.has(e.id) ? e.baseColor : DIM.border })));
  }

  function clearHighlight() {
    if (highlighted === null) return;
    highlighted = null;
    nodes.update(nodes.map((n) => ({ id: n.id, color: n.baseColor, font: { color: FONT } })));
    edges.update(edges.map((e) => ({ id: e.id, color: e.baseColor })));
  }

  /* ---- side panel ---- */
  const panel = document.getElementById("kg-panel");
  const panelBody = document.getElementById("kg-panel-body");

  function openPanel(...children) {
    panelBody.replaceChildren(...children);
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function closePanel() {
    panel.hidden = true;
    panelBody.replaceChildren();
  }

  function nodeLink(id) {
    const n = nodes.get(id);
    return el("button", { type: "button", class: "kg-link", "data-node": id, onclick: () => focus(id) },
      n ? n.label : id);
  }

  /* A sentence with the given names marked. */
  function marked(sentence, names) {
    const forms = [...new Set(names.filter((x) => x))].sort((a, b) => b.length - a.length);
    const out = el("span", {});
    let rest = sentence;
    while (rest) {
      let best = -1;
      let form = "";
      for (const f of forms) {
        const at = rest.indexOf(f);
        if (at >= 0 && (best < 0 || at < best)) { best = at; form = f; }
      }
      if (best < 0) { out.append(document.createTextNode(rest)); break; }
      out.append(document.createTextNode(rest.slice(0, best)), el("mark", {}, form));
      rest = rest.slice(best + form.length);
    }
    return out;
  }

  function sourceList(pairs, names) {
    const list = el("div", { class: "kg-sources" });
    for (const [article, sentence] of pairs) {
      const title = ARTICLES[article];
      list.append(el("blockquote", {}, marked(sentence, names),
        el("cite", {}, title ? `《${title}》` : article)));
    }
    return list;
  }

  function showNode(id) {
    const n = nodes.get(id);
    if (!n) return;
    const t = TYPES[n.kgType] || { zh: n.kgType, en: n.kgType, color: "#999" };
    const parts = [
      el("h2", {}, n.label),
      el("span", { class: "kg-type", style: `background:${t.color}` }, `${t.zh} ${t.en}`),
    ];
    if (n.code) parts.push(el("p", {}, `行政区划代码 Code ${n.code}`));
    if (n.inferred) parts.push(el("p", {}, "由行政区划表推出，文中未提及 Inferred from GB/T 2260, not named in the text"));
    if (n.roles.length) parts.push(el("p", {}, "身份 Roles: " + n.roles.join("、")));
    parts.push(el("h3", {}, `名称 Names (${1 + n.aliases.length})`),
      el("ul", { class: "kg-names" }, el("li", {}, n.label), ...n.aliases.map((a) => el("li", {}, a))));
    const rels = edges.get({ filter: (e) => e.from === id || e.to === id });
    parts.push(el("h3", {}, `关系 Relations (${rels.length})`));
    const relList = el("ul", { class: "kg-relations" });
    for (const e of rels) {
      const outgoing = e.from === id;
      const r = RELS[e.rel] || { zh: e.rel, en: e.rel };
      const relButton = el("button", { type: "button", class: "kg-link kg-rel", title: r.en,
        onclick: () => showEdge(e.id) }, r.zh);
      relList.append(el("li", {}, outgoing ? "→ " : "← ", relButton,
        e.kgTitle ? el("span", { class: "kg-title" }, ` ${e.kgTitle}`) : "", " ", nodeLink(outgoing ? e.to : e.from)));
    }
    if (!rels.length) relList.append(el("li", {}, "无 none"));
    parts.push(relList);
    parts.push(el("h3", {}, `来源 Sources (${n.sources.length})`));
    parts.push(n.sources.length ? sourceList(n.sources, [n.label, ...n.aliases])
      : el("p", {}, "无 none"));
    openPanel(...parts);
  }

  function showEdge(edgeId) {
    const e = edges.get(edgeId);
    if (!e) return;
    const r = RELS[e.rel] || { zh: e.rel, en: e.rel };
    const head = nodes.get(e.from);
    const tail = nodes.get(e.to);
    const parts = [
      el("h2", {}, el("span", { class: "kg-rel" }, r.zh), " ", el("small", {}, r.en)),
      el("p", {}, nodeLink(e.from), " → ", nodeLink(e.to)),
    ];
    if (e.kgTitle) parts.push(el("p", {}, "职务 Title: ", el("span", { class: "kg-title" }, e.kgTitle)));
    parts.push(el("h3", {}, `证据 Evidence (${e.evidence.length})`));
    const names = [head, tail].filter((x) => x).flatMap((x) => [x.label, ...x.aliases]);
    parts.push(e.evidence.length ? sourceList(e.evidence, names)
      : el("p", {}, "据行政区划代码表 From the GB/T 2260 code table"));
    openPanel(...parts);
  }

  /* ---- focus ---- */
  function focus(id, options) {
    const n = nodes.get(id);
    if (!n) return false;
    if (hiddenTypes.has(n.kgType)) {
      hiddenTypes.delete(n.kgType);
      const box = document.querySelector(`#kg-legend-types input[data-key="${n.kgType}"]`);
      if (box) box.checked = true;
      refresh();
    }
    network.selectNodes([id]);
    highlight(id);
    if (!(options && options.stay)) {
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    }
    showNode(id);
    return true;
  }

  function reset() {
    hiddenTypes.clear();
    hiddenRels.clear();
    document.querySelectorAll(".kg-legend input").forEach((box) => { box.checked = true; });
    refresh();
    clearHighlight();
    network.unselectAll();
    closePanel();
    searchBox.value = "";
    results.replaceChildren();
    network.fit();
  }

  /* ---- search ---- */
  const index = nodes.map((n) => ({
    id: n.id, label: n.label, type: n.kgType,
    forms: [[normalise(n.label), n.label], ...n.aliases.map((a) => [normalise(a), a])],
  }));

  function search(query) {
    const q = normalise(query);
    if (!q) return [];
    const found = [];
    for (const entry of index) {
      let best = null;
      entry.forms.forEach(([form, shown], i) => {
        const at = form.indexOf(q);
        if (at < 0) return;
        const rank = form === q ? (i === 0 ? 0 : 1) : at === 0 ? 2 : 3;
        if (best === null || rank < best.rank) best = { rank, via: i === 0 ? null : shown };
      });
      if (best) found.push({ id: entry.id, label: entry.label, type: entry.type, rank: best.rank, via: best.via });
    }
    found.sort((a, b) => a.rank - b.rank || a.label.length - b.label.length || (a.label < b.label ? -1 : 1));
    return found.slice(0, 50);
  }

  const searchBox = document.getElementById("kg-search");
  const results = document.getElementById("kg-results");
  let current = [];
  let cursor = 0;

  function showResults() {
    current = search(searchBox.value);
    cursor = 0;
    results.replaceChildren();
    if (!searchBox.value.trim()) return;
    if (!current.length) {
      results.append(el("li", { class: "kg-empty" }, "未找到 No match"));
      return;
    }
    current.forEach((r, i) => {
      const item = el("li", { role: "option", "data-node": r.id, "aria-selected": i === 0 ? "true" : "false" },
        r.label, r.via ? el("span", { class: "kg-result-alias" }, `= ${r.via}`) : "",
        el("span", { class: "kg-result-type" }, TYPES[r.type] ? TYPES[r.type].zh : r.type));
      item.addEventListener("click", () => focus(r.id));
      results.append(item);
    });
  }

  function moveCursor(step) {
    if (!current.length) return;
    cursor = (cursor + step + current.length) % current.length;
    results.querySelectorAll("li").forEach((li, i) => li.setAttribute("aria-selected", i === cursor ? "true" : "false"));
    results.children[cursor].scrollIntoView({ block: "nearest" });
  }

  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") { moveCursor(1); event.preventDefault(); }
    else if (event.key === "ArrowUp") { moveCursor(-1); event.preventDefault(); }
    else if (event.key === "Enter" && current.length) { focus(current[cursor].id); event.preventDefault(); }
    else if (event.key === "Escape") { searchBox.value = ""; showResults(); }
  });

  /* ---- network events and controls ---- */
  network.on("click", (params) => {
    if (params.nodes.length) focus(params.nodes[0], { stay: true });
    else if (params.edges.length) showEdge(params.edges[0]);
    else { clearHighlight(); closePanel(); }
  });
  document.getElementById("kg-panel-close").addEventListener("click", () => { clearHighlight(); closePanel(); network.unselectAll(); });
  document.getElementById("kg-physics").addEventListener("change", (event) => {
    network.setOptions({ physics: { enabled: event.target.checked } });
  });
  document.getElementById("kg-fit").addEventListener("click", () => network.fit());
  document.getElementById("kg-reset").addEventListener("click", reset);

  buildLegend();
  updateStats();
  if (data.focus.length) focus(data.focus[0]);

  /* for scripts and tests: the network and the page's own actions */
  window.kgView = { network, nodes, edges, nodesView, edgesView, focus, search, showEdge, reset };
})();
