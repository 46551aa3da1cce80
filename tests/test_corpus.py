"""Reading corpora: folders of .txt with a metadata file, JSON Lines, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteprov.corpus import Article, CorpusError, load_articles

ROOT = Path(__file__).resolve().parent.parent


def test_seed_metadata_says_what_the_texts_show() -> None:
    articles = {a.id[:3]: a for a in load_articles([ROOT / "seeds"])}
    assert sorted(articles) == ["000", "001", "002", "003", "004"]
    assert articles["002"].outlet == "News Guide"
    assert articles["003"].byline == "Adam Morrow" and articles["003"].outlet is None
    assert articles["004"].outlet == "Defence Talks"
    assert articles["000"].outlet is None and articles["001"].outlet is None
    assert all(a.source and a.source.endswith(".txt") for a in articles.values())


def test_jsonl_corpus_one_article_a_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    rows = [{"id": "a", "text": "“Yes,” Jane Doe said.", "outlet": "Example Daily", "published": "2025-01-01"},
            {"id": "b", "text": "No quotes here."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    articles = list(load_articles([path]))
    assert [a.id for a in articles] == ["a", "b"]
    assert articles[0] == Article("a", rows[0]["text"], outlet="Example Daily", published="2025-01-01", source=f"{path}:1")


def test_bad_lines_and_files_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x93nope\x94")
    (tmp_path / "c.jsonl").write_text('{"id": "x"}\nnot json\n', encoding="utf-8")
    errors: list[str] = []
    articles = list(load_articles([tmp_path, tmp_path / "missing"], errors=errors))
    assert [a.id for a in articles] == ["good"]
    assert len(errors) == 4 and any("bad.txt: not UTF-8" in e for e in errors)
    assert any("needs a 'text'" in e for e in errors) and any("missing: no such file" in e for e in errors)


def test_without_an_error_list_a_bad_input_raises(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file"):
        list(load_articles([tmp_path / "missing"]))


def test_a_broken_metadata_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "metadata.json").write_text("{oops", encoding="utf-8")
    with pytest.raises(CorpusError, match="metadata.json: not valid JSON"):
        list(load_articles([tmp_path]))
