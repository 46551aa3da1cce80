"""Titles in quote marks are not speech (issue 11, item 7): a programme named before its
star or host, an advertisement's title, a link list's headline before its byline. Each
is kept as a non-quote with its rule, beside a real quote that looks alike. Every
sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def read(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    analysis = quoteprov.analyze(text)
    return ([a.quote.content.text for a in analysis.attributions],
            [(n.span.text, n.rule) for n in analysis.non_quotes])


@pytest.mark.parametrize(
    ("text", "quotes", "non_quotes"),
    [
        # a programme's title before its star, host or creator
        ("“Harbor Lights” star Mina Adair said the last season was the hardest.",
         [], [("“Harbor Lights”", "work_noun_after")]),
        ("“Morning Ledger” host Ravi Tull asked about the budget.",
         [], [("“Morning Ledger”", "work_noun_after")]),
        ("“Hard work,” star striker Mina Adair said.", ["Hard work,"], []),
        # an advertisement's title
        ("The campaign’s new web ad, “Morning in Dunmore,” shows a farmer at dawn.",
         [], [("“Morning in Dunmore,”", "work_noun_before")]),
        ("One spot, “Ten Good Years,” ran for a week.", [], [("“Ten Good Years,”", "work_noun_before")]),
        ("In the ad, the senator says, “we will not back down.”", ["we will not back down."], []),
        # a link list's headline before its byline
        ("—“Why the valley voted twice,” by the Ledger’s Ann Cole: https://example.org/a",
         [], [("“Why the valley voted twice,”", "byline_after")]),
        ("“We were outvoted,” by all accounts, was how Ann Cole put it.", ["We were outvoted,"], []),
    ],
)
def test_titles_are_not_quotes(text: str, quotes: list[str], non_quotes: list[tuple[str, str]]) -> None:
    assert read(text) == (quotes, non_quotes)
