"""Real-news rules for a paragraph that is a quote and nothing else (issue 11): the line
below may sign it, or the paragraph before may narrate what its speaker did. Every
sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def last_attribution(text: str) -> tuple[str | None, str | None]:
    a = quoteprov.analyze(text).attributions[-1]
    return (a.speaker.name if a.speaker else None, a.rule)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Cole and Dan Price debated.\n\n“The budget is a mess.”\n\n- Ann Cole.\n\nCole is right.",
         ("Ann Cole", "dash_line_after")),
        ("Voters spoke.\n\n“The budget is a mess.”\n\n-Mayor Dan Price, writing after the vote.",
         ("Dan Price", "dash_line_after")),
        # a sentence after the dash, not a signature
        ("Voters spoke.\n\n“The budget is a mess.”\n\n- Dan Price and Ann Cole agreed on that.", (None, "none")),
        # the quote shares its paragraph with narration: not signed by the line below
        ("Voters spoke. “The budget is a mess,” Ann Cole said.\n\n- Dan Price.", ("Ann Cole", "trailing_np_verb")),
    ],
    ids=["signed", "titled-with-appositive", "sentence-after-dash", "not-quote-only"],
)
def test_a_quote_signed_on_the_line_below(text: str, expected: tuple[str | None, str]) -> None:
    assert last_attribution(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Cole spoke at noon. Dan Price is hopeful about her chances, since he sees Cole as a healer.\n\n"
         "“Not only can she win, she is the best bet.”", ("Dan Price", "paragraph_before_subject")),
        ("Mayor Ann Cole toured the flooded streets.\n\n“We will rebuild every house.”",
         ("Ann Cole", "paragraph_before_subject")),
        ("Later, Dan Price, the county engineer, walked reporters through the plans.\n\n“The bridge is safe.”",
         ("Dan Price", "paragraph_before_subject")),
        # after a long opening phrase (was a known weakness in test_phenomena)
        ("In a closing argument that lasted two hours, Rachel Imbert walked jurors through bank records.\n"
         "“The defendant wants you to believe the money went to road repairs.”", ("Rachel Imbert", "paragraph_before_subject")),
        # no speech verb at all: narration about one person is enough
        ("Tomas Breck walked the jurors through the bank records.\n\n“We need someone who gets things done.”",
         ("Tomas Breck", "paragraph_before_subject")),
        # two subjects: whose words?
        ("Dr. Ann Cole, a nurse in Riverton, and Dr. Dan Price, who runs a clinic there, both described parents "
         "as tired.\n“They just don't know who to believe.”", (None, "none")),
        # the name is a possessor, not the subject
        ("Ann Cole spoke at noon. Cole's plan was debated.\n\n“Not only can she win, she is the best bet.”",
         (None, "none")),
        # the sentence reports someone else's words: that speaker goes on (an older sieve)
        ("Ann Cole toured the streets, and Dan Price said the town would recover.\n\n“We will rebuild.”",
         ("Dan Price", "paragraph_before_speech")),
        # a signature below names the speaker instead
        ("Ann Cole toured the streets.\n\n“We will rebuild.”\n\n- Dan Price.", ("Dan Price", "dash_line_after")),
    ],
    ids=["upbeat", "titled", "appositive", "long-opening", "no-speech-verb", "two-subjects", "possessor",
         "another-speaks", "signed-below"],
)
def test_a_quote_after_narration_about_a_person(text: str, expected: tuple[str | None, str]) -> None:
    assert last_attribution(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters met.\n\n“We need more time.” Ann Cole said in a statement.", ("Ann Cole", "trailing_after_full_stop")),
        ("Voters met.\n\n“We need more time.” Sen. Ann Cole agreed.", ("Ann Cole", "trailing_after_full_stop")),
        ("Voters met.\n\n“We need more time.” Ann Cole said, smiling.", ("Ann Cole", "trailing_after_full_stop")),
        # the sentence after reports something else
        ("Voters met.\n\n“We need more time.” Ann Cole said the board would meet.", (None, "none")),
        ("Voters met.\n\n“We need more time.” Ann Cole told reporters the vote was off.", (None, "none")),
        # a sentence about someone, not a reporting clause
        ("Voters met.\n\n“We need more time.” Ann Cole left early.", (None, "none")),
    ],
    ids=["in-a-statement", "titled", "comma", "reports-more", "told-more", "no-speech"],
)
def test_a_reporting_clause_after_a_full_stop_inside_the_marks(text: str, expected: tuple[str | None, str]) -> None:
    assert last_attribution(text) == expected
