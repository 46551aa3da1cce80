"""The citation graph on the seeds and on small corpora built by hand; queries and exports."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import quoteprov
from quoteprov.corpus import Article, load_articles
from quoteprov.graph import (
    analyze_corpus,
    from_json,
    primary_source,
    relay_chain,
    to_json,
    unnamed_relays,
    untraceable_remarks,
    write_gexf,
    write_graphml,
)

ROOT = Path(__file__).resolve().parent.parent
IDS = {"000": "000_af5b5a21a34f328c", "001": "001_9d08bd687a90a578", "002": "002_5083800b47d63e8f",
       "003": "003_baf3977b8bb9c7ed", "004": "004_e0a4c11860b658b6"}


@pytest.fixture(scope="module")
def seeds():  # type: ignore[no-untyped-def]
    return analyze_corpus(load_articles([ROOT / "seeds"]))


def _remark_with(g: nx.MultiDiGraph, words: str) -> str:
    found = [n for n, d in g.nodes(data=True) if d.get("kind") == "remark" and words in d.get("text", "")]
    assert len(found) == 1, found
    return found[0]


def _articles_of(g: nx.MultiDiGraph, remark: str) -> set[str]:
    quotes = [u for u, _v, k in g.in_edges(remark, keys=True) if k == "instance_of"]
    return {g.nodes[q]["article"] for q in quotes}


def test_the_graph_says_which_way_its_edges_point(seeds) -> None:  # type: ignore[no-untyped-def]
    assert seeds.graph.graph["edge_direction"].startswith("derived -> source")


def test_every_seed_reaches_tass_by_its_own_route(seeds) -> None:  # type: ignore[no-untyped-def]
    g = seeds.graph
    assert relay_chain(g, IDS["000"], "outlet:tass") == [f"article:{IDS['000']}", "outlet:just-the-news", "outlet:tass"]
    assert relay_chain(g, IDS["001"], "outlet:tass") == [f"article:{IDS['001']}", "outlet:the-hill", "outlet:tass"]
    for key in ("002", "003", "004"):
        assert relay_chain(g, IDS[key], "outlet:tass") == [f"article:{IDS[key]}", "outlet:tass"]


def test_lavrovs_three_wordings_are_one_remark_first_given_to_tass(seeds) -> None:  # type: ignore[no-untyped-def]
    g = seeds.graph
    remark = _remark_with(g, "not satisfied with the proposals")
    assert _articles_of(g, remark) == {IDS["001"], IDS["002"], IDS["003"]}
    methods = {d["method"] for _u, _v, k, d in g.in_edges(remark, keys=True, data=True) if k == "instance_of"}
    assert "translation" in methods  # "not happy, of course … members of the Trump team"
    assert primary_source(g, remark)["outlet"] == "outlet:tass"  # type: ignore[index]
    said_by = [v for _u, v, k in g.out_edges(remark, keys=True) if k == "said_by"]
    assert said_by == ["speaker:sergey-lavrov"]
    assert g.nodes["speaker:sergey-lavrov"]["name"] == "Sergey Lavrov"
    assert relay_chain(g, IDS["001"], remark)[-2:] == ["outlet:the-hill", "outlet:tass"]


def test_ash_is_primary_to_the_articles_own_outlet(seeds) -> None:  # type: ignore[no-untyped-def]
    g = seeds.graph
    remark = _remark_with(g, "Putin is bluffing")
    assert primary_source(g, remark)["outlet"] == "outlet:news-guide"  # type: ignore[index]
    assert relay_chain(g, IDS["002"], remark) == [f"article:{IDS['002']}", "outlet:news-guide"]
    assert g.nodes["outlet:news-guide"]["in_corpus"] is True
    relays = [v for _u, v, k in g.out_edges(f"article:{IDS['002']}", keys=True) if k == "relays"]
    assert "outlet:news-guide" not in relays  # original reporting relays nothing


def test_zelenskys_block_quote_has_no_traceable_source(seeds) -> None:  # type: ignore[no-untyped-def]
    g = seeds.graph
    remark = _remark_with(g, "evil axis accomplices")
    assert remark in untraceable_remarks(g)
    assert primary_source(g, remark) is None


def test_outlets_only_named_are_not_in_the_corpus(seeds) -> None:  # type: ignore[no-untyped-def]
    g = seeds.graph
    assert g.nodes["outlet:tass"]["in_corpus"] is False
    assert g.nodes["outlet:defence-talks"]["in_corpus"] is True


def test_attributes_are_only_plain_values(seeds) -> None:  # type: ignore[no-untyped-def]
    g = seeds.graph
    for _n, data in g.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values()), data
    for _u, _v, data in g.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values()), data


def test_json_round_trip_gives_an_identical_graph(seeds) -> None:  # type: ignore[no-untyped-def]
    g = seeds.graph
    back = from_json(json.loads(json.dumps(to_json(g))))
    assert back.graph == g.graph
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True), key=repr) == sorted(g.edges(keys=True, data=True), key=repr)


@pytest.mark.parametrize("writer", [write_graphml, write_gexf], ids=["graphml", "gexf"])
def test_gephi_formats_write_and_read_back(seeds, tmp_path: Path, writer) -> None:  # type: ignore[no-untyped-def]
    g = seeds.graph
    path = tmp_path / f"graph.{writer.__name__.removeprefix('write_')}"
    writer(g, path)
    back = nx.read_graphml(path) if path.suffix == ".graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()


def test_an_empty_corpus_gives_an_empty_graph() -> None:
    corpus = analyze_corpus([])
    assert corpus.graph.number_of_nodes() == 0
    assert untraceable_remarks(corpus.graph) == [] and unnamed_relays(corpus.graph) == []
    with pytest.raises(quoteprov.UnknownNodeError, match="'article:x' is not a node"):
        relay_chain(corpus.graph, "x", "outlet:tass")


def _hand_corpus():  # type: ignore[no-untyped-def]
    return analyze_corpus([
        Article("wire", "“We will not sign this deal,” Foreign Minister Anna Rusk told Reuters on Monday.",
                outlet="Daily Planet"),
        Article("copy", "“We will not sign this deal,” Anna Rusk said.", outlet="Copycat Times"),
        Article("relay", "According to The Hill, Anna Rusk rejected the deal. “We will not sign this deal,” she said."),
        Article("other", "“The harvest was late this year,” farmer Tom Baker said."),
    ])


def test_hand_built_corpus_remark_and_primary_source() -> None:
    g = _hand_corpus().graph
    remark = _remark_with(g, "We will not sign this deal")
    assert _articles_of(g, remark) == {"wire", "copy", "relay"}
    assert primary_source(g, remark)["relation"] == "told"  # type: ignore[index]
    assert primary_source(g, remark)["outlet"] == "outlet:reuters"  # type: ignore[index]


def test_hand_built_relay_chains() -> None:
    g = _hand_corpus().graph
    remark = _remark_with(g, "We will not sign this deal")
    assert relay_chain(g, "wire", remark) == ["article:wire", "outlet:reuters"]
    assert relay_chain(g, "relay", remark) == ["article:relay", "outlet:the-hill", "outlet:reuters"]
    # "copy" names no outlet for the words it prints: it relays Reuters without saying so.
    assert relay_chain(g, "copy", remark) == ["article:copy", "outlet:reuters"]
    edge = g.get_edge_data("article:copy", "outlet:reuters")["relays"]
    assert (edge["basis"], edge["names_source"]) == ("text_reuse", False)


def test_unnamed_relays_rank_publishers() -> None:
    g = _hand_corpus().graph
    assert unnamed_relays(g) == [("outlet:copycat-times", 1)]


def test_different_speakers_never_share_a_remark() -> None:
    g = analyze_corpus([
        Article("a", "“We stand with our allies,” Anna Rusk said."),
        Article("b", "“We stand with our allies,” Tom Baker said."),
    ]).graph
    remarks = [n for n, d in g.nodes(data=True) if d.get("kind") == "remark"]
    assert len(remarks) == 2


def test_a_later_article_that_names_no_source_relays_the_earlier_one() -> None:
    g = analyze_corpus([
        Article("first", "“The bridge will reopen in May,” Mayor Jane Doe said.", published="2025-03-01"),
        Article("second", "“The bridge will reopen in May,” Jane Doe said.", published="2025-03-04"),
    ]).graph
    edge = g.get_edge_data("article:second", "article:first")["relays"]
    assert (edge["basis"], edge["names_source"]) == ("time", False)
    assert g.get_edge_data("article:first", "article:second") is None
