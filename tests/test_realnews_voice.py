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
