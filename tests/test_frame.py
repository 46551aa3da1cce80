"""Analysis.to_frame and to_frame: one pandas row per quote, columns named as in the JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteprov
from quoteprov.analysis import FRAME_COLUMNS, to_frame
from quoteprov.errors import MissingExtraError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
# Arbitrary text, or a soup of marks and attribution words so that quotes are found.
_TOKENS = list('ab “”"‘’«»:.,\n') + [" said ", " told TASS", "Sergey Lavrov", " he", " a senior official", "We"]
ANY_TEXT = st.one_of(st.text(), st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join))


def _analyses() -> list[quoteprov.Analysis]:
    return [quoteprov.analyze(p.read_text(encoding="utf-8"), article_id=p.stem) for p in SEEDS]


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` raise ImportError
    analysis = quoteprov.analyze("“Yes,” Jane Doe said.")
    with pytest.raises(MissingExtraError, match=r"quoteprov\[pandas\]") as caught:
        analysis.to_frame()
    assert isinstance(caught.value, ImportError)
    assert isinstance(caught.value, quoteprov.QuoteprovError)


def test_one_row_per_quote_with_the_documented_columns_and_dtypes() -> None:
    pytest.importorskip("pandas")
    for analysis in _analyses():
        df = analysis.to_frame()
        assert list(df.columns) == list(FRAME_COLUMNS)
        assert {c: str(t) for c, t in df.dtypes.items()} == FRAME_COLUMNS
        assert len(df) == len(analysis.attributions)
        assert df["id"].tolist() == [f"q{n}" for n in range(1, len(df) + 1)]
        assert set(df["article_id"]) <= {analysis.article.id}


def test_offsets_index_the_text() -> None:
    pytest.importorskip("pandas")
    for analysis in _analyses():
        text = analysis.document.text
        df = analysis.to_frame()
        for start, end, quoted in zip(df["start"], df["end"], df["text"]):
            assert text[start:end] == quoted
        for prefix in ("content", "mention", "cue", "outlet.evidence"):
            rows = df[df[f"{prefix}.start"].notna()]
            assert len(rows) > 0 or prefix == "outlet.evidence", prefix
            for start, end, spanned in zip(rows[f"{prefix}.start"], rows[f"{prefix}.end"], rows[f"{prefix}.text"]):
                assert text[int(start):int(end)] == spanned, prefix


def test_values_match_the_json_as_json_normalize_reads_it() -> None:
    """Every column the JSON has holds the JSON's value (missing ones are <NA>)."""
    pd = pytest.importorskip("pandas")
    for analysis in _analyses():
        df = analysis.to_frame()
        data = analysis.to_dict()
        normal = pd.json_normalize(data["quotes"])
        for column in FRAME_COLUMNS:
            if column in ("article_id", "flags", "unattributed"):
                continue
            for ours, theirs in zip(df[column], normal.get(column, [None] * len(df))):
                if pd.isna(ours):
                    assert theirs is None or pd.isna(theirs), column
                else:
                    assert ours == theirs, column
        assert df["flags"].tolist() == [",".join(q["flags"]) for q in data["quotes"]]
        assert df.loc[df["unattributed"], "id"].tolist() == data["unattributed"]


def test_a_missing_speaker_or_outlet_is_na() -> None:
    pd = pytest.importorskip("pandas")
    df = quoteprov.analyze("The bill was called “a disaster for farmers.” Nobody disagreed.").to_frame()
    assert len(df) == 1
    row = df.iloc[0]
    assert pd.isna(row["speaker.name"]) and pd.isna(row["mention.start"]) and pd.isna(row["outlet.name"])
    assert row["flags"] == "no_speaker,no_outlet"
    assert bool(row["unattributed"]) is True
    assert pd.isna(row["article_id"])


def test_empty_analysis_gives_an_empty_frame_with_every_column() -> None:
    pytest.importorskip("pandas")
    df = quoteprov.analyze("").to_frame()
    assert df.empty
    assert list(df.columns) == list(FRAME_COLUMNS)
    assert {c: str(t) for c, t in df.dtypes.items()} == FRAME_COLUMNS
    assert to_frame([]).columns.tolist() == list(FRAME_COLUMNS)


def test_corpus_table_concatenates_articles_in_order() -> None:
    pytest.importorskip("pandas")
    analyses = _analyses()
    df = to_frame(analyses)
    assert len(df) == sum(len(a.attributions) for a in analyses) == 43
    assert (df["form"] == "mixed").sum() == 9  # the clauses around partial quotes: rows of their own
    assert df["article_id"].tolist() == [a.article.id for a in analyses for _ in a.attributions]
    counts = df.groupby("article_id")["unattributed"].sum().to_dict()
    assert counts == {a.article.id: len(a.unattributed) for a in analyses}
    lavrov = df[(df["speaker.name"] == "Sergey Lavrov") & (df["outlet.name"] == "TASS")]
    assert set(lavrov["outlet.relation"]) >= {"interview", "remarks"}


@given(ANY_TEXT)
@settings(max_examples=100, deadline=None)
def test_any_text_gives_one_row_per_quote_with_honest_offsets(text: str) -> None:
    pytest.importorskip("pandas")
    analysis = quoteprov.analyze(text)
    df = analysis.to_frame()
    assert list(df.columns) == list(FRAME_COLUMNS)
    assert len(df) == len(analysis.attributions)
    for start, end, quoted in zip(df["start"], df["end"], df["text"]):
        assert text[start:end] == quoted
