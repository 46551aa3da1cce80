"""Best-known people named by surname alone (issue 11): an article may never give
"Okafor" a first name, yet "Okafor compared herself to her rival, saying, “…”" is Okafor
speaking, when the article also writes the word with its capital inside a sentence.
Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def last_attribution(text: str) -> tuple[str | None, str | None]:
    a = quoteprov.analyze(text).attributions[-1]
    return (a.speaker.name if a.speaker else None, a.rule)


QUOTE = "At the forum, Okafor compared herself to her rival, saying, “I am the only one with a plan.”"


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The polls favour Okafor in the north.\n\n", ("Okafor", "participle_speech")),
        ("Turnout was low, and a rally for Okafor drew few people.\n\n", ("Okafor", "participle_speech")),
        # Never written inside a sentence: no evidence that the word is a name.
        ("Turnout was low on Sunday.\n\n", (None, "none")),
    ],
    ids=["used-mid-sentence", "after-for", "no-evidence"],
)
def test_a_surname_in_use_opens_a_participle_of_speech(before: str, expected: tuple[str | None, str]) -> None:
    assert last_attribution(before + QUOTE) == expected


def test_a_place_opening_the_sentence_is_not_a_surname() -> None:
    text = "Voters in Ohio were split.\n\nOhio went to the polls early, saying, “I am the only one with a plan.”"
    assert last_attribution(text)[0] is None


# A surname that is also a word or a nationality ("English", "Will", "Read") is a
# name right after a quote when the article has named one person in full with it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dora English, the team owner, spoke on Sunday.\n\n“It is over,” English said.", ("Dora English", "surname_word")),
        ("Ray Will spoke at noon.\n\n“It is over,” Will wrote in a column.", ("Ray Will", "surname_word")),
        ("Sam Read, the mayor, spoke.\n\n“It is over,” said Read.", ("Sam Read", "surname_word")),
        # nobody named in full with the word: no speaker
        ("The mayor spoke.\n\n“It is over,” English said.", (None, "none")),
        # two people of that surname: no way to choose
        ("Sam Read spoke. Ann Read, his wife, spoke.\n\n“It is over,” Read said.", (None, "none")),
        # a nationality before a group is no surname
        ("Dora English spoke.\n\n“It is over,” English officials said.", ("English officials", "trailing_np_verb")),
    ],
    ids=["nationality", "modal", "verb-first", "nobody-named", "two-bearers", "group"],
)
def test_a_surname_that_is_also_a_word(text: str, expected: tuple[str | None, str]) -> None:
    assert last_attribution(text) == expected


# An outlet's name that is the surname of the one person the article names in full with it
# is that person speaking; with no such person it stays the outlet's report.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruth Bloomberg spoke.\n\n“I am sure,” Bloomberg told a magazine in 2013.", ("Ruth Bloomberg", "trailing_np_verb")),
        ("Mayor Tess Guardian met voters.\n\n“I am sure,” Guardian said.", ("Tess Guardian", "trailing_np_verb")),
        ("Voters met.\n\n“I am sure,” Bloomberg reported.", ("Bloomberg", "outlet_voice")),
    ],
    ids=["bloomberg", "guardian", "the-outlet"],
)
def test_an_outlet_name_that_is_a_persons_surname(text: str, expected: tuple[str | None, str]) -> None:
    assert last_attribution(text) == expected
