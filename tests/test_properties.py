"""Properties that hold for any text: no crash, honest spans, ordered quotes, plain JSON.

Two kinds of input: arbitrary Unicode (``st.text()``), and a token soup biased towards
what the quote finder and the speaker rules look at (quote marks of every family,
newlines, colons, dashes, reporting verbs, capitalised names, pronouns).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import quoteprov
from quoteprov.engines import build_document
from quoteprov.quotes import find_quotes

# Characters the quote finder reacts to, plus words the attribution rules react to.
_MARKS = list('ab C"“”‘’\'«»„:.,\n—') + ["''", "``", "‹", "›", "‚", "…", "[", "]", "\r\n", "\t"]
_WORDS = [
    "said", "told", "added", "asked", "according to", "Lavrov", "Sergey Lavrov", "Sergei",
    "he", "she", "they", "the minister", "Foreign Minister", "a senior official", "the Kremlin",
    "NATO", "TASS", "in an interview with", "in a statement", "so-called", "the word",
    "memoir", "Dwayne", "Johnson", "won’t", "Trump’s", "the ’90s", "Reuters contributed to this report",
    "We", "It", "no", "...", " ", " ", "\n",
]
TOKENS = st.sampled_from(_MARKS + _WORDS)
#: Strings built from lists of tokens: marks, names and verbs in every order.
SOUP = st.lists(TOKENS, max_size=60).map("".join)
#: Either arbitrary text or the soup.
ANY_TEXT = st.one_of(st.text(), SOUP)

SETTINGS = settings(max_examples=200, deadline=None)


def _spans(node: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every dict in the JSON tree that has "start", "end" and "text", with where it is."""
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield path, node
        for key, value in node.items():
            yield from _spans(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _spans(value, f"{path}[{i}]")


def _is_plain_json(node: Any) -> bool:
    if node is None or isinstance(node, (bool, int, float, str)):
        return True
    if isinstance(node, list):
        return all(_is_plain_json(v) for v in node)
    if isinstance(node, dict):
        return all(isinstance(k, str) and _is_plain_json(v) for k, v in node.items())
    return False


# --- never raises -------------------------------------------------------------------


@SETTINGS
@given(st.text())
def test_analyze_never_raises_on_arbitrary_text(text: str) -> None:
    analysis = quoteprov.analyze(text)
    analysis.to_dict()


@SETTINGS
@given(SOUP)
def test_analyze_never_raises_on_quote_mark_soup(text: str) -> None:
    analysis = quoteprov.analyze(text)
    analysis.to_dict()
    assert analysis.unattributed == tuple(
        a for a in analysis.attributions if {"no_speaker", "anonymous_speaker", "no_outlet"} & set(a.flags)
    )


@SETTINGS
@given(ANY_TEXT)
def test_build_document_and_find_quotes_never_raise(text: str) -> None:
    document = build_document(text)
    assert document.text == text
    scan = find_quotes(document)
    for quote in scan.quotes:
        assert quote.form in ("full", "partial", "block")
    for non_quote in scan.non_quotes:
        assert non_quote.reason in ("title", "nickname", "scare", "term")


# --- spans ---------------------------------------------------------------------------


@SETTINGS
@given(ANY_TEXT)
def test_every_span_in_the_json_slices_the_text(text: str) -> None:
    out = quoteprov.analyze(text).to_dict()
    assert out["article"]["length"] == len(text)
    for path, span in _spans(out):
        assert isinstance(span["start"], int) and isinstance(span["end"], int), path
        assert 0 <= span["start"] <= span["end"] <= len(text), path
        assert text[span["start"] : span["end"]] == span["text"], path


@SETTINGS
@given(ANY_TEXT)
def test_document_spans_slice_the_text(text: str) -> None:
    document = build_document(text)
    spans = [p.span for p in document.paragraphs] + [s.span for s in document.sentences]
    spans += [m.span for m in document.mentions]
    for span in spans:
        assert text[span.start : span.end] == span.text
    starts = [p.span.start for p in document.paragraphs]
    assert starts == sorted(starts)
    for sentence in document.sentences:
        para = document.paragraphs[sentence.paragraph].span
        assert para.start <= sentence.span.start <= sentence.span.end <= para.end


# --- quotes: order, nesting of parts, content ---------------------------------------------


def _check_quotes(text: str, quotes: tuple[quoteprov.Quote, ...]) -> None:
    starts = [q.span.start for q in quotes]
    assert starts == sorted(starts)
    for earlier, later in itertools.pairwise(quotes):
        assert earlier.span.end <= later.span.start, (earlier.span, later.span)
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.span.text
        assert quote.parts, quote
        for part in quote.parts:
            assert quote.span.start <= part.start <= part.end <= quote.span.end
            assert text[part.start : part.end] == part.text
        for inner in quote.nested:
            assert quote.span.start <= inner.start <= inner.end <= quote.span.end
        first, last = quote.parts[0], quote.parts[-1]
        assert quote.content.start == first.start and quote.content.end == last.end
        assert quote.content.text == text[first.start : last.end]


@SETTINGS
@given(ANY_TEXT)
def test_find_quotes_are_sorted_disjoint_and_hold_their_parts(text: str) -> None:
    _check_quotes(text, find_quotes(build_document(text)).quotes)


@SETTINGS
@given(ANY_TEXT)
def test_analysis_quotes_are_sorted_disjoint_and_hold_their_parts(text: str) -> None:
    analysis = quoteprov.analyze(text)
    _check_quotes(text, analysis.quotes)
    # Nothing is both a quote and a non-quote.
    quote_spans = {(q.span.start, q.span.end) for q in analysis.quotes}
    assert not quote_spans & {(n.span.start, n.span.end) for n in analysis.non_quotes}


# --- JSON ---------------------------------------------------------------------------


@SETTINGS
@given(ANY_TEXT)
def test_to_dict_is_plain_json_and_round_trips(text: str) -> None:
    out = quoteprov.analyze(text).to_dict()
    assert _is_plain_json(out)
    assert json.loads(json.dumps(out)) == out


@SETTINGS
@given(ANY_TEXT)
def test_utf8_bytes_give_the_same_analysis_as_str(text: str) -> None:
    assume(not any(0xD800 <= ord(c) <= 0xDFFF for c in text))
    # A byte-order mark at the start of bytes is dropped on purpose (see coerce_text).
    assume(not text.startswith("\ufeff"))
    assert quoteprov.analyze(text.encode("utf-8")).to_dict() == quoteprov.analyze(text).to_dict()
