"""The HTML view: a self-contained page, its embedded JSON, escaping, and (when Chromium is
installed) the page as a real headless browser draws it."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteprov.corpus import load_articles
from quoteprov.graph import analyze_corpus
from quoteprov.present import to_html

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium")
SVG_NS = "http://www.w3.org/2000/svg"
DATA_RE = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.DOTALL)
SCRIPT_PAYLOAD = "</script><script>alert(1)</script>"
IMG_PAYLOAD = "<img src=x onerror=alert(2)>"


@pytest.fixture(scope="module")
def seeds() -> nx.MultiDiGraph[str]:
    return analyze_corpus(load_articles([ROOT / "seeds"])).graph


def _data(page: str) -> dict[str, Any]:
    found = DATA_RE.findall(page)
    assert len(found) == 1
    data: dict[str, Any] = json.loads(found[0], parse_constant=_no_constant)
    return data


def _no_constant(name: str) -> None:
    raise AssertionError(f"the embedded JSON has {name}, which JSON.parse rejects")


def _hostile() -> nx.MultiDiGraph[str]:
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    g.add_node("article:x", kind="article", label=SCRIPT_PAYLOAD, title=IMG_PAYLOAD)
    g.add_node("remark:y", kind="remark", label=IMG_PAYLOAD, text=f"{SCRIPT_PAYLOAD} & <!-- \u2028\u2029")
    g.add_node(f"speaker:{IMG_PAYLOAD}", kind="speaker", label="x\u2028y")
    g.add_edge("remark:y", f"speaker:{IMG_PAYLOAD}", key="said_by", kind="said_by", evidence=SCRIPT_PAYLOAD)
    return g


# ---- the page, without a browser


def test_empty_graph() -> None:
    page = to_html(nx.MultiDiGraph())
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and page.rstrip().endswith("</html>")
    data = _data(page)
    assert data["nodes"] == [] and data["edges"] == []
    assert data["kinds"] == ["article", "outlet", "speaker", "remark", "quote"]


def test_self_contained(seeds: nx.MultiDiGraph[str]) -> None:
    page = to_html(seeds)
    markup = DATA_RE.sub("", page)  # the article data may hold URLs; the page itself refers to none
    assert not re.search(r"\b(?:src|href|xlink:href|srcset|action)\s*=", markup, re.IGNORECASE)
    assert not re.search(r"<(?:link|iframe|object|embed|img|base)\b", markup, re.IGNORECASE)
    assert "@import" not in markup and "@font-face" not in markup
    assert all(target.startswith("#") for target in re.findall(r"url\(\s*['\"]?([^'\")\s]*)", markup))
    # The only URL is the SVG namespace (an identifier, never fetched).
    assert set(re.findall(r"\w+://[^\s\"'<>]*", markup)) == {SVG_NS}
    assert "fetch(" not in markup and "XMLHttpRequest" not in markup and "import(" not in markup
    assert markup.count("<script") == 1 and markup.count("<style") == 1
    assert page.isascii()


def test_csp_allows_only_the_inline_script_and_style(seeds: nx.MultiDiGraph[str]) -> None:
    page = to_html(seeds)
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert csp is not None
    script = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    style = re.findall(r"<style>(.*?)</style>", page, re.DOTALL)
    assert len(script) == len(style) == 1

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    policy = dict(part.strip().split(" ", 1) for part in csp.group(1).split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == digest(script[0])
    assert policy["style-src"] == digest(style[0])


def test_json_round_trips_the_graph(seeds: nx.MultiDiGraph[str]) -> None:
    data = _data(to_html(seeds))
    assert [n["id"] for n in data["nodes"]] == list(seeds.nodes)
    attributes = {node: dict(d) for node, d in seeds.nodes(data=True)}
    assert {n["id"]: n["attrs"] for n in data["nodes"]} == attributes
    assert {n["id"]: n["kind"] for n in data["nodes"]} == {k: d["kind"] for k, d in attributes.items()}
    assert {n["id"]: n["label"] for n in data["nodes"]} == {k: d["label"] for k, d in attributes.items()}
    assert sorted((e["source"], e["target"], e["key"]) for e in data["edges"]) == sorted(seeds.edges(keys=True))
    assert all(e["kind"] == e["attrs"]["kind"] for e in data["edges"])
    assert data["graph"] == seeds.graph and data["directed"] is True


def test_hostile_text_is_never_markup() -> None:
    g = _hostile()
    page = to_html(g, title=IMG_PAYLOAD)
    for payload in (SCRIPT_PAYLOAD, IMG_PAYLOAD, "<img", "</script><", "<!--", "\u2028", "\u2029"):
        assert payload not in page
    assert page.lower().count("</script") == 2  # the end of the JSON and of the page's script
    assert "&lt;img src=x onerror=alert(2)&gt;" in page  # the title, HTML-escaped
    data = _data(page)
    assert data["title"] == IMG_PAYLOAD
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == set(g.nodes)
    assert nodes["article:x"]["label"] == SCRIPT_PAYLOAD
    assert nodes["remark:y"]["attrs"]["text"] == g.nodes["remark:y"]["text"]
    assert data["edges"][0]["attrs"]["evidence"] == SCRIPT_PAYLOAD


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(), min_size=1, max_size=4))
def test_any_text_stays_inside_the_json(texts: list[str]) -> None:
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for i, text in enumerate(texts):
        g.add_node(f"{text}{i}", kind=text, label=text, text=text)
    page = to_html(g, title=texts[0])
    assert page.lower().count("</script") == 2 and page.count("<!--") == 0
    data = _data(page)
    assert [n["id"] for n in data["nodes"]] == list(g.nodes)
    assert [n["attrs"]["text"] for n in data["nodes"]] == texts
    assert data["title"] == texts[0]


def test_any_graph_and_any_value() -> None:
    """Plain graphs, non-string ids, missing kinds and labels, values JSON has no word for."""
    g: nx.Graph[Any] = nx.Graph()
    g.add_node(1, weight=float("nan"), big=float("inf"), when=(2024, 1), flag=True)
    g.add_node("outlet:x")
    g.add_node("\ud800lone", kind="", label="")  # a lone surrogate
    g.add_edge(1, "outlet:x")
    data = _data(to_html(g))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["1"]["attrs"] == {"weight": "nan", "big": "inf", "when": "(2024, 1)", "flag": True}
    assert nodes["1"]["kind"] == "other" and nodes["1"]["label"] == "1"
    assert nodes["outlet:x"]["kind"] == "outlet"
    assert nodes["\ud800lone"]["kind"] == "other" and nodes["\ud800lone"]["label"] == "\ud800lone"
    assert data["edges"] == [{"source": "1", "target": "outlet:x", "key": "", "kind": "edge", "attrs": {}}]
    assert data["directed"] is False and "other" in data["kinds"]


# ---- the page in a real browser


class _DOM(HTMLParser):
    """What the browser tests look at in Chromium's dumped DOM."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.body: dict[str, str | None] = {}
        self.nodes: list[dict[str, str | None]] = []
        self.tags: list[str] = []
        self.panel_text: list[str] = []
        self._panel_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        attributes = dict(attrs)
        if tag == "body":
            self.body = attributes
        if "node" in (attributes.get("class") or "").split():
            self.nodes.append(attributes)
        if self._panel_depth or attributes.get("id") == "panel":
            self._panel_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._panel_depth:
            self._panel_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._panel_depth:
            self.panel_text.append(data)


def _dump_dom(page: Path, fragment: str = "") -> str:
    """The DOM after load, from headless Chromium; the whole process group is killed after."""
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory(prefix="quoteprov-chromium-", ignore_cleanup_errors=True) as profile:
        command = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--virtual-time-budget=5000",
            "--dump-dom", page.as_uri() + fragment,
        ]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            out, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            out, err = b"", b"timed out after 60 s"
        finally:
            try:
                os.killpg(process.pid, signal.SIGKILL)  # the browser's own children too
            except ProcessLookupError:
                pass
            process.communicate()
    dom = out.decode("utf-8", "replace")
    assert "<body" in dom, f"chromium gave no DOM (exit {process.returncode}): {err.decode(errors='replace')[-2000:]}"
    return dom


def _parse(dom: str) -> _DOM:
    parser = _DOM()
    parser.feed(dom)
    parser.close()
    return parser


browser = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium) for headless tests")


@browser
def test_browser_draws_every_node(seeds: nx.MultiDiGraph[str], tmp_path: Path) -> None:
    page = tmp_path / "seeds.html"
    page.write_text(to_html(seeds), encoding="utf-8")
    started = time.monotonic()
    dom = _parse(_dump_dom(page))
    elapsed = time.monotonic() - started
    assert "data-error" not in dom.body, dom.body
    assert dom.body.get("data-ready") == "1"
    assert dom.body.get("data-nodes") == str(seeds.number_of_nodes())
    assert len(dom.nodes) == seeds.number_of_nodes()
    assert sorted(str(n.get("data-id")) for n in dom.nodes) == sorted(seeds.nodes)
    for node in dom.nodes:  # quotes start hidden, everything else is shown
        assert (node.get("display") == "none") == (node.get("data-kind") == "quote"), node
    assert elapsed < 60


@browser
def test_browser_never_runs_text_from_the_graph(tmp_path: Path) -> None:
    g = _hostile()
    g.add_node("article:pwn", kind="article", label='<img src=x onerror="document.body.dataset.pwned=1">',
               text="</script><script>document.body.dataset.pwned=2</script>")
    page = tmp_path / "hostile.html"
    page.write_text(to_html(g, title='<img src=x onerror="document.body.dataset.pwned=3">'), encoding="utf-8")
    # "#node=<id>" selects a node as a click does, so the side panel shows its text.
    for fragment in ("", "#node=" + quote("article:pwn", safe=""), "#node=" + quote(f"speaker:{IMG_PAYLOAD}", safe="")):
        dom = _parse(_dump_dom(page, fragment))
        assert dom.body.get("data-ready") == "1" and "data-error" not in dom.body
        assert "data-pwned" not in dom.body
        assert "img" not in dom.tags
        assert dom.body.get("data-nodes") == str(g.number_of_nodes())
        assert sorted(str(n.get("data-id")) for n in dom.nodes) == sorted(g.nodes)
        shown = "".join(dom.panel_text)
        if fragment.startswith("#node=article"):
            assert '<img src=x onerror="document.body.dataset.pwned=1">' in shown
            assert "</script><script>document.body.dataset.pwned=2</script>" in shown
        elif fragment:
            assert f"speaker:{IMG_PAYLOAD}" in shown and "x\u2028y" in shown
        else:
            assert shown == "Click a node to see its attributes."


@browser
def test_names_that_are_javascript_builtins_are_plain_names(tmp_path: Path) -> None:
    """A node, a kind or an edge kind named "__proto__", "constructor" or "hasOwnProperty"
    draws and selects like any other (the page's maps have no prototype)."""
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for name in ("__proto__", "constructor", "hasOwnProperty", "toString"):
        g.add_node(name, kind=name, label=name)
    g.add_edge("__proto__", "constructor", key="__proto__", kind="__proto__")
    g.add_edge("hasOwnProperty", "toString", key="constructor", kind="hasOwnProperty")
    page = tmp_path / "builtins.html"
    page.write_text(to_html(g), encoding="utf-8")
    for fragment in ("", "#node=__proto__", "#node=constructor"):
        dom = _parse(_dump_dom(page, fragment))
        assert dom.body.get("data-ready") == "1" and "data-error" not in dom.body, fragment
        assert dom.body.get("data-nodes") == "4"
        if fragment:
            assert fragment.removeprefix("#node=") in "".join(dom.panel_text)
