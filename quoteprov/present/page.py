"""A self-contained, offline HTML page that draws a citation graph as SVG."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from typing import Any, TypeAlias

import attrs
import networkx as nx

from ..graph.schema import NODE_KINDS, node_kind
from ._assets import asset

__all__ = ["GraphView", "escape_ascii", "graph_view", "script_json", "sha256_source", "to_html"]

#: node kinds in the order the legend lists them (any other kind follows, sorted)
KINDS = NODE_KINDS

Scalar: TypeAlias = "str | int | float | bool"


def _plain(value: Any) -> Scalar:
    """A JSON-safe scalar: str, bool, int and finite float as they are, anything else as text."""
    if isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    return str(value)


def _attributes(data: dict[Any, Any]) -> dict[str, Scalar]:
    return {str(key): _plain(value) for key, value in data.items()}




def _graph_data(graph: nx.Graph[Any], title: str) -> dict[str, Any]:
    """Nodes and edges as plain JSON: every id, kind and label a string."""
    nodes: list[dict[str, Any]] = []
    for node, data in graph.nodes(data=True):
        ident = str(node)
        label = data.get("label")
        nodes.append({
            "id": ident,
            "kind": node_kind(ident, data),
            "label": str(label) if label is not None and str(label) else ident,
            "attrs": _attributes(data),
        })
    edges: list[dict[str, Any]] = []
    if isinstance(graph, nx.MultiGraph):
        for u, v, key, data in graph.edges(keys=True, data=True):
            edges.append({"source": str(u), "target": str(v), "key": str(key),
                          "kind": str(data.get("kind", key)), "attrs": _attributes(data)})
    else:
        for u, v, data in graph.edges(data=True):
            edges.append({"source": str(u), "target": str(v), "key": "",
                          "kind": str(data.get("kind", "edge")), "attrs": _attributes(data)})
    present = {n["kind"] for n in nodes}
    kinds = [*KINDS, *sorted(present - set(KINDS))]
    return {"title": title, "directed": graph.is_directed(), "graph": _attributes(graph.graph),
            "kinds": kinds, "nodes": nodes, "edges": edges}


def script_json(data: Any) -> str:
    """JSON that is safe inside a <script> element: no <, > or & (so no "</script>" and no
    "<!--"), and, being ASCII, no U+2028/U+2029 either; "\\u003c" is still valid JSON."""
    text = json.dumps(data, ensure_ascii=True, allow_nan=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def escape_ascii(value: object) -> str:
    """Text for HTML content or a quoted attribute: escaped, and ASCII (characters beyond
    as references), so no encoding can turn it into markup."""
    return html.escape(str(value), quote=True).encode("ascii", "xmlcharrefreplace").decode("ascii")


def sha256_source(text: str) -> str:
    """The CSP source expression that allows an inline script or style with exactly this text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@attrs.frozen
class GraphView:
    """The graph view as parts of a page, for pages that show more than the graph.

    Place ``markup`` in the body (the page also needs an element with ``id="counts"``,
    where the view writes its node and edge counts), ``css`` in the page's one
    ``<style>`` and ``script`` in a ``<script>`` after the markup; allow both in the
    page's Content-Security-Policy with :func:`sha256_source`. The page's own text must be
    HTML-escaped, and no other element may use the ids the view uses (``graph-data``,
    ``graph-view``, ``graph``, ``legend``, ``panel``).
    """

    markup: str
    css: str
    script: str


def graph_view(graph: nx.Graph[Any], *, title: str = "quoteprov citation graph") -> GraphView:
    """The legend, the SVG, the side panel and the graph's JSON, with the CSS and script
    that draw them (see :func:`to_html` for what the view does).

    >>> view = graph_view(nx.MultiDiGraph([("a", "</script>")]))
    >>> view.markup.count("</script>")  # only the end of the JSON element
    1
    """
    data = script_json(_graph_data(graph, title))
    markup = (
        "<div id=\"graph-view\">\n<nav id=\"legend\" aria-label=\"Node kinds\"></nav>\n"
        "<svg id=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Citation graph\">"
        "</svg>\n"
        "<aside id=\"panel\" aria-live=\"polite\"><p class=\"hint\">Click a node to see its attributes.</p></aside>\n"
        "</div>\n<noscript><p>This page needs JavaScript to draw the graph.</p></noscript>\n"
        f"<script type=\"application/json\" id=\"graph-data\">{data}</script>\n"
    )
    return GraphView(markup=markup, css=_GRAPH_CSS, script=_JS)


def to_html(graph: nx.Graph[Any], *, title: str = "quoteprov citation graph") -> str:
    """One self-contained HTML page that draws ``graph`` (offline: no URL is ever fetched).

    The graph is embedded as JSON in ``<script type="application/json" id="graph-data">``;
    inline JavaScript lays it out once at load (repulsion, springs, centering) and draws it
    as SVG, nodes coloured by kind, with a legend whose checkboxes hide or show each kind
    (quotes start hidden), labels on outlets and speakers, and a side panel with the
    attributes and edges of the node clicked (or named in the address as ``#node=<id>``).
    Text from the graph is only ever set as text, never parsed as HTML, and a
    Content-Security-Policy allows just the page's own script and style.

    Args:
        graph: A networkx graph, e.g. ``Corpus.graph``; node ids and attribute values are
            shown as text, a node's colour is its ``kind`` (else its id's prefix).
        title: The page's title and heading.

    Returns:
        The page, ASCII only; write it to a ``.html`` file and open it in a browser.

    >>> page = to_html(nx.MultiDiGraph())
    >>> "<svg" in page and page.startswith("<!DOCTYPE html>")
    True
    >>> "</script><b>" in to_html(nx.Graph([("a", "</script><b>")]))
    False
    """
    view = graph_view(graph, title=title)
    css = _PAGE_CSS + view.css
    csp = (f"default-src 'none'; script-src {sha256_source(view.script)}; style-src {sha256_source(css)}; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    heading = escape_ascii(title)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{heading}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f"<header><h1>{heading}</h1><p id=\"counts\"></p></header>\n"
        f"{view.markup}"
        f"<script>{view.script}</script>\n</body>\n</html>\n"
    )


# Each block starts on a line of its own inside <style> and <script>.
_PAGE_CSS = "\n" + asset("page.css")
_GRAPH_CSS = "\n" + asset("graph.css")
_JS = "\n" + asset("graph.js")
