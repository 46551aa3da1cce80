"""Leads that present a quote without a verb of speech right before it (issue 11): "Here’s
Cole in 1992:" and "Cole went on to say,". Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov

INTRO = "Ann Cole and Dan Price met the council.\n\n"


def last(sentence: str, **kwargs: object) -> tuple[str | None, str]:
    a = quoteprov.analyze(INTRO + sentence, **kwargs).attributions[-1]  # type: ignore[arg-type]
    return (a.speaker.name if a.speaker else None, a.rule)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Here’s Ann Cole in December 1992: “Our plan must rest on the new facts.”", ("Ann Cole", "colon_subject")),
        ("Here is Ann Cole on the budget: “Our plan must rest on the new facts.”", ("Ann Cole", "colon_subject")),
        # what is presented is not the person
        ("Here’s the letter the council sent: “Our plan must rest on the new facts.”", (None, "none")),
        ("Here’s Ann Cole and Dan Price on the budget: “Our plan must rest on the new facts.”", (None, "none")),
    ],
    ids=["heres", "here-is", "a-document", "two-people"],
)
def test_here_is_a_person_before_a_colon(sentence: str, expected: tuple[str | None, str]) -> None:
    assert last(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "taken"),
    [
        ("Ann Cole went on to say, “The bridge can wait.”", True),
        ("Later, Ann Cole was quick to add: “The bridge can wait.”", True),
        # someone else is asked to, or the words were not given
        ("Ann Cole asked her to say, “The bridge can wait.”", False),
        ("Ann Cole asked Dan Price to say, “The bridge can wait.”", False),
        ("Ann Cole declined to say, “The bridge can wait.”", False),
        ("Ann Cole did not want to say, “The bridge can wait.”", False),
    ],
    ids=["went-on", "quick-to-add", "object", "named-object", "declined", "negated"],
)
def test_to_and_a_verb_of_speech_close_the_lead(sentence: str, taken: bool) -> None:
    found = last(sentence)
    assert (found == ("Ann Cole", "infinitive_speech")) is taken
    assert found[1] != "infinitive_speech" or taken


def test_the_infinitive_sieve_switches_off_by_name() -> None:
    assert last("Ann Cole went on to say, “The bridge can wait.”", disable=["infinitive_speech"]) == (None, "none")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Cole later Thursday told the Valley Post: “The bridge can wait.”",
        "Ann Cole late Monday night said: “The bridge can wait.”",
        "“The bridge can wait,” Ann Cole earlier Tuesday told reporters.",
        "Ann Cole early Friday wrote: “The bridge can wait.”",
    ],
    ids=["later-weekday", "late-weekday-night", "earlier-after-quote", "early-weekday"],
)
def test_a_time_phrase_between_the_speaker_and_the_verb(sentence: str) -> None:
    # news puts the day between subject and verb: "Cole later Thursday told …"
    speaker, rule = last(sentence)
    assert speaker == "Ann Cole" and rule != "none"
