"""One self-contained HTML page for a corpus: each article with its quotes highlighted by
speaker and the flagged ones marked, a table of remarks and their sources, and the graph."""

from __future__ import annotations

import bisect

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..flags import DEFAULT_FLAG_REASONS, FLAG_REASONS, fidelity_flags, flag_reasons
from ..graph.queries import primary_source, sources, untraceable_remarks
from ..graph.schema import quote_node
from ._assets import asset
from .fidelity import fidelity_section
from .page import escape_ascii as _text
from .page import graph_view, sha256_source
from .sources import route_text

if TYPE_CHECKING:
    from ..analysis import Result
    from ..graph import Corpus
    from ..records import Attribution

__all__ = ["fragment_html", "report_html"]

_COLOURS = 12  # speakers get the colour classes s0…s11 in order of first appearance
_LONG = 400  # a remark longer than this is cut in the table (its printings show it whole)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Index:
    """What the page needs from the graph: each quote's speaker node and each speaker's colour."""

    def __init__(self, corpus: Corpus) -> None:
        g = corpus.graph
        self.graph = g
        self.speaker_of_remark: dict[str, str] = {}
        self.speaker_of_quote: dict[str, str] = {}
        for remark, data in g.nodes(data=True):
            if data.get("kind") != "remark":
                continue
            speaker = next((v for _u, v, k in g.out_edges(remark, keys=True) if k == "said_by"), None)
            if speaker is None:
                continue
            self.speaker_of_remark[remark] = speaker
            for quote, _v, key in g.in_edges(remark, keys=True):
                if key == "instance_of":
                    self.speaker_of_quote[quote] = speaker
        self.colour: dict[str, int] = {}
        for analysis in corpus.analyses:
            for number in range(1, len(analysis.attributions) + 1):
                speaker = self.speaker_of_quote.get(quote_node(analysis.article.id or "", number))
                if speaker is not None and speaker not in self.colour:
                    self.colour[speaker] = len(self.colour) % _COLOURS
        # Article ids may repeat in a careless corpus; anchors follow the first of each.
        self.anchor: dict[str, int] = {}
        for position, analysis in enumerate(corpus.analyses, 1):
            self.anchor.setdefault(str(analysis.article.id), position)

    def flags(self, analysis: Result, number: int, attribution: Attribution, wanted: tuple[str, ...]) -> list[str]:
        """The reasons among ``wanted`` the article's ``number``-th quote is flagged for: its
        own, and how its words differ from the remark's primary wording."""
        flags = flag_reasons(attribution, wanted)
        node = quote_node(analysis.article.id or "", number)
        if node in self.graph:
            flags += fidelity_flags(self.graph.nodes[node], wanted)
        return flags

    def label(self, node: str) -> str:
        return str(self.graph.nodes[node].get("label", node)) if node in self.graph else node


def report_html(
    corpus: Corpus, *, title: str = "quoteprov report", reasons: Iterable[str] = DEFAULT_FLAG_REASONS
) -> str:
    """One self-contained HTML page for ``corpus`` (offline: no URL is ever fetched).

    The page shows a summary, then every article with its quotes highlighted in one
    colour per speaker (the same across articles) and quotes flagged for one of
    ``reasons`` marked; hovering a quote shows its speaker, outlet and flags. A table lists
    every remark with its speaker, the outlet it was first given to, and links to each
    printing; the citation graph view (:func:`quoteprov.present.graph_view`) closes the
    page. Every piece of article text is HTML-escaped; the graph's JSON cannot end its
    script element; a Content-Security-Policy allows only the page's own script and style.

    Args:
        corpus: Articles, analyses and graph, e.g. from
            :func:`quoteprov.graph.analyze_corpus`.
        title: The page's title and heading.
        reasons: Which flags mark a quote (default: :data:`~quoteprov.flags.DEFAULT_FLAG_REASONS`;
            any of :data:`~quoteprov.flags.FLAG_REASONS`).

    Returns:
        The page, ASCII only; write it to a ``.html`` file and open it in a browser.

    >>> from quoteprov.corpus import Article
    >>> from quoteprov.graph import analyze_corpus
    >>> page = report_html(analyze_corpus([Article("a", "“<b>Yes</b>,” a source said.")]))
    >>> "&lt;b&gt;Yes&lt;/b&gt;" in page and "<b>" not in page
    True
    """
    wanted = tuple(reasons)
    unknown = sorted(set(wanted) - set(FLAG_REASONS))
    if unknown:
        raise ValueError(f"unknown flag reason(s) {unknown}; choose from {sorted(FLAG_REASONS)}")
    index = _Index(corpus)
    view = graph_view(corpus.graph, title=title)
    css = _CSS + view.css
    csp = (f"default-src 'none'; script-src {sha256_source(view.script)}; style-src {sha256_source(css)}; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    bylines = [a.byline for a in corpus.articles] if len(corpus.articles) == len(corpus.analyses) else []
    articles = [
        _article(position, analysis, index, wanted, bylines[position - 1] if bylines else None)
        for position, analysis in enumerate(corpus.analyses, 1)
    ]
    heading = _text(title)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{heading}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f"<header><h1>{heading}</h1>\n{_summary(corpus, index, wanted)}</header>\n<main>\n"
        f"{_relay_diagram(corpus)}"
        "<section id=\"articles\"><h2>Articles</h2>\n" + "".join(articles) + "</section>\n"
        f"{_remarks(corpus, index)}"
        "<section id=\"graph-section\"><h2>Citation graph</h2><p id=\"counts\"></p>\n"
        f"{view.markup}</section>\n</main>\n"
        f"<script>{view.script}</script>\n</body>\n</html>\n"
    )


_SOURCES_SHOWN = 12  # sources drawn in the relay diagram; the remarks table lists them all


def _relay_diagram(corpus: Corpus) -> str:
    """The story first: each primary source → the outlets that pass it on → the articles,
    most-relayed sources first (HTML and CSS only, so it shows even without the script)."""
    g = corpus.graph
    found = sources(g)
    if not found:
        return ""
    positions = {f"article:{a.article.id}": n for n, a in enumerate(corpus.analyses, 1)}
    rows = []
    for source in found[:_SOURCES_SHOWN]:
        outlet = g.nodes[source.outlet]
        how = [", ".join(r.replace("_", " ") for r in source.relations)] if source.relations else []
        details = " · ".join(how + [", ".join(source.speakers)] * bool(source.speakers)
                             + [f"{len(source.remarks)} remark{'s' if len(source.remarks) != 1 else ''}"])
        routes = []
        for relay in source.relays:
            via = [str(g.nodes[v].get("name", v)) for v in relay.via]
            middle = "".join(f"<span class=\"node via\">{_text(name)}</span><span class=\"arrow\">&#8594;</span>"
                             for name in via)
            if not via:
                middle = f"<span class=\"route\">{_text(route_text(g, relay))}</span><span class=\"arrow\">&#8594;</span>"
            elif not relay.named:
                middle += "<span class=\"route\">unnamed</span><span class=\"arrow\">&#8594;</span>"
            position = positions.get(relay.article)
            title = _text(relay.title)
            article = (f"<a class=\"node article\" href=\"#article-{position}\">{title}</a>" if position
                       else f"<span class=\"node article\">{title}</span>")
            routes.append(f"<li><span class=\"arrow\">&#8594;</span>{middle}{article}</li>")
        rows.append(
            f"<div class=\"source-row\"><div class=\"node primary\">{_text(outlet.get('name', source.outlet))}"
            f"<span class=\"how\">{_text(details)}</span></div>\n<ul class=\"routes\">{''.join(routes)}</ul></div>\n"
        )
    more = len(found) - _SOURCES_SHOWN
    tail = f"<p class=\"count\">… and {more} more sources in the remarks table.</p>\n" if more > 0 else ""
    return ("<section id=\"relays\"><h2>Primary sources and the articles that relay them</h2>\n"
            f"<div class=\"relay-diagram\">\n{''.join(rows)}</div>\n{tail}</section>\n")


def fragment_html(corpus: Corpus, *, reasons: Iterable[str] = DEFAULT_FLAG_REASONS) -> str:
    """The report's relay diagram and articles as one block of HTML with its own style and
    no script, for a notebook cell (``Analysis`` and ``Corpus`` show themselves with it).

    >>> from quoteprov.corpus import Article
    >>> from quoteprov.graph import analyze_corpus
    >>> block = fragment_html(analyze_corpus([Article("a", "“Yes,” Jane Doe told Reuters.")]))
    >>> block.startswith('<div class="quoteprov">') and "<script" not in block
    True
    """
    wanted = tuple(reasons)
    index = _Index(corpus)
    articles = "".join(_article(position, analysis, index, wanted, None)
                       for position, analysis in enumerate(corpus.analyses, 1))
    return f"<div class=\"quoteprov\"><style>{_CSS}</style>\n{_relay_diagram(corpus)}{articles}</div>\n"


def _article_title(analysis: Result) -> str:
    return analysis.article.title or str(analysis.article.id)


def _summary(corpus: Corpus, index: _Index, wanted: tuple[str, ...]) -> str:
    quotes = sum(len(a.attributions) for a in corpus.analyses)
    flagged = sum(1 for a in corpus.analyses for n, q in enumerate(a.attributions, 1) if index.flags(a, n, q, wanted))

    kinds = Counter(d.get("kind") for _n, d in corpus.graph.nodes(data=True))
    untraceable = len(untraceable_remarks(corpus.graph))
    figures = (f"{len(corpus.analyses)} articles · {quotes} quotes · {flagged} flagged · "
               f"{kinds['speaker']} speakers · {kinds['remark']} remarks ({untraceable} with no known source)")
    rows = []
    for position, analysis in enumerate(corpus.analyses, 1):
        marked = sum(1 for n, q in enumerate(analysis.attributions, 1) if index.flags(analysis, n, q, wanted))
        rows.append(
            f"<li><a href=\"#article-{position}\">{_text(_article_title(analysis))}</a> "
            f"<span class=\"count\">{len(analysis.attributions)} quotes"
            + (f", <span class=\"flagged-count\">{marked} flagged</span>" if marked else "") + "</span></li>\n"
        )
    return (f"<p id=\"summary\">{_text(figures)}</p>\n"
            "<nav aria-label=\"Contents\"><ol id=\"contents\">\n" + "".join(rows) + "</ol>"
            "<p><a href=\"#relays\">Primary sources</a> &#183; <a href=\"#remarks\">Remarks and their sources</a> &#183; "
            + ("<a href=\"#fidelity\">Wording against the primary source</a> &#183; "
               if any("primary_text" in d for _n, d in corpus.graph.nodes(data=True)) else "")
            + "<a href=\"#graph-section\">Citation graph</a></p></nav>\n")


def _article(position: int, analysis: Result, index: _Index, wanted: tuple[str, ...], byline: str | None) -> str:
    info = analysis.article
    details = [value for value in (info.outlet, info.published, info.url, info.source) if value]
    body, speakers = _marked_text(position, analysis, index, wanted)
    legend = "".join(
        f"<li><span class=\"swatch s{index.colour.get(node, 0)}\"></span>{_text(index.label(node))} ({count})</li>"
        for node, count in sorted(speakers.items(), key=lambda item: (-item[1], index.label(item[0])))
    )
    unknown = sum(1 for a in analysis.attributions if a.speaker is None)
    if unknown:
        legend += f"<li><span class=\"swatch unknown\"></span>no speaker ({unknown})</li>"
    return (
        f"<article id=\"article-{position}\" class=\"doc\">\n<h3>{_text(_article_title(analysis))}</h3>\n"
        f"<p class=\"meta\">{_text(' · '.join(details))}"
        + (f"<br>by {_text(byline)}" if byline else "") + "</p>\n"
        + (f"<ul class=\"speakers\">{legend}</ul>\n" if legend else "<p class=\"meta\">No quotes found.</p>\n")
        + f"<div class=\"text\">{body}</div>\n</article>\n"
    )


def _marked_text(
    position: int, analysis: Result, index: _Index, wanted: tuple[str, ...]
) -> tuple[str, Counter[str]]:
    """The article's text, escaped, each quote a <mark> coloured by its speaker (flagged
    ones underlined and labelled); and how many quotes each speaker node has here."""
    info = analysis.article
    text = analysis.text
    speakers: Counter[str] = Counter()
    pieces: list[str] = []
    clauses = _mixed_clauses(analysis)
    done = 0
    for number, attribution in enumerate(analysis.attributions, 1):
        span = attribution.quote.span
        if attribution.quote.form == "mixed":
            continue  # the clause around partial quotes: underlined around their marks (clauses)
        if span.start < done:  # quotes never overlap; should one, its text is shown once
            continue
        pieces.append(_plain(text, done, span.start, clauses))
        speaker = index.speaker_of_quote.get(quote_node(info.id or "", number)) if attribution.speaker else None
        if speaker is not None:
            speakers[speaker] += 1
        colour = f"s{index.colour[speaker]}" if speaker is not None and speaker in index.colour else "unknown"
        flags = index.flags(analysis, number, attribution, wanted)
        classes = f"q {colour}" + (" flagged" if flags else "")
        pieces.append(
            f"<mark class=\"{classes}\" id=\"q-{position}-{number}\" title=\"{_text(_tooltip(attribution, flags))}\">"
            f"{_text(span.text)}</mark>"
        )
        if flags:
            pieces.append(f"<sup class=\"flag\">&#9873; {_text(', '.join(FLAG_REASONS[f] for f in flags))}</sup>")
        done = span.end
    pieces.append(_plain(text, done, len(text), clauses))
    return "".join(pieces), speakers


#: A mixed quote's clause as the marked text shows it: (start, end, opening tag).
_Clause = tuple[int, int, str]


def _mixed_clauses(analysis: Result) -> list[_Clause]:
    """The mixed quotes' clauses, in text order, none overlapping the one before: each is
    underlined around the marks of its partial quotes, its speaker and outlet in its title."""
    clauses: list[_Clause] = []
    for attribution in analysis.attributions:
        span = attribution.quote.span
        if attribution.quote.form != "mixed" or (clauses and span.start < clauses[-1][1]):
            continue
        title = _text("mixed quote: " + _tooltip(attribution, []))
        clauses.append((span.start, span.end, f"<span class=\"mixed\" title=\"{title}\">"))
    return clauses


def _plain(text: str, start: int, end: int, clauses: list[_Clause]) -> str:
    """``text[start:end]`` escaped, with the tags of the clauses that open or close at or
    inside it. A clause opens and closes in text between marks (it starts at or before
    its first partial quote's mark and ends at or after its last), so each tag is written
    once, in the one stretch that holds its offset."""
    events: list[tuple[int, int, str]] = []
    k = bisect.bisect_left(clauses, start, key=lambda c: c[1])  # the first not ended before start
    while k < len(clauses) and clauses[k][0] <= end:
        c_start, c_end, tag = clauses[k]
        if start <= c_start <= end:
            events.append((c_start, 1, tag))
        if start <= c_end <= end:
            events.append((c_end, 0, "</span>"))
        k += 1
    out: list[str] = []
    at = start
    for offset, _order, tag in sorted(events, key=lambda e: (e[0], e[1])):
        out.append(_text(text[at:offset]) + tag)
        at = offset
    out.append(_text(text[at:end]))
    return "".join(out)


def _tooltip(attribution: Attribution, flags: list[str]) -> str:
    who = attribution.speaker.name if attribution.speaker else "no speaker"
    if attribution.speaker and attribution.speaker.kind == "anonymous":
        who += " (anonymous)"
    outlet = attribution.outlet
    where = "no outlet named"
    if outlet is not None:
        where = f"{outlet.name or 'own channel'} ({outlet.relation.replace('_', ' ')})"
    parts = [who, where]
    if flags:
        parts.append("flagged: " + ", ".join(FLAG_REASONS[f] for f in flags))
    return " · ".join(parts)


def _printings(corpus: Corpus, index: _Index, remark: str) -> list[tuple[int, int, str, str]]:
    """(position, number, quote node, link) for each printing of a remark, in page order."""
    g = corpus.graph
    found: list[tuple[int, int, str, str]] = []
    for quote, _v, key in g.in_edges(remark, keys=True):
        if key != "instance_of":
            continue
        article = str(g.nodes[quote].get("article", ""))
        position = index.anchor.get(article, 0)
        number = int(quote.rsplit(":q", 1)[-1]) if ":q" in quote else 0
        title = _article_title(corpus.analyses[position - 1]) if position else article
        found.append((position, number, quote, f"<a href=\"#q-{position}-{number}\">{_text(title)}</a>"))
    return sorted(found)


def _remarks(corpus: Corpus, index: _Index) -> str:
    """The remarks table, then the fidelity section for remarks printed more than once."""
    g = corpus.graph
    rows: list[tuple[tuple[int, int], str, str]] = []
    links: dict[str, str] = {}
    for remark, data in g.nodes(data=True):
        if data.get("kind") != "remark":
            continue
        speaker = index.speaker_of_remark.get(remark)
        source = primary_source(g, remark)
        printings = _printings(corpus, index, remark)
        links.update((quote, link) for _p, _n, quote, link in printings)
        who = (f"<span class=\"swatch s{index.colour.get(speaker, 0)}\"></span>{_text(index.label(speaker))}"
               if speaker is not None else "<span class=\"swatch unknown\"></span><em>unknown</em>")
        if source is not None:
            where = (f"{_text(index.label(source['outlet']))} <span class=\"relation\">({_text(str(source.get('relation', '')).replace('_', ' '))})</span>"
                     f"<div class=\"evidence\">{_text(source.get('evidence', ''))}</div>")
        else:
            where = "<span class=\"untraceable\">no known source</span>"
        text = str(data.get("text", ""))
        row = (f"<tr><td>{who}</td><td class=\"remark\">{_text(_shorten(text, _LONG))}</td>"
               f"<td>{where}</td><td>{', '.join(link for _p, _n, _q, link in printings)}</td></tr>\n")
        rows.append((printings[0][:2] if printings else (0, 0), remark, row))
    rows.sort(key=lambda row: row[0])
    ordered_links = {q: links[q] for q in sorted(links, key=lambda q: _quote_order(index, g, q))}
    return (
        "<section id=\"remarks\"><h2>Remarks and their sources</h2>\n"
        "<p class=\"meta\">One row per remark (all printings of one utterance, translations included), "
        "in the order they are first printed.</p>\n"
        "<table><thead><tr><th>Speaker</th><th>Remark</th><th>First given to</th><th>Printed in</th></tr></thead>\n"
        "<tbody>\n" + "".join(row for _key, _remark, row in rows) + "</tbody></table></section>\n"
        + fidelity_section(g, ordered_links, [remark for _key, remark, _row in rows])
    )


def _quote_order(index: _Index, g: Any, quote: str) -> tuple[int, int]:
    article = str(g.nodes[quote].get("article", ""))
    return index.anchor.get(article, 0), int(quote.rsplit(":q", 1)[-1]) if ":q" in quote else 0


# Twelve speaker colours, light enough to read black text on (Tableau 20's light half).
_PALETTE = ("#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94",
            "#f7b6d2", "#dbdb8d", "#9edae5", "#e7cb94", "#cedb9c", "#e7969c")

_CSS = "\n" + asset("report.css") + "".join(
    f".s{i} {{ background: {colour}; }}\n" for i, colour in enumerate(_PALETTE)
)
