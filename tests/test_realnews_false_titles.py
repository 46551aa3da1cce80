"""False titles (issue 11): American news puts a lower-case role straight before a name,
with no determiner ("said spokesman John Kirby" style). The speaker is the name; the role
words go with it. Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def attributions(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.speaker.name if a.speaker else None, a.rule) for a in quoteprov.analyze(text).attributions]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The audit found no missing ballots,” said spokesman Tomas Reyes.", "Tomas Reyes"),
        ("“We expect a long night,” said pollster Greta Lindqvist.", "Greta Lindqvist"),
        ("“The clinic stays open,” said retired surgeon Ada Moss, who ran it for years.", "Ada Moss"),
        ("“Nobody here wants a toll road,” said conservative activist Bo Lindgren.", "Bo Lindgren"),
        ("“The plant will reopen,” said former plant manager Ivo Stanek.", "Ivo Stanek"),
        ("“The bridge is safe,” county engineer Ruth Abara said.", "Ruth Abara"),
    ],
    ids=["spokesman", "pollster", "adjective-and-role", "two-words", "former", "before-verb"],
)
def test_a_lower_case_role_before_a_name_gives_the_name(text: str, speaker: str) -> None:
    assert attributions(text)[0][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # No role word before the capital: "on Monday" is no title.
        "“The audit found no missing ballots,” said on Monday Tomas Reyes's office.",
        # A verb between: no false title.
        "“The audit found no missing ballots,” said nobody who asked Tomas Reyes.",
    ],
    ids=["time-phrase", "clause"],
)
def test_no_false_title_without_a_role_word_right_before_the_name(text: str) -> None:
    assert attributions(text)[0][0] is None


@pytest.mark.parametrize(
    ("text", "speaker", "rule"),
    [
        ("Mayoral candidate Ana Moreno answered on Twitter within the hour, writing: “Another storm, and still no plan.”",
         "Ana Moreno", "participle_speech"),
        ("Mayoral candidate Ana Moreno pushed back: “The bridge is safe.”", "Ana Moreno", "leading_manner_verb"),
    ],
    ids=["participle", "manner-verb"],
)
def test_a_titled_name_opening_the_sentence_is_its_subject(text: str, speaker: str, rule: str) -> None:
    # The title's words are not the person's name, but the name that closes them is.
    assert attributions("Ana Moreno and Carla Dunn met in Dayton.\n\n" + text)[-1] == (speaker, rule)


@pytest.mark.parametrize(
    "text",
    [
        # No role word before the name: "Hours after the vote" titles nobody.
        "Hours after the vote, the crowd cheered, saying: “The bridge is safe.”",
    ],
    ids=["no-title"],
)
def test_no_titled_subject_without_a_role_word(text: str) -> None:
    assert attributions("Ana Moreno and Carla Dunn met in Dayton.\n\n" + text)[-1][0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a party or nationality word inside the false title, before the role
        ("The vote was close. “I can't tell where he stands,” said undecided Republican voter Ann Cole.", "Ann Cole"),
        ("The vote was close. “I can't tell where he stands,” said veteran French diplomat Ann Cole.", "Ann Cole"),
        # a capital that goes straight on into a name is the name, not a modifier
        ("The vote was close. “I can't tell where he stands,” said undecided Ann Cole.", None),
    ],
)
def test_a_capitalised_modifier_inside_a_false_title(text: str, speaker: str | None) -> None:
    found = quoteprov.analyze(text).attributions[0]
    assert (found.speaker.name if found.speaker else None) == speaker
