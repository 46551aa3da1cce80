"""The non-quote checks ask only whether a context pattern matches at the end of the text
before (or after) a quote, so they search from the end ((?r)): the answer must be that of
a search from the start, for contexts that match and contexts that do not."""

from __future__ import annotations

import pytest
import regex

from quoteprov.lexicon import Lexicon
from quoteprov.quotes import nonquotes

_BEFORE = [
    ("so-called ", True), ("what she called the so-called ", True), ("so-called experts said ", False),
    ("known to fans as ", True), ("known as the ", False), ("renamed ", True),
    ("the word ", True), ("the words of ", False),
    ("her memoir ", True), ("her memoir, ", True), ("her memoir was ", False),
    ("Cole told ", True), ("she said on Harbour TV’s ", True), ("she said on ", False),
    ("a play called ", True), ("a Riverton band named ", True), ("a play called it ", False),
    ("Frank ", True), ("frank ", False),
    ("", False), ("\n", False),
]


def _patterns() -> list[regex.Pattern[str]]:
    ctx = nonquotes._contexts(Lexicon.default())
    return [ctx.scare, ctx.nicknamed, ctx.term, ctx.work, ctx.programme,
            nonquotes._CAPITAL_BEFORE, nonquotes._OUTLETS_PROGRAMME, nonquotes._CALLED_NAME]


@pytest.mark.parametrize(("before", "some_match"), _BEFORE)
def test_search_from_the_end_answers_as_from_the_start(before: str, some_match: bool) -> None:
    answers = []
    for pattern in _patterns():
        assert pattern.pattern.startswith("(?r)")
        forward = regex.compile(pattern.pattern.removeprefix("(?r)"))
        assert bool(pattern.search(before)) == bool(forward.search(before)), (pattern.pattern[:40], before)
        answers.append(bool(pattern.search(before)))
    assert any(answers) is some_match
