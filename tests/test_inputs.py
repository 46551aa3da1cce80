"""Bad input gets a clear error or a flagged result: never a crash, never silent loss."""

from __future__ import annotations

import json

import pytest

import quoteprov
from quoteprov import DecodeError, InputTypeError


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\t"], ids=["empty", "spaces", "newlines", "tab"])
def test_empty_text_gives_an_empty_result(text: str) -> None:
    analysis = quoteprov.analyze(text)
    assert analysis.attributions == () and analysis.unattributed == ()
    assert json.loads(json.dumps(analysis.to_dict()))["quotes"] == []


@pytest.mark.parametrize("value", [None, 42, 3.5, ["a"], {"text": "a"}], ids=["none", "int", "float", "list", "dict"])
def test_non_text_is_a_type_error_that_says_what_was_expected(value: object) -> None:
    with pytest.raises(InputTypeError, match="expected the article text as str") as info:
        quoteprov.analyze(value)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)  # callers' `except TypeError` works


def test_utf8_bytes_are_decoded() -> None:
    text = "“We are not satisfied,” Sergey Lavrov told TASS."
    from_bytes = quoteprov.analyze(text.encode("utf-8"))
    assert from_bytes.to_dict() == quoteprov.analyze(text).to_dict()
    assert from_bytes.attributions[0].speaker is not None


def test_a_utf8_byte_order_mark_is_dropped_from_bytes() -> None:
    analysis = quoteprov.analyze("\ufeff“Yes,” Jane Doe said.".encode("utf-8"))
    assert analysis.document.text.startswith("“")


@pytest.mark.parametrize(
    "data",
    ["“Yes,” she said.".encode("cp1252", errors="replace"), b"\xff\xfe\x00broken", "caf\u00e9".encode("latin-1")],
    ids=["cp1252", "utf16-ish", "latin1"],
)
def test_broken_encodings_are_refused_with_a_fix(data: bytes) -> None:
    with pytest.raises(DecodeError, match=r"not valid UTF-8.*decode them yourself") as info:
        quoteprov.analyze(data)
    assert isinstance(info.value, ValueError)


def test_lone_surrogates_do_not_crash() -> None:
    text = "“Broken \udce9 text,” he said."
    analysis = quoteprov.analyze(text)
    assert analysis.attributions[0].quote.content.text == "Broken \udce9 text,"


@pytest.mark.parametrize(
    "text",
    [
        "”Stray closer at the start.",
        "A stray closer” in the middle.",
        "“Never closed and the paragraph ends here",
        '"' * 1001,
        "“" * 5000,
        "’" * 5000 + "‘",
        "''" * 3000,
        "«" * 100 + "»" * 50,
        "He said: \n\n",
        ":\n:\n:",
    ],
    ids=["stray-open-closer", "stray-closer", "unclosed", "odd-straights", "openers", "apostrophes",
         "doubled-apostrophes", "guillemets", "colon-then-nothing", "colons"],
)
def test_stray_marks_never_raise_and_spans_hold(text: str) -> None:
    analysis = quoteprov.analyze(text)
    for a in analysis.attributions:
        q = a.quote
        assert text[q.span.start : q.span.end] == q.span.text
        assert all(text[p.start : p.end] == p.text for p in q.parts)


def test_unclosed_quote_ends_at_its_paragraph_and_is_flagged() -> None:
    text = "“We will never give up, Jane Doe said\nThe next paragraph is narration."
    (a,) = quoteprov.analyze(text).attributions
    assert a.quote.content.text == "We will never give up, Jane Doe said"
    assert "unclosed" in a.quote.flags
    assert any("not closed" in w for w in quoteprov.analyze(text).warnings)


def test_many_unmatched_marks_are_handled() -> None:
    """100,000 unmatched quote marks: no quote, no crash (speed: benchmarks/bench_hostile.py)."""
    analysis = quoteprov.analyze("“" * 100_000)
    assert analysis.attributions == ()


def test_a_megabyte_of_text_is_analysed_whole() -> None:
    paragraph = "“We are not satisfied,” Sergey Lavrov told TASS. Then he left.\n"
    text = paragraph * (1_000_000 // len(paragraph))
    analysis = quoteprov.analyze(text)
    assert len(analysis.attributions) == text.count("“")
    last = analysis.attributions[-1]
    assert last.speaker is not None and last.speaker.name == "Sergey Lavrov"
    assert text[last.quote.span.start : last.quote.span.end] == last.quote.span.text


def test_warnings_are_bounded() -> None:
    analysis = quoteprov.analyze("word” " * 10_000)
    assert len(analysis.warnings) <= 51
    assert analysis.warnings[-1].startswith("… and")


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(quoteprov.QuoteprovError, match="unknown engine 'spacy'"):
        quoteprov.analyze("text", engine="spacy")  # type: ignore[arg-type]


def test_analysis_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    import quoteprov
    from quoteprov.graph import build_graph

    assert gc.isenabled()
    analysis = quoteprov.analyze("“Yes,” Jane Doe said.")
    build_graph([analysis])
    assert gc.isenabled()
    gc.disable()
    try:
        quoteprov.analyze("“Yes,” Jane Doe said.")
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_quote_holding_a_line_separator_stays_on_its_json_line(separator: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import io

    from quoteprov.cli import main

    path = tmp_path / "sep.txt"
    path.write_text(f"“The bridge will{separator}reopen,” an official said.", encoding="utf-8")
    for command in (["extract", "--format", "jsonl"], ["flag", "--format", "json"]):
        out = io.StringIO()
        main([*command, str(path)], stdout=out, stderr=io.StringIO())
        lines = out.getvalue().splitlines()  # what any line reader does
        assert len(lines) == 1, lines
        record = json.loads(lines[0])
        text = record["quotes"][0]["text"] if command[0] == "extract" else record["quote"]
        assert separator in text
