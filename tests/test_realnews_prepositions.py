"""A name that is not the subject of the verb after it: the object of a preposition
("Critics of Cole said"), a name used as a modifier before a noun in -ly ("a Cole ally
said", "the Cole family said"), and the one a passive verb is done to ("Cole was
criticised by Price"). Precision first: such a name never speaks. Every sentence here is
invented."""

from __future__ import annotations

import pytest

import quoteprov

INTRO = "Ann Cole and Dan Price met the council in Salem on Monday.\n\n"


def speakers(sentence: str) -> list[str | None]:
    found = quoteprov.analyze(INTRO + sentence).attributions
    return [a.speaker.name if a.speaker else None for a in found if a.quote.form != "mixed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics of Cole said: “She is not ready.”",
        "“She is not ready,” critics of Cole said.",
        "Sources close to Cole said: “She is ready.”",
        "“She is ready,” people familiar with Cole's thinking said.",
        "A Cole ally said: “She is ready.”",
        "“She is ready,” a Cole ally said.",
        "The Cole family said in a statement: “She is ready.”",
        "Cole was asked by Price whether the plan would add “another burden.”",
        "Protesters outside Cole's office chanted: “Price for mayor.”",
    ],
    ids=["critics-of", "critics-of-after", "close-to", "familiar-with", "ally", "ally-after", "family",
         "asked-by", "outside"],
)
def test_a_name_that_is_not_the_subject_does_not_speak(sentence: str) -> None:
    assert not {"Ann Cole", "Cole's office"} & set(speakers(sentence))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the agent of the passive speaks in the relative clause after it
        ("Cole was criticised by Price, who said: “She is not ready.”", "Dan Price"),
        # quoted by an outlet as saying: still the one quoted
        ("Price was quoted by the Valley Post as saying: “She is not ready.”", "Dan Price"),
        # before a participle, the object of "with" is its subject
        ("With Cole saying: “We are ready,” the vote began.", "Ann Cole"),
        # an adverb in -ly still stands between the speaker and the verb
        ("“We are ready,” Cole quickly said.", "Ann Cole"),
        # part of a group speaks
        ("Some of the delegates said: “We are ready.”", "Some of the delegates"),
        # a title "of" a place runs on into the name
        ("“We will rebuild,” Secretary of State John Kerrigan said.", "John Kerrigan"),
    ],
    ids=["passive-agent-who", "quoted-by", "with-participle", "adverb", "partitive", "title-of-place"],
)
def test_the_subject_still_speaks(sentence: str, speaker: str) -> None:
    assert speakers(sentence) == [speaker]


def test_an_organisation_after_a_title_and_of_is_not_the_speaker() -> None:
    # the chairman speaks, not the company he chairs
    assert speakers("Tom Reyes, chairman of Carolina Rising (a PAC), tweeted: “We will rebuild.”") == [None]
    assert speakers("Tom Reyes, chairman of Carolina Forward, tweeted: “We will rebuild.”") == ["Tom Reyes"]
