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
