""""As first reported by Harbour Weekly" relays its own sentence's quote, as "according
to" does: “…,” Cole said, as first reported by Politico / As reported by the Valley Post,
Cole said: “…”. A story "first reported by" an outlet elsewhere in the text relays
nothing. Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov

INTRO = "Ann Cole spoke on Monday.\n\n"


def first(sentence: str) -> tuple[str | None, str | None, str | None, str | None]:
    a = next(a for a in quoteprov.analyze(INTRO + sentence).attributions if a.quote.form != "mixed")
    o = a.outlet
    return (a.speaker.name if a.speaker else None, o.name if o else None, o.relation if o else None, a.outlet_rule)


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("“We will win,” Cole said, as first reported by Politico.", "Politico"),
        ("As first reported by Politico, Cole said: “We will win.”", "Politico"),
        ("As reported by the Valley Post, Cole said: “We will win.”", "Valley Post"),
        ("Cole said the plan was “dead,” as first reported by Politico.", "Politico"),
    ],
)
def test_as_reported_by_relays_its_sentence(sentence: str, outlet: str) -> None:
    assert first(sentence) == ("Ann Cole", outlet, "report", "same_sentence_according_to")


@pytest.mark.parametrize(
    "sentence",
    [
        "The story, first reported by Politico, angered Cole. “We will win,” she said.",
        "“We will win,” Cole said of the plan first reported by Politico.",
    ],
)
def test_a_story_reported_by_an_outlet_relays_nothing(sentence: str) -> None:
    assert first(sentence)[1] is None
