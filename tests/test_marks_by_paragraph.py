"""The quote marks of every paragraph come from one pass over the text: the same marks as a
pass over each paragraph alone, or None where they could differ (a doubled mark split by a
paragraph's edge, overlapping paragraphs)."""

from __future__ import annotations

import pytest

from quoteprov.quotes.pairing import _MARK, _marks_by_paragraph
from quoteprov.records import Span


def _alone(text: str, spans: list[Span]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in _MARK.finditer(text, s.start, s.end)] for s in spans]


@pytest.mark.parametrize(
    ("text", "cuts", "same"),
    [
        ("“We won,” Ann Cole said.\n\nDan Price ‘agreed’.", [(0, 24), (26, 45)], True),
        ("No marks here.\n\n“One,” she said.\n\nNone.", [(0, 14), (16, 32), (34, 39)], True),
        ("He said ''yes'' and left.", [(0, 25)], True),
        ("Ends with '\n'opens", [(0, 11), (12, 18)], True),  # marks at both edges, a line break between
        ("Ends with ''next", [(0, 11), (11, 16)], False),  # '' split by the edge: read alone
        ("A “b” c", [(0, 4), (2, 7)], False),  # overlapping paragraphs: read alone
        ("", [], True),
    ],
)
def test_one_pass_finds_what_each_paragraph_finds(text: str, cuts: list[tuple[int, int]], same: bool) -> None:
    spans = [Span.of(text, a, b) for a, b in cuts]
    found = _marks_by_paragraph(text, spans)
    if same:
        assert found is not None
        assert [[m.span() for m in ms] for ms in found] == _alone(text, spans)
    else:
        assert found is None
