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


# A quote that stands alone at the head of its paragraph, right after an outlet's report
# introduced it, is the outlet's text; so is a quote that goes on, in the next sentence,
# from one the outlet voiced.
INTRO = "The council met in Salem.\n\n"


def voiced(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = quoteprov.analyze(text).attributions
    for a in found:
        if a.mention is not None:
            assert text[a.mention.span.start : a.mention.span.end] == a.mention.span.text
    return [(a.speaker.name if a.speaker else None, a.speaker.kind if a.speaker else None, a.rule) for a in found]


@pytest.mark.parametrize("text", [
    INTRO + "The Valley Post reported on Monday:\n\n“The council voted to close the harbour. The mayor was absent.”",
    # no colon, but an excerpt that runs on over paragraphs
    INTRO + "The Valley Post reported that night that the council had voted.\n\n“The vote was close.\n\n“The mayor left early.”",
    INTRO + "The Valley Post reported on Monday:\n\n“The vote was close.” Ann Cole left the hall.",
])
def test_a_paragraph_an_outlets_report_introduced_is_the_outlets(text: str) -> None:
    assert voiced(text)[-1] == ("Valley Post", "organization", "introduced_outlet_voice")
    a = quoteprov.analyze(text).attributions[-1]
    assert a.outlet is not None and (a.outlet.name, a.outlet.relation) == ("Valley Post", "report")
    assert "no_speaker" not in a.flags


def test_the_next_sentence_goes_on_in_the_outlets_voice() -> None:
    text = INTRO + "“Prices will rise again,” the Valley Post reported on Monday. “Rents will follow.”"
    assert voiced(text) == [("Valley Post", "organization", "outlet_voice"),
                            ("Valley Post", "organization", "outlet_voice_goes_on")]


@pytest.mark.parametrize(("text", "expected"), [
    # the items the report lists are the banners' words, not the outlet's
    (INTRO + "The Valley Post reported that the banners carried slogans.\n\n“Go home,” read one. “Not here,” was another.",
     [(None, None, "none"), (None, None, "none")]),
    # no colon and a short quote: after a report's news, it may be its subject's words
    (INTRO + "The Valley Post reported that night that Mayor Dan Price had voted.\n\n“We need more time.”",
     [(None, None, "none")]),
    # someone speaks in the quote's own sentence
    (INTRO + "The Valley Post reported on Monday:\n\n“The vote was close,” a council member said.",
     [("a council member", "anonymous", "trailing_np_verb")]),
    # the report quotes someone: that one speaks, not the outlet, and goes on
    (INTRO + "“The vote was close,” the Valley Post reported, quoting a council aide. “Rents will follow.”",
     [("a council aide", "anonymous", "trailing_quoting"), ("a council aide", "anonymous", "continues_previous_quote")]),
    # words told to the outlet are the teller's
    (INTRO + "Ann Cole told the Valley Post on Monday:\n\n“The vote was close.”",
     [("Ann Cole", "person", "colon_paragraph_before")]),
])
def test_no_outlet_voice_where_someone_else_speaks(
        text: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert voiced(text) == expected


@pytest.mark.parametrize(("text", "sieve"), [
    (INTRO + "The Valley Post reported on Monday:\n\n“The vote was close.”", "introduced_outlet_voice"),
    (INTRO + "“Prices will rise again,” the Valley Post reported. “Rents will follow.”", "outlet_voice_goes_on"),
])
def test_the_introduced_voices_switch_off_by_name(text: str, sieve: str) -> None:
    a = quoteprov.analyze(text, disable=[sieve]).attributions[-1]
    assert a.speaker is None and a.rule != sieve and "no_speaker" in a.flags
