"""A non-quote context pattern anchored to the close of the text before a quote is searched
only when that text's last letters can end one of its phrases (nonquotes._last_word): the
gate must let through every text the pattern matches, and may turn away the others."""

from __future__ import annotations

import pytest

from quoteprov.lexicon import Lexicon
from quoteprov.quotes import nonquotes


def _patterns() -> list[tuple[str, object]]:
    ctx = nonquotes._contexts(Lexicon.default())
    return [("scare", ctx.scare), ("nicknamed", ctx.nicknamed), ("term", ctx.term), ("work", ctx.work),
            ("programme", ctx.programme), ("programme", nonquotes._OUTLETS_PROGRAMME),
            ("called", nonquotes._CALLED_NAME)]


@pytest.mark.parametrize(
    ("before", "matched"),
    [
        ("what she called the so-called ", "scare"), ("Dan Price, the self-styled ", "scare"),
        ("so-called experts ", None),
        ("known to fans as ", "nicknamed"), ("the mayor, dubbed ", "nicknamed"),
        ("she used the word ", "term"), ("the phrase, ", "term"), ("i.e. ", "term"), ("literally ", "term"),
        ("her memoir ", "work"), ("his op-ed, ", "work"), ("the campaign ad ", "work"),
        ("Cole told ", "programme"), ("she said on Harbour TV’s ", "programme"), ("on KXYZ's ", "programme"),
        ("a play called ", "called"), ("a Riverton band named ", "called"),
        ("the words were ", None), ("she told them ", None), ("", None), ("... — ", None),
    ],
)
def test_gate_lets_through_every_match(before: str, matched: str | None) -> None:
    ctx = nonquotes._contexts(Lexicon.default())
    last = nonquotes._last_word(before)
    found = set()
    for name, pattern in _patterns():
        hit = bool(pattern.search(before))  # type: ignore[attr-defined]
        if hit:
            found.add(name)
            assert last is None or last in ctx.ends[name], (name, before)
    assert found == ({matched} if matched else set())


@pytest.mark.parametrize(
    ("before", "last"),
    [("the so-called ", "called"), ("i.e. ", "e"), ("Harbour TV’s ", "s"), ("12 — ", ""),
     ("the ſo-called ", None), ("İstanbul’s ", None)],
)
def test_last_word(before: str, last: str | None) -> None:
    assert nonquotes._last_word(before) == last
