"""Python and notebook ergonomics: short reprs, notebook views, JSON in any form, clear
errors for unknown nodes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quoteprov
from quoteprov.corpus import load_articles
from quoteprov.graph import analyze_corpus, dumps, from_json, load, loads, primary_source, to_json

ROOT = Path(__file__).resolve().parent.parent


def test_an_analysis_repr_is_a_summary_and_its_notebook_view_marks_the_quotes() -> None:
    text = (ROOT / "seeds" / "003_baf3977b8bb9c7ed.txt").read_text(encoding="utf-8")
    analysis = quoteprov.analyze(text, article_id="003")
    summary = repr(analysis)
    assert summary.startswith("<Analysis 003: ") and len(summary) < 200 and "quotes" in summary
    page = analysis._repr_html_()
    assert "(2 mixed, 0 unattributed)" in summary
    # every quote in marks is marked; a mixed quote is the clause around two of them
    assert page.count("<mark class=\"q") == sum(a.quote.form != "mixed" for a in analysis.attributions) == 7


def test_a_corpus_repr_and_notebook_view() -> None:
    corpus = analyze_corpus(load_articles([ROOT / "seeds"]))
    assert repr(corpus) == "<Corpus: 5 articles, 43 quotes (9 mixed), 32 remarks, 9 speakers, 14 outlets>"
    view = corpus._repr_html_()
    assert "<section id=\"relays\">" in view and "<script" not in view


def test_the_graph_json_loads_from_a_dict_text_or_file(tmp_path: Path) -> None:
    g = analyze_corpus(load_articles([ROOT / "seeds"])).graph
    path = tmp_path / "g.json"
    path.write_text(dumps(g), encoding="utf-8")
    expected = json.dumps(to_json(g), sort_keys=True)
    for back in (from_json(to_json(g)), from_json(dumps(g)), from_json(path), from_json(str(path)), loads(dumps(g)),
                 load(path)):
        assert json.dumps(to_json(back), sort_keys=True) == expected


def test_an_unknown_node_is_a_clear_key_error() -> None:
    g = analyze_corpus(load_articles([ROOT / "seeds"])).graph
    with pytest.raises(KeyError) as info:
        primary_source(g, "remark:nope")
    assert isinstance(info.value, quoteprov.UnknownNodeError)
    assert "'remark:nope' is not a node of this graph" in str(info.value)


def test_the_corpus_table_groups_speakers_as_the_graph_does() -> None:
    pytest.importorskip("pandas")
    corpus = analyze_corpus(load_articles([ROOT / "seeds"]))
    frame = corpus.to_frame()
    speakers = {n for n, d in corpus.graph.nodes(data=True) if d.get("kind") == "speaker"}
    assert set(frame["speaker.id"].dropna()) == speakers
    lavrov = frame[frame["speaker.id"] == "speaker:sergey-lavrov"]
    assert set(lavrov["speaker.canonical"]) == {"Sergey Lavrov"} and len(lavrov["article_id"].unique()) >= 4
