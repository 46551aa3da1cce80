"""Which articles relay which primary source, and by what route (graph.sources, the text tree)."""

from __future__ import annotations

from pathlib import Path

from quoteprov.corpus import Article, load_articles
from quoteprov.graph import analyze_corpus, sources
from quoteprov.present.sources import sources_text

ROOT = Path(__file__).resolve().parent.parent


def test_the_seeds_all_relay_lavrovs_tass_interview_each_by_its_route() -> None:
    g = analyze_corpus(load_articles([ROOT / "seeds"])).graph
    first = sources(g)[0]
    assert first.outlet == "outlet:tass" and first.relations[0] == "interview"
    assert first.speakers == ("Sergey Lavrov",)
    routes = {r.article.removeprefix("article:")[:3]: tuple(g.nodes[v]["name"] for v in r.via) for r in first.relays}
    assert routes == {"000": ("Just The News",), "001": ("The Hill",), "002": (), "003": (), "004": ()}
    assert all(r.named for r in first.relays)
    text = sources_text(g)
    assert text.splitlines()[0] == "TASS (interview, remarks) · Sergey Lavrov · 8 remarks, 5 articles"
    assert "via Just The News" in text and "via The Hill, 1 quote" in text


def test_a_copy_that_names_no_source_is_shown_as_such() -> None:
    corpus = analyze_corpus([
        Article("first", "“The bridge will open in May,” Mayor Ann Cole told the Harbour Gazette."),
        Article("copy", "The bridge is late. “The bridge will open in May,” Ann Cole said."),
    ])
    (source,) = sources(corpus.graph)
    by_article = {r.article: r for r in source.relays}
    assert by_article["article:first"].named and by_article["article:first"].via == ()
    assert not by_article["article:copy"].named
    lines = sources_text(corpus.graph).splitlines()
    assert lines[1].split() == ["copy", "directly,", "without", "naming", "it", "(same", "words),", "1", "quote"]


def test_an_outlets_own_reporting_is_not_a_relay() -> None:
    corpus = analyze_corpus([
        Article("own", "“We are hiring,” Ann Cole told the Harbour Gazette.", outlet="Harbour Gazette"),
    ])
    (source,) = sources(corpus.graph)
    (relay,) = source.relays
    assert relay.own and "its own reporting" in sources_text(corpus.graph)


def test_remarks_with_no_source_are_counted_not_listed() -> None:
    corpus = analyze_corpus([Article("a", "“Maybe,” Ann Cole said. “Never,” Bob Roe said.")])
    assert sources(corpus.graph) == []
    assert sources_text(corpus.graph) == "2 remarks traced to no source (quoteprov flag lists the quotes)"
