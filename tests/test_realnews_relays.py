"""What an article relays, on real-news conventions, with invented sentences."""

from __future__ import annotations

import pytest

import quoteprov


def cited(text: str) -> list[tuple[str | None, str]]:
    return [(m.name, m.rule) for m in quoteprov.analyze(text).citations]


@pytest.mark.parametrize(("text", "expected"), [
    ("The claim is false, according to PolitiFact.", [("PolitiFact", "according_to")]),
    ("The gap is 4 points, according to FactCheck.org.", [("FactCheck.org", "according_to")]),
    ("Cole leads by 6 points, according to RealClearPolitics.", [("RealClearPolitics", "according_to")]),
    ("Gawker reported the memo on Friday.", [("Gawker", "reported")]),
    ("Talking Points Memo reported the vote count.", [("Talking Points Memo", "reported")]),
], ids=["fact-checker", "fact-checker-domain", "poll-average", "website", "website-three-words"])
def test_well_known_news_websites_are_outlets(text: str, expected: list[tuple[str, str]]) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The mill will close, the Valley Post first reported.", [("Valley Post", "first_reported")]),
    ("The closure was originally reported by the Valley Post.", [("Valley Post", "reported_by")]),
    ("The Valley Post also reported the closure.", [("Valley Post", "reported")]),
], ids=["first-reported", "reported-by", "also-reported"])
def test_a_first_report_is_cited(text: str, expected: list[tuple[str, str]]) -> None:
    assert cited(text) == expected


def test_a_first_report_is_not_where_the_speakers_words_were_given() -> None:
    # The story came from the Valley Post; the quotes were said on the speaker's own show.
    text = ("Ann Cole attacked the mayor on her weekly radio show, the Valley Post first reported.\n\n"
            "“He has to go,” Cole said.")
    (a,) = quoteprov.analyze(text).attributions
    assert a.outlet is None or a.outlet.name != "Valley Post"


@pytest.mark.parametrize(("text", "expected"), [
    ("The Valley Post revealed that the mill would close.", [("Valley Post", "reported")]),
    ("The Harbour Times confirmed the closure on Friday.", [("Harbour Times", "reported")]),
    ("On Monday, the Valley Post suggested the mayor had misled voters.", [("Valley Post", "reported")]),
    ("Cole lost the county, the Harbour Times declared on Thursday.", [("Harbour Times", "reported")]),
    ("The Valley Post ran a piece on the mill last week.", [("Valley Post", "reported")]),
    ("The Harbour Times has released a recording of the call.", [("Harbour Times", "reported")]),
    ("As the Valley Post put it, the mill is the town.", [("Valley Post", "reported")]),
], ids=["revealed", "confirmed", "suggested", "declared", "ran-a-piece", "has-released", "put-it"])
def test_an_outlet_that_revealed_or_confirmed_is_relayed(text: str, expected: list[tuple[str, str]]) -> None:
    assert cited(text) == expected


@pytest.mark.parametrize("text", [
    "A TV ad released Thursday attacks Cole.",
    "Ann Cole revealed that the mill would close.",
    "The committee confirmed the closure on Friday.",
], ids=["released-ad", "person", "body"])
def test_revealing_or_confirming_is_no_relay_without_an_outlet(text: str) -> None:
    assert cited(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("That brings us to Ann Cole. The Valley Post ran a piece on her last week.", "Valley Post"),
    ("U.S. News reported the rankings.", "U.S. News"),
], ids=["stop-before-the-name", "abbreviation-in-the-name"])
def test_an_outlets_name_read_backwards_stops_at_a_full_stop(text: str, name: str) -> None:
    ((got, _rule),) = cited(text)
    assert got == name


@pytest.mark.parametrize(("text", "expected"), [
    ("“We will win,” Cole said.\n\n(h/t Harbour Review.)", [("Harbour Review", "h/t Harbour Review")]),
    ("The mill closed.\n\nh/t: The Valley Post.", [("Valley Post", "h/t: The Valley Post")]),
    ("The mill closed.\n\nh/t/: Kestrel Insider.", [("Kestrel Insider", "h/t/: Kestrel Insider")]),
    ("The mill closed.\n\nThis essay first appeared on Harbour Insights.",
     [("Harbour Insights", "first appeared on Harbour Insights")]),
    ("From MILL TOWN by Ann Cole. Reprinted courtesy of Example Books, an imprint of Example House.",
     [("Example Books", "Reprinted courtesy of Example Books")]),
], ids=["h/t", "h/t-colon", "h/t-slash-colon", "first-appeared-on", "reprinted-courtesy-of"])
def test_a_credit_line_names_what_the_article_relays(text: str, expected: list[tuple[str, str]]) -> None:
    citations = quoteprov.analyze(text).citations
    assert [(m.name, m.span.text) for m in citations] == expected
    assert all(m.rule == "credit_line" for m in citations)


@pytest.mark.parametrize("text", [
    "The mill closed.\n\n(h/t Jane Smith.)",
    "The rumor first appeared on Monday.",
    "The rumor first appeared in March, on a forum.",
], ids=["a-person-thanked", "a-day", "a-month"])
def test_no_credit_line_for_a_person_or_a_date(text: str) -> None:
    assert quoteprov.analyze(text).citations == ()


def test_a_credit_line_is_not_where_a_quote_was_given() -> None:
    (a,) = quoteprov.analyze("“We will win,” Ann Cole said.\n\n(h/t Harbour Review.)").attributions
    assert a.outlet is None



@pytest.mark.parametrize(("text", "expected"), [
    ("The Economist mocked the plan on Sunday.\n\n“A budget built on hope,” the magazine’s editorial board wrote.",
     ("The Economist", "described_reported")),
    ("The Washington Post slammed the plan on Sunday.\n\nThe plan is doomed, according to the newspaper.",
     ("Washington Post", "described_according_to")),
], ids=["editorial-board", "according-to-the-newspaper"])
def test_a_description_stands_for_an_outlet_named_without_a_cue(text: str, expected: tuple[str, str]) -> None:
    assert cited(text) == [expected]


@pytest.mark.parametrize("text", [
    "Ann Cole posted the plan on Facebook.\n\nThe plan is doomed, according to the website.",
    "“A budget built on hope,” the magazine’s editorial board wrote.",
], ids=["a-platform-is-no-website-here", "no-outlet-named-before"])
def test_a_description_with_no_listed_outlet_before_it_names_none(text: str) -> None:
    assert cited(text) == []
