"""Titles in quote marks are not speech (issue 11, item 7): a programme named before its
star or host, an advertisement's title, a link list's headline before its byline, a thing
the writer names ("a play called …"), a title after a work noun and a comma. Each
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
        # a thing the writer names: "a play called", "an account named"
        ("The troupe toured a comedy called “The Long Field,” all summer.",
         [], [("“The Long Field,”", "called_name")]),
        ("Someone opened an account named “Harbor Watch” last week.", [], [("“Harbor Watch”", "called_name")]),
        ("Dan Price called “a waste of money” the plan to pave the quay.", ["a waste of money"], []),
        # a title after a work noun and a comma, numbers as capitals, the comma inside the marks
        ("The new thriller, “12 Days: The Siege of Dunmore,” opens on Friday.",
         [], [("“12 Days: The Siege of Dunmore,”", "work_noun_before")]),
        ("Ann Cole also stars in the KXLT drama, “Harbor Lights,” this spring.",
         [], [("“Harbor Lights,”", "work_noun_before")]),
        ("“Harbor Lights,” a drama on KXLT, ends in May.", [], [("“Harbor Lights,”", "work_noun_after")]),
        ("“We are not done,” a drama teacher, Ann Cole, said.", ["We are not done,"], []),
    ],
)
def test_titles_are_not_quotes(text: str, quotes: list[str], non_quotes: list[tuple[str, str]]) -> None:
    assert read(text) == (quotes, non_quotes)


AMERICAN = (
    "“We start on Monday,” said Ann Cole, the plant manager.\n\n"
    "{line}\n\n"
    "Cole moved to Dunmore in 2009. “It felt like home,” she said."
)
BRITISH = AMERICAN.replace("“", "‘").replace("”", "’")


@pytest.mark.parametrize(
    ("template", "line", "is_quote"),
    [
        # a short line in single marks, alone, in a story quoted in double marks: a subhead
        (AMERICAN, "‘A fresh start.’", False),
        (AMERICAN, "– ‘Who pays?’ –.", False),
        # side by side: in a story quoted in single marks it is a quote like the others
        (BRITISH, "‘A fresh start.’", True),
        # and a long one is speech, set apart
        (AMERICAN, "‘We will hire four hundred people from the valley before the summer is out.’", True),
    ],
)
def test_a_short_single_quoted_line_alone_is_a_subhead(template: str, line: str, is_quote: bool) -> None:
    text = template.format(line=line)
    analysis = quoteprov.analyze(text)
    content = line.strip("–. ")
    as_quote = [a.quote.span.text for a in analysis.attributions if a.quote.span.text == content]
    as_title = [(n.span.text, n.rule) for n in analysis.non_quotes]
    assert len(analysis.attributions) == (3 if is_quote else 2)
    assert (as_quote, as_title) == (([content], []) if is_quote else ([], [(content, "subhead_line")]))


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ('The filter caught words such as "harbor," "levy," "Dunmore" and "bond vote."',
         ['"harbor,"', '"levy,"', '"Dunmore"', '"bond vote."']),
        ("Her favourites are “Night Train,” “Blue Hour,” and “The Long Field.”",
         ["“Night Train,”", "“Blue Hour,”", "“The Long Field.”"]),
        # side by side: two items are no list, and quotes with words between are speech
        ('The filter caught "harbor" and "levy" in the minutes.', []),
        ("“Yes,” she said. “No,” he said. “Maybe,” said Ann Cole.", []),
    ],
)
def test_a_list_of_short_quoted_items_is_terms(text: str, listed: list[str]) -> None:
    analysis = quoteprov.analyze(text)
    assert [n.span.text for n in analysis.non_quotes if n.rule == "term_list"] == listed
    assert all(n.reason == "term" for n in analysis.non_quotes if n.rule == "term_list")
    if not listed:
        assert analysis.attributions
