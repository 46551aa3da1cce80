"""Real-news rules for quotes introduced by a colon, with invented sentences."""

from __future__ import annotations

import pytest

import quoteprov


def decided(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker.name if a.speaker else None, a.rule) for a in quoteprov.analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marta Quinlan: “There is a special place for them.”", [("Marta Quinlan", "name_colon")]),
        ("The polls missed it - Michael P. Donnelly: “Turnout was higher than anyone said.”",
         [("Michael P. Donnelly", "name_colon")]),
        ("Quinlan on the budget talks: ‘I think she will sign.’\nMarta Quinlan spoke on Friday.",
         [("Marta Quinlan", "name_colon")]),
        # Two speakers in one paragraph, each with a name and a colon: the second is not a
        # continuation of the first.
        ("Ann Cole and Bob Roe disagree.\nCole: “We must go.” Roe: “We must stay.”",
         [("Ann Cole", "name_colon"), ("Bob Roe", "name_colon")]),
        ("Cole wrote a letter to the board: “We need more time.”", [("Cole", "colon_clause")]),
    ],
)
def test_a_colon_introduces_the_quote(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cole Addresses the Harbour Board: “We stand together.”",  # a headline that starts with a name
        "Network Chief On Trump: “We do not pay anyone to appear.”",  # a title, not a name, before "On"
        "The plan has one message: “Vote early.”",  # no speaker before the colon
        "Cole wrote to the board, and the board replied: “No.”",  # two clauses: which one speaks?
    ],
)
def test_no_speaker_where_the_colon_names_none(text: str) -> None:
    assert [name for name, _rule in decided(text)] == [None]


def test_a_middle_initial_is_part_of_the_name() -> None:
    assert decided("“We are fine,” said George W. Bushnell.") == [("George W. Bushnell", "trailing_verb_np")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The senator would not let it go.\n\nMarta Quinlan continued:\n\n“Nobody asked the farmers.”", "Marta Quinlan"),
        ("Voters lined up early. Parker Eastman, a retired teacher, said that given the field:\n\n"
         "“There is only one choice for me.”", "Parker Eastman"),
    ],
)
def test_a_paragraph_ending_in_a_speakers_colon_introduces_the_quote_after_it(text: str, speaker: str) -> None:
    assert decided(text) == [(speaker, "colon_paragraph_before")]


def test_a_place_before_the_colon_is_no_speaker() -> None:
    text = "One man in Manchester, responding to the speech, interrupted the candidate:\n\n“They stole it.”"
    assert [name for name, _rule in decided(text)] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Cole met Bob Roe on Monday.\nAnn Cole was pleased, telling reporters, “This is a turning point.”",
         [("Ann Cole", "participle_speech")]),
        ("Ann Cole met Bob Roe on Monday.\nCole smiled, saying: “This is a turning point.”",
         [("Ann Cole", "participle_speech")]),
    ],
)
def test_a_participle_of_speech_is_the_subjects(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hours after the vote, telling nobody, “We won.”",  # no person opens the sentence
        "Speaking to donors on Friday, saying little, “We won.”",
    ],
)
def test_no_participle_speaker_without_a_person(text: str) -> None:
    assert [name for name, _rule in decided(text)] == [None]


def test_as_someone_put_it() -> None:
    assert decided("Ann Cole spoke last.\nAs Ann Cole put it, “the room was full.”")[0][0] == "Ann Cole"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Cole disagreed with the plan. “It is wrong for the town.”", "Ann Cole"),
        ("Ann Cole said the plan would fail. “It is wrong for the town.”", "Ann Cole"),
        ("Ann Cole met Bob Roe. “It is wrong for the town.”", None),  # meeting is not speaking
        ("The council voted no. “It is wrong for the town.”", None),  # no person speaks
    ],
)
def test_a_quote_after_a_sentence_of_someone_speaking(text: str, speaker: str | None) -> None:
    assert [name for name, _rule in decided(text)] == [speaker]


@pytest.mark.parametrize(
    "narration",
    [
        "Tomas Breck praised the mayor's record on housing.",
        "Later, Tomas Breck disagreed with the plan.",
    ],
)
def test_a_quote_paragraph_after_a_paragraph_ending_on_a_person_speaking(narration: str) -> None:
    (a,) = quoteprov.analyze(f"{narration}\n\n“We need someone who gets things done.”").attributions
    assert a.speaker is not None and a.speaker.name == "Tomas Breck" and a.rule == "paragraph_before_speech"


@pytest.mark.parametrize(
    "narration",
    [
        "Tomas Breck praised Ada Lind, and Lind said she was grateful.",  # two people speaking
        "The mayor's record on housing was praised.",  # no person
    ],
)
def test_no_speaker_across_the_paragraph_break_without_one_person_speaking(narration: str) -> None:
    (a,) = quoteprov.analyze(f"{narration}\n\n“We need someone who gets things done.”").attributions
    assert a.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Later on Sunday, Tomas Breck posted a syllabus online, writing “Allow me to do the research for them.”",
        "Tomas Breck shared the news last week, writing “It feels great to support someone.”",
    ],
)
def test_a_participle_right_before_the_quote_after_an_opening_phrase(text: str) -> None:
    (a,) = quoteprov.analyze(text).attributions
    assert a.speaker is not None and a.speaker.name == "Tomas Breck"


def test_an_opening_phrase_with_a_name_is_no_subject_to_skip() -> None:
    (a,) = quoteprov.analyze("Hours after the vote, the council met, saying “It is done.”").attributions
    assert a.speaker is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short sentence about one person, ending in a colon: that person speaks
        ("Ann Cole gave the idea a try on Tuesday: “It works.”", [("Ann Cole", "colon_subject")]),
        ("Mayor Ann Cole was blunt: “No.”", [("Ann Cole", "colon_subject")]),
        ("On Monday, Ann Cole went further: “We will sue.”", [("Ann Cole", "colon_subject")]),
        ("After the fire, Mayor Ann Cole released the following statement:\n\n“We will rebuild.”",
         [("Ann Cole", "colon_subject")]),
        # side by side: another name in the sentence, a document she quotes, or no name
        # opening it — nobody is taken
        ("Ann Cole was blunt in her reply to Tom Ward: “No.”", [(None, "none")]),
        ("Ann Cole found the answer in a report by the Valley Institute: “Costs rose.”", [(None, "none")]),
        ("Ann Cole cited a line from the ruling: “The levy stands.”", [(None, "none")]),
        ("The answer was blunt: “No.”", [(None, "none")]),
    ],
)
def test_a_sentence_about_one_person_ending_in_a_colon(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert decided(text) == expected


def test_colon_subject_can_be_switched_off() -> None:
    text = "Mayor Ann Cole was blunt: “No.”"
    assert [a.rule for a in quoteprov.analyze(text, disable=["colon_subject"]).attributions] == ["none"]
