"""An occasion the lede names, shared by the article's speakers (a debate, a joint event),
with invented sentences."""

from __future__ import annotations

import pytest

import quoteprov
from quoteprov.attribution.sieves import confidence

BODY = "\n\n“The plan will fail,” Ann Cole said.\n\nMark Reyes shook his head. “It will not,” Reyes said."


def occasions(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.outlet.relation, a.outlet_rule, a.outlet.span.text) if a.outlet else (None, None, None)
            for a in quoteprov.analyze(text).attributions]


@pytest.mark.parametrize(("lede", "evidence"), [
    ("The rivals traded barbs during Thursday night’s debate in Dayton.", "during Thursday night’s debate"),
    ("The beginning of Tuesday’s Harbour News candidates debate was a mess.", "Tuesday’s Harbour News candidates debate"),
    ("Both hopefuls went after the mayor at a televised debate on Sunday.", "at a televised debate"),
    ("Cole and Reyes held a joint rally in Akron, their second.", "held a joint rally"),
    ("The two senators took questions during a town hall in Erie.", "during a town hall"),
], ids=["day-possessive", "name-before-debate", "at-a-debate", "joint-event", "town-hall"])
def test_an_occasion_the_lede_names_is_where_its_speakers_spoke(lede: str, evidence: str) -> None:
    got = occasions("Rivals clash.\n\n" + lede + BODY)
    assert got == [("remarks", "article_occasion", evidence)] * 2


@pytest.mark.parametrize("lede", [
    "The rivals sharpened their lines ahead of Thursday’s televised debate in Dayton.",
    "The rivals will meet at a debate on Sunday.",
    "Both hopefuls went after the mayor after a forum on Sunday.",
    "The rivals are far apart on the mill, and voters have noticed.",
], ids=["ahead-of", "will", "after", "no-occasion"])
def test_no_occasion_ahead_or_after_or_unnamed(lede: str) -> None:
    assert occasions("Rivals clash.\n\n" + lede + BODY) == [(None, None, None)] * 2


def test_an_occasion_named_deep_in_the_story_is_not_the_articles() -> None:
    filler = "\n\n".join(f"Paragraph {k} tells of the mill and its long history in the valley town." for k in range(5))
    text = "Rivals clash.\n\n" + filler + "\n\nThey met at a debate on Sunday." + BODY
    assert occasions(text) == [(None, None, None)] * 2


def test_a_channel_of_the_speakers_own_wins_and_the_occasion_is_not_carried_as_theirs() -> None:
    text = ("Rivals clash.\n\nThe rivals traded barbs during Thursday night’s debate in Dayton.\n\n"
            "Ann Cole told the Harbour Times on Friday that the plan would fail.\n\n“It will fail,” Cole said."
            "\n\n“It will not,” Mark Reyes said.")
    analysis = quoteprov.analyze(text)
    cole, reyes = analysis.attributions
    assert cole.outlet is not None and (cole.outlet.name, cole.outlet.relation) == ("Harbour Times", "told")
    assert reyes.outlet is not None and reyes.outlet_rule == "article_occasion"
    assert reyes.outlet.name is None and reyes.outlet_confidence == confidence("article_occasion")


def test_the_article_occasion_sieve_switches_off_by_name() -> None:
    text = "Rivals clash.\n\nThe rivals traded barbs during Thursday night’s debate in Dayton." + BODY
    assert all(a.outlet is None for a in quoteprov.analyze(text, disable=["article_occasion"]).attributions)


def last_outlet(text: str) -> tuple[str | None, str | None, str | None]:
    a = quoteprov.analyze(text).attributions[-1]
    return (a.outlet.name, a.outlet.relation, a.outlet_rule) if a.outlet else (None, None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Cole said on Fox News that the mill would close. Asked about jobs, Cole said, “They will come back.”",
     ("Fox News", "interview", "same_paragraph_appearance")),
    ("Ann Cole tweeted that the vote was rigged. “Sad day for the county,” Cole wrote.",
     ("X", "social_media", "same_paragraph_appearance")),
], ids=["said-on", "tweeted"])
def test_one_appearance_goes_on_in_the_speakers_quotes_of_its_paragraph(text: str, expected: tuple[str, str, str]) -> None:
    assert last_outlet(text) == expected


@pytest.mark.parametrize("text", [
    "Ann Cole said on Fox News that the mill would close.\n\nAsked about jobs, Cole said, “They will come back.”",
    "Not long after Ann Cole tweeted the rumor, Mark Reyes called her. Later, Cole said, “They will come back.”",
    "Ann Cole tweeted that the vote was rigged. At a rally in Erie, Cole said, “Sad day for the county.”",
], ids=["next-paragraph", "in-an-adverbial-clause", "another-channel-between"])
def test_an_appearance_goes_no_further(text: str) -> None:
    assert last_outlet(text)[2] != "same_paragraph_appearance"


@pytest.mark.parametrize(("text", "expected"), [
    ("The Valley Post reported on the protest. “Close the mill now,” one banner read.",
     ("Valley Post", "report", "introduced_unspoken")),
    ("The Harbour Times confirmed the memo, quoting it at length:\n\n“Staff must not talk to the press.”",
     ("Harbour Times", "report", "introduced_unspoken")),
    ("She tweeted on June 9. “Sad day for the county!”", ("X", "social_media", "introduced_unspoken")),
    ("The march was long. The Valley Post reported that the banners were hand-painted.\n\n“Save our mill!”",
     ("Valley Post", "report", "introduced_unspoken")),
], ids=["reported-then-quote", "colon-paragraph", "tweeted-then-quote", "paragraph-opened-by-the-quote"])
def test_words_nobody_speaks_come_through_the_outlet_named_just_before(
        text: str, expected: tuple[str, str, str]) -> None:
    assert last_outlet(text) == expected


@pytest.mark.parametrize("text", [
    "The Valley Post ran a piece on the mill. Likewise, a study had this to say: “Jobs will not return.”",
    "The Valley Post reported on the protest.\n\nIt was loud. “Close the mill now.”",
    "The Valley Post reported on the protest. The march was long.\n\n“Close the mill now.”",
    "Cole told the Valley Post about the protest. “Close the mill now,” a banner read.",
], ids=["the-sentence-names-its-own-source", "not-the-sentence-before", "not-the-last-sentence-before",
        "told-needs-a-teller"])
def test_no_outlet_for_unspoken_words_further_off_or_with_a_source_of_their_own(text: str) -> None:
    assert last_outlet(text)[2] != "introduced_unspoken"


@pytest.mark.parametrize("subject", [
    "Ann Cole and Mark Reyes",
    "Ann Cole, Lee Park and Mark Reyes",
    "Former mayor Ann Cole and Valley Post columnist Dr. Mark Reyes",
], ids=["two", "three", "with-titles"])
def test_a_cue_of_coordinated_subjects_is_each_ones(subject: str) -> None:
    text = (f"{subject} both attacked the plan in their Harbour Radio Hour appearances on Friday.\n\n"
            "The plan passed anyway.\n\n“It will fail,” Reyes said.")
    assert last_outlet(text) == ("Harbour Radio Hour", "interview", "same_speaker_earlier")


@pytest.mark.parametrize("text", [
    "Ann Cole told the Harbour Times and Mark Reyes stayed silent.\n\nThe plan passed.\n\n“It will fail,” Reyes said.",
    "Ann Cole, who once debated Mark Reyes, spoke in her Harbour Radio Hour appearance.\n\nThe plan passed.\n\n“It will fail,” Reyes said.",
], ids=["not-coordinated", "in-a-relative-clause"])
def test_a_cue_is_not_a_name_joined_by_another_clause(text: str) -> None:
    assert last_outlet(text) == (None, None, None)


@pytest.mark.parametrize(("lede", "expected"), [
    ("At a tense press conference by the river on Friday, the families spoke.",
     ("press_conference", "article_occasion", "At a tense press conference")),
    ("The families held a news conference in Riverton.", ("press_conference", "article_occasion", "held a news conference")),
    ("The families will hold a press conference on Friday.", (None, None, None)),
    ("“We are waiting,” Dan Price said at a press conference on Friday.", (None, None, None)),
], ids=["at-a-press-conference", "held-a-news-conference", "still-ahead", "one-speakers-press-conference"])
def test_a_press_conference_the_lede_names_is_where_its_speakers_spoke(
    lede: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert occasions("Families speak out.\n\n" + lede + BODY)[-2:] == [expected] * 2


def outlets(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.outlet.name, a.outlet.relation, a.outlet_rule) if a.outlet else (None, None, None)
            for a in quoteprov.analyze(text).attributions]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cue opening the sentence is about its subject, here a pronoun
        ("In a spring interview with Harbour TV, she praised the plan.", ("Harbour TV", "interview", "same_speaker_earlier")),
        ("Asked on Harbour TV who leads the council, she named Dan Price.", ("Harbour TV", "interview", "next_paragraph_appearance")),
        # the pronoun is someone else
        ("In a spring interview with Harbour TV, he praised the plan.", (None, None, None)),
        # the pronoun is not the subject right after the opening phrase
        ("In a spring interview with Harbour TV, the mayor said she liked the plan.", (None, None, None)),
    ],
    ids=["she", "asked-on", "he", "not-after-the-comma"],
)
def test_an_opening_cue_before_a_pronoun_subject(sentence: str, expected: tuple[str | None, str | None, str | None]) -> None:
    text = f"Ann Cole met the press.\n\n{sentence}\n\n“We should build it,” Cole said."
    assert outlets(text)[-1] == expected


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        # "later" said is another occasion: the interview is not carried to it
        ("Cole later said her words were “taken out of context.”", (None, None, None)),
        ("Later that week, Cole said her words were “taken out of context.”", (None, None, None)),
        # later in the same interview is the same occasion
        ("Later in the interview, Cole said the plan was “a good one.”", ("MSNBC", "interview", "same_sentence")),
        ("Cole also said the plan was “a good one.”", ("MSNBC", "interview", "same_speaker_earlier")),
    ],
    ids=["later-said", "later-that-week", "later-in-the-interview", "no-time-word"],
)
def test_a_later_occasion_does_not_inherit_the_interview(later: str, expected: tuple[str | None, str | None, str | None]) -> None:
    text = f"Ann Cole met the press.\n\nIn an interview with MSNBC, Cole praised the plan.\n\n“We should build it,” Cole said.\n\n{later}"
    assert outlets(text)[-1] == expected
