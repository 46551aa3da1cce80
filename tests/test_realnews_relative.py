"""Real-news rule relative_speech: a quote inside a relative clause of speech belongs to the
person the "who" follows ("The plan drew fire from Ann Cole, who said it was “a
disaster”"). News introduces a speaker this way when the sentence is about something else.
Invented sentences."""

from __future__ import annotations

import pytest

import quoteprov


def in_marks(text: str) -> list[tuple[str | None, str]]:
    """Speaker and rule of each quote in marks (mixed quotes: test_realnews_mixed.py)."""
    return [(a.speaker.name if a.speaker else None, a.rule) for a in quoteprov.analyze(text).attributions
            if a.quote.form != "mixed"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The plan drew fire from Ann Cole, who said that it was “a wreck.”", [("Ann Cole", "relative_speech")]),
    # a channel and an adverb may stand between "who" and what was said
    ("The deal won praise from Dan Price, who has since argued in a radio interview that it was “overdue.”",
     [("Dan Price", "relative_speech")]),
    ("The budget passed after a plea from Mayor Ann Cole, who told the council: “We cannot wait.”",
     [("Ann Cole", "relative_speech")]),
    # two relative clauses: each quote is its own clause's
    ("Contrast that with Ann Cole, who has called the levy “theft,” and Dan Price, who says it is “fair.”",
     [("Ann Cole", "relative_speech"), ("Dan Price", "relative_speech")]),
])
def test_a_quote_in_a_relative_clause_of_speech_is_the_one_who_follows(
        text: str, expected: list[tuple[str | None, str]]) -> None:
    assert in_marks(text) == expected


@pytest.mark.parametrize("text", [
    # the relative clause closed before the quote: the words are not in it
    "Ann Cole, who had addressed a union hall, did not name him but asked for leaders “who keep their word.”",
    # someone else is named as speaking inside the clause
    "The board met Ann Cole, who said Dan Price had called the levy “theft.”",
    # the clause's verb is no verb of speech
    "The plan drew fire from Ann Cole, who heads the board and calls the levy “theft.”",
    # "who" after no comma is a restrictive clause about a kind of people, not a named speaker
    "Leaders who called the levy “theft” were not invited.",
])
def test_no_speaker_from_a_relative_clause_that_does_not_hold_the_quote(text: str) -> None:
    assert all(rule != "relative_speech" for _name, rule in in_marks(text))


def test_the_mixed_quote_of_a_relative_clause_ends_at_the_comma_that_closes_it() -> None:
    text = "Ann Cole, who said the plan was “a disaster,” left the meeting early."
    mixed = [a for a in quoteprov.analyze(text).attributions if a.quote.form == "mixed"]
    assert [(m.quote.span.text, m.speaker.name if m.speaker else None) for m in mixed] == [
        ("the plan was “a disaster,”", "Ann Cole")]


@pytest.mark.parametrize(("text", "expected"), [
    # a description after the name that the writer never closed, ending on a name that a
    # preposition opens: that name is the preposition's object, the opening name speaks
    ("Dan Price, a former agent for Mayor Ann Cole has written a memoir that calls her “volcanic.”",
     [("Dan Price", "reported_speech")]),
    # an unnamed source right before the verb still speaks (about the name before it)
    ("Dan Price, a top aide said, “We are done.”", [("a top aide", "leading_np_verb")]),
])
def test_an_unclosed_description_ending_on_a_prepositions_name(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert in_marks(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # after "said", a name an auxiliary follows opens what was said: it is not who said it
    ("Sen. Ann Cole (D-Elm), who has endorsed Price, said Lee has pushed him to be a “stronger” candidate.",
     [(None, "none")]),
    ("Sen. Ann Cole (D-Elm), who has endorsed Price, said Lee would push him to be a “stronger” candidate.",
     [(None, "none")]),
    # the inverted clause after a quote still names the speaker
    ("“We won,” said Ann Cole, who has led the party since May.", [("Ann Cole", "trailing_verb_np")]),
])
def test_a_name_after_said_that_an_auxiliary_follows_is_what_was_said(
        text: str, expected: list[tuple[str | None, str]]) -> None:
    assert in_marks(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "continued to" and a verb that is no speech: going on doing, so the name speaks nothing
    # and a later "he" is the one who said it
    ("Dan Lee, the chair of the county party, said Price continued to lose ground by attacking the mayor. "
     "“It did not help him,” he said.", [("Dan Lee", "trailing_np_verb")]),
    # "continued to" and a verb of speech still speaks
    ("Ann Cole continued to insist that the plan was “dead.”", [("Ann Cole", "reported_speech")]),
])
def test_continued_to_is_speech_only_with_a_verb_of_speech(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert in_marks(text) == expected
