"""The relay tree as text: each primary source, who spoke there, and every article that
relays it with its route ("via The Hill", "directly"), the answer to the mission in a
form a terminal, a pipe and a pager all show."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..graph.queries import Relay, Source, sources, untraceable_remarks

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["sources_text", "route_text"]

_TITLE = 48  # characters of an article's title shown


def route_text(g: nx.MultiDiGraph[str], relay: Relay) -> str:
    """How an article gets to its source, in words."""
    if relay.own:
        return "its own reporting"
    if not relay.route:
        return "prints its words, names no route to it"
    via = [str(g.nodes[node].get("name") or node) for node in relay.via]
    how = "via " + " and ".join(via) if via else "directly"
    return how if relay.named else how + ", without naming it (same words)"


def _label(g: nx.MultiDiGraph[str], node: str) -> str:
    return str(g.nodes[node].get("name") or g.nodes[node].get("label") or node)


def _heading(g: nx.MultiDiGraph[str], source: Source) -> str:
    parts = [_label(g, source.outlet)]
    if source.relations and not source.outlet.startswith("outlet:own:"):  # "Joe Biden (statement)" says it
        parts[0] += f" ({', '.join(r.replace('_', ' ') for r in source.relations)})"
    if source.speakers:
        parts.append(", ".join(source.speakers))
    remarks = len(source.remarks)
    parts.append(f"{remarks} remark{'s' if remarks != 1 else ''}, {len(source.relays)} article{'s' if len(source.relays) != 1 else ''}")
    return " · ".join(parts)


def sources_text(g: nx.MultiDiGraph[str], *, limit: int | None = None) -> str:
    """Every primary source (most-relayed first, at most ``limit``) and the articles that
    relay it, one line each, then how many remarks no article traces to a source.

    >>> from quoteprov.corpus import Article
    >>> from quoteprov.graph import analyze_corpus
    >>> c = analyze_corpus([Article("a", "“No deal,” Jane Doe told Reuters."),
    ...                     Article("b", "According to the BBC, Jane Doe told Reuters: “No deal.”")])
    >>> print(sources_text(c.graph))
    Reuters (told) · Jane Doe · 1 remark, 2 articles
      a  directly, 1 quote
      b  via BBC, 1 quote
    """
    lines: list[str] = []
    found = sources(g)
    for source in found[:limit] if limit is not None else found:
        lines.append(_heading(g, source))
        width = max(len(str(g.nodes[r.article].get("article_id", r.article))) for r in source.relays)
        for relay in source.relays:
            ident = str(g.nodes[relay.article].get("article_id", relay.article))
            title = relay.title if len(relay.title) <= _TITLE else relay.title[: _TITLE - 1].rstrip() + "…"
            title = "" if title == ident else title + "  "
            quotes = f", {relay.remarks} quote{'s' if relay.remarks != 1 else ''}" if relay.remarks else ""
            lines.append(f"  {ident:<{width}}  {title}{route_text(g, relay)}{quotes}")
    if limit is not None and len(found) > limit:
        lines.append(f"… and {len(found) - limit} more sources")
    untraced = len(untraceable_remarks(g))
    if untraced:
        lines.append(f"{untraced} remark{'s' if untraced != 1 else ''} traced to no source (quoteprov flag lists the quotes)")
    return "\n".join(lines)
