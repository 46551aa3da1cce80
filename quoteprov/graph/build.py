"""Build the citation graph from analysed articles: article nodes, remarks (one utterance
with all its printings, grouped by :mod:`quoteprov.remarks`), their speakers and where
each was first given, then what every article relays."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import attrs
import networkx as nx

from .._runtime import paused_gc
from ..analysis import Result
from ..corpus import Article
from ..errors import DuplicateArticleError
from ..records import Attribution, OutletMention
from ..remarks import Printed, RemarkGroups, group_remarks
from .fidelity import PrimaryTexts, Printing, add_fidelity, annotate_relays
from .identity import Speakers
from .nodes import add_outlet
from .relays import add_named_relays, add_unnamed_relays
from .schema import EDGE_DIRECTION, SCHEMA, article_node, clean, outlet_node, quote_node

if TYPE_CHECKING:
    Graph = nx.MultiDiGraph[str]

__all__ = ["build_graph", "PRIMARY_ORDER"]

#: Relations that say where a remark was first given, strongest evidence first.
PRIMARY_ORDER = ("interview", "told", "statement", "transcript", "podcast", "press_conference",
                 "social_media", "remarks", "report", "according_to")

#: one printed quote: its analysis, its index there, its attribution, its speaker identity
_Occurrence = tuple[Result, int, Attribution, "str | None"]
#: where one printing says a remark was given: (relation rank, mention, confidence, article id)
_Given = tuple[int, OutletMention, float, str]


def build_graph(
    analyses: Sequence[Result], articles: Sequence[Article] | None = None, *,
    group: Callable[[Sequence[Printed]], RemarkGroups] = group_remarks,
) -> Graph:
    """The citation graph of analysed articles (``articles`` adds their bylines). ``group``
    groups the printed quotes into remarks (:func:`quoteprov.distributed.group_remarks`
    does it on a Dask cluster, with the same result).

    >>> build_graph([]).number_of_nodes()
    0
    """
    with paused_gc():  # linear on large corpora (see paused_gc)
        return _build_graph(analyses, articles, group)


def _build_graph(
    analyses: Sequence[Result], articles: Sequence[Article] | None,
    group: Callable[[Sequence[Printed]], RemarkGroups],
) -> Graph:
    g: Graph = nx.MultiDiGraph(schema=SCHEMA, edge_direction=EDGE_DIRECTION)
    bylines = {a.id: a.byline for a in articles or ()}
    marked = {a.id for a in articles or () if a.primary}
    speakers = Speakers()
    # build_graph is public: an analysis may come without an article id.
    analyses = [
        a if a.article.id is not None else attrs.evolve(a, article=attrs.evolve(a.article, id=f"article-{n}"))
        for n, a in enumerate(analyses, 1)
    ]
    _check_unique(analyses)
    printed, occurrences, unsourced = _printings(g, analyses, bylines, speakers)
    supplied = PrimaryTexts(
        (a.article.id or "", a.text) for a in analyses if a.article.id in marked
    )
    grouped = group(printed)
    del printed  # what grouping read, and (below) what it made: dropped once used, the graph's peak is lower
    link_of: dict[int, tuple[str, float]] = {}
    for link in grouped.links:
        link_of.setdefault(link.b, (link.method, link.similarity))
        link_of.setdefault(link.a, ("exact", 1.0) if link.method == "exact" else (link.method, link.similarity))
    groups = grouped.groups
    del grouped
    for members in groups:
        _add_remark(g, members, occurrences, speakers, link_of, supplied)
    del groups, link_of, occurrences
    for analysis in analyses:
        add_named_relays(g, analysis)
    add_unnamed_relays(g, unsourced)
    annotate_relays(g)
    return g


def _printings(
    g: Graph, analyses: Sequence[Result], bylines: dict[str, str | None], speakers: Speakers
) -> tuple[list[Printed], list[_Occurrence], set[str]]:
    """Each article's node, and every printed quote: what remark grouping reads, where each
    one stands, and the quote nodes whose article names no outlet for them."""
    printed: list[Printed] = []
    occurrences: list[_Occurrence] = []
    unsourced: set[str] = set()
    for analysis in analyses:
        _add_article(g, analysis, bylines.get(analysis.article.id or ""))
        for index, attribution in enumerate(analysis.attributions):
            key = speakers.key(analysis, attribution)
            outlet = attribution.outlet
            printed.append(Printed(attribution.quote.content.text, key, outlet.name if outlet else None))
            occurrences.append((analysis, index, attribution, key))
            if outlet is None:
                unsourced.add(quote_node(analysis.article.id or "", index + 1))
    return printed, occurrences, unsourced


def _check_unique(analyses: Sequence[Result]) -> None:
    """Two analyses with one article id would be merged into one article node: refuse."""
    first: dict[str, int] = {}
    for position, analysis in enumerate(analyses):
        ident = analysis.article.id or ""
        if first.setdefault(ident, position) != position:
            earlier = analyses[first[ident]]
            raise DuplicateArticleError(
                f"two articles have the id {ident!r} ({earlier.article.source or 'no source'} and "
                f"{analysis.article.source or 'no source'}); give each its own id, or the graph would merge them"
            )


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
    occurrences: list[_Occurrence],
    speakers: Speakers,
    link_of: dict[int, tuple[str, float]],
    supplied: PrimaryTexts,
) -> None:
    keys: Counter[str] = Counter(k for i in members if (k := occurrences[i][3]) is not None)
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
        confidence = max(occurrences[i][2].confidence for i in members if occurrences[i][3] == key)
        g.add_edge(remark, speaker_node, key="said_by", kind="said_by", confidence=confidence, quotes=count)
    first_given = None
    if given:
        who = speakers.name(keys.most_common(1)[0][0]) if keys else "unnamed speaker"
        first_given = _add_first_given(g, remark, given, who)
    add_fidelity(g, remark, [_printing(occurrences[i]) for i in members], first_given, supplied)


def _printing(occurrence: _Occurrence) -> Printing:
    analysis, index, attribution, _key = occurrence
    content = attribution.quote.content
    info = analysis.article
    return Printing(quote_node(info.id or "", index + 1), info.id or "", content.text, content.start,
                    attribution.outlet.name if attribution.outlet else None, info.published, info.outlet)


def _remark_node(g: Graph, members: tuple[int, ...], occurrences: list[_Occurrence], keys: Counter[str]) -> str:
    """The remark's node; its wording is the longest printed one (the fullest text of the utterance)."""
    first = max(members, key=lambda i: (len(occurrences[i][2].quote.content.text), -i))
    text = occurrences[first][2].quote.content.text
    # The same words from two speakers are two remarks: the id hashes both.
    who = keys.most_common(1)[0][0] if keys else ""
    base = "remark:" + hashlib.sha1(f"{who}|{text}".encode("utf-8", "surrogatepass")).hexdigest()[:12]
    remark, number = base, 1
    while remark in g:  # the same words, kept apart by the grouping: another remark
        number += 1
        remark = f"{base}-{number}"
    articles = {occurrences[i][0].article.id for i in members}
    g.add_node(remark, **clean({
        "kind": "remark", "label": text[:80], "text": text, "wordings": len({occurrences[i][2].quote.content.text for i in members}),
        "quotes": len(members), "articles": len(articles),
    }))
    return remark


def _add_printings(
    g: Graph, remark: str, members: tuple[int, ...], occurrences: list[_Occurrence],
    link_of: dict[int, tuple[str, float]],
) -> list[_Given]:
    """A quote node per printing, contained in its article, an instance of the remark;
    returns where the printings say the remark was given."""
    given: list[_Given] = []
    for i in members:
        analysis, index, attribution, _key = occurrences[i]
        quote = attribution.quote
        article = analysis.article.id or ""
        node = quote_node(article, index + 1)
        g.add_node(node, **clean({
            "kind": "quote", "label": quote.content.text[:80], "article": article,
            "start": quote.span.start, "end": quote.span.end, "text": quote.content.text, "form": quote.form,
            "speaker": attribution.speaker.name if attribution.speaker else None,
            "rule": attribution.rule, "confidence": attribution.confidence, "flags": attribution.flags,
        }))
        g.add_edge(article_node(article), node, key="contains", kind="contains",
                   start=quote.span.start, end=quote.span.end)
        method, similarity = link_of.get(i, ("exact", 1.0)) if len(members) > 1 else ("only_wording", 1.0)
        g.add_edge(node, remark, key="instance_of", kind="instance_of", method=method, similarity=similarity)
        outlet = attribution.outlet
        if outlet is not None:
            rank = PRIMARY_ORDER.index(outlet.relation) if outlet.relation in PRIMARY_ORDER else 99
            given.append((rank, outlet, attribution.outlet_confidence, article))
    return given


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
