(function () {
  "use strict";
  window.addEventListener("error", function (ev) { document.body.dataset.error = String(ev.message); });
  var SVG_NS = "http://www.w3.org/2000/svg";
  // Every map looked up by text from the graph (node ids, kinds, edge kinds) has no
  // prototype: "__proto__", "constructor" or "toString" are keys like any other.
  function table(entries) { var t = Object.create(null); for (var k in entries) { t[k] = entries[k]; } return t; }
  var COLORS = table({article: "#4e79a7", outlet: "#f28e2b", speaker: "#59a14f", remark: "#b07aa1", quote: "#a0a0a0"});
  var EXTRA = ["#e15759", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"];
  var EDGE_COLORS = table({contains: "#c7c7c7", instance_of: "#c7c7c7", said_by: "#59a14f",
    first_given_to: "#f28e2b", published_by: "#4e79a7", relays: "#e15759"});
  var RADIUS = table({article: 8, outlet: 8, speaker: 7, remark: 5, quote: 3});
  var LABELLED = table({outlet: true, speaker: true});
  var HIDDEN = table({quote: true});

  function el(name, attrs, text) {
    var e = document.createElement(name);
    if (attrs) { for (var k in attrs) { e.setAttribute(k, attrs[k]); } }
    if (text !== undefined) { e.textContent = String(text); }
    return e;
  }
  function svg(name, attrs) {
    var e = document.createElementNS(SVG_NS, name);
    if (attrs) { for (var k in attrs) { e.setAttribute(k, String(attrs[k])); } }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function shorten(s, n) { return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }

  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var nodes = data.nodes, edges = data.edges, n = nodes.length;
  var index = Object.create(null);
  nodes.forEach(function (d, i) { index[d.id] = i; });
  var kinds = data.kinds.slice();
  var extra = 0;
  kinds.forEach(function (k) { if (!(k in COLORS)) { COLORS[k] = EXTRA[extra++ % EXTRA.length]; } });
  function color(kind) { return kind in COLORS ? COLORS[kind] : "#999"; }
  function edgeColor(kind) { return kind in EDGE_COLORS ? EDGE_COLORS[kind] : "#999"; }

  // ---- layout: Fruchterman-Reingold with a grid for repulsion, springs and a pull to the centre
  var links = [], seen = Object.create(null), degree = new Float64Array(n);
  edges.forEach(function (e) {
    var a = index[e.source], b = index[e.target];
    if (a === undefined || b === undefined || a === b) { return; }
    var key = a < b ? a + " " + b : b + " " + a;
    if (seen[key]) { return; }
    seen[key] = true;
    links.push([a, b]);
    degree[a] += 1; degree[b] += 1;
  });
  var K = 30, CUTOFF = 6 * K;
  var x = new Float64Array(n), y = new Float64Array(n), dx = new Float64Array(n), dy = new Float64Array(n);
  for (var i = 0; i < n; i++) {  // a sunflower spiral: deterministic and evenly spread
    var r = K * Math.sqrt(i + 0.5), t = i * 2.399963229728653;
    x[i] = r * Math.cos(t); y[i] = r * Math.sin(t);
  }
  var iterations = n > 3000 ? 100 : n > 1000 ? 200 : 300;
  var temperature = Math.max(K, K * Math.sqrt(n) / 2);
  var cool = Math.pow(0.5 / temperature, 1 / iterations);
  for (var it = 0; it < iterations && n > 1; it++) {
    dx.fill(0); dy.fill(0);
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, cx = 0, cy = 0;
    for (i = 0; i < n; i++) {
      if (x[i] < minX) { minX = x[i]; } if (x[i] > maxX) { maxX = x[i]; }
      if (y[i] < minY) { minY = y[i]; } if (y[i] > maxY) { maxY = y[i]; }
      cx += x[i]; cy += y[i];
    }
    cx /= n; cy /= n;
    var cols = Math.floor((maxX - minX) / CUTOFF) + 1, rows = Math.floor((maxY - minY) / CUTOFF) + 1;
    var cells = new Map(), cellOf = new Int32Array(n);
    for (i = 0; i < n; i++) {
      var c = Math.floor((y[i] - minY) / CUTOFF) * cols + Math.floor((x[i] - minX) / CUTOFF);
      cellOf[i] = c;
      var list = cells.get(c);
      if (list) { list.push(i); } else { cells.set(c, [i]); }
    }
    for (i = 0; i < n; i++) {  // repulsion k^2/d from the nodes in the 3x3 cells around
      var col = cellOf[i] % cols, row = (cellOf[i] - col) / cols;
      for (var rr = row - 1; rr <= row + 1; rr++) {
        if (rr < 0 || rr >= rows) { continue; }
        for (var cc = col - 1; cc <= col + 1; cc++) {
          if (cc < 0 || cc >= cols) { continue; }
          var others = cells.get(rr * cols + cc);
          if (!others) { continue; }
          for (var m = 0; m < others.length; m++) {
            var j = others[m];
            if (j <= i) { continue; }
            var ex = x[i] - x[j], ey = y[i] - y[j], d2 = ex * ex + ey * ey;
            if (d2 < 1e-4) { ex = ((i * 7 + j) % 13 - 6) * 0.01 + 0.01; ey = ((i + j * 5) % 11 - 5) * 0.01; d2 = ex * ex + ey * ey; }
            if (d2 > CUTOFF * CUTOFF) { continue; }
            var f = K * K / d2;  // (k^2/d) along the unit vector (ex, ey)/d
            dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
          }
        }
      }
    }
    for (var l = 0; l < links.length; l++) {  // springs d^2/k
      var a = links[l][0], b = links[l][1];
      var lx = x[a] - x[b], ly = y[a] - y[b], d = Math.sqrt(lx * lx + ly * ly) || 0.01;
      var s = d / K;
      dx[a] -= lx * s; dy[a] -= ly * s; dx[b] += lx * s; dy[b] += ly * s;
    }
    for (i = 0; i < n; i++) {  // centering: a weak pull that keeps loose parts near the rest
      dx[i] -= (x[i] - cx) * 0.05; dy[i] -= (y[i] - cy) * 0.05;
      var len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (len > 0) { var step = Math.min(len, temperature) / len; x[i] += dx[i] * step; y[i] += dy[i] * step; }
    }
    temperature *= cool;
  }

  // ---- render
  var root = document.getElementById("graph");
  var defs = svg("defs");
  var markers = Object.create(null);
  function marker(kind) {
    if (markers[kind]) { return markers[kind]; }
    var id = "arrow-" + Object.keys(markers).length;
    var mk = svg("marker", {id: id, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6,
      orient: "auto-start-reverse", markerUnits: "strokeWidth"});
    mk.appendChild(svg("path", {d: "M0,0 L10,5 L0,10 z", fill: edgeColor(kind)}));
    defs.appendChild(mk);
    markers[kind] = id;
    return id;
  }
  root.appendChild(defs);
  var view = svg("g", {id: "viewport"});
  var edgeLayer = svg("g", {id: "edges"}), nodeLayer = svg("g", {id: "nodes"});
  view.appendChild(edgeLayer); view.appendChild(nodeLayer); root.appendChild(view);
  function radius(i) { return (RADIUS[nodes[i].kind] || 6) + Math.min(6, Math.max(0, Math.sqrt(degree[i]) - 1)); }

  var edgeEls = [];
  edges.forEach(function (e) {
    var a = index[e.source], b = index[e.target];
    if (a === undefined || b === undefined) { edgeEls.push(null); return; }
    var ex = x[b] - x[a], ey = y[b] - y[a], d = Math.sqrt(ex * ex + ey * ey) || 1;
    var ra = radius(a), rb = radius(b) + 1;
    var line = svg("line", {"class": "link", x1: (x[a] + ex / d * ra).toFixed(1), y1: (y[a] + ey / d * ra).toFixed(1),
      x2: (x[b] - ex / d * rb).toFixed(1), y2: (y[b] - ey / d * rb).toFixed(1), stroke: edgeColor(e.kind),
      "stroke-width": 1, "data-kind": e.kind});
    if (data.directed && a !== b) { line.setAttribute("marker-end", "url(#" + marker(e.kind) + ")"); }
    var tip = svg("title"); tip.textContent = e.kind + ": " + e.source + " \u2192 " + e.target;
    line.appendChild(tip);
    edgeLayer.appendChild(line);
    edgeEls.push(line);
  });

  var nodeEls = [];
  nodes.forEach(function (d, i) {
    var g = svg("g", {"class": "node", "data-id": d.id, "data-kind": d.kind, tabindex: 0, role: "button",
      transform: "translate(" + x[i].toFixed(1) + "," + y[i].toFixed(1) + ")"});
    g.setAttribute("aria-label", d.kind + ": " + d.label);
    g.appendChild(svg("circle", {r: radius(i).toFixed(1), fill: color(d.kind)}));
    var tip = svg("title"); tip.textContent = d.kind + ": " + d.label; g.appendChild(tip);
    if (LABELLED[d.kind]) {
      var text = svg("text", {x: (radius(i) + 2).toFixed(1), y: 3});
      text.textContent = shorten(d.label, 40);
      g.appendChild(text);
    }
    g.addEventListener("click", function (ev) { ev.stopPropagation(); select(d.id, true); });
    g.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); select(d.id, true); }
    });
    nodeLayer.appendChild(g);
    nodeEls.push(g);
  });

  // ---- view box, zoom (wheel) and pan (drag on the background)
  var box;
  (function fit() {
    var pad = 40, x0 = -100, y0 = -100, x1 = 100, y1 = 100;
    if (n) {
      x0 = Infinity; y0 = Infinity; x1 = -Infinity; y1 = -Infinity;
      for (var i = 0; i < n; i++) {
        x0 = Math.min(x0, x[i]); y0 = Math.min(y0, y[i]); x1 = Math.max(x1, x[i]); y1 = Math.max(y1, y[i]);
      }
    }
    box = {x: x0 - pad, y: y0 - pad, w: Math.max(x1 - x0, 100) + 2 * pad + 120, h: Math.max(y1 - y0, 100) + 2 * pad};
  })();
  function setBox() { root.setAttribute("viewBox", [box.x, box.y, box.w, box.h].map(function (v) { return v.toFixed(1); }).join(" ")); }
  setBox();
  function toUser(ev) {
    var rect = root.getBoundingClientRect();
    var scale = Math.max(box.w / (rect.width || 1), box.h / (rect.height || 1));
    var ox = box.x - ((rect.width || 1) * scale - box.w) / 2, oy = box.y - ((rect.height || 1) * scale - box.h) / 2;
    return {x: ox + (ev.clientX - rect.left) * scale, y: oy + (ev.clientY - rect.top) * scale, scale: scale};
  }
  root.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = toUser(ev), f = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
    box = {x: p.x - (p.x - box.x) * f, y: p.y - (p.y - box.y) * f, w: box.w * f, h: box.h * f};
    setBox();
  }, {passive: false});
  var drag = null;
  root.addEventListener("pointerdown", function (ev) {
    if (ev.target.closest && ev.target.closest(".node")) { return; }
    drag = {x: ev.clientX, y: ev.clientY, box: box, scale: toUser(ev).scale, moved: false};
    root.classList.add("panning");
  });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var mx = ev.clientX - drag.x, my = ev.clientY - drag.y;
    if (Math.abs(mx) + Math.abs(my) > 3) { drag.moved = true; }
    box = {x: drag.box.x - mx * drag.scale, y: drag.box.y - my * drag.scale, w: drag.box.w, h: drag.box.h};
    setBox();
  });
  window.addEventListener("pointerup", function () {
    if (drag && !drag.moved) { select(null, true); }
    drag = null; root.classList.remove("panning");
  });

  // ---- show / hide kinds
  var hidden = Object.create(null);
  kinds.forEach(function (k) { hidden[k] = !!HIDDEN[k]; });
  function applyVisibility() {
    nodes.forEach(function (d, i) {
      if (hidden[d.kind]) { nodeEls[i].setAttribute("display", "none"); } else { nodeEls[i].removeAttribute("display"); }
    });
    edges.forEach(function (e, i) {
      var line = edgeEls[i];
      if (!line) { return; }
      var off = hidden[nodes[index[e.source]].kind] || hidden[nodes[index[e.target]].kind];
      if (off) { line.setAttribute("display", "none"); } else { line.removeAttribute("display"); }
    });
  }

  // ---- header counts and legend
  var counts = Object.create(null), edgeCounts = Object.create(null), edgeKinds = [];
  kinds.forEach(function (k) { counts[k] = 0; });
  nodes.forEach(function (d) { counts[d.kind] += 1; });
  edges.forEach(function (e) {
    if (!(e.kind in edgeCounts)) { edgeCounts[e.kind] = 0; edgeKinds.push(e.kind); }
    edgeCounts[e.kind] += 1;
  });
  var header = document.getElementById("counts");
  header.textContent = kinds.map(function (k) { return k + ": " + counts[k]; }).join(" \u00b7 ") +
    " \u2014 " + n + " nodes, " + edges.length + " edges";
  var legend = document.getElementById("legend");
  legend.appendChild(el("h2", null, "Nodes"));
  kinds.forEach(function (k) {
    var label = el("label");
    var check = el("input", {type: "checkbox", "data-kind": k});
    check.checked = !hidden[k];
    check.addEventListener("change", function () { hidden[k] = !check.checked; applyVisibility(); });
    var swatch = el("span", {"class": "swatch"});
    swatch.style.background = color(k);
    label.appendChild(check); label.appendChild(swatch); label.appendChild(el("span", null, k + " (" + counts[k] + ")"));
    legend.appendChild(label);
  });
  if (edgeKinds.length) {
    legend.appendChild(el("h2", null, "Edges"));
    edgeKinds.forEach(function (k) {
      var row = el("div", {"class": "edge"});
      var line = el("span", {"class": "line"});
      line.style.borderTopColor = edgeColor(k);
      row.appendChild(line); row.appendChild(el("span", null, k + " (" + edgeCounts[k] + ")"));
      legend.appendChild(row);
    });
  }
  if (data.graph && data.graph.edge_direction) { legend.appendChild(el("p", {"class": "note"}, data.graph.edge_direction)); }

  // ---- side panel: a node's attributes and its edges, all as text
  var panel = document.getElementById("panel");
  function attrsTable(attrs) {
    var table = el("table");
    Object.keys(attrs).forEach(function (k) {
      var tr = el("tr");
      tr.appendChild(el("th", null, k)); tr.appendChild(el("td", null, attrs[k]));
      table.appendChild(tr);
    });
    return table;
  }
  function edgeList(list, outgoing) {
    var ul = el("ul");
    list.forEach(function (e) {
      var other = outgoing ? e.target : e.source, o = nodes[index[other]];
      var li = el("li");
      li.appendChild(el("span", {"class": "ekind"}, e.kind + (outgoing ? " \u2192 " : " \u2190 ")));
      var go = el("button", {type: "button", title: other}, o ? o.kind + ": " + shorten(o.label, 60) : other);
      go.addEventListener("click", function () { select(other, true); });
      li.appendChild(go);
      var extra = Object.keys(e.attrs).filter(function (k) { return k !== "kind"; });
      if (extra.length) {
        li.appendChild(el("div", {"class": "eattrs"}, extra.map(function (k) { return k + ": " + e.attrs[k]; }).join("; ")));
      }
      ul.appendChild(li);
    });
    return ul;
  }
  function select(id, remember) {
    nodeEls.forEach(function (g) { g.classList.remove("selected"); g.classList.remove("near"); });
    edgeEls.forEach(function (line) { if (line) { line.classList.remove("hot"); } });
    clear(panel);
    var i = id === null ? undefined : index[id];
    if (i === undefined) {
      panel.appendChild(el("p", {"class": "hint"}, "Click a node to see its attributes."));
      if (remember) { try { history.replaceState(null, "", location.pathname + location.search); } catch (err) { /* file: */ } }
      return;
    }
    var d = nodes[i];
    nodeEls[i].classList.add("selected");
    var outs = [], ins = [];
    edges.forEach(function (e, k) {
      if (e.source === d.id) { outs.push(e); } else if (e.target === d.id) { ins.push(e); } else { return; }
      if (edgeEls[k]) { edgeEls[k].classList.add("hot"); }
      var other = nodeEls[index[e.source === d.id ? e.target : e.source]];
      if (other) { other.classList.add("near"); }
    });
    panel.setAttribute("data-selected", d.id);
    panel.appendChild(el("h2", null, d.label));
    panel.appendChild(el("p", {"class": "note"}, d.kind + " \u00b7 " + d.id + (hidden[d.kind] ? " (kind hidden)" : "")));
    panel.appendChild(attrsTable(d.attrs));
    if (outs.length) { panel.appendChild(el("h2", null, "Edges out (" + outs.length + ")")); panel.appendChild(edgeList(outs, true)); }
    if (ins.length) { panel.appendChild(el("h2", null, "Edges in (" + ins.length + ")")); panel.appendChild(edgeList(ins, false)); }
    if (remember) { try { history.replaceState(null, "", "#node=" + encodeURIComponent(d.id)); } catch (err) { /* file: */ } }
  }
  function fromHash() {
    var h = location.hash;
    if (h.indexOf("#node=") !== 0) { return; }
    var id;
    try { id = decodeURIComponent(h.slice(6)); } catch (err) { return; }
    select(id, false);
  }
  window.addEventListener("hashchange", fromHash);

  applyVisibility();
  fromHash();
  document.body.dataset.nodes = String(root.querySelectorAll(".node").length);
  document.body.dataset.ready = "1";
})();
