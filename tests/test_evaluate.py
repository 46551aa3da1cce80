"""The evaluator: overlap matching, speaker and outlet scoring, gold validation."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quoteprov import GoldError
from quoteprov.evaluate import GoldArticle, GoldQuote, evaluate, load_gold, main


def _article(text: str, *quotes: GoldQuote) -> GoldArticle:
    return GoldArticle("t", text, None, quotes)


def test_perfect_match_scores_one() -> None:
    text = "“We will win,” Jane Doe told Reuters."
    gold = GoldQuote(1, 13, "We will win,", "full", "Jane Doe", "person", "Reuters", "told")
    scores = evaluate([_article(text, gold)])
    assert (scores.precision, scores.recall, scores.exact_f1) == (1.0, 1.0, 1.0)
    assert (scores.speaker_accuracy, scores.outlet_accuracy, scores.wrong_person) == (1.0, 1.0, 0)


def test_wrong_person_is_counted() -> None:
    text = "“We will win,” Jane Doe said."
    gold = GoldQuote(1, 13, "We will win,", "full", "John Roe", "person", None, None)
    scores = evaluate([_article(text, gold)])
    assert scores.speaker_accuracy == 0.0 and scores.wrong_person == 1


def test_missed_and_extra_quotes_lower_recall_and_precision() -> None:
    text = "He said “yes” and “no” twice."
    gold = GoldQuote(9, 12, "yes", "partial", None, None, None, None)
    scores = evaluate([_article(text, gold)])
    assert scores.recall == 1.0 and scores.precision == 0.5


def test_overlap_rule_needs_half_of_the_longer_span() -> None:
    text = "“We will win this war, and we will win it soon,” Jane Doe said."
    short = GoldQuote(1, 12, "We will win", "full", "Jane Doe", "person", None, None)
    scores = evaluate([_article(text, short)])
    assert scores.matched == 0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"id": "x", "text": "abc", "quotes": [{"start": 0, "end": 2, "text": "ab", "form": "weird"}]}, "form"),
        ({"id": "x", "text": "abc", "quotes": [{"start": 0, "end": 2, "text": "xx", "form": "full"}]}, "text[0:2]"),
        ({"id": "x", "text": "abc", "quotes": [{"start": 0, "end": 9, "text": "abc", "form": "full"}]}, "bad span"),
        ({"id": "x"}, "'text' or 'file'"),
    ],
    ids=["bad-form", "text-mismatch", "span-out-of-range", "no-text"],
)
def test_malformed_gold_is_refused_clearly(tmp_path: Path, line: dict[str, object], message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=re.escape(message)):
        load_gold(path)


def test_command_prints_json_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.jsonl"
    text = "“Yes,” Jane Doe said."
    path.write_text(json.dumps({"id": "a", "text": text, "quotes": [
        {"start": 1, "end": 5, "text": "Yes,", "form": "full", "speaker": "Jane Doe", "speaker_kind": "person"}
    ]}) + "\n", encoding="utf-8")
    assert main([str(path), "--errors"]) == 0
    printed = json.loads(capsys.readouterr().out.splitlines()[0])
    assert printed["recall"] == 1.0 and printed["speaker_accuracy"] == 1.0


def test_command_scores_another_engine_or_says_what_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "“Yes,” Jane Doe said.", "quotes": []}) + "\n", encoding="utf-8")
    # No stanza models here (and maybe no stanza): one line saying what to do, exit 1.
    code = main([str(path), "--engine", "stanza", "--models-dir", str(tmp_path / "no-models")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("python -m quoteprov.evaluate: ") and "stanza" in err and "Traceback" not in err


def test_command_reports_a_bad_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    assert main([str(path)]) == 1
    assert "gold.jsonl" in capsys.readouterr().err


def test_a_gold_file_cannot_make_quoteprov_read_files_outside_its_folder(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("“Private,” Ann Cole said.", encoding="utf-8")
    folder = tmp_path / "gold"
    folder.mkdir()
    gold = folder / "gold.jsonl"
    gold.write_text(json.dumps({"id": "x", "file": "../secret.txt", "quotes": []}) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match="outside"):
        load_gold(gold)
    assert [a.id for a in load_gold(gold, root=tmp_path)] == ["x"]
    assert main([str(gold)]) == 1
    assert main(["--root", str(tmp_path), str(gold)]) == 0
