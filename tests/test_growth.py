"""No input may cost more per character as it grows: work is counted (lines of Python
executed, which is deterministic and sees loops that call nothing), not timed, at n and 4n
repetitions of a hostile unit. Linear work gives a ratio near 4; a quadratic step, more."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteprov

# Pieces news text is made of, and the marks and words the rules react to.
PIECES = [
    "Abc", "Bcd", "Jane", "Doe", "said", "reported", "told", "TASS", "News", "the", "minister", "he", "she",
    "“", "”", "\"", "'", "’", ":", ",", ".", "—", "\n", "\n\n", "in an interview with", "according to", "Sen.",
]


def work(text: str) -> int:
    """Lines of Python executed while analysing ``text``."""
    count = 0

    def line(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return line

    def call(frame: FrameType, event: str, arg: Any) -> Any:
        return line

    sys.settrace(call)
    try:
        quoteprov.analyze(text)
    finally:
        sys.settrace(None)
    return count


def ratio(unit: str, chars: int = 8_000) -> float:
    """Work at 4n repetitions over work at n, n giving about ``chars`` characters: past the
    longest window any search may look through (a sentence reaches 1,500 characters either
    side), so what grows faster than the text shows."""
    quoteprov.analyze(unit)  # warm the caches (lexicon, compiled patterns) first
    n = max(1, chars // len(unit))
    return work(unit * (4 * n)) / max(1, work(unit * n))


@pytest.mark.parametrize(
    "unit",
    [
        "Abc Bcd Cde Def Efg Fgh reported ",  # a capitalised run before a verb, no full stop
        "and then the people went on talking about things ",  # one giant paragraph
        "“Point,” Jane Doe told Harbour News. ",
        "“a,” he said ",
        "“q,” he said.\n",  # a pronoun per paragraph, every one resolved against the ones before
        "“We will win,” Jane Doe told Reuters. ",  # wire copy whose line breaks were lost
        "he told Reuters. ",
        # one phrase quoted over and over, told to an outlet and not (repeated_words)
        "“We will win the vote,” Ann Cole told the Valley Post.\n\nA sign read “we will win the vote” there.\n\n",
        # a sentence that never ends, of relative clauses, programmes and "goes on to add"
        "Ann Cole, who said it was “a wreck,” and Dan Lee on Harbour TV giving in, and she goes on to add “no more” ",
    ],
)
def test_known_hostile_units_grow_linearly(unit: str) -> None:
    assert ratio(unit) < 5.0


@settings(max_examples=12, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=3, max_size=12))
def test_no_generated_unit_costs_more_per_character_as_it_grows(pieces: list[str]) -> None:
    unit = " ".join(pieces) + " "
    assert ratio(unit, 4_000) < 5.5, repr(unit)
