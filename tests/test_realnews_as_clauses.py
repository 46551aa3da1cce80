"""Real-news rule for an "as" clause that names who is quoted, with invented sentences."""

from __future__ import annotations

import pytest

import quoteprov


def decided(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker.name if a.speaker else None, a.rule) for a in quoteprov.analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an outlet or employer in the possessive before the name
        ("Judges are slow. As the Riverton Gazette's Ann Cole puts it, “The court should wait.”", "Ann Cole"),
        ("Judges are slow. As Harbor Weekly’ Dan Price pointed out in May, “The court should wait.”", "Dan Price"),
        # an appositive after the name, with a quoted title in it
        ("Judges are slow. As Ann Cole, a law professor and author of “The Long Bench,” put it, "
         "“The court should wait.”", "Ann Cole"),
        # after a comma, with a role before the name
        ("Judges are slow. Back in May, as prosecutor Ann Cole put it, “The court should wait.”", "Ann Cole"),
    ],
)
def test_an_as_clause_names_the_speaker(text: str, speaker: str) -> None:
    assert decided(text)[-1] == (speaker, "as_clause")


@pytest.mark.parametrize(
    "text",
    [
        "Ann Cole met Dan Price. As a result, “The court should wait.”",  # no clause of speech
        "Judges are slow. As Riverton goes, “so goes the state.”",  # no verb of speech
        "Judges are slow. As Ann Cole put it to Dan Price in a long letter about the court, “The court should wait.”",
        "Judges are slow. As Ann Cole said she would, Dan Price wrote, “The court should wait.”",
    ],
)
def test_no_as_clause_speaker(text: str) -> None:
    assert all(rule != "as_clause" for _name, rule in decided(text))
