"""Straight and curly marks mixed in one quote (issues 11, item 7): wire copy edited by
several hands opens a quote with one style and closes it with the other. The quote ends
at its own closing mark, whatever its style, and never runs on over the reporting clause
into the next quote. Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def found(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (a.quote.content.text, a.quote.marks, a.speaker.name if a.speaker else None)
        for a in quoteprov.analyze(text).attributions
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mixed: a straight opener closed by a curly mark, and the other way round
        ('"The bridge opens in May,” Mayor Ann Cole said. "Not a day later.”',
         [("The bridge opens in May,", '"”', "Ann Cole"), ("Not a day later.", '"”', "Ann Cole")]),
        ('“Nobody asked us," said Tomas Reyes. “We heard it on the radio."',
         [("Nobody asked us,", '“"', "Tomas Reyes"), ("We heard it on the radio.", '“"', "Tomas Reyes")]),
        # consistent marks, side by side: unchanged
        ('“The bridge opens in May,” Mayor Ann Cole said. “Not a day later.”',
         [("The bridge opens in May,", "“”", "Ann Cole"), ("Not a day later.", "“”", "Ann Cole")]),
        ('"Nobody asked us," said Tomas Reyes. "We heard it on the radio."',
         [("Nobody asked us,", '""', "Tomas Reyes"), ("We heard it on the radio.", '""', "Tomas Reyes")]),
    ],
)
def test_a_quote_closes_at_its_own_mark_in_either_style(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_straight_marks_inside_curly_ones_are_still_a_nested_quote() -> None:
    text = '“He told me "never again" and walked out,” said Lena Ostrow.'
    [attribution] = quoteprov.analyze(text).attributions
    assert attribution.quote.content.text == 'He told me "never again" and walked out,'
    assert [n.text for n in attribution.quote.nested] == ['"never again"']
    assert attribution.speaker is not None and attribution.speaker.name == "Lena Ostrow"


def test_every_span_is_the_text_it_reports() -> None:
    text = '"First,” said Ida Marsh. “Second," she added. "Third.”'
    analysis = quoteprov.analyze(text)
    assert [a.quote.content.text for a in analysis.attributions] == ["First,", "Second,", "Third."]
    for a in analysis.attributions:
        assert text[a.quote.span.start : a.quote.span.end] == a.quote.span.text
        assert text[a.quote.content.start : a.quote.content.end] == a.quote.content.text
