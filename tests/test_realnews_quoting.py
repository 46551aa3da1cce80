"""A clause right after a quote that passes the words on from someone else: “…,” the
agency said, quoting Ann Cole / “…,” Price quoted Cole as saying. The one quoted speaks
(trailing_quoting). Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov

INTRO = "Ann Cole and Dan Price met the council in Salem on Monday.\n\n"


def first(sentence: str, **kwargs: object) -> tuple[str | None, str]:
    a = quoteprov.analyze(INTRO + sentence, **kwargs).attributions[0]  # type: ignore[arg-type]
    return (a.speaker.name if a.speaker else None, a.rule)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“We will win,” Price said, quoting Cole.", ("Ann Cole", "trailing_quoting")),
        ("“We will win,” Price quoted Cole as saying.", ("Ann Cole", "trailing_quoting")),
        ("“We will win,” the Valley Post reported, quoting a council aide.", ("a council aide", "trailing_quoting")),
        # nobody quoted: the one who said it
        ("“We will win,” Price said, quoting from memory.", ("Dan Price", "trailing_np_verb")),
        # part of a statement quoted in a post: the post's writer, as before
        ("“We will win. Not fit!” Price tweeted, quoting Cole’s statement.", ("Dan Price", "trailing_np_verb")),
    ],
    ids=["quoting-name", "quoted-as-saying", "outlet-quoting", "quoting-from-memory", "quoting-a-statement"],
)
def test_the_one_quoted_speaks(sentence: str, expected: tuple[str | None, str]) -> None:
    assert first(sentence) == expected


def test_trailing_quoting_switches_off_by_name() -> None:
    speaker, rule = first("“We will win,” Price said, quoting Cole.", disable=["trailing_quoting"])
    assert speaker == "Dan Price" and rule != "trailing_quoting"
