"""Speaker and outlet rules are ordered tables of named sieves: each testable alone, each
switchable off by name, each attribution recording the sieve that decided it."""

from __future__ import annotations

from pathlib import Path

import pytest

import quoteprov
from quoteprov import Lexicon
from quoteprov.attribution import sieves
from quoteprov.attribution.context import ArticleContext
from quoteprov.attribution.outlets import OUTLET_AFTER, OUTLET_SIEVES
from quoteprov.attribution.speakers import MENTION_SIEVES, mentions
from quoteprov.engines import build_document
from quoteprov.quotes import find_quotes

ROOT = Path(__file__).resolve().parent.parent


def test_the_tables_and_the_functions_agree() -> None:
    in_table = {name for rules, _forms, _f in MENTION_SIEVES for name in rules}
    assert in_table == set(sieves.names("speaker"))
    assert {name for name, _f in OUTLET_SIEVES if name} | set(OUTLET_AFTER) == set(sieves.names("outlet"))
    # The order of the table is the order tried.
    tried = [name for rules, _forms, _f in MENTION_SIEVES for name in rules]
    assert tried == list(sieves.names("speaker"))
    for sieve in sieves.SIEVES:
        assert 0 < sieve.confidence <= 1 and sieve.means


def test_every_recorded_rule_is_a_sieve_and_its_confidence_a_bound() -> None:
    known = set(sieves.names()) | {"none"}
    texts = [p.read_text(encoding="utf-8") for p in sorted(ROOT.joinpath("seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(ROOT.joinpath("tests", "data", "dev").glob("*.txt"))]
    seen = set()
    for text in texts:
        for a in quoteprov.analyze(text).attributions:
            assert a.rule in known
            seen.add(a.rule)
            if a.rule != "none":
                assert a.confidence <= sieves.confidence(a.rule)
            if a.outlet_rule is not None:
                assert a.outlet_rule in sieves.names("outlet")
                assert a.outlet_confidence == sieves.confidence(a.outlet_rule)
    assert len(seen) >= 8  # the corpora exercise most of the table


def _frame(text: str, index: int = 0) -> mentions.Frame:
    lex = Lexicon.default()
    doc = build_document(text, lexicon=lex)
    quotes = find_quotes(doc, lexicon=lex).quotes
    return mentions.frame(ArticleContext.of(doc, quotes, lex), quotes, index, [])


@pytest.mark.parametrize(
    ("sieve", "text", "rule", "speaker"),
    [
        ("trailing", "“We will win,” Ann Cole said.", "trailing_np_verb", "Ann Cole"),
        ("trailing", "“We will win,” said Ann Cole.", "trailing_verb_np", "Ann Cole"),
        ("trailing", "“We will win.” — Ann Cole", "trailing_dash", "Ann Cole"),
        ("trailing", "“We will win,” and later the crowd cheered.", None, None),
        ("leading", "Ann Cole said: “We will win.”", "leading_np_verb", "Ann Cole"),
        ("leading", "According to Ann Cole, “the vote is lost.”", "leading_according_to", "Ann Cole"),
        ("leading", "The vote was close. “We will win.”", None, None),
        ("reported_speech", "Ann Cole said the plan was “dead on arrival” in its present form.", "reported_speech", "Ann Cole"),
        ("reported_speech", "Ann Cole's remarks that the plan was “dead” angered allies.", "possessive_speech_noun", "Ann Cole"),
        ("reported_speech", "The plan was “dead on arrival” in its present form.", None, None),
    ],
    ids=["np-verb", "verb-np", "dash", "not-at-start", "leading", "according-to", "no-leading",
         "reported", "possessive", "no-clause"],
)
def test_each_mention_sieve_alone(sieve: str, text: str, rule: str | None, speaker: str | None) -> None:
    f = _frame(text)
    found = getattr(mentions, sieve)(f)
    if rule is None:
        assert found is None
        return
    assert found is not None and found.rule == rule
    assert found.np is not None and text[found.np.start : found.np.end] == speaker


@pytest.mark.parametrize(
    ("text", "disable", "rule", "speaker"),
    [
        ("“We will win,” Ann Cole said.", (), "trailing_np_verb", "Ann Cole"),
        # With the trailing clause switched off, the sentence's reporting clause still names her.
        ("“We will win,” Ann Cole said.", ("trailing_np_verb",), "reported_speech", "Ann Cole"),
        ("“We will win,” Ann Cole said.", ("trailing_np_verb", "reported_speech"), "none", None),
        ("Ann Cole arrived. “We will win,” she said.", (), "trailing_np_verb", "Ann Cole"),
        ("Ann Cole arrived. “We will win,” she said.", ("pronoun",), "trailing_np_verb", None),
    ],
    ids=["all-on", "trailing-off", "both-off", "pronoun-on", "pronoun-off"],
)
def test_a_sieve_switched_off_by_name(text: str, disable: tuple[str, ...], rule: str, speaker: str | None) -> None:
    (a,) = quoteprov.analyze(text, disable=disable).attributions
    assert a.rule == rule
    assert (a.speaker.name if a.speaker else None) == speaker


def test_an_outlet_sieve_and_a_cue_switched_off() -> None:
    text = "Ann Cole told Reuters on Monday that the vote was lost.\n“We will appeal,” Cole said."
    (a,) = quoteprov.analyze(text).attributions
    assert (a.outlet.name if a.outlet else None, a.outlet_rule) == ("Reuters", "same_speaker_earlier")
    (b,) = quoteprov.analyze(text, disable=["same_speaker_earlier"]).attributions
    assert b.outlet is None and b.outlet_rule is None
    (c,) = quoteprov.analyze(text, disable=["told"]).attributions
    assert c.outlet is None


def test_an_unknown_sieve_name_is_a_clear_error() -> None:
    with pytest.raises(sieves.SieveError, match=r"unknown sieve name\(s\) \['pronouns'\]; the sieves are \['name_line'"):
        quoteprov.analyze("“Yes,” she said.", disable=["pronouns"])
    with pytest.raises(ValueError):  # a SieveError is a ValueError
        quoteprov.analyze("“Yes,” she said.", disable="nonsense")
