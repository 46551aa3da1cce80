"""The nodes and edges more than one step adds: outlets, and relays edges (one per pair)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .schema import clean, outlet_node

if TYPE_CHECKING:
    import networkx as nx

    Graph = nx.MultiDiGraph[str]

__all__ = ["add_outlet", "add_relay"]


def add_outlet(g: Graph, name: str, kind: str | None, *, in_corpus: bool = False, own: bool = False) -> str:
    """The outlet's node, added the first time; a later mention may add what it knows."""
    node = outlet_node(name, own=own)
    if node not in g:
        g.add_node(node, **clean({"kind": "outlet", "label": name, "name": name, "outlet_kind": kind, "in_corpus": in_corpus}))
    else:
        if in_corpus:
            g.nodes[node]["in_corpus"] = True
        if kind and "outlet_kind" not in g.nodes[node]:
            g.nodes[node]["outlet_kind"] = kind
    return node


def add_relay(g: Graph, source: str, target: str, **attributes: Any) -> None:
    """One relays edge per (from, to) pair: the first evidence is kept."""
    if source == target or g.has_edge(source, target, key="relays"):
        return
    g.add_edge(source, target, key="relays", kind="relays", **clean(attributes))
