"""tokenize() runs the stdlib engine on text below U+3000 and the ``regex`` engine on the
rest: both must cut every text the same way (the \\p{…} classes and \\s of ``regex`` are
spelt out for the stdlib engine, whose own \\s is wider: it takes U+001C as a space)."""

from __future__ import annotations

import pytest

from quoteprov.attribution import clauses

CASES = [
    # (text, why it is here)
    ("Ann Cole said", "plain words"),
    ("Cole\x1csaid", "U+001C: a space for the stdlib engine, a mark for regex"),
    ("Cole\u2003said it’s Dan Price’s", "an em space and possessives"),
    ("cafe\u0301 na\u0303o", "combining marks inside words"),
    ("ΟΔΟΣ ٣ x+ U.S. won’t", "Greek, an Arabic digit, a plus, dots and an apostrophe"),
    ("Cole said\u3000yes", "an ideographic space: the regex engine"),
    ("東京 said", "ideographs: the regex engine"),
    ("", "nothing"),
]


@pytest.mark.parametrize(("text", "why"), CASES)
def test_both_engines_cut_alike(text: str, why: str) -> None:
    plain = [(m.group(), m.start(), m.end()) for m in clauses._TOKEN.finditer(text)]
    assert [(t.text, t.start, t.end) for t in clauses.tokenize(text, 0, len(text))] == plain, why
    if max(text, default="") < clauses._FAST_BELOW:
        fast = [(m.group(), m.start(), m.end()) for m in clauses._fast_token().finditer(text)]
        assert fast == plain, why


def test_the_stdlib_space_is_not_used() -> None:
    """The positive case for spelling \\s out: the stdlib's own \\s would drop U+001C."""
    assert [t.text for t in clauses.tokenize("a\x1cb", 0, 3)] == ["a", "\x1c", "b"]
