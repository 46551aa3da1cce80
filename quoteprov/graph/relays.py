"""What each article relays: the outlets it names for what it prints (directly, or through
an intermediary it cites), and the outlets it relays without naming them (its text is a
remark first given elsewhere; or, with dates, an earlier article printed it first)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from itertools import takewhile
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..analysis import Result
from ..names import norm_name
from ..records import OutletMention
from .identity import sentence_namer
from .nodes import add_outlet, add_relay
from .queries import primary_source
from .schema import article_id, article_node, outlet_node, slug, split_values

if TYPE_CHECKING:
    Graph = nx.MultiDiGraph[str]

__all__ = ["Step", "add_steps", "add_unnamed_relays", "named_relays"]

_Source = tuple[OutletMention, set[str]]  # an outlet mention and the surnames it speaks for
#: one change to the graph: ("outlet", name, kind, _NOTHING) adds an outlet's node (add_outlet),
#: ("relay", from node, to node, attributes) a relays edge (add_relay)
Step = tuple[str, str, Any, dict[str, Any]]
_NOTHING: dict[str, Any] = {}  # an outlet step's attributes (never changed)


def add_steps(g: Graph, steps: list[Step]) -> None:
    """Carry out the steps :func:`named_relays` worked out, in their order."""
    for what, first, second, attributes in steps:
        if what == "outlet":
            add_outlet(g, first, second)
        else:
            add_relay(g, first, second, **attributes)


def named_relays(analysis: Result) -> list[Step]:
    """The relays an article names — article → outlet, or outlet → outlet through an
    intermediary — as steps for :func:`add_steps`, worked out from its analysis alone, so
    that a corpus can let each analysis go long before the relays are added."""
    info = analysis.article
    article = article_node(info.id or "")
    sentence_names = sentence_namer(analysis)
    # Intermediaries: "According to The Hill, … Lavrov rejected …" relays Lavrov's words.
    intermediaries = [
        (m, sentence_names(m.span.start))
        for m in analysis.citations
        if m.relation == "according_to" and m.name
    ]
    sources = _named_sources(analysis, sentence_names)
    # First which sources come through an intermediary, then the direct ones: the result
    # does not depend on which mention of a source comes first.
    steps: list[Step] = []
    via_intermediary = _carried(steps, sources, _carriers(intermediaries), info.id)
    for source, _names in sources:
        target = outlet_node(source.name or "")
        if target not in via_intermediary:
            steps.append(("relay", article, target, {
                "basis": "named_source", "names_source": True, "evidence": source.span.text,
                "relation": source.relation, "start": source.span.start, "end": source.span.end}))
    for carrier, who in intermediaries:
        steps.append(("outlet", carrier.name or "", carrier.kind, _NOTHING))
        steps.append(("relay", article, outlet_node(carrier.name or ""), {
            "basis": "named_source", "names_source": True, "evidence": carrier.span.text,
            "relation": "according_to", "start": carrier.span.start, "end": carrier.span.end, "about": sorted(who)}))
    return _needed(steps)


def _needed(steps: list[Step]) -> list[Step]:
    """The steps that can change the graph: add_outlet again with the same name and kind,
    and add_relay again for the same pair (the first evidence is kept) or from a node to
    itself, change nothing. (A corpus keeps every article's steps until the remarks are in.)"""
    seen: set[tuple[str, str, Any]] = set()
    kept: list[Step] = []
    for what, first, second, attributes in steps:
        if what == "relay" and first == second:
            continue
        done = (what, first, second if what == "relay" else (second,))
        if done not in seen:
            seen.add(done)
            kept.append((what, first, second, attributes))
    return kept


def _named_sources(analysis: Result, sentence_names: Callable[[int], set[str]]) -> list[_Source]:
    """The outlets the article names as sources, other than its own outlet (own reporting
    relays nothing), each with the surnames it speaks for."""
    outlet = analysis.article.outlet
    own = slug(outlet) if outlet else None
    sources: list[_Source] = []
    for attribution in analysis.attributions:
        given = attribution.outlet
        if given is not None and given.name and attribution.speaker is not None:
            sources.append((given, {norm_name(attribution.speaker.name.split()[-1])}))
    for mention in analysis.outlets:
        if mention.name and mention.relation not in ("according_to",):
            sources.append((mention, sentence_names(mention.span.start)))
    return [(s, who) for s, who in sources if slug(s.name or "") != own]


def _carriers(intermediaries: list[_Source]) -> dict[str, dict[str, OutletMention]]:
    """Carriers by the names their sentence holds, each outlet once (first mention first):
    a look-up per source, not a pass over every intermediary."""
    carriers: dict[str, dict[str, OutletMention]] = {}
    for carrier, who in intermediaries:
        for name in who:
            carriers.setdefault(name, {}).setdefault(carrier.name or "", carrier)
    return carriers


def _carried(
    steps: list[Step], sources: list[_Source], carriers: dict[str, dict[str, OutletMention]], article: str | None
) -> set[str]:
    """outlet → outlet for each source an intermediary carries (added to ``steps``); the
    sources so carried."""
    carried: set[str] = set()
    for source, names in sources:
        steps.append(("outlet", source.name or "", source.kind, _NOTHING))
        target = outlet_node(source.name or "")
        found = {c.name: c for name in sorted(names) for c in carriers.get(name, {}).values()}
        for carrier in sorted(found.values(), key=lambda m: m.span.start):
            if carrier.name == source.name:
                continue
            steps.append(("outlet", carrier.name or "", carrier.kind, _NOTHING))
            steps.append(("relay", outlet_node(carrier.name or ""), target, {
                "basis": "named_by_article", "names_source": True, "evidence": source.span.text,
                "article": article, "start": source.span.start, "end": source.span.end}))
            carried.add(target)
    return carried


def add_unnamed_relays(g: Graph, unsourced: Collection[str]) -> None:
    """An article that prints a remark first given elsewhere, and does not trace it there,
    relays that outlet without naming it (basis: text reuse) — through the intermediary it
    names for the speaker, if it names one ("According to The Hill, Rusk…").
    ``unsourced`` holds the quote nodes whose article names no outlet for them."""
    routes = _Routes(g)
    for remark in [n for n in g.nodes if g.nodes[n].get("kind") == "remark"]:
        _add_time_relays(g, remark, unsourced, routes.add)
        primary = primary_source(g, remark)
        if primary is not None:
            _add_reuse_relays(g, remark, primary["outlet"], routes)


class _Routes:
    """The relays edges so far, kept beside the graph for path look-ups as they grow."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        self.relays: nx.DiGraph[str] = nx.DiGraph((u, v) for u, v, k in g.edges(keys=True) if k == "relays")
        # Looked up once, not per quote: an article's edges grow with its quotes.
        self.published_by = {(u, v) for u, v, k in g.edges(keys=True) if k == "published_by"}
        self.according: dict[str, list[tuple[str, list[str]]]] = {}
        for u, v, k, d in g.edges(keys=True, data=True):
            if k == "relays" and d.get("relation") == "according_to":
                self.according.setdefault(u, []).append((v, split_values(d.get("about"))))

    def reaches(self, article: str, target: str) -> bool:
        """Whether the article reaches the outlet along relays edges. A search forward from
        the article only: its few outlets and theirs. (networkx's has_path searches from
        both ends, and the backward side of a much-relayed outlet is every article that
        relays it: quadratic over a corpus.)"""
        if (article, target) in self.published_by:
            return True
        if article not in self.relays or target not in self.relays:
            return False
        seen, todo = {article}, [article]
        while todo:
            for after in self.relays.adj[todo.pop()]:
                if after == target:
                    return True
                if after not in seen:
                    seen.add(after)
                    todo.append(after)
        return False

    def add(self, source: str, target: str, **attributes: Any) -> None:
        add_relay(self.g, source, target, **attributes)
        self.relays.add_edge(source, target)


def _add_reuse_relays(g: Graph, remark: str, outlet: str, routes: _Routes) -> None:
    """Each printing whose article does not reach the remark's primary outlet relays it
    by text reuse, through the intermediary the article names for the speaker if any."""
    who = _speaker_surname(g, remark)
    for quote, article in list(_printings(g, remark)):
        if routes.reaches(article, outlet):
            continue
        carriers = [v for v, about in routes.according.get(article, []) if who and who in about]
        for carrier in carriers:
            routes.add(carrier, outlet, basis="text_reuse", names_source=False,
                       evidence=g.nodes[quote].get("text", ""), article=article_id(article))
        if not carriers:
            routes.add(article, outlet, basis="text_reuse", names_source=False,
                       evidence=g.nodes[quote].get("text", ""))


def _speaker_surname(g: Graph, remark: str) -> str:
    speaker = next((v for _r, v, k in g.out_edges(remark, keys=True) if k == "said_by"), None)
    name = g.nodes[speaker].get("name", "") if speaker else ""
    return norm_name(name.split()[-1]) if name else ""


def _printings(g: Graph, remark: str) -> Iterator[tuple[str, str]]:
    """(quote node, article node) for each printing of a remark."""
    for quote, _r, key in g.in_edges(remark, keys=True):
        if key == "instance_of":
            yield quote, next(u for u, _v, k in g.in_edges(quote, keys=True) if k == "contains")


def _add_time_relays(g: Graph, remark: str, unsourced: Collection[str], add: Callable[..., None]) -> None:
    """An article that prints a remark without naming any outlet for it, after another
    article printed it, relays that earlier article (basis: time). Needs publication
    dates (ISO 8601 strings compare in time order)."""
    printings: list[tuple[str, str, str]] = []  # (published, article node, quote node)
    for quote, article in _printings(g, remark):
        published = g.nodes[article].get("published")
        if isinstance(published, str) and published:
            printings.append((published, article, quote))
    printings.sort()
    for published, article, quote in printings:
        if quote not in unsourced:
            continue  # it names where the words came from
        # The first printing dated before this one (printings are in date order).
        earlier = next((a for p, a, _q in takewhile(lambda x: x[0] < published, printings) if a != article), None)
        if earlier is not None:
            add(article, earlier, basis="time", names_source=False,
                evidence=g.nodes[quote].get("text", ""), published=published)
