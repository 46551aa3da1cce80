"""Someone a name has speaks in its stead: "Cole's daughter told reporters: “…”" is the
daughter's, never Cole's; "Cole's letter makes the case: “…”" is Cole's own words. A kin
word followed by a name says who it is ("said Cole's daughter, Maria"). Every sentence
here is invented."""

from __future__ import annotations

import pytest

import quoteprov

INTRO = "Tom Bakely spoke in Salem on Monday.\n\n"


def last(sentence: str) -> tuple[str | None, str]:
    a = quoteprov.analyze(INTRO + sentence).attributions[-1]
    return (a.speaker.name if a.speaker else None, a.rule)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bakely's daughter told reporters: “We will win.”",
        "Bakely's daughter said: “We will win.”",
        "Bakely's right-hand man cheered the crowd, saying: “We will win.”",
        "Bakely's lawyer was quick to add: “The claim is false.”",
        "Bakely's campaign manager smiled, telling reporters, “We will win.”",
    ],
    ids=["told-colon", "said-colon", "participle", "infinitive", "title-participle"],
)
def test_the_owner_of_a_person_is_not_the_speaker(sentence: str) -> None:
    assert last(sentence)[0] != "Tom Bakely"


@pytest.mark.parametrize(
    "sentence",
    [
        "Bakely's letter makes a simple case: “We will win.”",
        "Bakely's campaign shrugged off the claims, telling reporters, “We will win.”",
        "Bakely smiled, telling reporters, “We will win.”",
    ],
    ids=["document", "campaign", "no-possessive"],
)
def test_the_owners_words_stay_the_owners(sentence: str) -> None:
    assert last(sentence)[0] == "Tom Bakely"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We will win,” said Bakely's daughter, Maria.", "Maria"),
        ("“We will win,” Bakely's wife Ann said.", "Ann"),
    ],
)
def test_a_kin_word_and_a_name_say_who_speaks(sentence: str, speaker: str) -> None:
    assert last(sentence)[0] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a participle after a comma is the sentence subject's, not the possessor's in its object
        ("The council shrugged off Bakely's comments, telling reporters, “We will win.”", None),
        # the statement itself says it: the one who made it
        ("The council released Bakely's statement saying, “We will win.”", "Tom Bakely"),
    ],
    ids=["participle-after-object", "statement-saying"],
)
def test_a_possessor_in_the_object_does_not_take_the_participles_words(sentence: str, speaker: str | None) -> None:
    assert last(sentence)[0] == speaker
