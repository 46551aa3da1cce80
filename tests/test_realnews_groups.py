"""Groups that speak with no name and no determiner: "“…,” police said", "prosecutors
said", "authorities said". Police speak as a body (an organisation); the others are
unnamed sources (anonymous), never a person. Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man was shot in Salem. “He was armed,” police said.", ("Police", "organization")),
        ("A man was shot in Salem. “He was armed,” said police.", ("Police", "organization")),
        ("A man was shot in Salem. Police said: “He was armed.”", ("Police", "organization")),
        ("A man was shot in Salem. “He was armed,” prosecutors said.", ("prosecutors", "anonymous")),
        ("A man was shot in Salem. “He was armed,” authorities said.", ("authorities", "anonymous")),
        ("A man was shot in Salem. “He was armed,” firefighters said.", ("firefighters", "anonymous")),
    ],
)
def test_a_group_with_no_determiner_speaks(text: str, expected: tuple[str, str]) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == expected
    assert a.mention is not None and text[a.mention.span.start : a.mention.span.end] == a.mention.span.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a named officer speaks, not the force
        ("A man was shot. “He was armed,” police spokesman Tom Reyes said.", "Tom Reyes"),
        # police as an object is no speaker
        ("Ann Cole called police. “He was armed,” she said.", "Ann Cole"),
    ],
)
def test_a_person_still_speaks(text: str, speaker: str) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert a.speaker is not None and a.speaker.name == speaker


INTRO = "Ann Cole and Dan Price met the council in Salem on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“We will win,” Cole's campaign told reporters.", ("Cole's campaign", "organization")),
        ("“We will win,” Cole’s office said.", ("Cole’s office", "organization")),
        ("“We will win,” the Cole campaign said.", ("Cole campaign", "organization")),
    ],
)
def test_a_body_someone_has_speaks_as_an_organisation(sentence: str, expected: tuple[str, str]) -> None:
    a = quoteprov.analyze(INTRO + sentence).attributions[-1]
    assert a.speaker is not None and (a.speaker.name, a.speaker.kind) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a person in the body speaks: not the body, not its owner
        "“We will win,” Cole's campaign manager said.",
        # a country's body is not named after a person
        "“We will win,” the Salem council said.",
        # no one named before: nothing to point back to
        "“We will win,” the campaign said.",
    ],
)
def test_no_body_named_for_a_person_or_place(sentence: str) -> None:
    a = quoteprov.analyze(INTRO + sentence).attributions[-1]
    assert a.speaker is None or a.speaker.kind != "organization"


def test_a_clause_after_but_is_another_statement() -> None:
    text = INTRO + "The paper said the firm listed her “limited availability” for events, but Cole's team denied it."
    partial = [a for a in quoteprov.analyze(text).attributions if a.quote.form == "partial"]
    assert [a.speaker for a in partial] == [None]
