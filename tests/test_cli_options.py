"""Options every analysing command shares: a lexicon folder, sieves switched off, a size limit."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import quoteprov
from quoteprov.cli import main

STORY = "“We will win,” Jane Doe told Harbour Weekly.\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def outlet(stdout: str) -> dict | None:
    (quote,) = json.loads(stdout)["quotes"]
    return quote["outlet"]


def test_a_lexicon_folder_extends_the_outlets(story: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "outlets.tsv").write_text("Harbour Weekly\tnewspaper\n", encoding="utf-8")
    code, plain, _ = run("extract", str(story))
    assert code == 0 and outlet(plain)["kind"] is None
    code, mine, _ = run("extract", str(story), "--lexicon", str(folder))
    assert code == 0 and outlet(mine)["kind"] == "newspaper"


def test_a_misspelt_lexicon_file_is_a_usage_error(story: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "outlet.tsv").write_text("Harbour Weekly\tnewspaper\n", encoding="utf-8")
    code, out, err = run("extract", str(story), "--lexicon", str(folder))
    assert code == 2 and out == "" and "outlet.tsv" in err


def test_disable_switches_a_cue_off_and_names_the_unknown(story: Path) -> None:
    code, out, _ = run("extract", str(story), "--disable", "told")
    assert code == 0 and outlet(out) is None
    code, out, err = run("flag", str(story), "--disable", "told,no_such_sieve")
    assert code == 2 and out == "" and "no_such_sieve" in err


def test_an_article_over_the_limit_is_skipped_with_a_reason(tmp_path: Path, story: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(STORY * 10, encoding="utf-8")
    code, out, err = run("extract", str(tmp_path), "--max-chars", "100")
    assert code == 1
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["story"]
    assert "big.txt" in err and "over the limit of 100" in err and "--max-chars 0" in err
    code, out, _ = run("extract", str(tmp_path), "--max-chars", "0")
    assert code == 0 and len(out.splitlines()) == 2


def test_the_python_limit_is_an_error_that_says_what_to_do() -> None:
    with pytest.raises(quoteprov.TextTooLongError, match="max_chars=None"):
        quoteprov.analyze("x" * 11, max_chars=10)
    assert quoteprov.analyze("“Yes,” he said. " * 10, max_chars=None).attributions
