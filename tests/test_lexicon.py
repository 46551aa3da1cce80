"""Lexicons are data a journalist can extend without reading the code."""

from __future__ import annotations

from pathlib import Path

import pytest

import quoteprov
from quoteprov import Lexicon, LexiconError


def test_default_lexicon_is_large_enough() -> None:
    lex = Lexicon.default()
    assert len({lemma for lemma in lex.verb_forms.values()}) >= 100  # the issue asks for well over 100 verbs
    assert len(lex.outlets) >= 150
    assert lex.outlet_index["wsj"].name == "Wall Street Journal"
    assert lex.verb_lemma("Told") == "tell"


def test_a_users_outlet_file_extends_the_gazetteer(tmp_path: Path) -> None:
    text = "“We will rebuild,” the mayor of Springfield Jane Doe told the Springfield Shopper."
    assert quoteprov.analyze(text).attributions[0].outlet is None
    mine = tmp_path / "my_outlets.tsv"
    mine.write_text("# local papers\nSpringfield Shopper\tnewspaper\tthe Shopper\n", encoding="utf-8")
    lex = Lexicon.load(outlets=[mine])
    outlet = quoteprov.analyze(text, lexicon=lex).attributions[0].outlet
    assert outlet is not None and (outlet.name, outlet.relation, outlet.kind) == ("Springfield Shopper", "told", "newspaper")


def test_a_users_verb_file_adds_a_reporting_verb(tmp_path: Path) -> None:
    text = "“We will rebuild,” Jane Doe harrumphed."
    assert quoteprov.analyze(text).attributions[0].speaker is None
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("harrumph harrumphed harrumphs harrumphing\n", encoding="utf-8")
    found = quoteprov.analyze(text, lexicon=Lexicon.load(reporting_verbs=[verbs])).attributions[0]
    assert found.speaker is not None and found.speaker.name == "Jane Doe" and found.cue is not None
    assert found.cue.text == "harrumphed"


def test_a_malformed_outlet_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("Good Paper\tnewspaper\t\nBad Paper\ttabloid\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.tsv:2: outlet kind 'tabloid' is not one of"):
        Lexicon.load(outlets=[bad])
