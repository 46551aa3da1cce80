"""A piece named after its outlet: "in a Valley Post op-ed", "in her weekly Harbour Review
column" — the writer's words went out through that outlet (outlet_piece), as they do in
"an op-ed for the Valley Post". Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov

INTRO = "Ann Cole spoke on Monday.\n\n"


def outlet(sentence: str) -> tuple[str | None, str | None]:
    a = quoteprov.analyze(INTRO + sentence).attributions[0]
    return (a.outlet.name, a.outlet.rule) if a.outlet else (None, None)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("“We will win,” Cole wrote in a Valley Post op-ed.", "Valley Post"),
        ("In a Valley Post op-ed, Cole wrote: “We will win.”", "Valley Post"),
        ("“We will win,” Cole wrote in her weekly Harbour Review column.", "Harbour Review"),
        ("“We will win,” Cole wrote in a New Harbour Times essay on Monday.", "New Harbour Times"),
    ],
)
def test_a_piece_named_after_its_outlet(sentence: str, name: str) -> None:
    assert outlet(sentence) == (name, "outlet_piece")


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will win,” Cole wrote in a Sunday op-ed.",
        "“We will win,” Cole wrote in an op-ed.",
    ],
)
def test_no_outlet_where_none_is_named(sentence: str) -> None:
    assert outlet(sentence)[0] is None
