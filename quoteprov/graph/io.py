"""The graph as files: networkx node-link JSON (read back equal), GraphML and GEXF.

XML cannot hold some characters that real text does (U+0000–U+0008, U+000B, U+000C,
U+000E–U+001F, U+FFFE, U+FFFF, and lone surrogates: common in text from Word, PDFs and
scraped JSON). GraphML and GEXF exports write each as ``␛`` (U+241B) and four hex digits
(``␛000B``), and ``␛`` itself as ``␛241B``, so nothing is lost: :func:`read_graphml` and
:func:`read_gexf` undo it and give back the graph :func:`to_json` describes. GEXF names the
quotes' ``start`` and ``end`` offsets ``offset_start`` and ``offset_end`` (Gephi would read
``start``/``end`` as time spans and make the graph dynamic); the readers rename them back.
Every export is written atomically: a failed one leaves the earlier file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TextIO

import networkx as nx

from ..output import write_atomic

if TYPE_CHECKING:
    Graph = nx.MultiDiGraph[str]

__all__ = ["to_json", "from_json", "dumps", "write_json", "json_chunks", "loads", "load", "write_graphml", "write_gexf", "read_graphml", "read_gexf"]

_NL = "\n"
_ESCAPE = "\u241b"
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff\u241b]")
_ESCAPED = re.compile("\u241b([0-9A-F]{4})")
_GEXF_NAMES = {"start": "offset_start", "end": "offset_end"}


def to_json(g: Graph) -> dict[str, Any]:
    """networkx node-link JSON (``from_json`` loads it back to an equal graph)."""
    data: dict[str, Any] = nx.node_link_data(g, edges="edges")
    return data


def from_json(data: dict[str, Any] | str | Path) -> Graph:
    """The graph from :func:`to_json`'s output: the dict, its JSON text, or a path to a file
    holding it (what ``quoteprov graph`` writes).

    >>> from_json('{"directed": true, "multigraph": true, "graph": {}, "nodes": [{"id": "a"}], "edges": []}').nodes
    NodeView(('a',))
    """
    if isinstance(data, Path) or (isinstance(data, str) and not data.lstrip().startswith("{")):
        data = Path(data).read_text(encoding="utf-8")
    if isinstance(data, str):
        data = json.loads(data)
    assert isinstance(data, dict)
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert isinstance(graph, nx.MultiDiGraph)
    return graph


def loads(text: str) -> Graph:
    """The graph from :func:`dumps`'s text."""
    return from_json(json.loads(text))


def load(path: str | Path) -> Graph:
    """The graph from a JSON file (``quoteprov graph seeds/ -o g.json``)."""
    return from_json(Path(path))


def dumps(g: Graph) -> str:
    """The node-link JSON as text: ``json.dumps(to_json(g), ensure_ascii=False, indent=1)``."""
    return "".join(json_chunks(g))


def write_json(g: Graph, file: TextIO) -> None:
    """Write :func:`dumps`'s text to ``file`` a node or an edge at a time: neither the
    node-link copy of the graph nor the whole text is ever held (at 10,000 articles they
    were 2.5 times the graph's own memory)."""
    # The cyclic collector stays on here (not paused_gc): the JSON encoder's functions for an
    # indented text are closures that refer to each other, a cycle made by every encode()
    # call that only the collector frees (paused, 10,000 articles peaked at 3 times the graph).
    for chunk in json_chunks(g):
        file.write(chunk)


def json_chunks(g: Graph) -> Iterator[str]:
    """:func:`dumps`'s text in pieces: each node and edge is the dict ``nx.node_link_data``
    makes for it, encoded alone and indented to its depth in the whole document (the JSON
    encoder writes a line break only between items, never inside a string)."""
    encode = json.JSONEncoder(ensure_ascii=False, indent=1).encode
    yield "{\n"
    for name, value in (("directed", g.is_directed()), ("multigraph", g.is_multigraph()), ("graph", g.graph)):
        yield f" {encode(name)}: {encode(value).replace(_NL, _NL + ' ')},\n"
    nodes = ({**g.nodes[n], "id": n} for n in g)
    edges = ({**d, "source": u, "target": v, "key": k} for u, v, k, d in g.edges(keys=True, data=True))
    for name, items, end in (("nodes", nodes, ",\n"), ("edges", edges, "\n")):
        yield f" {encode(name)}: ["
        separator = "\n"
        for item in items:
            yield f"{separator}  {encode(item).replace(_NL, _NL + '  ')}"
            separator = ",\n"
        yield ("]" if separator == "\n" else "\n ]") + end
    yield "}"


def _escape(value: Any) -> Any:
    return _ILLEGAL.sub(lambda m: f"{_ESCAPE}{ord(m.group()):04X}", value) if isinstance(value, str) else value


def _unescape(value: Any) -> Any:
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), value) if isinstance(value, str) else value


def _mapped(g: nx.Graph[Any], value: Any, rename: dict[str, str]) -> Graph:
    """A MultiDiGraph copy of ``g`` with ``value`` applied to every id, key and attribute,
    and attribute names renamed."""
    out: Graph = nx.MultiDiGraph()
    out.graph.update({rename.get(k, k): value(v) for k, v in g.graph.items()})
    for node, data in g.nodes(data=True):
        out.add_node(value(node), **{rename.get(k, k): value(v) for k, v in data.items()})
    edges: Any = g.edges
    rows = edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in edges(data=True))
    for u, v, key, data in rows:
        out.add_edge(value(u), value(v), key=value(key), **{rename.get(k, k): value(x) for k, x in data.items()})
    return out


def write_graphml(g: Graph, path: str | Path) -> None:
    """GraphML for Gephi and yEd (characters XML cannot hold escaped; see the module)."""
    safe = _mapped(g, _escape, {})
    write_atomic(path, lambda file: nx.write_graphml(safe, file))


def write_gexf(g: Graph, path: str | Path) -> None:
    """GEXF for Gephi: a static graph (characters XML cannot hold escaped; see the module).
    GEXF edges need ids of their own: each edge's key (``relays``, ``contains``…) is kept as
    its ``edge_key`` attribute."""
    safe = _mapped(g, _escape, _GEXF_NAMES)
    for number, (_u, _v, key, data) in enumerate(safe.edges(keys=True, data=True)):
        data["id"], data["edge_key"] = str(number), key
    write_atomic(path, lambda file: nx.write_gexf(safe, file))


# What networkx's readers add that the graph never had.
_READER_EXTRAS = ("node_default", "edge_default", "mode", "name")


def read_graphml(path: str | Path) -> Graph:
    """The graph :func:`write_graphml` wrote, escapes undone: equal to the one written."""
    graph = _mapped(nx.read_graphml(str(path), force_multigraph=True), _unescape, {})
    for extra in _READER_EXTRAS:
        graph.graph.pop(extra, None)
    return graph


def read_gexf(path: str | Path) -> Graph:
    """The graph :func:`write_gexf` wrote, escapes undone, offsets and edge keys named back:
    equal to the one written (GEXF holds no graph attributes: quoteprov's schema and edge
    direction are set again)."""
    from .schema import EDGE_DIRECTION, SCHEMA

    read = _mapped(nx.read_gexf(str(path)), _unescape, {v: k for k, v in _GEXF_NAMES.items()})
    graph: Graph = nx.MultiDiGraph(schema=SCHEMA, edge_direction=EDGE_DIRECTION)
    graph.add_nodes_from(read.nodes(data=True))
    for u, v, key, data in read.edges(keys=True, data=True):
        data = dict(data)
        data.pop("id", None)
        graph.add_edge(u, v, key=data.pop("edge_key", key), **data)
    return graph
