"""Bare surnames among several people who share them (issue 11): "Okafor said" is the most
salient Okafor — the one named most so far, else the first named in full. Every sentence
here is invented."""

from __future__ import annotations

import quoteprov


def last(text: str, **kwargs: object) -> tuple[str | None, str | None, float]:
    a = quoteprov.analyze(text, **kwargs).attributions[-1]  # type: ignore[arg-type]
    return (a.speaker.name if a.speaker else None, a.rule, a.confidence)


def test_the_first_named_in_full_of_two_namesakes_speaks() -> None:
    text = ("Ruth Okafor, the senator, and her brother Daniel Okafor toured the plant.\n\n"
            "“We will keep it open,” Okafor said.")
    name, rule, confidence = last(text)
    assert (name, rule) == ("Ruth Okafor", "trailing_np_verb")
    assert confidence <= 0.75  # capped by the salient_namesake resolution


def test_a_title_picks_among_namesakes_of_its_gender() -> None:
    text = ("Ruth Okafor, the senator, and her brother Daniel Okafor toured the plant.\n\n"
            "“We will keep it open,” Mr. Okafor said.")
    assert last(text)[0] == "Daniel Okafor"


def test_the_one_named_more_often_speaks() -> None:
    text = ("Daniel Okafor runs a shop near the plant.\n\n"
            "Senator Ruth Okafor toured the plant on Monday. Ruth Okafor met the workers, and "
            "Ruth Okafor thanked the foreman.\n\n"
            "“We will keep it open,” Okafor said.")
    assert last(text)[0] == "Ruth Okafor"


def test_the_resolution_switches_off_by_name() -> None:
    text = ("Ruth Okafor, the senator, and her brother Daniel Okafor toured the plant.\n\n"
            "“We will keep it open,” Okafor said.")
    assert last(text, disable=["salient_namesake"])[0] is None
