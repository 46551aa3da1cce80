"""A quote that its lead reports through "that" ("Cole claimed that “…”") is the lead's
speaker's: a clause after it in the sentence starts the next statement, never its
attribution. Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov

INTRO = "Ann Cole and Dan Price met the council in Salem on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "But even as Cole claimed on Tuesday that “the judge got off lightly,” officials said the cases differ.",
        "But even as Cole claimed on Tuesday that “the judge got off lightly,” one of the prosecutors said the cases differ.",
        "Cole said that “the judge got off lightly,” Price recalled.",
        "Cole said that “the judge got off lightly,” recalled Price.",
    ],
    ids=["group-after", "partitive-after", "manner-verb-after", "inverted-after"],
)
def test_the_that_clause_keeps_its_speaker(sentence: str) -> None:
    found = [a for a in quoteprov.analyze(INTRO + sentence).attributions if a.quote.form == "partial"]
    assert [a.speaker.name if a.speaker else None for a in found] == ["Ann Cole"]


def test_a_clause_after_a_quote_with_no_that_still_attributes_it() -> None:
    found = quoteprov.analyze(INTRO + "Cole spoke first. “The judge got off lightly,” officials said.").attributions
    assert [(a.speaker.name if a.speaker else None) for a in found] == ["officials"]
