"""Build the citation graph from analysed articles: article nodes, remarks (one utterance
with all its printings, grouped by :mod:`quoteprov.remarks`), their speakers and where
each was first given, then what every article relays."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

import attrs
import networkx as nx

from .._runtime import paused_gc
from ..analysis import ArticleInfo, Result
from ..corpus import Article
from ..errors import DuplicateArticleError
from ..records import Attribution, OutletMention
from ..remarks import Printed, RemarkGroups, group_remarks
from .fidelity import PrimaryTexts, Printing, add_fidelity, annotate_relays
from .identity import Speakers
from .nodes import add_outlet
from .relays import Step, add_steps, add_unnamed_relays, named_relays
from .schema import EDGE_DIRECTION, SCHEMA, article_node, clean, outlet_node, quote_node

if TYPE_CHECKING:
    Graph = nx.MultiDiGraph[str]

__all__ = ["build_graph", "graph_of", "PRIMARY_ORDER"]

#: Relations that say where a remark was first given, strongest evidence first.
PRIMARY_ORDER = ("interview", "told", "statement", "transcript", "podcast", "press_conference",
                 "social_media", "remarks", "report", "according_to")

#: where one printing says a remark was given: (relation rank, mention, confidence, article id)
_Given = tuple[int, OutletMention, float, str]


class _Occurrence(NamedTuple):
    """One printed quote, as the remark stage reads it: what is kept of its analysis once
    the article's node is in the graph (the analysis itself can then be let go)."""

    article: str
    published: str | None
    article_outlet: str | None
    position: int  # its index among the article's attributions
    key: str | None  # its speaker's identity
    text: str  # the words within the marks
    content_start: int
    start: int  # the quote with its marks
    end: int
    form: str
    speaker: str | None
    rule: str
    confidence: float
    flags: tuple[str, ...]
    outlet: OutletMention | None
    outlet_confidence: float


def build_graph(
    analyses: Iterable[Result], articles: Iterable[Article] | None = None, *,
    group: Callable[[Sequence[Printed]], RemarkGroups] = group_remarks,
) -> Graph:
    """The citation graph of analysed articles (``articles`` adds their bylines). ``group``
    groups the printed quotes into remarks (:func:`quoteprov.distributed.group_remarks`
    does it on a Dask cluster, with the same result). ``analyses`` is read once, in order:
    a generator's results are let go as soon as their article is in the graph (see
    :func:`graph_of`).

    >>> build_graph([]).number_of_nodes()
    0
    """
    articles = list(articles or ())
    bylines = {a.id: a.byline for a in articles}
    marked = {a.id for a in articles if a.primary}

    def entries() -> Iterator[tuple[Result, str | None, bool]]:
        # build_graph is public: an analysis may come without an article id.
        for n, analysis in enumerate(analyses, 1):
            if analysis.article.id is None:
                analysis = attrs.evolve(analysis, article=attrs.evolve(analysis.article, id=f"article-{n}"))
            ident = analysis.article.id or ""
            yield analysis, bylines.get(ident), ident in marked

    return _graph_of(entries(), group)


def graph_of(
    pairs: Iterable[tuple[Article, Result]], *,
    group: Callable[[Sequence[Printed]], RemarkGroups] = group_remarks,
) -> Graph:
    """The citation graph of (article, its analysis) pairs, as they come: each analysis
    is reduced to what the graph needs as soon as its article is added and then let go,
    so a corpus streamed through here (``quoteprov graph``) never holds its results or
    texts at once, only the graph (the same graph :func:`build_graph` makes of them)."""
    return _graph_of(((result, article.byline, article.primary) for article, result in pairs), group)


def _graph_of(entries: Iterable[tuple[Result, str | None, bool]],
              group: Callable[[Sequence[Printed]], RemarkGroups]) -> Graph:
    with paused_gc():  # linear on large corpora (see paused_gc)
        g: Graph = nx.MultiDiGraph(schema=SCHEMA, edge_direction=EDGE_DIRECTION)
        speakers = Speakers()
        return _finish(g, speakers, _read(g, entries, speakers), group)


def _finish(g: Graph, speakers: Speakers, read: _Read, group: Callable[[Sequence[Printed]], RemarkGroups]) -> Graph:
    """Remarks, their speakers and where each was first given, then the relays. What was
    read is let go as it is used (``read`` holds the only references), so the graph grows
    as it goes."""
    supplied = PrimaryTexts(read.primaries)
    printed, read.printed = read.printed, []
    grouped = group(printed)
    del printed  # what grouping read, and (below) what it made: dropped once used, the graph's peak is lower
    link_of: dict[int, tuple[str, float]] = {}
    for link in grouped.links:
        link_of.setdefault(link.b, (link.method, link.similarity))
        link_of.setdefault(link.a, ("exact", 1.0) if link.method == "exact" else (link.method, link.similarity))
    groups = grouped.groups
    del grouped
    occurrences, read.occurrences = read.occurrences, []
    for members in groups:
        # Each quote is in one remark: what was kept of it goes once the remark is in the graph.
        mine = {i: occurrence for i in members if (occurrence := occurrences[i]) is not None}
        for i in members:
            occurrences[i] = None
        _add_remark(g, members, mine, speakers, link_of, supplied)
    del groups, link_of, occurrences
    relays = read.relays
    for n, steps in enumerate(relays):
        add_steps(g, steps)
        relays[n] = []
    add_unnamed_relays(g, read.unsourced)
    annotate_relays(g)
    for occurrence, held in read.mixed:
        node = _add_quote(g, occurrence)
        for partial in held:
            g.add_edge(node, partial, key="holds", kind="holds")
    return g


@attrs.define
class _Read:
    """What the graph keeps of the articles read: what remark grouping reads, what the
    remark stage reads of each quote, the quote nodes whose article names no outlet for
    them, the relays each article names, and the texts of articles marked primary."""

    printed: list[Printed] = attrs.Factory(list)
    occurrences: list[_Occurrence | None] = attrs.Factory(list)
    unsourced: set[str] = attrs.Factory(set)
    relays: list[list[Step]] = attrs.Factory(list)
    primaries: list[tuple[str, str]] = attrs.Factory(list)
    mixed: list[_Mixed] = attrs.Factory(list)


#: A mixed quote (as the quote node reads it) and the nodes of the partial quotes it holds.
_Mixed = tuple[_Occurrence, list[str]]


def _mixed_quote(info: ArticleInfo, index: int, attribution: Attribution, by_span: dict[tuple[int, int], int]) -> _Mixed:
    """A mixed quote (the reporter's clause around partial quotes) joins no remark: its
    wording is not the speaker's. Its node is in its article and holds its partial quotes,
    which are the remark's printings."""
    ident = info.id or ""
    held = [quote_node(ident, by_span[(n.start, n.end)]) for n in attribution.quote.nested if (n.start, n.end) in by_span]
    return _occurrence(info, index, None, attribution), held


def _occurrence(info: ArticleInfo, index: int, key: str | None, attribution: Attribution) -> _Occurrence:
    """What the graph keeps of the ``index``-th quote of an article (``key``: its speaker's identity)."""
    quote = attribution.quote
    return _Occurrence(
        info.id or "", info.published, info.outlet, index, key, quote.content.text, quote.content.start,
        quote.span.start, quote.span.end, quote.form, attribution.speaker.name if attribution.speaker else None,
        attribution.rule, attribution.confidence, attribution.flags, attribution.outlet, attribution.outlet_confidence)


def _read(g: Graph, entries: Iterable[tuple[Result, str | None, bool]], speakers: Speakers) -> _Read:
    """Each article's node, and (in a :class:`_Read`) what the rest of the graph needs of it."""
    read = _Read()
    printed, occurrences, unsourced, relays, primaries = (
        read.printed, read.occurrences, read.unsourced, read.relays, read.primaries)
    sources: dict[str, str | None] = {}
    for analysis, byline, primary in entries:
        info = analysis.article
        ident = info.id or ""
        _check_unique(sources, ident, info.source)
        _add_article(g, analysis, byline)
        by_span: dict[tuple[int, int], int] | None = None  # quote numbers by span, read only for mixed quotes
        for index, attribution in enumerate(analysis.attributions):
            if attribution.quote.form == "mixed":
                if by_span is None:
                    by_span = {(a.quote.span.start, a.quote.span.end): n for n, a in enumerate(analysis.attributions, 1)}
                read.mixed.append(_mixed_quote(info, index, attribution, by_span))
                continue
            key = speakers.key(analysis, attribution)
            outlet = attribution.outlet
            printed.append(Printed(attribution.quote.content.text, key, outlet.name if outlet else None))
            occurrences.append(_occurrence(info, index, key, attribution))
            if outlet is None:
                unsourced.add(quote_node(ident, index + 1))
        relays.append(named_relays(analysis))
        if primary:
            primaries.append((ident, analysis.text))
    return read


def _check_unique(sources: dict[str, str | None], ident: str, source: str | None) -> None:
    """Two analyses with one article id would be merged into one article node: refuse."""
    if ident in sources:
        raise DuplicateArticleError(
            f"two articles have the id {ident!r} ({sources[ident] or 'no source'} and "
            f"{source or 'no source'}); give each its own id, or the graph would merge them"
        )
    sources[ident] = source


def _add_article(g: Graph, analysis: Result, byline: str | None) -> None:
    info = analysis.article
    node = article_node(info.id or "")
    g.add_node(node, **clean({
        "kind": "article", "label": info.title or info.id, "article_id": info.id, "title": info.title,
        "outlet": info.outlet, "url": info.url, "published": info.published,
        "byline": byline, "source": info.source,
        "length": len(analysis.text), "quotes": len(analysis.attributions),
    }))
    if info.outlet:
        add_outlet(g, info.outlet, None, in_corpus=True)
        g.add_edge(node, outlet_node(info.outlet), key="published_by", kind="published_by")


def _add_remark(
    g: Graph,
    members: tuple[int, ...],
    occurrences: Mapping[int, _Occurrence],
    speakers: Speakers,
    link_of: dict[int, tuple[str, float]],
    supplied: PrimaryTexts,
) -> None:
    keys: Counter[str] = Counter(k for i in members if (k := occurrences[i].key) is not None)
    remark = _remark_node(g, members, occurrences, keys)
    given = _add_printings(g, remark, members, occurrences, link_of)
    if keys:
        key, count = keys.most_common(1)[0]
        speaker_node = speakers.node(key)
        if speaker_node not in g:
            g.add_node(speaker_node, **clean({
                "kind": "speaker", "label": speakers.name(key), "name": speakers.name(key),
                "speaker_kind": speakers.kinds[key], "role": speakers.roles.get(key),
                "aliases": sorted(speakers.spellings[key]),
            }))
        confidence = max(occurrences[i].confidence for i in members if occurrences[i].key == key)
        g.add_edge(remark, speaker_node, key="said_by", kind="said_by", confidence=confidence, quotes=count)
    first_given = None
    if given:
        who = speakers.name(keys.most_common(1)[0][0]) if keys else "unnamed speaker"
        first_given = _add_first_given(g, remark, given, who)
    add_fidelity(g, remark, [_printing(occurrences[i]) for i in members], first_given, supplied)


def _printing(occurrence: _Occurrence) -> Printing:
    o = occurrence
    return Printing(quote_node(o.article, o.position + 1), o.article, o.text, o.content_start,
                    o.outlet.name if o.outlet else None, o.published, o.article_outlet)


def _remark_node(g: Graph, members: tuple[int, ...], occurrences: Mapping[int, _Occurrence], keys: Counter[str]) -> str:
    """The remark's node; its wording is the longest printed one (the fullest text of the utterance)."""
    first = max(members, key=lambda i: (len(occurrences[i].text), -i))
    text = occurrences[first].text
    # The same words from two speakers are two remarks: the id hashes both.
    who = keys.most_common(1)[0][0] if keys else ""
    base = "remark:" + hashlib.sha1(f"{who}|{text}".encode("utf-8", "surrogatepass")).hexdigest()[:12]
    remark, number = base, 1
    while remark in g:  # the same words, kept apart by the grouping: another remark
        number += 1
        remark = f"{base}-{number}"
    articles = {occurrences[i].article for i in members}
    g.add_node(remark, **clean({
        "kind": "remark", "label": text[:80], "text": text, "wordings": len({occurrences[i].text for i in members}),
        "quotes": len(members), "articles": len(articles),
    }))
    return remark


def _add_printings(
    g: Graph, remark: str, members: tuple[int, ...], occurrences: Mapping[int, _Occurrence],
    link_of: dict[int, tuple[str, float]],
) -> list[_Given]:
    """A quote node per printing, contained in its article, an instance of the remark;
    returns where the printings say the remark was given."""
    given: list[_Given] = []
    for i in members:
        o = occurrences[i]
        node = _add_quote(g, o)
        method, similarity = link_of.get(i, ("exact", 1.0)) if len(members) > 1 else ("only_wording", 1.0)
        g.add_edge(node, remark, key="instance_of", kind="instance_of", method=method, similarity=similarity)
        outlet = o.outlet
        if outlet is not None:
            rank = PRIMARY_ORDER.index(outlet.relation) if outlet.relation in PRIMARY_ORDER else 99
            given.append((rank, outlet, o.outlet_confidence, o.article))
    return given


def _add_quote(g: Graph, o: _Occurrence) -> str:
    """A quote's node, contained in its article; returns the node."""
    node = quote_node(o.article, o.position + 1)
    g.add_node(node, **clean({
        "kind": "quote", "label": o.text[:80], "article": o.article, "start": o.start, "end": o.end,
        "text": o.text, "form": o.form, "speaker": o.speaker, "rule": o.rule, "confidence": o.confidence,
        "flags": o.flags,
    }))
    g.add_edge(article_node(o.article), node, key="contains", kind="contains", start=o.start, end=o.end)
    return node


def _add_first_given(g: Graph, remark: str, given: list[_Given], who: str) -> str | None:
    """Where it was first given: the outlet most of its printings name, strongest relation
    first. Returns the outlet's name, None for the speaker's own channel."""
    names = Counter(o.name for _r, o, _c, _a in given if o.name)
    best = min(given, key=lambda t: (-names.get(t[1].name or "", 0), t[0], -t[2]))
    outlet = best[1]
    if outlet.name:
        target = add_outlet(g, outlet.name, outlet.kind)
    else:
        # "in a statement", "at a press conference": the speaker's own channel.
        target = add_outlet(g, f"{who} ({outlet.relation.replace('_', ' ')})", outlet.relation, own=True)
    g.add_edge(remark, target, key="first_given_to", kind="first_given_to", **clean({
        "relation": outlet.relation, "evidence": outlet.span.text, "article": best[3],
        "confidence": best[2], "named": outlet.name is not None,
    }))
    return outlet.name
