"""Plain questions asked of a citation graph: where a remark was first given, how an
article reaches a source, what nobody traces, who relays without naming."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import networkx as nx

from .schema import article_node

if TYPE_CHECKING:
    Graph = nx.MultiDiGraph[str]

__all__ = ["primary_source", "relay_chain", "untraceable_remarks", "unnamed_relays"]


def primary_source(g: Graph, remark: str) -> dict[str, Any] | None:
    """Where a remark was first given: ``{"outlet", "relation", "evidence", …}``, or None."""
    for _u, v, key, data in g.out_edges(remark, keys=True, data=True):
        if key == "first_given_to":
            return {"outlet": v, **data}
    return None


def relay_chain(g: Graph, article: str, target: str) -> list[str]:
    """The nodes from an article to a source along relays edges (shortest), e.g.
    ``["article:001", "outlet:the-hill", "outlet:tass"]``; ``target`` is an outlet node or
    a remark (meaning its primary source). Empty when the article does not reach it; the
    article and its own outlet when the source is the article's own reporting.
    """
    node = article if article.startswith("article:") else article_node(article)
    if target.startswith("remark:"):
        primary = primary_source(g, target)
        if primary is None:
            return []
        target = primary["outlet"]
    if node not in g or target not in g:
        return []
    for _u, v, key in g.out_edges(node, keys=True):
        if key == "published_by" and v == target:
            return [node, target]
    relays: nx.DiGraph[str] = nx.DiGraph((u, v) for u, v, k in g.edges(keys=True) if k == "relays")
    if node not in relays or target not in relays:
        return []
    try:
        return list(nx.shortest_path(relays, node, target))
    except nx.NetworkXNoPath:
        return []


def untraceable_remarks(g: Graph) -> list[str]:
    """Remarks no article traces to any outlet, statement or transcript."""
    return sorted(
        n for n, d in g.nodes(data=True) if d.get("kind") == "remark" and primary_source(g, n) is None
    )


def unnamed_relays(g: Graph) -> list[tuple[str, int]]:
    """Publishers ranked by how often their articles relay a source without naming it
    (an article with no known publisher counts under its own node)."""
    counts: Counter[str] = Counter()
    for u, _v, key, data in g.edges(keys=True, data=True):
        if key == "relays" and data.get("names_source") is False and u.startswith("article:"):
            publisher = next((v for _a, v, k in g.out_edges(u, keys=True) if k == "published_by"), u)
            counts[publisher] += 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
