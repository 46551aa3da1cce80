"""The citation graph: articles, outlets, speakers, remarks and printed quotes in one networkx
MultiDiGraph, with plain queries and exports (JSON, GraphML, GEXF).

Every edge points from the derived thing to its source (an article to what it relays, a
quote to the remark it prints, a remark to the outlet it was first given to); the graph
says so in ``graph.graph["edge_direction"]``. Node ids carry their kind as a prefix
(``article:003``, ``outlet:tass``, ``speaker:sergey-lavrov``, ``remark:…``,
``quote:003:q1``). Attributes are only str, int, float and bool, and a missing value is
left out, so GraphML and GEXF take the graph as it is.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import takewhile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import networkx as nx

from ._runtime import paused_gc
from .analysis import Analysis, analyze_article
from .names import norm_name
from .corpus import Article
from .engines import Engine, EngineName, get_engine
from .lexicon import Lexicon
from .records import Attribution, OutletMention
from .remarks import Printed, group_remarks

__all__ = [
    "Corpus",
    "analyze_corpus",
    "build_graph",
    "primary_source",
    "relay_chain",
    "untraceable_remarks",
    "unnamed_relays",
    "to_json",
    "from_json",
    "write_graphml",
    "write_gexf",
    "SCHEMA",
    "dumps",
    "slug",
]

if TYPE_CHECKING:
    Graph = nx.MultiDiGraph[str]

SCHEMA = "quoteprov.graph/1"
EDGE_DIRECTION = "derived -> source: every edge points from the derived thing to what it comes from"
# Relations that say where a remark was first given, strongest evidence first.
_PRIMARY_ORDER = ("interview", "told", "statement", "transcript", "podcast", "press_conference",
                  "social_media", "remarks", "report", "according_to")


@attrs.frozen
class Corpus:
    """Articles, their analyses (same order), and the citation graph built from them."""

    articles: tuple[Article, ...]
    analyses: tuple[Analysis, ...]
    graph: Graph


def analyze_corpus(
    articles: Iterable[Article],
    *,
    lexicon: Lexicon | None = None,
    engine: EngineName | Engine = "rules",
    models_dir: str | os.PathLike[str] | None = None,
    disable: Iterable[str] = (),
) -> Corpus:
    """Analyse every article and build the citation graph.

    ``engine="stanza"`` parses the articles through stanza's pipeline in batches (see
    :func:`quoteprov.analyze` for ``models_dir``).

    >>> c = analyze_corpus([Article("a", "“We will win,” Jane Doe told Reuters.")])
    >>> sorted(n for n in c.graph if n.startswith(("outlet:", "speaker:")))
    ['outlet:reuters', 'speaker:jane-doe']
    """
    lex = lexicon or Lexicon.default()
    kept = tuple(articles)
    chosen = get_engine(engine, models_dir=models_dir)
    chosen.prepare([a.text for a in kept], lexicon=lex)
    analyses = tuple(analyze_article(a, engine=chosen, lexicon=lex, disable=disable) for a in kept)
    return Corpus(kept, analyses, build_graph(analyses, kept))


def slug(name: str) -> str:
    """A node-id-safe form of a name: "Sergey Lavrov" → "sergey-lavrov"."""
    base = unicodedata.normalize("NFKD", name.casefold())
    words = "".join(c if c.isalnum() else " " for c in base if not unicodedata.combining(c)).split()
    return "-".join(words) or "unnamed"


def _clean(attributes: dict[str, Any]) -> dict[str, Any]:
    """Only GraphML/GEXF-safe values; None is left out, sequences are joined."""
    out: dict[str, Any] = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            value = " | ".join(str(v) for v in value)
        if not isinstance(value, (str, int, float, bool)):
            value = str(value)
        out[key] = value
    return out


class _Speakers:
    """Corpus-wide speaker identities: Sergei/Sergey Lavrov in two articles are one person."""

    def __init__(self) -> None:
        self.by_last: dict[str, list[str]] = {}
        self.spellings: dict[str, Counter[str]] = {}
        self.kinds: dict[str, str] = {}
        self.roles: dict[str, str] = {}

    def key(self, analysis: Analysis, attribution: Attribution) -> str | None:
        speaker = attribution.speaker
        if speaker is None:
            return None
        if speaker.kind == "anonymous":
            # Unnamed sources are not merged across articles: two "senior officials" may differ.
            key = f"anonymous:{analysis.article.id}:{slug(speaker.name)}"
        elif speaker.kind == "organization":
            key = f"organization:{slug(speaker.name)}"
        else:
            key = self._person(speaker.name)
        self.spellings.setdefault(key, Counter())[speaker.name] += 1
        self.kinds[key] = speaker.kind
        if speaker.role and key not in self.roles:
            self.roles[key] = speaker.role
        return key

    def _person(self, name: str) -> str:
        words = name.split()
        last, first = norm_name(words[-1]), norm_name(words[0]) if len(words) > 1 else ""
        for key in self.by_last.get(last, []):
            firsts = {norm_name(s.split()[0]) for s in self.spellings.get(key, {}) if " " in s}
            if not first or not firsts or first in firsts:
                return key
        key = f"person:{last}:{first}"
        self.by_last.setdefault(last, []).append(key)
        return key

    def name(self, key: str) -> str:
        spellings = self.spellings[key]
        full = [s for s in spellings if " " in s] or list(spellings)
        return max(full, key=lambda s: (spellings[s], s))

    def node(self, key: str) -> str:
        """speaker:sergey-lavrov; speaker:organization:nato; speaker:anonymous:<article>:<words>."""
        if key.startswith(("anonymous:", "organization:")):
            return f"speaker:{key}"
        return f"speaker:{slug(self.name(key))}"


def _outlet_node(name: str) -> str:
    return f"outlet:{slug(name)}"


def _sentence_namer(analysis: Analysis) -> Callable[[int], set[str]]:
    """A function: offset → last-name keys of the people named in the sentence around it.
    Sentences and mentions are in text order, so each look-up is two binary searches."""
    doc = analysis.document
    sentence_starts = [s.span.start for s in doc.sentences]
    mention_starts = [m.span.start for m in doc.mentions]

    def names(offset: int) -> set[str]:
        i = bisect.bisect_right(sentence_starts, offset) - 1
        if i < 0 or offset >= doc.sentences[i].span.end:
            return set()
        span = doc.sentences[i].span
        lo = bisect.bisect_left(mention_starts, span.start)
        hi = bisect.bisect_left(mention_starts, span.end)
        return {
            norm_name(m.name.split()[-1]) for m in doc.mentions[lo:hi] if m.kind in ("person", "unknown")
        }

    return names


def build_graph(analyses: Sequence[Analysis], articles: Sequence[Article] | None = None) -> Graph:
    """The citation graph of analysed articles (``articles`` adds their bylines).

    >>> build_graph([]).number_of_nodes()
    0
    """
    with paused_gc():  # linear on large corpora (see paused_gc)
        return _build_graph(analyses, articles)


def _build_graph(analyses: Sequence[Analysis], articles: Sequence[Article] | None) -> Graph:
    g: Graph = nx.MultiDiGraph(schema=SCHEMA, edge_direction=EDGE_DIRECTION)
    bylines = {a.id: a.byline for a in articles or ()}
    speakers = _Speakers()
    printed: list[Printed] = []
    occurrences: list[tuple[Analysis, int, Attribution, str | None]] = []
    # build_graph is public: an analysis may come without an article id.
    analyses = [
        a if a.article.id is not None else attrs.evolve(a, article=attrs.evolve(a.article, id=f"article-{n}"))
        for n, a in enumerate(analyses, 1)
    ]
    for analysis in analyses:
        info = analysis.article
        article_node = f"article:{info.id}"
        g.add_node(article_node, **_clean({
            "kind": "article", "label": info.title or info.id, "article_id": info.id, "title": info.title,
            "outlet": info.outlet, "url": info.url, "published": info.published,
            "byline": bylines.get(info.id or ""), "source": info.source,
            "length": len(analysis.document.text), "quotes": len(analysis.attributions),
        }))
        if info.outlet:
            _add_outlet(g, info.outlet, None, in_corpus=True)
            g.add_edge(article_node, _outlet_node(info.outlet), key="published_by", kind="published_by")
        for index, attribution in enumerate(analysis.attributions):
            key = speakers.key(analysis, attribution)
            outlet = attribution.outlet
            printed.append(Printed(attribution.quote.content.text, key, outlet.name if outlet else None))
            occurrences.append((analysis, index, attribution, key))
    grouped = group_remarks(printed)
    link_of: dict[int, tuple[str, float]] = {}
    for link in grouped.links:
        link_of.setdefault(link.b, (link.method, link.similarity))
        link_of.setdefault(link.a, ("exact", 1.0) if link.method == "exact" else (link.method, link.similarity))
    for members in grouped.groups:
        _add_remark(g, members, occurrences, speakers, link_of)
    for analysis in analyses:
        _add_relays(g, analysis)
    _add_unnamed_relays(g)
    return g


def _add_outlet(g: Graph, name: str, kind: str | None, *, in_corpus: bool = False, own: bool = False) -> str:
    node = f"outlet:own:{slug(name)}" if own else _outlet_node(name)
    if node not in g:
        g.add_node(node, **_clean({"kind": "outlet", "label": name, "name": name, "outlet_kind": kind, "in_corpus": in_corpus}))
    else:
        if in_corpus:
            g.nodes[node]["in_corpus"] = True
        if kind and "outlet_kind" not in g.nodes[node]:
            g.nodes[node]["outlet_kind"] = kind
    return node


def _add_remark(
    g: Graph,
    members: tuple[int, ...],
    occurrences: list[tuple[Analysis, int, Attribution, str | None]],
    speakers: _Speakers,
    link_of: dict[int, tuple[str, float]],
) -> None:
    # The remark's wording: the longest printed one (the fullest text of the utterance).
    first = max(members, key=lambda i: (len(occurrences[i][2].quote.content.text), -i))
    text = occurrences[first][2].quote.content.text
    keys: Counter[str] = Counter(k for i in members if (k := occurrences[i][3]) is not None)
    # The same words from two speakers are two remarks: the id hashes both.
    who = keys.most_common(1)[0][0] if keys else ""
    base = "remark:" + hashlib.sha1(f"{who}|{text}".encode("utf-8", "surrogatepass")).hexdigest()[:12]
    remark, number = base, 1
    while remark in g:  # the same words, kept apart by the grouping: another remark
        number += 1
        remark = f"{base}-{number}"
    articles = {occurrences[i][0].article.id for i in members}
    g.add_node(remark, **_clean({
        "kind": "remark", "label": text[:80], "text": text, "wordings": len({occurrences[i][2].quote.content.text for i in members}),
        "quotes": len(members), "articles": len(articles),
    }))
    given: list[tuple[int, OutletMention, float, str]] = []
    for i in members:
        analysis, index, attribution, _key = occurrences[i]
        quote = attribution.quote
        node = f"quote:{analysis.article.id}:q{index + 1}"
        g.add_node(node, **_clean({
            "kind": "quote", "label": quote.content.text[:80], "article": analysis.article.id,
            "start": quote.span.start, "end": quote.span.end, "text": quote.content.text, "form": quote.form,
            "speaker": attribution.speaker.name if attribution.speaker else None,
            "rule": attribution.rule, "confidence": attribution.confidence, "flags": attribution.flags,
        }))
        g.add_edge(f"article:{analysis.article.id}", node, key="contains", kind="contains",
                   start=quote.span.start, end=quote.span.end)
        method, similarity = link_of.get(i, ("exact", 1.0)) if len(members) > 1 else ("only_wording", 1.0)
        g.add_edge(node, remark, key="instance_of", kind="instance_of", method=method, similarity=similarity)
        outlet = attribution.outlet
        if outlet is not None:
            given.append((_PRIMARY_ORDER.index(outlet.relation) if outlet.relation in _PRIMARY_ORDER else 99,
                          outlet, attribution.outlet_confidence, analysis.article.id or ""))
    if keys:
        key, count = keys.most_common(1)[0]
        speaker_node = speakers.node(key)
        if speaker_node not in g:
            g.add_node(speaker_node, **_clean({
                "kind": "speaker", "label": speakers.name(key), "name": speakers.name(key),
                "speaker_kind": speakers.kinds[key], "role": speakers.roles.get(key),
                "aliases": sorted(speakers.spellings[key]),
            }))
        confidence = max(occurrences[i][2].confidence for i in members if occurrences[i][3] == key)
        g.add_edge(remark, speaker_node, key="said_by", kind="said_by", confidence=confidence, quotes=count)
    if given:
        # Where it was first given: the outlet most of its printings name, strongest relation first.
        names = Counter(o.name for _r, o, _c, _a in given if o.name)
        best = min(given, key=lambda t: (-names.get(t[1].name or "", 0), t[0], -t[2]))
        outlet = best[1]
        if outlet.name:
            target = _add_outlet(g, outlet.name, outlet.kind)
        else:
            # "in a statement", "at a press conference": the speaker's own channel.
            who = speakers.name(keys.most_common(1)[0][0]) if keys else "unnamed speaker"
            target = _add_outlet(g, f"{who} ({outlet.relation.replace('_', ' ')})", outlet.relation, own=True)
        g.add_edge(remark, target, key="first_given_to", kind="first_given_to", **_clean({
            "relation": outlet.relation, "evidence": outlet.span.text, "article": best[3],
            "confidence": best[2], "named": outlet.name is not None,
        }))


def _add_relays(g: Graph, analysis: Analysis) -> None:
    """article → outlet (or outlet → outlet through an intermediary) for what it names."""
    info = analysis.article
    article = f"article:{info.id}"
    own = slug(info.outlet) if info.outlet else None
    sentence_names = _sentence_namer(analysis)
    # Intermediaries: "According to The Hill, … Lavrov rejected …" relays Lavrov's words.
    intermediaries = [
        (m, sentence_names(m.span.start))
        for m in analysis.citations
        if m.relation == "according_to" and m.name
    ]
    sources: list[tuple[OutletMention, set[str]]] = []
    for attribution in analysis.attributions:
        outlet = attribution.outlet
        if outlet is not None and outlet.name and attribution.speaker is not None:
            sources.append((outlet, {norm_name(attribution.speaker.name.split()[-1])}))
    for mention in analysis.outlets:
        if mention.name and mention.relation not in ("according_to",):
            sources.append((mention, sentence_names(mention.span.start)))
    sources = [(s, who) for s, who in sources if slug(s.name or "") != own]  # own reporting relays nothing
    # First which sources come through an intermediary, then the direct ones: the result
    # does not depend on which mention of a source comes first.
    # Carriers by the names their sentence holds, each outlet once (first mention first):
    # a look-up per source, not a pass over every intermediary.
    carriers: dict[str, dict[str, OutletMention]] = {}
    for carrier, who in intermediaries:
        for name in who:
            carriers.setdefault(name, {}).setdefault(carrier.name or "", carrier)
    via_intermediary: set[str] = set()
    for source, names in sources:
        target = _add_outlet(g, source.name or "", source.kind)
        found = {c.name: c for name in sorted(names) for c in carriers.get(name, {}).values()}
        for carrier in sorted(found.values(), key=lambda m: m.span.start):
            if carrier.name == source.name:
                continue
            middle = _add_outlet(g, carrier.name or "", carrier.kind)
            _relay(g, middle, target, basis="named_by_article", names_source=True, evidence=source.span.text,
                   article=info.id, start=source.span.start, end=source.span.end)
            via_intermediary.add(target)
    for source, _names in sources:
        target = _outlet_node(source.name or "")
        if target not in via_intermediary:
            _relay(g, article, target, basis="named_source", names_source=True, evidence=source.span.text,
                   relation=source.relation, start=source.span.start, end=source.span.end)
    for carrier, who in intermediaries:
        middle = _add_outlet(g, carrier.name or "", carrier.kind)
        _relay(g, article, middle, basis="named_source", names_source=True, evidence=carrier.span.text,
               relation="according_to", start=carrier.span.start, end=carrier.span.end,
               about=sorted(who))


def _relay(g: Graph, source: str, target: str, **attributes: Any) -> None:
    """One relays edge per (from, to) pair: the first evidence is kept."""
    if source == target or g.has_edge(source, target, key="relays"):
        return
    g.add_edge(source, target, key="relays", kind="relays", **_clean(attributes))


def _add_unnamed_relays(g: Graph) -> None:
    """An article that prints a remark first given elsewhere, and does not trace it there,
    relays that outlet without naming it (basis: text reuse) — through the intermediary it
    names for the speaker, if it names one ("According to The Hill, Rusk…")."""
    relays: nx.DiGraph[str] = nx.DiGraph((u, v) for u, v, k in g.edges(keys=True) if k == "relays")
    # Looked up once, not per quote: an article's edges grow with its quotes.
    published_by = {(u, v) for u, v, k in g.edges(keys=True) if k == "published_by"}
    according: dict[str, list[tuple[str, list[str]]]] = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        if k == "relays" and d.get("relation") == "according_to":
            according.setdefault(u, []).append((v, str(d.get("about", "")).split(" | ")))

    def reaches(article: str, target: str) -> bool:
        if (article, target) in published_by:
            return True
        return article in relays and target in relays and nx.has_path(relays, article, target)

    def add(source: str, target: str, **attributes: Any) -> None:
        _relay(g, source, target, **attributes)
        relays.add_edge(source, target)

    for remark in [n for n in g.nodes if g.nodes[n].get("kind") == "remark"]:
        _add_time_relays(g, remark, add)
        primary = primary_source(g, remark)
        if primary is None:
            continue
        speaker = next((v for _r, v, k in g.out_edges(remark, keys=True) if k == "said_by"), None)
        name = g.nodes[speaker].get("name", "") if speaker else ""
        who = norm_name(name.split()[-1]) if name else ""
        for quote, _r, key in list(g.in_edges(remark, keys=True)):
            if key != "instance_of":
                continue
            article = next(u for u, _v, k in g.in_edges(quote, keys=True) if k == "contains")
            if reaches(article, primary["outlet"]):
                continue
            carriers = [v for v, about in according.get(article, []) if who and who in about]
            for carrier in carriers:
                add(carrier, primary["outlet"], basis="text_reuse", names_source=False,
                    evidence=g.nodes[quote].get("text", ""), article=article.removeprefix("article:"))
            if not carriers:
                add(article, primary["outlet"], basis="text_reuse", names_source=False,
                    evidence=g.nodes[quote].get("text", ""))


def _add_time_relays(g: Graph, remark: str, add: Any) -> None:
    """An article that prints a remark without naming any outlet for it, after another
    article printed it, relays that earlier article (basis: time). Needs publication
    dates (ISO 8601 strings compare in time order)."""
    printings: list[tuple[str, str, str]] = []  # (published, article node, quote node)
    for quote, _r, key in g.in_edges(remark, keys=True):
        if key != "instance_of":
            continue
        article = next(u for u, _v, k in g.in_edges(quote, keys=True) if k == "contains")
        published = g.nodes[article].get("published")
        if isinstance(published, str) and published:
            printings.append((published, article, quote))
    printings.sort()
    for published, article, quote in printings:
        if "no_outlet" not in str(g.nodes[quote].get("flags", "")).split(" | "):
            continue  # it names where the words came from
        # The first printing dated before this one (printings are in date order).
        earlier = next((a for p, a, _q in takewhile(lambda x: x[0] < published, printings) if a != article), None)
        if earlier is not None:
            add(article, earlier, basis="time", names_source=False,
                evidence=g.nodes[quote].get("text", ""), published=published)


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
    node = article if article.startswith("article:") else f"article:{article}"
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


def to_json(g: Graph) -> dict[str, Any]:
    """networkx node-link JSON (``from_json`` loads it back to an equal graph)."""
    data: dict[str, Any] = nx.node_link_data(g, edges="edges")
    return data


def from_json(data: dict[str, Any]) -> Graph:
    """The graph from :func:`to_json`'s output."""
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert isinstance(graph, nx.MultiDiGraph)
    return graph


def write_graphml(g: Graph, path: str | Path) -> None:
    """GraphML for Gephi and yEd."""
    nx.write_graphml(g, str(path))


def write_gexf(g: Graph, path: str | Path) -> None:
    """GEXF for Gephi."""
    nx.write_gexf(g, str(path))


def dumps(g: Graph) -> str:
    """The node-link JSON as text."""
    return json.dumps(to_json(g), ensure_ascii=False, indent=1)
