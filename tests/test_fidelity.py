"""Quote fidelity: each printing of a remark against its primary wording (issue 15).

Every quote here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteprov.cli import main
from quoteprov.corpus import Article, load_articles
from quoteprov.fidelity import FIDELITY_KINDS, compare
from quoteprov.flags import fidelity_flags
from quoteprov.graph import analyze_corpus, printing_fidelity

PRIMARY = "We will not sign this treaty while 40 ships stay in Calder Bay. The talks are over for now."

# (printed wording, kind, meaning findings)
CASES = [
    # faithful printings
    (PRIMARY, "exact", ()),
    ("we will NOT sign this treaty, while 40 ships stay in Calder Bay. The talks are over for now", "exact", ()),
    ("will not sign this treaty while 40 ships stay in Calder Bay", "shortened", ()),
    ("The talks are over for now.", "shortened", ()),
    ("We will not sign this treaty … The talks are over for now.", "elided", ("joined",)),
    ("We will not sign this treaty while 40 ships stay in Calder Bay. […] The talks are over for now.", "exact", ()),
    ("We will not sign this treaty while 40 ships stay in Calder Bay. The talks are […] for now.", "elided", ()),
    ("We will not sign this [naval] treaty while 40 ships stay in Calder Bay.", "bracketed", ()),
    ("[Lorvania] will not sign this treaty while 40 ships stay in Calder Bay.", "bracketed", ()),
    # misquotes: a word swapped, a negation dropped or added, a number or a name changed,
    # words dropped in the middle without a mark
    ("We will not sign this agreement while 40 ships stay in Calder Bay. The talks are over for now.", "altered", ()),
    ("We will sign this treaty while 40 ships stay in Calder Bay. The talks are over for now.", "altered", ("negation",)),
    # "not" for "never" is a misquote, but the sentence stays negative: no negation finding
    ("We will never sign this treaty while 40 ships stay in Calder Bay. The talks are over for now.", "altered", ()),
    ("We will not sign this treaty while 40 ships stay in Calder Bay. The talks are not over for now.", "altered", ("negation",)),
    # words beyond the primary wording's ends: the printing quotes more of the answer
    ("Yes. We will not sign this treaty while 40 ships stay in Calder Bay. The talks are over for now.", "shortened", ()),
    ("We will not sign this treaty while 14 ships stay in Calder Bay. The talks are over for now.", "altered", ("number",)),
    ("We will not sign this treaty while 40 ships stay in Merrow Bay. The talks are over for now.", "altered", ("name",)),
    ("We will not sign this treaty while 40 ships stay. The talks are over for now.", "altered", ()),
    # another translation of the same words: changed throughout, numbers kept
    ("We shall not sign this accord as long as forty ships remain in Calder Bay. "
     "The negotiations are finished for the moment.", "translation", ()),
    # a "translation" that changes the number is no translation
    ("We shall not sign this accord as long as fifty ships remain in Calder Bay. "
     "The negotiations are finished for the moment.", "altered", ("number",)),
    # too few words in common to judge: another stretch of what was said, not a misquote
    ("Our fleet is the strongest it has ever been, and everyone should know it.", "different", ()),
]


@pytest.mark.parametrize(("printed", "kind", "meaning"), CASES, ids=[f"{k}-{n}" for n, (_p, k, _m) in enumerate(CASES)])
def test_kind_and_meaning(printed: str, kind: str, meaning: tuple[str, ...]) -> None:
    found = compare(PRIMARY, printed)
    assert (found.kind, found.meaning) == (kind, meaning)
    assert found.kind in FIDELITY_KINDS


@pytest.mark.parametrize(("printed", "_kind", "_meaning"), CASES)
def test_edit_offsets_are_exact(printed: str, _kind: str, _meaning: tuple[str, ...]) -> None:
    primary_text = "Prefix. " + PRIMARY
    printed_text = "“" + printed + "”"
    found = compare(PRIMARY, printed, primary_offset=8, printed_offset=1)
    for edit in found.edits:
        assert primary_text[edit.primary_start:edit.primary_end] == edit.primary
        assert printed_text[edit.printed_start:edit.printed_end] == edit.printed


def test_silent_edits_are_named_with_both_wordings() -> None:
    found = compare(PRIMARY, PRIMARY.replace("not sign", "sign"))
    assert [(e.op, e.primary, e.printed) for e in found.silent] == [("dropped", "not", "")]
    cut = compare(PRIMARY, "will not sign this treaty")
    assert [e.op for e in cut.edits] == ["cut_start", "cut_end"]
    assert cut.edits[0].primary == "We"


def test_primary_printers_brackets_are_not_the_speakers_words() -> None:
    assert compare("We will talk to them [the envoys] soon.", "We will talk to them soon.").kind == "exact"


def test_numbers_by_value() -> None:
    assert compare("Twenty ships came.", "20 ships came.").meaning == ()
    assert compare("It cost 1,500 crowns in all.", "It cost 1500 crowns in all.").kind == "exact"


def test_empty_and_hostile_wordings_do_not_crash() -> None:
    assert compare("", "").kind == "exact"
    assert compare("a", "").kind == "shortened"
    assert compare("", "new words").kind in FIDELITY_KINDS
    long = "word " * 500
    assert compare(long, long + "more").kind == "shortened"  # the printing runs on past it
    assert compare(long, long[:1000] + "more " + long[1000:]).kind == "altered"
    assert compare("…" * 300, "[" * 300 + "]" * 300).kind in FIDELITY_KINDS


def _corpus(*texts: str, primary: int | None = None, published: tuple[str | None, ...] = ()):
    articles = [
        Article(f"a{n}", text, primary=(n == primary), published=published[n] if published else None)
        for n, text in enumerate(texts)
    ]
    return analyze_corpus(articles)


def test_graph_records_the_primary_wording_and_each_printings_kind() -> None:
    c = _corpus(
        "“We will not sign this treaty while 40 ships stay in Calder Bay,” Mara Keel told the Harbour Times.",
        "“We will sign this treaty while 40 ships stay in Calder Bay,” Mara Keel told the Harbour Times.",
        "“We will not sign this treaty … in Calder Bay,” Keel said in an interview with the Harbour Times, Mara Keel said.",
        published=("2025-01-02", "2025-01-03", "2025-01-04"),
    )
    g = c.graph
    remark = next(n for n, d in g.nodes(data=True) if d.get("kind") == "remark")
    data = g.nodes[remark]
    assert data["primary_basis"] == "names_primary_outlet"
    assert data["primary_article"] == "a0"  # the earliest printing that names the outlet
    kinds = {g.nodes[q]["article"]: g.nodes[q]["fidelity"] for q, _r, k in g.in_edges(remark, keys=True) if k == "instance_of"}
    assert kinds == {"a0": "exact", "a1": "altered", "a2": "elided"}
    altered = "quote:a1:q1"
    assert fidelity_flags(g.nodes[altered]) == ["altered", "meaning"]
    full = printing_fidelity(g, altered)
    assert full is not None and full.meaning == ("negation",)
    a0 = c.analyses[0].text
    (edit,) = full.edits
    assert a0[edit.primary_start:edit.primary_end] == "not"
    # the relay edge to the primary outlet carries the least faithful printing's kind
    assert g.edges["article:a1", "outlet:harbour-times", "relays"]["fidelity"] == "altered"


def test_a_supplied_transcript_is_the_primary_wording() -> None:
    transcript = ("Question: And the treaty? Answer: We will not sign this treaty while 40 ships stay "
                  "in Calder Bay. That is all I can say today.")
    c = _corpus(
        transcript,
        "“We will sign this treaty while 40 ships stay in Calder Bay,” Mara Keel said.",
        primary=0,
    )
    g = c.graph
    (remark,) = [n for n, d in g.nodes(data=True) if d.get("kind") == "remark"]
    data = g.nodes[remark]
    assert data["primary_basis"] == "supplied"
    assert transcript[data["primary_start"]:data["primary_end"]] == data["primary_text"]
    assert data["primary_text"].startswith("We will not sign")
    assert g.nodes["quote:a1:q1"]["fidelity"] == "altered"


def test_a_remark_printed_once_has_nothing_to_compare() -> None:
    g = _corpus("“We will not sign,” Mara Keel said.").graph
    assert "fidelity" not in g.nodes["quote:a0:q1"]


def test_primary_from_metadata(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("We will not sign this treaty while 40 ships stay in Calder Bay.\n", encoding="utf-8")
    (tmp_path / "metadata.jsonl").write_text('{"id": "t", "primary": true}\n', encoding="utf-8")
    errors: list[str] = []
    (article,) = load_articles([tmp_path], errors=errors)
    assert article.primary and not errors
    (tmp_path / "metadata.jsonl").write_text('{"id": "t", "primary": "yes"}\n', encoding="utf-8")
    assert not list(load_articles([tmp_path], errors=errors)) and "primary" in errors[0]


def test_flag_command_prints_both_wordings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(
        "“We will not sign this treaty while 40 ships stay in Calder Bay,” Mara Keel told the Harbour Times.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "“We will sign this treaty while 40 ships stay in Calder Bay,” Mara Keel told the Harbour Times.\n",
        encoding="utf-8")
    (tmp_path / "metadata.jsonl").write_text(
        '{"id": "a", "published": "2025-01-01"}\n{"id": "b", "published": "2025-01-02"}\n', encoding="utf-8")
    assert main(["flag", "--reasons", "altered,meaning", "--format", "json", str(tmp_path)]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert record["reasons"] == ["altered", "meaning"]
    assert record["quote"].startswith("We will sign")
    assert record["primary"]["text"].startswith("We will not sign") and record["primary"]["article"] == "a"
    assert main(["flag", "--reasons", "altered", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "b.txt:1:1: altered wording" in out and "primary (a)" in out


@pytest.mark.parametrize(("printed", "cut"), [
    ("I was tired of people getting my life wrong.", ("cut_start", "I wrote it because")),
    ("I wrote it because I", ("cut_end", "was tired of people getting my life wrong")),
])
def test_a_cut_next_to_an_end_is_a_cut_from_that_end(printed: str, cut: tuple[str, str]) -> None:
    found = compare("I wrote it because I was tired of people getting my life wrong.", printed)
    assert found.kind == "shortened"
    assert [(e.op, e.primary) for e in found.edits] == [cut]


def test_corpus_frame_has_fidelity_columns() -> None:
    pytest.importorskip("pandas")
    c = _corpus(
        "“We will not sign this treaty while 40 ships stay in Calder Bay,” Mara Keel told the Harbour Times.",
        "“We will sign this treaty while 40 ships stay in Calder Bay,” Mara Keel told the Harbour Times.",
        "“Nothing more to say,” Ivo Brand said.",
        published=("2025-01-02", "2025-01-03", "2025-01-03"),
    )
    frame = c.to_frame()
    rows = frame[["article_id", "fidelity.kind", "fidelity.meaning", "fidelity.primary_article"]].astype(object)
    rows = rows.where(rows.notna(), None).values.tolist()
    assert rows == [["a0", "exact", None, "a0"], ["a1", "altered", "negation", "a0"], ["a2", None, None, None]]
    start, end = frame.loc[1, ["fidelity.primary_start", "fidelity.primary_end"]]
    assert c.analyses[0].text[start:end] == frame.loc[1, "fidelity.primary_text"]


def test_report_shows_each_printing_beside_the_primary_wording() -> None:
    from quoteprov.present import report_html

    c = _corpus(
        "“We will not sign this <b>treaty</b> while 40 ships stay in Calder Bay,” Mara Keel told the Harbour Times.",
        "“We will sign this <b>treaty</b> while 40 ships stay in Calder Bay,” Mara Keel told the Harbour Times.",
        published=("2025-01-02", "2025-01-03"),
    )
    page = report_html(c, reasons=["altered", "meaning"])
    section = page[page.index("<section id=\"fidelity\">"):]
    section = section[:section.index("</section>")]
    assert "<b>" not in section and "&lt;b&gt;treaty&lt;/b&gt;" in section
    assert "<del class=\"silent\" title=\"dropped\">not</del>" in section
    assert "altered without a mark" in section and "negation changed" in section
    assert "1 flagged" in page and "altered wording, meaning changed" in page
    # without the fidelity reasons the same quote is not marked
    assert "altered wording" not in report_html(c).split("<section id=\"fidelity\">")[0]


def test_no_fidelity_section_without_a_remark_printed_twice() -> None:
    from quoteprov.present import report_html

    page = report_html(_corpus("“We will not sign,” Mara Keel said."))
    assert "id=\"fidelity\"" not in page and "#fidelity" not in page


_PIECES = ["we", "will", "not", "sign", "Calder", "Bay", "40", "twenty", "…", "[…]", "[the envoys]", ".", ",",
           "“", "”", "...", "[", "]", "n't", "1,500", "the", "the"]


@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.lists(st.sampled_from(_PIECES), max_size=25),
       st.integers(0, 50), st.integers(0, 50))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_any_pair_of_wordings_gives_exact_offsets(primary: list[str], printed: list[str], po: int, qo: int) -> None:
    a, b = " ".join(primary), " ".join(printed)
    found = compare(a, b, primary_offset=qo, printed_offset=po)
    assert found.kind in FIDELITY_KINDS and 0.0 <= found.similarity <= 1.0
    for edit in found.edits:
        assert a[edit.primary_start - qo:edit.primary_end - qo] == edit.primary
        assert b[edit.printed_start - po:edit.printed_end - po] == edit.printed
    if a == b:
        assert found.kind == "exact"


def test_a_megabyte_wording_is_compared_by_its_first_words_only() -> None:
    from quoteprov.fidelity import MAX_WORDS

    long = "we will not sign " * 50_000  # what an unclosed quote mark in hostile text can make
    found = compare(long, long + "and more")
    assert found.kind == "exact" and found.edits == ()
    assert compare(long, "we will not " + long).edits[0].primary_end < len("we will not sign ") * (MAX_WORDS // 4 + 1)


def test_seeds_lavrov_remark_relayed_as_another_translation() -> None:
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    c = analyze_corpus(load_articles([seeds]))
    g = c.graph
    (remark,) = [n for n, d in g.nodes(data=True) if d.get("kind") == "remark" and "certainly not satisfied" in d["text"]]
    kinds = {g.nodes[q]["article"]: g.nodes[q]["fidelity"] for q, _r, k in g.in_edges(remark, keys=True) if k == "instance_of"}
    # The Hill's route prints another English translation of the Russian answer; the two
    # articles that quote TASS print the same words.
    assert kinds == {"001_9d08bd687a90a578": "translation", "002_5083800b47d63e8f": "exact", "003_baf3977b8bb9c7ed": "exact"}
    assert not any(g.nodes[q].get("fidelity_meaning") for q, _r, k in g.in_edges(remark, keys=True) if k == "instance_of")
