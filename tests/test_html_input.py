"""Saved web pages as input (Article.from_html, .html files in folders) and the bytes a
corpus folder may hold: binary files, other encodings, broken metadata."""

from __future__ import annotations

import codecs
import json
import shutil
import sys
from pathlib import Path

import pytest

import quoteprov
from quoteprov.corpus import (
    Article,
    CorpusError,
    MissingExtraError,
    decode_text,
    load_articles,
)

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "html"
BOILERPLATE = ("Home", "World", "Subscribe", "All rights reserved", "Cookie", "Privacy", "By Jane Reporter")


@pytest.fixture
def trafilatura() -> None:
    pytest.importorskip("trafilatura", exc_type=ImportError)


@pytest.fixture
def no_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import raises ImportError


@pytest.mark.usefixtures("trafilatura")
def test_main_text_and_metadata_without_boilerplate() -> None:
    article = Article.from_html((PAGES / "minister.html").read_bytes(), source="minister.html")
    assert article.title == "Minister rejects truce plan"
    assert (article.outlet, article.byline, article.published) == ("Example Daily", "Jane Reporter", "2024-12-30")
    assert article.url == article.id == "https://example.com/news/minister-rejects-truce-plan"
    assert article.source == "minister.html"
    assert "“We are certainly not satisfied with the proposals,” Petrov told" in article.text
    assert "Analysts said the remarks" in article.text
    for word in BOILERPLATE:
        assert word not in article.text, word


@pytest.mark.usefixtures("trafilatura")
def test_quotes_from_a_page_have_offsets_into_the_extracted_text() -> None:
    article = Article.from_html((PAGES / "minister.html").read_text(encoding="utf-8"))
    analysis = quoteprov.analyze(article.text, article_id=article.id)
    found = {a.quote.content.text: a for a in analysis.attributions}
    petrov = found["We are certainly not satisfied with the proposals,"]
    assert petrov.speaker is not None and petrov.speaker.name == "Ivan Petrov"
    assert petrov.outlet is not None and petrov.outlet.name == "TASS"
    assert found["The talks will go nowhere this year."].flags[0] == "anonymous_speaker"
    for a in analysis.attributions:
        for span in (a.quote.span, a.quote.content):
            assert article.text[span.start : span.end] == span.text


@pytest.mark.usefixtures("trafilatura")
def test_declared_charset_short_page_and_given_url_and_id() -> None:
    data = (PAGES / "press_note.html").read_bytes()
    assert b"\x93" in data  # the page really is windows-1252
    article = Article.from_html(data)
    assert article.text == "“The bridge will reopen on Friday,” city engineer Maria Lopez said."
    assert article.title == "Press note" and article.outlet is None and article.url is None
    assert article.id.startswith("html-") and article.id == Article.from_html(data).id
    named = Article.from_html(data, "https://city.example/press/1", id="note-1")
    assert (named.id, named.url) == ("note-1", "https://city.example/press/1")


@pytest.mark.usefixtures("trafilatura")
@pytest.mark.parametrize("page", ["", "<html><body><nav></nav></body></html>", "\x00\x01"], ids=["empty", "no-text", "junk"])
def test_a_page_with_no_text_is_an_error_naming_it(page: str) -> None:
    with pytest.raises(CorpusError, match=r"^x\.html: no article text found"):
        Article.from_html(page, source="x.html")


def test_bad_bytes_in_a_page_are_an_error_not_mojibake() -> None:
    with pytest.raises(CorpusError, match=r"p\.html: not UTF-8 \(byte 0x93 at offset 9\)"):
        Article.from_html(b"<p>Hello \x93world\x94</p>", source="p.html")


@pytest.mark.usefixtures("no_trafilatura")
def test_without_trafilatura_the_error_names_the_extra() -> None:
    with pytest.raises(MissingExtraError, match=r"pip install 'quoteprov\[html\]'") as info:
        Article.from_html("<p>x</p>", source="a.html")
    assert isinstance(info.value, ImportError) and isinstance(info.value, quoteprov.QuoteprovError)
    assert str(info.value).startswith("a.html: ")


@pytest.mark.usefixtures("no_trafilatura")
def test_without_trafilatura_each_page_is_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    shutil.copy(PAGES / "minister.html", tmp_path / "a.html")
    shutil.copy(PAGES / "press_note.html", tmp_path / "b.htm")
    (tmp_path / "c.txt").write_text("“Yes,” Jane Doe said.", encoding="utf-8")
    errors: list[str] = []
    assert [a.id for a in load_articles([tmp_path], errors=errors)] == ["c"]
    assert len(errors) == 2 and all("quoteprov[html]" in e and "\n" not in e for e in errors)
    assert errors[0].startswith(str(tmp_path / "a.html")) and errors[1].startswith(str(tmp_path / "b.htm"))


@pytest.mark.usefixtures("trafilatura")
def test_pages_in_a_folder_take_the_metadata_file_over_the_page(tmp_path: Path) -> None:
    shutil.copy(PAGES / "minister.html", tmp_path / "minister.html")
    shutil.copy(PAGES / "press_note.html", tmp_path / "note.HTM")
    (tmp_path / "metadata.jsonl").write_text(json.dumps({"id": "minister", "outlet": "Override Daily"}) + "\n", encoding="utf-8")
    articles = {a.id: a for a in load_articles([tmp_path])}
    assert set(articles) == {"minister", "note"}
    assert articles["minister"].outlet == "Override Daily" and articles["minister"].byline == "Jane Reporter"
    assert articles["minister"].source == str(tmp_path / "minister.html")


# ---- bytes that are not UTF-8 text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a binary file, not text (NUL byte at offset 8)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not UTF-8 (byte 0xe2 at offset 10)"),
        (b"caf\xe9", "not UTF-8 (byte 0xe9 at offset 3)"),
    ],
    ids=["png", "pdf", "latin-1"],
)
def test_binary_and_undecodable_files_are_reported(data: bytes, message: str) -> None:
    with pytest.raises(CorpusError) as info:
        decode_text(data, where="f.txt")
    assert str(info.value).startswith(f"f.txt: {message}")


@pytest.mark.parametrize("bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE], ids=["utf-8", "utf-16-le", "utf-16-be"])
def test_text_with_a_byte_order_mark_is_read(bom: bytes) -> None:
    codec = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}[bom]
    assert decode_text(bom + "“Yes,” she said.".encode(codec), where="f.txt") == "“Yes,” she said."


def test_a_folder_of_mixed_files_reports_each_bad_one_and_reads_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("“Yes,” Jane Doe said.", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")  # not an input suffix: never read
    (tmp_path / "c.jsonl").write_text('[1, 2]\n{"text": "Fine."}\n{"id": \n', encoding="utf-8")
    errors: list[str] = []
    articles = list(load_articles([tmp_path], errors=errors))
    assert sorted(a.id for a in articles) == [f"{tmp_path / 'c.jsonl'}:2", "good"]
    assert errors == [
        f"{tmp_path / 'c.jsonl'}:1: expected a JSON object, got list; skipped",
        f"{tmp_path / 'c.jsonl'}:3: not valid JSON (Expecting value at column 8); skipped",
        f"{tmp_path / 'image.txt'}: a binary file, not text (NUL byte at offset 7); skipped",
    ]


def test_metadata_that_is_not_utf8_is_reported_and_the_folder_still_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("“Yes,” Jane Doe said.", encoding="utf-8")
    (tmp_path / "metadata.jsonl").write_bytes(b'{"id": "a", "outlet": "Caf\xe9"}\n')
    errors: list[str] = []
    (article,) = load_articles([tmp_path], errors=errors)
    assert article.outlet is None
    assert len(errors) == 1 and "metadata.jsonl: not UTF-8 (byte 0xe9" in errors[0]


def test_a_folder_with_no_inputs_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    errors: list[str] = []
    assert list(load_articles([tmp_path], errors=errors)) == []
    assert errors == [f"{tmp_path}: no .txt, .jsonl, .html, .htm files in this folder"]
