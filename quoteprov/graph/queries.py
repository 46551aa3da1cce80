"""Plain questions asked of a citation graph: where a remark was first given, how an
article reaches a source, what nobody traces, who relays without naming."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs
import networkx as nx

from ..errors import UnknownNodeError
from .schema import article_id, article_node

if TYPE_CHECKING:
    Graph = nx.MultiDiGraph[str]

__all__ = ["Relay", "Source", "primary_source", "relay_chain", "sources", "untraceable_remarks", "unnamed_relays"]


def _known(g: Graph, node: str) -> None:
    if node not in g:
        raise UnknownNodeError(
            f"{node!r} is not a node of this graph (ids look like 'article:<id>', 'remark:…', 'outlet:…')"
        )


def primary_source(g: Graph, remark: str) -> dict[str, Any] | None:
    """Where a remark was first given: ``{"outlet", "relation", "evidence", …}``, or None
    when no article says; a node the graph does not hold is an :class:`UnknownNodeError`."""
    _known(g, remark)
    for _u, v, key, data in g.out_edges(remark, keys=True, data=True):
        if key == "first_given_to":
            return {"outlet": v, **data}
    return None


def relay_chain(g: Graph, article: str, target: str) -> list[str]:
    """The nodes from an article to a source along relays edges (shortest), e.g.
    ``["article:001", "outlet:the-hill", "outlet:tass"]``; ``target`` is an outlet node or
    a remark (meaning its primary source). Empty when the article does not reach it; the
    article and its own outlet when the source is the article's own reporting. An article
    or a target the graph does not hold is an :class:`UnknownNodeError` (a KeyError).
    """
    node = article if article.startswith("article:") else article_node(article)
    _known(g, node)
    _known(g, target)
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


@attrs.frozen
class Relay:
    """One article's way to a source: the route from the article to the outlet (the article,
    any outlets it goes through, the outlet), how many of the source's remarks it prints,
    and whether every step of the route is named in the text."""

    article: str
    title: str
    route: tuple[str, ...]
    remarks: int
    named: bool
    own: bool  # the source is the article's own outlet (its own reporting)

    @property
    def via(self) -> tuple[str, ...]:
        """The outlets between the article and the source."""
        return self.route[1:-1]


@attrs.frozen
class Source:
    """A primary source (an outlet and how the words were given there), who spoke there, the
    remarks first given there, and the articles that relay it."""

    outlet: str
    relations: tuple[str, ...]  # how the words were given there ("interview", "remarks"…), most remarks first
    speakers: tuple[str, ...]
    remarks: tuple[str, ...]
    relays: tuple[Relay, ...]


def sources(g: Graph) -> list[Source]:
    """Every primary source with the articles that relay it and their routes, the answer to
    "which articles relay which primary source": most-relayed first. An article counts when
    it prints a remark first given there or when its relays reach the outlet.

    >>> from quoteprov.corpus import Article
    >>> from quoteprov.graph import analyze_corpus
    >>> c = analyze_corpus([Article("a", "“No deal,” Jane Doe told Reuters."),
    ...                     Article("b", "According to the BBC, Jane Doe told Reuters: “No deal.”")])
    >>> [(s.outlet, [(r.article, r.via) for r in s.relays]) for s in sources(c.graph)]
    [('outlet:reuters', [('article:a', ()), ('article:b', ('outlet:bbc',))])]
    """
    relays: nx.DiGraph[str] = nx.DiGraph()
    for u, v, k, d in g.edges(keys=True, data=True):
        if k in ("relays", "published_by"):
            relays.add_edge(u, v, named=d.get("names_source", True) is not False, own=k == "published_by")
    groups: dict[str, list[tuple[str, str]]] = {}
    for remark, data in g.nodes(data=True):
        if data.get("kind") == "remark":
            primary = primary_source(g, remark)
            if primary is not None:
                groups.setdefault(primary["outlet"], []).append((remark, str(primary.get("relation", ""))))
    found = [_source(g, relays, outlet, sorted(remarks)) for outlet, remarks in groups.items()]
    return sorted(found, key=lambda s: (-len(s.relays), -len(s.remarks), s.outlet))


def _source(g: Graph, relays: nx.DiGraph[str], outlet: str, given: list[tuple[str, str]]) -> Source:
    relations = Counter(relation for _remark, relation in given if relation)
    remarks = [remark for remark, _relation in given]
    printed, speakers = _printings(g, remarks)
    reaching = set(nx.ancestors(relays, outlet)) if outlet in relays else set()
    articles = sorted(a for a in set(printed) | reaching if g.nodes[a].get("kind") == "article")
    found = [_relay(g, relays, article, outlet, article in reaching, printed.get(article, 0)) for article in articles]
    names = tuple(name for name, _n in sorted(speakers.items(), key=lambda item: (-item[1], item[0])))
    how = tuple(r for r, _n in sorted(relations.items(), key=lambda item: (-item[1], item[0])))
    return Source(outlet, how, names, tuple(remarks), tuple(found))


def _printings(g: Graph, remarks: list[str]) -> tuple[Counter[str], Counter[str]]:
    """How many of the remarks each article prints, and how many each speaker said."""
    printed: Counter[str] = Counter()
    speakers: Counter[str] = Counter()
    for remark in remarks:
        for _r, speaker, key in g.out_edges(remark, keys=True):
            if key == "said_by":
                speakers[str(g.nodes[speaker].get("name", speaker))] += 1
        for quote, _r, key in g.in_edges(remark, keys=True):
            if key == "instance_of":
                printed.update({u for u, _q, k in g.in_edges(quote, keys=True) if k == "contains"})
    return printed, speakers


def _relay(g: Graph, relays: nx.DiGraph[str], article: str, outlet: str, reaches: bool, remarks: int) -> Relay:
    route: tuple[str, ...] = tuple(nx.shortest_path(relays, article, outlet)) if reaches else ()
    named = bool(route) and all(relays.edges[u, v]["named"] for u, v in zip(route, route[1:]))
    own = len(route) == 2 and bool(relays.edges[route[0], route[1]]["own"])
    title = str(g.nodes[article].get("title") or article_id(article))
    return Relay(article, title, route, remarks, named, own)
