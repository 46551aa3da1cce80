"""A person and any verb right after a quote that its sentence goes on from (issue 11):
"“…,” Cole shot back" is Cole's, whatever the verb says about the manner. Every sentence
here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def attributions(text: str, **kwargs: object) -> list[tuple[str | None, str | None]]:
    found = quoteprov.analyze(text, **kwargs).attributions  # type: ignore[arg-type]
    return [(a.speaker.name if a.speaker else None, a.rule) for a in found]


INTRO = "Olaf Brandt faced the press in Salem on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "“We are ready,” Brandt shot back with a grin.",
        "“Are you ready?” Brandt pressed.",
        "“We are ready,” Brandt croaked.",
        "“We are ready,” Brandt points out.",
        "“We are ready,” he went on, while the room went quiet.",
        "“Not now!” Brandt huffed loudly.",
    ],
)
def test_a_verb_the_lexicon_does_not_list_still_names_the_speaker(sentence: str) -> None:
    assert attributions(INTRO + sentence)[0] == ("Olaf Brandt", "trailing_manner_verb")


def test_the_next_quote_of_the_sentence_continues_it() -> None:
    text = INTRO + "“We are ready,” Brandt croaked. “Next question.”"
    assert attributions(text) == [("Olaf Brandt", "trailing_manner_verb"),
                                  ("Olaf Brandt", "continues_previous_quote")]


@pytest.mark.parametrize(
    "sentence",
    [
        # The quote's own sentence ends at its full stop: what follows is narration.
        "“We are ready.” Brandt walked out.",
        # A group named after the person is not the person.
        "“We are ready,” Brandt supporters chanted.",
        # A verb followed by its object is narration, not a speaker's clause.
        "“We are ready,” Brandt opened the door to the hall.",
    ],
)
def test_narration_after_a_quote_is_no_manner_verb(sentence: str) -> None:
    assert attributions(INTRO + sentence)[0][1] != "trailing_manner_verb"


def test_the_sieve_switches_off_by_name() -> None:
    text = INTRO + "“Are you ready?” Brandt pressed."
    assert attributions(text, disable=["trailing_manner_verb"])[0][1] != "trailing_manner_verb"


@pytest.mark.parametrize(
    "sentence",
    [
        "When Vera Holm mocked the budget, Brandt snapped back, “Read it first.”",
        "Asked about the levy, Brandt pushed back quickly: “Ask the council.”",
        "Brandt bristled: “We do not.”",
        "He hit back, “Ask the council.”",
    ],
)
def test_a_person_and_any_verb_right_before_the_quote_is_the_speaker(sentence: str) -> None:
    assert attributions(INTRO + sentence)[-1] == ("Olaf Brandt", "leading_manner_verb")


@pytest.mark.parametrize(
    "sentence",
    [
        # No person opens the clause.
        "The crowd chanted: “Four more years.”",
        # The verb's subject is not the person: "the staff" gathered.
        "Brandt visited the office and the staff gathered: “Welcome.”",
    ],
)
def test_no_person_before_the_verb_no_leading_manner_verb(sentence: str) -> None:
    assert attributions(INTRO + sentence)[-1][1] != "leading_manner_verb"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“We are ready!” beamed Olaf Brandt of Salem, who came early.", ("Olaf Brandt", "trailing_manner_verb_first")),
        ("“We are ready,” chuckled Olaf Brandt.", ("Olaf Brandt", "trailing_manner_verb_first")),
        ("“We are ready,” exulted Olaf Brandt, a former aide.", ("Olaf Brandt", "trailing_manner_verb_first")),
        # the verb goes on: not a clause of saying
        ("“We are ready,” pointed Olaf Brandt toward the door.", (None, "none")),
        # a place, not a known person
        ("“We are ready,” marveled Riverton.", (None, "none")),
    ],
    ids=["beamed-of-place", "chuckled", "appositive", "verb-goes-on", "place"],
)
def test_an_inverted_manner_verb_after_the_quote(sentence: str, expected: tuple[str | None, str]) -> None:
    assert attributions(INTRO + sentence)[-1] == expected
