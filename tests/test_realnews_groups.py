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
