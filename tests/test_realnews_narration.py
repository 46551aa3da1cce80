"""A sentence that only narrates a sound after a quote's full stop ("“…” Price laughed.")
does not attribute the quote, as "“…” Price added." does: the quote goes on from the one
before it. Every sentence here is invented."""

from __future__ import annotations

import quoteprov


def found(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker.name if a.speaker else None, a.rule) for a in quoteprov.analyze(text).attributions]


def test_a_laugh_after_the_full_stop_is_narration() -> None:
    text = "Ann Cole spoke.\n\n“We will win,” said Cole. “We always do.” Price laughed. “Not this time,” he said."
    assert found(text)[1] == ("Ann Cole", "continues_previous_quote")


def test_a_verb_of_saying_after_the_full_stop_still_attributes() -> None:
    assert found("Ann Cole spoke.\n\n“We always do.” Cole added.") == [("Ann Cole", "trailing_after_full_stop")]
