"""Real-news outlet provenance: a channel stated once and the quotes it reaches, with
invented sentences — whose cue it is, what a programme or an occasion names, an outlet in
its own voice."""

from __future__ import annotations

import pytest

import quoteprov


def outlets(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.outlet.name, a.outlet.relation, a.outlet_rule) if a.outlet else (None, None, None)
            for a in quoteprov.analyze(text).attributions]


@pytest.mark.parametrize(("text", "expected"), [
    # the cue is the verb of the clause before it: Cole's, not that of Price, named in what she said
    ("Ann Cole: ‘The plan is fair game.’\n\n“The plan is fair game,” Cole told “Morning Forum,” reminding the hosts "
     "that Dan Price has said the plan would fail.",
     ("Morning Forum", "told", "same_speaker_later")),
    ("Ann Cole: ‘The plan is fair game.’\n\n“The plan is fair game,” Cole told the Riverton Gazette, adding that "
     "Dan Price had said it would fail.",
     ("Riverton Gazette", "told", "same_speaker_later")),
    # a cue after a clause that opens the sentence about someone else: the cue's own subject
    ("Ann Cole: ‘The plan is fair game.’\n\nNot long after Cole spoke, Harbour TV’s Dan Price asked the mayor about "
     "the plan.",
     (None, None, None)),
], ids=["told-a-programme", "told-a-paper", "another-clause-opens"])
def test_a_cue_is_the_clause_whose_verb_it_opens(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert outlets(text)[0] == expected
