"""French typography: guillemets set off by a space (often a no-break one) are a quote,
not two stray marks."""

from __future__ import annotations

import pytest

import quoteprov


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_spaced_guillemets_are_a_quote(space: str) -> None:
    text = f"«{space}Nous gagnerons{space}», a déclaré Jean Dupont. «{space}We will win{space}», Ann Cole said."
    analysis = quoteprov.analyze(text)
    assert [a.quote.span.text for a in analysis.attributions] == [
        f"«{space}Nous gagnerons{space}»", f"«{space}We will win{space}»"
    ]
    assert analysis.attributions[1].speaker is not None and analysis.attributions[1].speaker.name == "Ann Cole"
    assert analysis.warnings == ()
    for a in analysis.attributions:
        assert text[a.quote.span.start : a.quote.span.end] == a.quote.span.text
