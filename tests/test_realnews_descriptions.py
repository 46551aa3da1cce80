"""A description after a name ("Ann Cole, a lawyer for the family,") is that person's role:
a later "the lawyer said" stands for her, "the senator" does not, and the speaker record
carries it. Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def speaker_of_last(text: str) -> str | None:
    found = quoteprov.analyze(text).attributions[-1]
    return found.speaker.name if found.speaker else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the description, not the latest person who spoke
        ("Dan Price spoke first. Ann Cole, a lawyer for the family, nodded.\n\n“It is a mess,” the lawyer said.",
         "Ann Cole"),
        ("Dan Price, the foreign minister, arrived on Monday. Ann Cole spoke to reporters.\n\n"
         "“It is a mess,” the minister said.", "Dan Price"),
        # an unnamed-source noun is a person's once the article introduced them with it
        ("Dan Price spoke first. Ann Cole, a Republican strategist, nodded.\n\n“It is a mess,” the strategist said.",
         "Ann Cole"),
        ("Ann Cole, a banker in Riverton, was blunt.\n\n“It is a mess,” the banker said.", "Ann Cole"),
    ],
    ids=["lawyer", "minister", "strategist", "banker"],
)
def test_a_description_after_a_name_stands_for_the_person(text: str, speaker: str) -> None:
    assert speaker_of_last(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # someone described as something else is not the senator
        ("Ann Cole, a Republican strategist, spoke. Dan Price nodded.\n\n“It is a mess,” the senator said.", None),
        # a description given only later stands for no one before it
        ("“It is a mess,” the banker said. Ann Cole, a banker in Riverton, nodded.", "the banker"),
        # an unnamed source described so earlier is still the unnamed source
        ("A banker in Riverton said the fund was empty. Ann Cole, a banker, nodded.\n\n"
         "“It is a mess,” the banker said.", "A banker in Riverton"),
    ],
    ids=["other-description", "given-later", "unnamed-first"],
)
def test_a_description_is_not_stretched(text: str, speaker: str | None) -> None:
    assert speaker_of_last(text) == speaker


def test_the_speaker_record_carries_the_description() -> None:
    found = quoteprov.analyze("“It is a mess,” said Ann Cole, a semiconductor analyst at Vantreck.").attributions[0]
    assert found.speaker is not None and (found.speaker.name, found.speaker.role) == ("Ann Cole", "semiconductor analyst")


def speaker_and_kind(text: str) -> tuple[str | None, str | None]:
    found = quoteprov.analyze(text).attributions[-1]
    return (found.speaker.name, found.speaker.kind) if found.speaker else (None, None)


_EARLIER = "“The plan needs more work,” said a senior Cole adviser.\n\nThe race goes on.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the definite description points back to the unnamed source introduced with it
        (_EARLIER + "“Voters will make up their minds,” said the senior Cole adviser.",
         ("a senior Cole adviser", "anonymous")),
        (_EARLIER + "“Voters will make up their minds,” the senior Cole adviser added. “They will decide.”",
         ("a senior Cole adviser", "anonymous")),
        # someone introduced with the title is that person, not the unnamed source
        (_EARLIER + "Dan Price, a senior Cole adviser, spoke next.\n\n“Voters will make up their minds,” said the "
         "senior Cole adviser.", ("Dan Price", "person")),
        # other words than the earlier description: not the same source
        ("“The plan needs more work,” said a Cole adviser.\n\n“Voters will make up their minds,” said the senior "
         "Cole adviser.", (None, None)),
        ("“The plan needs more work,” said a senior Cole adviser.\n\n“Voters will make up their minds,” said the "
         "senior Ward adviser.", (None, None)),
    ],
)
def test_the_unnamed_source_described_before(text: str, expected: tuple[str | None, str | None]) -> None:
    assert speaker_and_kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role word that is also an unnamed-source noun points back to the unnamed source a
        # reporting clause named, when no person holds the role
        ("A senior aide told the Boston Globe that the levy was dead.\n\n“It is over,” the aide said.",
         ("A senior aide", "anonymous")),
        # a person introduced with the role is that person
        ("Ann Cole, an aide to the mayor, told the Boston Globe that the levy was dead.\n\n“It is over,” the aide "
         "said.", ("Ann Cole", "person")),
        # a word the earlier description lacks: not the same source
        ("A senior aide told the Boston Globe that the levy was dead.\n\n“It is over,” the Ward aide said.",
         (None, None)),
    ],
)
def test_an_unnamed_source_a_reporting_clause_named(text: str, expected: tuple[str | None, str | None]) -> None:
    assert speaker_and_kind(text) == expected


def test_a_description_given_early_in_a_long_article_still_stands_for_the_person() -> None:
    # seventy names between the introduction and "the banker": the holder is whoever the
    # article first named before the role, however far back
    filler = "".join(f"Dan Price{k} met Lou Ward{k} on the pier.\n\n" for k in range(40))
    text = "Ann Cole, a banker, arrived in Riverton on Monday.\n\n" + filler + "“It is a mess,” the banker said."
    assert speaker_of_last(text) == "Ann Cole"
