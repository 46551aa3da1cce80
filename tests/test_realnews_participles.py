"""Real-news rules for a participle of speech that hands the quote to the sentence's subject
("… by saying, “…”"), and for when it hands it to someone the rules cannot name. Invented
sentences."""

from __future__ import annotations

import pytest

import quoteprov


def decided(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker.name if a.speaker else None, a.rule) for a in quoteprov.analyze(text).attributions
            if a.quote.form != "mixed"]  # the quotes in marks (mixed quotes: test_realnews_mixed.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition of time or manner before the participle (word class participle_preposition)
        ("Ann Cole drew boos upon saying, “The board heard the people.”", ("Ann Cole", "participle_speech")),
        ("Ann Cole ended her speech by saying “Never again.”", ("Ann Cole", "participle_speech")),
        ("Dan Price thanked the crew before adding: “We are not done.”", ("Dan Price", "participle_speech")),
        ("Dan Price waved to the crowd while telling reporters, “We are not done.”",
         ("Dan Price", "participle_speech")),
        # the comma form keeps working
        ("Ann Cole praised the crews, saying, “They worked all night.”", ("Ann Cole", "participle_speech")),
    ],
)
def test_a_participle_after_a_preposition_is_the_subjects(text: str, expected: tuple[str | None, str]) -> None:
    assert decided(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The crowd in the hall answered by chanting, “Not again.”",  # no person opens the sentence
        "Ann Cole was proud of saying, “We never gave up.”",  # no person before "of"
    ],
)
def test_no_subject_speaker_without_a_person(text: str) -> None:
    assert decided(text)[-1][0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for saying", "of saying" (word class blame_preposition): the object said it
        ("Ann Cole attacked Dan Price for saying, “The people are wrong.”", ("Dan Price", "blamed_for_words")),
        ("Ann Cole accused Dan Price of saying “The people are wrong.”", ("Dan Price", "blamed_for_words")),
        ("Ann Cole mocked Dan Price for publicly writing that “the people are wrong.”",
         ("Dan Price", "blamed_for_words")),
        # the object is no person the rules can name: no one, never the subject
        ("Ann Cole attacked him for saying, “The people are wrong.”", (None, "none")),
        ("Ann Cole attacked the Riverton Gazette for writing, “The people are wrong.”", (None, "none")),
        ("Ann Cole attacked the board for saying that the plan was “a good deal.”", (None, "none")),
    ],
)
def test_the_one_blamed_for_saying_it_said_it(text: str, expected: tuple[str | None, str]) -> None:
    assert decided(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new sentence whose subject the rules cannot name gives the words with a participle:
        # the previous quote's speaker is not assumed to go on
        ("Ann Cole ended her speech by saying “Never again.” The crowd in the hall followed her "
         "by softly echoing, “never again.”", [("Ann Cole", "participle_speech"), (None, "none")]),
        ("Ann Cole ended her speech by saying “Never again.” The crowd in the hall answered her, chanting, "
         "“never again.”", [("Ann Cole", "participle_speech"), (None, "none")]),
        # the same speaker going on: the participle opens the sentence, or is in the sentence of
        # the quote before
        ("Ann Cole called the plan “a disaster,” adding: “Nobody read it.”",
         [("Ann Cole", "reported_speech"), ("Ann Cole", "continues_previous_quote")]),
        ("Ann Cole said the plan “was not good.” Adding, “Nobody read it.”",
         [("Ann Cole", "reported_speech"), ("Ann Cole", "continues_previous_quote")]),
    ],
)
def test_a_participle_of_someone_else_stops_the_previous_speaker(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed source opens the sentence: kept unnamed, as its own words describe it
        ("A spokeswoman for the harbour board wrote to reporters with the figures, arguing, “The numbers say "
         "nothing of the kind.”", ("A spokeswoman for the harbour board", "anonymous", "participle_speech")),
        ("Two officials at the port answered the charge, saying: “Nobody was told.”",
         ("Two officials at the port", "anonymous", "participle_speech")),
        # a role that no one was introduced with is not guessed from a participle
        ("“We will win,” Ann Cole said.\nThe senator drew boos by saying, “The board heard the people.”",
         (None, None, "none")),
    ],
)
def test_an_unnamed_source_opens_a_participle_of_speech(
    text: str, expected: tuple[str | None, str | None, str]
) -> None:
    last = quoteprov.analyze(text).attributions[-1]
    assert (last.speaker.name if last.speaker else None, last.speaker.kind if last.speaker else None,
            last.rule) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reporting clause right before the participle's comma: its speaker goes on, not the
        # people the reported sentence is about
        ("Dan Price met Mary Ward. Ward and Cole will meet later this month, Price said, adding, "
         "“The two of them should talk soon.”", ("Dan Price", "participle_speech")),
        ("Dan Price met Mary Ward. Ward and Cole will meet next week, said Price, adding: “The two of them should talk.”",
         ("Dan Price", "participle_speech")),
        ("Dan Price met Mary Ward. Ward left early, Price said before adding, “She was tired.”",
         ("Dan Price", "participle_speech")),
        # no reporting clause there: the sentence's subject speaks, as before
        ("Dan Price met Mary Ward. Price backed the plan, saying, “It is overdue.”", ("Dan Price", "participle_speech")),
    ],
)
def test_a_participle_after_an_inverted_reporting_clause_is_its_speakers(
    text: str, expected: tuple[str | None, str]
) -> None:
    assert decided(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Cole escalated her criticism on Wednesday, telling the Valley Post that the plan is a “fraud.”",
     [("Ann Cole", "participle_reported")]),
    ("Ann Cole met the board on Tuesday. She closed the meeting, calling the budget “a slow disaster” for the town.",
     [("Ann Cole", "participle_reported")]),
    ("Ann Cole then went on to declare she was “confident” about the vote.", [("Ann Cole", "participle_reported")]),
    ("Ann Cole went on to argue that the vote was “a formality.”", [("Ann Cole", "participle_reported")]),
    # the name owns the subject: the lawyer speaks, not Cole
    ("Ann Cole's lawyer asked for mercy, calling the case “a tragedy.”", [(None, "none")]),
    # the words were not given, or someone else is to give them
    ("Ann Cole declined to say whether the vote was “a formality.”", [(None, "none")]),
])
def test_a_partial_quote_in_a_participle_or_infinitive_clause_is_the_subjects(
        text: str, expected: list[tuple[str | None, str]]) -> None:
    assert decided(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Cole met the mayor on Monday and said he was “a friend of the port.”", [("Ann Cole", "coordinated_reported")]),
    ("Dan Price toured the dock and then warned that the pier was “past saving.”", [("Dan Price", "coordinated_reported")]),
    # an opening phrase with names of its own: the subject follows its comma
    ("On a call with Boston Globe editors, Ann Cole defended the levy and said the council had “no other choice.”",
     [("Ann Cole", "coordinated_reported")]),
    # after a comma, "and" opens a new clause with a subject of its own
    ("Ann Cole defended the levy, and Dan Price said it was “a wreck.”", [("Dan Price", "reported_speech")]),
    # the name owns the subject: the lawyer speaks, not Cole
    ("Ann Cole's lawyer read the ruling and said it was “a tragedy.”", [(None, "none")]),
])
def test_a_partial_quote_after_a_speech_verb_joined_by_and_is_the_subjects(
        text: str, expected: list[tuple[str | None, str]]) -> None:
    assert decided(text) == expected
