"""Real-news outlet cues, with invented sentences."""

from __future__ import annotations

import pytest

import quoteprov


def outlet_of_last(text: str) -> tuple[str | None, str | None, str | None]:
    a = quoteprov.analyze(text).attributions[-1]
    return (a.outlet.name, a.outlet.relation, a.outlet.rule) if a.outlet else (None, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Cole said on Fox News: “No deal this year.”", ("Fox News", "interview", "said_on")),
        ("“No deal this year,” Ann Cole said on CNN’s “State of the Union.”", ("CNN", "interview", "said_on")),
        ("Asked on Fox News who leads the party, Cole said, “Ryan does.”", ("Fox News", "interview", "said_on")),
        ("Ann Cole spoke on Tuesday. On ABC’s “Good Morning America” Tuesday, she said, “I never said it.”",
         ("ABC News", "interview", "on_programme")),
        ("“It was made up,” Cole said during a call to ABC’s “This Week.”", ("ABC News", "interview", "call_to")),
    ],
)
def test_a_broadcast_appearance_names_the_outlet(text: str, expected: tuple[str, str, str]) -> None:
    assert outlet_of_last(text) == expected


def test_said_on_a_day_names_no_outlet() -> None:
    assert outlet_of_last("Ann Cole said on Monday: “No deal this year.”") == (None, None, None)


def test_one_appearance_is_not_carried_to_the_speakers_later_quotes() -> None:
    text = ("“We cannot take more,” Ann Cole said on Fox News in September.\n\n"
            "The bill passed anyway. “The decision is what it is,” Cole said in July.")
    analysis = quoteprov.analyze(text)
    assert analysis.attributions[0].outlet is not None and analysis.attributions[0].outlet.name == "Fox News"
    assert analysis.attributions[1].outlet is None


def test_the_cue_that_matched_is_the_mention_rule_and_switches_off_by_that_name() -> None:
    text = "“No,” Ann Cole told Reuters."
    assert outlet_of_last(text) == ("Reuters", "told", "told")
    a = quoteprov.analyze(text, disable=["told"]).attributions[-1]
    assert a.outlet is None


@pytest.mark.parametrize("written", ["the Ledger", "the Riverside Ledger"])
def test_the_articles_own_outlet_by_a_short_name_is_a_stated_channel(written: str) -> None:
    text = f"“We will reopen the mill,” Ann Cole told {written} on Monday."
    (own,) = quoteprov.analyze(text, outlet="The Riverside Ledger").attributions
    assert own.outlet is not None and own.outlet.name == "The Riverside Ledger" and own.flags == ()
    (elsewhere,) = quoteprov.analyze(text).attributions  # no page outlet: no guess
    assert elsewhere.outlet is None


@pytest.mark.parametrize("when", ["on Monday", "on Sept. 4", "on March 3"])
def test_a_date_after_the_outlet_is_not_part_of_its_name(when: str) -> None:
    # "on" may join the words of a name, never a name and a date
    assert outlet_of_last(f"“We will reopen the mill,” Ann Cole told the Harbour Times {when}.") == (
        "Harbour Times", "told", "told")


@pytest.mark.parametrize("phrase", ["in her Morning Ledger Radio appearance", "in her Morning Ledger Radio appearances",
                                    "during their Morning Ledger Radio interviews"])
def test_a_named_appearance_singular_or_plural_is_the_channel(phrase: str) -> None:
    text = f"Ann Cole made the case against the bill {phrase} on Friday.\n\n“The bill is a disaster,” Cole said."
    (a,) = quoteprov.analyze(text).attributions
    assert a.outlet is not None and (a.outlet.name, a.outlet.relation) == ("Morning Ledger Radio", "interview")


@pytest.mark.parametrize(("cue", "outlet"), [
    ("said in a Friday interview with Univision", "Univision"),
    ("told The Spokesman-Review on Monday", "Spokesman-Review"),
    ("told the Des Moines Register", "Des Moines Register"),
    ("said in an interview with the Christian Broadcasting Network", "Christian Broadcasting Network"),
])
def test_regional_and_spanish_language_outlets_are_known(cue: str, outlet: str) -> None:
    (a,) = quoteprov.analyze(f"“We will not give up,” Ann Cole {cue}.").attributions
    assert a.outlet is not None and a.outlet.name == outlet


@pytest.mark.parametrize("after", [",” reminding the hosts of the record.", "” that the plan was dead."])
def test_a_programme_title_after_told_is_the_outlet_not_a_quote(after: str) -> None:
    text = f"“Of course he is fair game,” Ann Cole told “Morning Forum{after}"
    analysis = quoteprov.analyze(text)
    (a,) = analysis.attributions  # the title is no second quote
    assert [n.reason for n in analysis.non_quotes] == ["title"]
    assert a.outlet is not None and (a.outlet.name, a.outlet.relation) == ("Morning Forum", "told")


def test_a_sentence_quoted_after_told_stays_a_quote() -> None:
    analysis = quoteprov.analyze("He told “nobody will stop us now, believe me,” and left the stage.")
    assert [a.quote.content.text for a in analysis.attributions] == ["nobody will stop us now, believe me,"]
    assert analysis.non_quotes == ()


def test_a_programme_of_a_named_outlet_after_told_is_that_outlet() -> None:
    text = "“A deal would be good,” Ann Cole told ABC's Sunday Hour. “I know it.”"
    assert [(a.outlet.name, a.outlet.rule) for a in quoteprov.analyze(text).attributions if a.outlet] == [
        ("ABC News", "told"), ("ABC News", "told")]


@pytest.mark.parametrize("cue", ["When reached by the Associated Press", "Contacted by Reuters"])
def test_reached_by_an_outlet_is_where_the_words_were_given(cue: str) -> None:
    text = f"{cue}, Ann Cole had little to say about the vote.\n\n“The plan is working,” she said."
    (a,) = quoteprov.analyze(text).attributions
    assert a.outlet is not None and a.outlet.relation == "told" and a.outlet.rule == "reached_by"


def test_could_not_be_reached_names_no_outlet() -> None:
    (a,) = quoteprov.analyze("Ann Cole could not be reached by phone. “We won,” she said last year.").attributions
    assert a.outlet is None


@pytest.mark.parametrize("before", ["Ann Cole said on KXLT’s ", "Ann Cole told KXLT’s "])
def test_an_outlets_quoted_programme_is_no_quote(before: str) -> None:
    analysis = quoteprov.analyze(f"“It is not true,” {before}“Valley Today With Jo Park.”")
    assert [a.quote.content.text for a in analysis.attributions] == ["It is not true,"]
    assert [n.reason for n in analysis.non_quotes] == ["title"]


def test_a_cue_in_a_sentence_opened_by_she_belongs_to_the_person_she_is() -> None:
    text = ("Ada Lind gave an interview to the Harbour Times in March.\n\n"
            "She went further at the weekend, telling CNN that the new port plan was a “sham.”\n\n"
            "“He has no plan at all,” she said.")
    last = quoteprov.analyze(text).attributions[-1]
    assert last.speaker is not None and last.speaker.name == "Ada Lind"
    assert last.outlet is not None and last.outlet.name == "CNN"


@pytest.mark.parametrize("when", ["Six years ago", "A decade ago", "In 2009"])
def test_a_quote_dated_years_back_does_not_inherit_the_speakers_outlet(when: str) -> None:
    # The interview is this week's; the quote in the last paragraph is from another occasion.
    text = ("“We will rebuild the pier,” Ann Cole told Fox News.\n\n"
            f"{when}, Cole lost the race for mayor and said, “The town chose wrongly.”")
    analysis = quoteprov.analyze(text)
    assert analysis.attributions[0].outlet is not None and analysis.attributions[0].outlet.name == "Fox News"
    assert analysis.attributions[-1].speaker is not None and analysis.attributions[-1].speaker.name == "Ann Cole"
    assert analysis.attributions[-1].outlet is None
