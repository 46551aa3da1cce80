"""Real-news rule: a light verb with its object reports speech ("Cole made the point that
…", "made it clear that …", "made clear her aim to …"), as a reporting verb does. Invented
sentences."""

from __future__ import annotations

import pytest
from test_realnews_relative import in_marks


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Cole made the point that the levy would be “a burden for years.”", [("Ann Cole", "reported_speech")]),
    ("Ann Cole has made it clear the levy is “off the table.”", [("Ann Cole", "reported_speech")]),
    ("Dan Price made clear his wish to “start over” with the council.", [("Dan Price", "reported_speech")]),
    ("Dan Price makes the case that the levy is “fair to all.”", [("Dan Price", "reported_speech")]),
    # the speaker so found is the one a later "he" stands for
    ("Dan Price made the point that the levy was “fair.”\n\n“We should pass it,” he said.",
     [("Dan Price", "reported_speech"), ("Dan Price", "trailing_np_verb")]),
])
def test_a_light_verb_and_its_object_report_speech(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert in_marks(text) == expected


@pytest.mark.parametrize("text", [
    # "the case for" argues; it quotes no one ("helped the town make the case for a casino")
    "The storm helped Harbour Town make the case for a “sea wall” on the coast.",
    # "made" with another object is no speech
    "Ann Cole made a cake for what the town calls its “summer feast.”",
])
def test_a_light_verb_with_another_object_reports_nothing(text: str) -> None:
    assert in_marks(text) == [(None, "none")]


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of predicting reports what the speaker said would come ("predicted", "anticipated")
    ("Ann Cole anticipated that the hardest task for the new mayor would be “mending the port.”",
     [("Ann Cole", "reported_speech")]),
    ("Ann Cole predicted that the vote would be “a rout.”", [("Ann Cole", "reported_speech")]),
])
def test_a_verb_of_predicting_reports_speech(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert in_marks(text) == expected
