"""The command line: `quoteprov extract` and `quoteprov flag`, called through main(argv)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quoteprov.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        old = sys.stdin
        sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(argv), stdout=out, stderr=err)
    finally:
        if stdin is not None:
            sys.stdin = old
    return code, out.getvalue(), err.getvalue()


def test_extract_seeds_gives_one_json_object_per_article() -> None:
    code, out, err = run("extract", str(ROOT / "seeds"))
    assert code == 0, err
    objects = [json.loads(line) for line in out.splitlines()]
    assert len(objects) == 5
    assert all(o["schema"] == "quoteprov.analysis/2" for o in objects)
    assert all(o["article"]["source"].endswith(".txt") for o in objects)
    texts = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    for o in objects:
        text = texts[Path(o["article"]["source"]).name]
        for q in o["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
            assert text[q["content"]["start"] : q["content"]["end"]] == q["content"]["text"]


def test_extract_json_format_is_one_array() -> None:
    code, out, _ = run("extract", "--format", "json", str(ROOT / "seeds" / "003_baf3977b8bb9c7ed.txt"))
    assert code == 0
    (article,) = json.loads(out)
    lavrov = [q for q in article["quotes"] if q["speaker"] and q["speaker"]["name"] == "Sergey Lavrov"]
    assert len(lavrov) == 4 and {q["outlet"]["name"] for q in lavrov} == {"TASS"}


def test_extract_reads_stdin() -> None:
    code, out, _ = run("extract", "-", stdin="“Yes,” Jane Doe told Reuters.")
    assert code == 0
    (quote,) = json.loads(out)["quotes"]
    assert quote["speaker"]["name"] == "Jane Doe" and quote["outlet"]["name"] == "Reuters"


def test_flag_lines_are_grep_friendly_and_exit_1(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Intro line.\n“We will see,” a senior official said.\n“Fine,” Jane Doe told Reuters.\n", encoding="utf-8")
    code, out, _ = run("flag", str(draft))
    assert code == 1
    (line,) = out.splitlines()
    assert line == f"{draft}:2:1: anonymous speaker, no outlet named: “We will see,”"


def test_flag_exits_0_when_nothing_is_flagged(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("“Fine,” Jane Doe told Reuters.\n", encoding="utf-8")
    assert run("flag", str(draft)) == (0, "", "")


def test_flag_reasons_and_json(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("“Fine,” Jane Doe said.\n“Fine,” a source said.\n", encoding="utf-8")
    assert run("flag", "--reasons", "no_speaker", str(draft))[0] == 0
    code, out, _ = run("flag", "--json", str(draft))
    assert code == 1 and [json.loads(line)["reasons"] for line in out.splitlines()] == [["anonymous_speaker", "no_outlet"]]
    code, out, _ = run("flag", "--json", "--reasons", "no_channel", str(draft))
    assert code == 1 and [json.loads(line)["reasons"] for line in out.splitlines()] == [["no_channel"]]


def test_flag_unknown_reason_is_a_usage_error(tmp_path: Path) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("x", encoding="utf-8")
    code, _, err = run("flag", "--reasons", "bogus", str(draft))
    assert code == 2 and "bogus" in err


def test_unreadable_input_is_reported_and_the_run_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("“Yes,” Jane Doe told Reuters.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x93Yes,\x94 she said.")
    code, out, err = run("extract", str(tmp_path), str(tmp_path / "missing.txt"))
    assert code == 1
    assert len(out.splitlines()) == 1
    assert "bad.txt: not UTF-8" in err and "missing.txt: no such file" in err


def test_missing_command_is_a_usage_error() -> None:
    code, _, _ = run()
    assert code == 2


def test_python_dash_m_runs_the_command() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quoteprov", "extract", "-"],
        input="“Yes,” Jane Doe said.", capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["quotes"][0]["speaker"]["name"] == "Jane Doe"


@pytest.mark.parametrize("command", ["extract", "flag", "graph", "report"])
def test_help_says_what_it_does_with_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"usage: quoteprov {command} ")
    examples = shown.split("\nexamples:\n", 1)[1].splitlines()
    assert len(examples) >= 2 and all(f"quoteprov {command} " in line for line in examples)


def test_invalid_bytes_on_stdin_are_reported_not_a_crash() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quoteprov", "extract", "-"],
        input=b"\x93Yes,\x94 she said.", capture_output=True, check=False,
    )
    assert proc.returncode == 1
    assert b"<stdin>: not UTF-8 (byte 0x93 at offset 0); skipped" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_an_internal_error_skips_one_file_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quoteprov import analysis

    real = analysis.analyze_article

    def flaky(article, **kwargs: object):  # type: ignore[no-untyped-def]
        if "boom" in article.text:
            raise RuntimeError("boom")
        return real(article, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(analysis, "analyze_article", flaky)
    (tmp_path / "a.txt").write_text("boom", encoding="utf-8")
    (tmp_path / "b.txt").write_text("“Yes,” Jane Doe said.", encoding="utf-8")
    code, out, err = run("extract", str(tmp_path))
    assert code == 1 and len(out.splitlines()) == 1
    assert "a.txt: internal error (RuntimeError: boom); skipped" in err


def test_graph_json_on_the_seeds(tmp_path: Path) -> None:
    code, out, err = run("graph", str(ROOT / "seeds"))
    assert code == 0, err
    data = json.loads(out)
    ids = {n["id"] for n in data["nodes"]}
    assert {"outlet:tass", "speaker:sergey-lavrov", "outlet:news-guide"} <= ids
    assert data["graph"]["edge_direction"].startswith("derived -> source")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_gephi_formats_need_an_output_file(tmp_path: Path, fmt: str) -> None:
    code, _, err = run("graph", "--format", fmt, str(ROOT / "seeds"))
    assert code == 2 and "-o FILE" in err
    target = tmp_path / f"seeds.{fmt}"
    assert run("graph", "--format", fmt, "-o", str(target), str(ROOT / "seeds"))[0] == 0
    assert target.read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_extract_reads_jsonl_corpora_and_metadata(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x1", "text": "“Yes,” Jane Doe said.", "outlet": "Example Daily"}) + "\n", encoding="utf-8")
    code, out, _ = run("extract", str(corpus))
    assert code == 0
    article = json.loads(out)["article"]
    assert (article["id"], article["outlet"]) == ("x1", "Example Daily")
