"""A speech verb joined by "and" to its subject's earlier verb (issue 11): "Cole paused and
said, “…”" is Cole's. Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def last(text: str, **kwargs: object) -> tuple[str | None, str | None]:
    a = quoteprov.analyze(text, **kwargs).attributions[-1]  # type: ignore[arg-type]
    return (a.speaker.name if a.speaker else None, a.rule)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dana Quill laughed and said, “The shelves are full.”",
        "Pressed about the lease on Monday, Ms. Quill frowned and said, “Not yet.”",
        "When asked about the lease, Quill laughed and said, “Next spring.”",
        "Quill paused and then added softly: “We will see.”",
        "She paused and replied, “We will see.”",
    ],
)
def test_a_coordinated_speech_verb_is_the_subjects(sentence: str) -> None:
    text = f"Dana Quill runs the hardware store on Elm Street.\n\n{sentence}"
    assert last(text) == ("Dana Quill", "coordinated_speech")


@pytest.mark.parametrize(
    "sentence",
    [
        # A comma before "and" opens a new clause that may have its own subject.
        "Dana Quill arrived late, and her brother said, “We will see.”",
        # A reporting clause of someone else between the subject and the verb.
        "Dana Quill heard what Tom Birch said and replied, “We will see.”",
    ],
)
def test_no_coordination_no_speaker_from_it(sentence: str) -> None:
    text = f"Dana Quill runs the hardware store on Elm Street.\n\n{sentence}"
    assert last(text)[1] != "coordinated_speech"


def test_the_sieve_switches_off_by_name() -> None:
    text = "Dana Quill runs the hardware store.\n\nQuill paused and said, “No.”"
    assert last(text, disable=["coordinated_speech"]) == (None, "none")


@pytest.mark.parametrize(
    "opening",
    ["In a speech in Milford", "At the Friday town meeting", "In a note posted Monday"],
)
def test_a_longer_opening_phrase_with_a_place_or_day_still_leaves_the_subject(opening: str) -> None:
    text = f"Dana Quill runs the hardware store on Elm Street.\n\n{opening}, Quill praised the crews, saying, “We will pave them.”"
    assert last(text) == ("Dana Quill", "participle_speech")


def test_an_opening_that_names_someone_else_is_not_skipped() -> None:
    # "Tom Birch" opens the sentence as its subject, not as a place after a preposition.
    text = ("Dana Quill runs the hardware store on Elm Street.\n\n"
            "Tom Birch and his son, Quill's neighbours, praised the crews, saying, “We will pave them.”")
    assert last(text)[0] != "Dana Quill"
