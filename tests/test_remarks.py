"""Grouping printed quotes into remarks: each method, and what must stay apart."""

from __future__ import annotations

import pytest

from quoteprov.remarks import MAX_POSTING, MAX_WORDS, Printed, group_remarks, normalise

LAVROV_001 = ("We are not happy, of course, with the proposals made by members of the Trump team to "
              "postpone Ukraine's admission to NATO for 20 years and to station British and European "
              "peacekeeping forces in Ukraine.")
LAVROV_002 = ("We are certainly not satisfied with the proposals made by representatives of the "
              "president-elect’s team to postpone Ukraine’s membership in NATO for 20 years and to deploy a "
              "peacekeeping contingent of ‘UK and European forces’ in Ukraine,")


@pytest.mark.parametrize(
    ("a", "b", "method"),
    [
        ("“We will not sign this deal.”", '"we will NOT sign  this deal"', "exact"),
        ("We will not sign this deal under any circumstances, ever.", "not sign this deal under any", "shortened"),
        ("Judging by numerous leaks, Trump is talking about freezing hostilities along the line",
         "Judging by numerous leaks ... [Trump] is talking about freezing hostilities along the line", "elided"),
        (LAVROV_001, LAVROV_002, "translation"),
    ],
    ids=["exact", "shortened", "elided", "translation"],
)
def test_variants_of_one_remark_are_grouped(a: str, b: str, method: str) -> None:
    groups = group_remarks([Printed(a, "lavrov", "TASS"), Printed(b, "lavrov", "TASS")])
    assert groups.groups == ((0, 1),)
    (link,) = groups.links
    assert link.method == method and 0 < link.similarity <= 1


@pytest.mark.parametrize(
    ("a", "b", "speakers"),
    [
        (LAVROV_001, "Judging by numerous leaks, Trump is talking about freezing hostilities", ("x", "x")),
        ("We stand with our allies.", "We stand with our allies.", ("x", "y")),
        ("not", "We will not sign this deal", ("x", None)),
        (LAVROV_001, LAVROV_002, (None, None)),
    ],
    ids=["different-remarks-same-speaker", "same-words-two-speakers", "one-word-fragment", "translation-without-speaker"],
)
def test_what_must_stay_apart(a: str, b: str, speakers: tuple[str | None, str | None]) -> None:
    groups = group_remarks([Printed(a, speakers[0]), Printed(b, speakers[1])])
    assert groups.groups == ((0,), (1,))


def test_normalise_drops_marks_case_elisions_and_insertions() -> None:
    assert normalise("“Until Jan. 20 ... Donald [Trump] has”") == ("until", "jan", "20", "donald", "has")


def test_empty_input() -> None:
    assert group_remarks([]).groups == ()


def test_groups_are_transitive_and_sorted() -> None:
    items = [Printed("We will win this war soon, said nobody", "x"), Printed("unrelated words here entirely", "y"),
             Printed("“We will win this war soon, said nobody”", "x"), Printed("win this war soon, said", "x")]
    assert group_remarks(items).groups == ((0, 2, 3), (1,))


def test_a_fragment_with_no_speaker_never_joins_two_speakers() -> None:
    # The fragment matches both people's words; either link alone is fine, both would
    # make one remark of two people's words.
    items = [
        Printed("We will never accept the terms offered at the summit in Geneva", "a"),
        Printed("never accept the terms offered at the summit", None),
        Printed("We will never accept the terms offered at the summit in Vienna", "b"),
    ]
    groups = group_remarks(items).groups
    assert not any({0, 2} <= set(g) for g in groups)
    assert any({0, 1} <= set(g) or {1, 2} <= set(g) for g in groups)


def test_a_short_quote_whose_words_a_long_one_contains_is_not_reworded() -> None:
    # Every word of the first is in the second, out of order: a token-set ratio says 100.
    items = [
        Printed("the talks were productive indeed", None),
        Printed("Indeed the talks were long, and the weather was productive for farmers", None),
    ]
    assert group_remarks(items).groups == ((0,), (1,))


def test_a_remark_relayed_by_hundreds_of_articles_is_still_one_remark() -> None:
    # More copies than MAX_POSTING: word-for-word copies are joined by hash, so the
    # shortened printing still finds the remark through the index.
    remark = "We are certainly not satisfied with the proposals made by the team"
    items = [Printed(remark, "lavrov") for _ in range(MAX_POSTING + 50)]
    items.append(Printed("not satisfied with the proposals made", "lavrov"))
    assert group_remarks(items).groups == (tuple(range(len(items))),)


def test_giant_quotes_are_grouped_by_their_first_max_words() -> None:
    # An unclosed mark can make a "quote" of a whole hostile text. Words past MAX_WORDS
    # are not compared, so two such quotes cost no more than two long remarks.
    head = " ".join(f"word{i}" for i in range(MAX_WORDS))
    items = [Printed(head + " then one ending", "x"), Printed(head + " and another ending entirely", "x")]
    groups = group_remarks(items)
    assert groups.groups == ((0, 1),)
    assert groups.links[0].method == "exact"
