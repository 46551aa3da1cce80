"""Unnamed sources described by party or allegiance (issue 11): after "a", "one" or
"another", a head such as "Democrat", "Republican", "supporter" or "veteran" is an
anonymous source, given as written; after "the" it still points back to someone named.
Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def attributions(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (a.speaker.name if a.speaker else None, a.speaker.kind if a.speaker else None, a.rule)
        for a in quoteprov.analyze(text).attributions
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The levy will pass by a mile,” said one Vermont Democrat.", "one Vermont Democrat"),
        ("“Turnout will decide it,” added another Oregon Republican.", "another Oregon Republican"),
        ("“They never called us back,” wrote one Moreno supporter.", "one Moreno supporter"),
        ("“She trimmed the rehearsals,” said a 2012 campaign veteran.", "a 2012 campaign veteran"),
        # At the end of the sentence the tail ("involved in the count") is not taken in.
        ("“Nobody expects a recount,” said a Republican involved in the count.", "a Republican"),
    ],
    ids=["state-democrat", "another-republican", "candidate-supporter", "campaign-veteran", "with-tail"],
)
def test_an_indefinite_party_or_backer_description_is_an_unnamed_source(text: str, speaker: str) -> None:
    assert attributions(text) == [(speaker, "anonymous", "trailing_verb_np")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the" points back: the Democrat already named, not an unnamed source.
        ("Rep. Alma Ferrante spoke at the diner. “The levy will pass,” said the Vermont Democrat.",
         "Alma Ferrante"),
        # A name after the description is the speaker.
        ("“Turnout will decide it,” said Oregon Republican Dale Whitcombe.", "Dale Whitcombe"),
    ],
    ids=["definite-points-back", "name-after-party"],
)
def test_a_definite_party_description_or_a_name_is_not_anonymous(text: str, speaker: str) -> None:
    assert attributions(text)[-1][0] == speaker
    assert attributions(text)[-1][1] == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title after "a" or "one" and up to three modifiers: someone left unnamed
        ("“We filtered out the doubters,” said one district party leader.",
         ("one district party leader", "anonymous")),
        ("A former governor said, “Nobody asked us.”", ("A former governor", "anonymous")),
        ("“The count is off,” said a Harbour Party leader.", ("a Harbour Party leader", "anonymous")),
        # a preposition or a determiner before the title: the title is not the phrase's head
        ("“We will look again,” said a spokesman for Governor Ann Cole.", ("a spokesman", "anonymous")),
        ("Cole left the board two weeks after its vice president said the plan was “a waste.”",
         (None, None)),
        # after "the" a title still points back to the person introduced with it
        ("Ann Cole, the party leader, arrived late.\n\n“We filtered out the doubters,” said the party leader.",
         ("Ann Cole", "person")),
    ],
)
def test_an_indefinite_title_is_an_unnamed_source(text: str, expected: tuple[str | None, str | None]) -> None:
    name, kind, _rule = attributions(text)[-1]
    assert (name, kind) == expected
