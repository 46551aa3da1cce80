"""Sentences as web copy writes them, and what a sentence's own subject means for the quote
after it. Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov
from quoteprov.engines import build_document
from quoteprov.lexicon import Lexicon

NBSP = "\xa0"


def decided(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker.name if a.speaker else None, a.rule) for a in quoteprov.analyze(text).attributions
            if a.quote.form != "mixed"]  # the quotes in marks (mixed quotes: test_realnews_mixed.py)


@pytest.mark.parametrize("space", [" ", "  ", " " + NBSP, NBSP, NBSP + " "])
def test_a_no_break_space_after_a_full_stop_ends_the_sentence(space: str) -> None:
    text = f"Ann Cole met donors on Monday. Cole spoke at length.{space}“I am going to support it.”"
    doc = build_document(text, lexicon=Lexicon.default())
    assert [s.span.text for s in doc.sentences][-1] == "“I am going to support it.”"
    assert decided(text) == [("Ann Cole", "previous_sentence_speech")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject speaks through a participle in the sentence before: she goes on
        ("Ann Cole met donors on Monday. Cole distanced herself from the plan by saying she would wait."
         + NBSP + "“I am going to support it anyway.”", ("Ann Cole", "previous_sentence_speech")),
        ("Ann Cole met Dan Price on Monday. Cole backed Price, telling donors he would win. “He is the one.”",
         ("Ann Cole", "previous_sentence_speech")),
        # "for saying": someone else's words are reported, no one goes on
        ("Ann Cole met Dan Price on Monday. Cole attacked Price for saying he would win. “He is the one.”",
         (None, "none")),
    ],
)
def test_a_participle_of_speech_in_the_sentence_before_lets_its_subject_go_on(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert decided(text)[-1] == expected


def test_a_month_is_no_subject_of_a_participle() -> None:
    text = "Ann Cole sent a memo to the board in April explaining a plan to raise “$5-10 million.”"
    assert decided(text)[-1][0] != "April"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partial quote in a new sentence about someone else is not the last speaker's
        ("Ann Cole called the school a “fraudulent scheme.” Later, Dan Price identified the judge as "
         "“Spanish,” which he is not.", [("Ann Cole", "reported_speech"), (None, "none")]),
        # the same person, or no new subject: the previous speaker goes on
        ("Ann Cole called the school a “fraudulent scheme.” Then Cole described the judge as “hostile.”",
         [("Ann Cole", "reported_speech"), ("Ann Cole", "reported_speech")]),
        ("Ann Cole called the school a “fraudulent scheme” and a “scam.”",
         [("Ann Cole", "reported_speech"), ("Ann Cole", "continues_previous_quote")]),
    ],
)
def test_a_partial_quote_in_a_sentence_about_someone_else(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only reporting verb is inside an opening "After …," clause and a new name
        # follows the comma: the main clause's subject speaks, with a verb the rules do not know
        ("Mary Ward and Dan Price met. After Mary Ward criticized Price during a debate, Lou shot back, "
         "“I could have stayed home.”", (None, "none")),
        # a pronoun after the comma is the opening clause's subject again
        ("Mary Ward and Dan Price met. When Ward announced her run, she referred to the plan as “a disaster.”",
         ("Mary Ward", "reported_speech")),
    ],
)
def test_a_reporting_verb_in_an_opening_clause(text: str, expected: tuple[str | None, str]) -> None:
    assert decided(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote's own sentence goes on to say who, in words the sieves cannot read: the
        # previous speaker is not assumed
        ("“The plan is unkind,” Ann Cole said. “It will fail,” declared the Riverton Echo the next day.",
         [("Ann Cole", "trailing_np_verb"), (None, "none")]),
        # no reporting verb after it: the previous speaker goes on
        ("“The plan is unkind,” Ann Cole said. “It will fail, and soon.”",
         [("Ann Cole", "trailing_np_verb"), ("Ann Cole", "continues_previous_quote")]),
    ],
)
def test_a_quote_whose_sentence_names_its_own_speaker_is_not_continued(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an appositive that describes an outlet: the name speaks as an organisation, never a
        # person, and an outlet the gazetteer knows speaks in its own voice
        ("“It will fail,” Rurpress, the official Ruritanian news agency, wrote.",
         ("Rurpress", "organization", "trailing_np_verb", None)),
        ("“It will fail,” Harbour Wire, the state news agency, wrote.",
         ("Harbour Wire", "organization", "trailing_np_verb", "Harbour Wire")),
        ("“It will fail,” Xinhua, the official Ruritanian news agency, wrote.",
         ("Xinhua", "organization", "outlet_voice", "Xinhua")),
        # a person whose description holds an outlet word after a preposition stays a person
        ("“It will fail,” Ann Cole, a reporter for the daily, wrote.", ("Ann Cole", "person", "trailing_np_verb", None)),
    ],
)
def test_a_name_described_as_an_outlet_is_no_person(text: str, expected: tuple[str, str, str, str | None]) -> None:
    found = quoteprov.analyze(text).attributions[0]
    assert found.speaker is not None
    assert (found.speaker.name, found.speaker.kind, found.rule, found.outlet.name if found.outlet else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one asked, in the passive, does not speak the question
        ("Dan Price hosts the show. Ann Cole was asked by host Dan Price, who backs her, “Now, you said the "
         "plan was dead?”", (None, "none")),
        ("In a Riverton Gazette interview, Ann Cole was asked, “Which place do you fear most?”",
         (None, "none")),
        ("Ann Cole was then asked, “Will you run again?”", (None, "none")),
        # an answer, an active question, or "was" inside a relative clause: as before
        ("Ann Cole was asked about the plan and said, “It is dead.”", ("Ann Cole", "coordinated_speech")),
        ("Ann Cole asked, “Is the plan dead?”", ("Ann Cole", "leading_np_verb")),
        ("Dan Price, who was behind the camera, suddenly asked, “Really?”", ("Dan Price", "leading_np_verb")),
    ],
)
def test_a_question_put_to_someone_is_not_theirs(text: str, expected: tuple[str | None, str]) -> None:
    assert decided(text)[-1] == expected
