"""Pronoun speakers on real news (issue 11): "she said" stands for a woman the article
named, even when a man was named since. Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def speakers(text: str) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in quoteprov.analyze(text).attributions]


@pytest.mark.parametrize(("pronoun", "speaker"), [("she", "Margaret Oyelaran"), ("he", "Desmond Pike")])
def test_a_pronoun_passes_over_a_person_whose_given_name_says_otherwise(pronoun: str, speaker: str) -> None:
    text = ("Margaret Oyelaran has led the court for a decade.\n\n"
            "In an interview on Monday, Oyelaran criticised the plan of Desmond Pike.\n\n"
            f"“It will not survive a year,” {pronoun} said.")
    # The paragraph before names only Pike as a full person; "she" cannot be Desmond Pike.
    assert speakers(text) == [speaker]


def test_a_title_still_outranks_the_given_name() -> None:
    # Mrs. tells the gender whatever the given name is most often given to
    text = "Mrs. Jordan Wexley chairs the board.\n\n“We are done,” she said."
    assert speakers(text) == ["Jordan Wexley"]


def test_no_gender_known_leaves_the_only_person_named() -> None:
    text = "Xanthe Oduya chairs the board.\n\n“We are done,” she said."
    assert speakers(text) == ["Xanthe Oduya"]
