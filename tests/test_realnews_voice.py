"""An outlet in its own voice (issue 17, item 6), with invented sentences."""

from __future__ import annotations

import pytest

import quoteprov


@pytest.mark.parametrize("text", [
    "“Prices will rise again,” the Valley Post reported on Monday.",
    "The Valley Post reported that “prices will rise again.”",
])
def test_words_credited_to_an_outlets_report_with_nobody_speaking_are_the_outlets(text: str) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == ("Valley Post", "organization")
    assert a.rule == "outlet_voice"
    assert a.outlet is not None and (a.outlet.name, a.outlet.relation) == ("Valley Post", "report")
    assert "no_speaker" not in a.flags
    assert a.mention is not None and text[a.mention.span.start : a.mention.span.end] == a.mention.span.text


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Prices will rise again,” an aide told the Valley Post.", "an aide"),
    ("“Prices will rise again,” Ann Cole said, the Valley Post reported.", "Ann Cole"),
])
def test_a_person_who_speaks_keeps_the_words(text: str, speaker: str) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert a.speaker is not None and a.speaker.name == speaker and a.rule != "outlet_voice"


def test_outlet_voice_can_be_switched_off() -> None:
    a = quoteprov.analyze("“Prices will rise again,” the Valley Post reported.", disable=["outlet_voice"]).attributions[-1]
    assert a.speaker is None and "no_speaker" in a.flags


@pytest.mark.parametrize(("text", "expected"), [
    ("The Valley Post quoted a senior official as saying the plan was “dead.”",
     ("a senior official", "anonymous", "quoted_as_saying", "Valley Post")),
    ("The Valley Post quoted Ann Cole as saying, “The plan is dead.”",
     ("Ann Cole", "person", "quoted_as_saying", "Valley Post")),
    # the one quoted speaks even when the pronoun finds no one: never the outlet
    ("The Valley Post quoted them as saying the plan was “dead.”", (None, None, "quoted_as_saying", "Valley Post")),
    # no one quoted: the outlet's own words
    ("The plan was “dead,” the Valley Post reported.", ("Valley Post", "organization", "outlet_voice", "Valley Post")),
])
def test_whom_an_outlet_quoted_as_saying_is_the_speaker(
        text: str, expected: tuple[str | None, str | None, str, str | None]) -> None:
    a = next(a for a in quoteprov.analyze(text).attributions if a.quote.form != "mixed")
    assert (a.speaker.name if a.speaker else None, a.speaker.kind if a.speaker else None, a.rule,
            a.outlet.name if a.outlet else None) == expected
