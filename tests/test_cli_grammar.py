"""One grammar for the command line: --format and -o on every command, --version, the
relay tree, and an HTML report that never floods a terminal."""

from __future__ import annotations

import io
import json
import os
import pty
from pathlib import Path

import pytest

import quoteprov
from quoteprov.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")


def run(*argv: str, stdout: object = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=stdout or out, stderr=err)  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"quoteprov {quoteprov.__version__}"


@pytest.mark.parametrize(
    ("argv", "check"),
    [
        (["extract", "--format", "json"], lambda text: len(json.loads(text)) == 5),
        (["flag", "--format", "json"], lambda text: json.loads(text.splitlines()[0])["reasons"]),
        (["graph", "--format", "json"], lambda text: json.loads(text)["directed"]),
        (["report", "--format", "html"], lambda text: text.startswith("<!DOCTYPE html>")),
        (["sources", "--format", "json"], lambda text: json.loads(text)[0]["outlet"] == "outlet:tass"),
    ],
)
def test_every_command_takes_format_and_o(tmp_path: Path, argv: list[str], check: object) -> None:
    target = tmp_path / "out"
    code, out, err = run(*argv, SEEDS, "-o", str(target))
    assert code in (0, 1) and out == "", err
    assert check(target.read_text(encoding="utf-8"))  # type: ignore[operator]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temporary file left


def test_flag_json_is_an_alias_of_format_json() -> None:
    assert run("flag", "--json", SEEDS)[1] == run("flag", "--format", "json", SEEDS)[1]


def test_a_file_that_cannot_be_written_is_one_line_and_exit_1(tmp_path: Path) -> None:
    code, out, err = run("extract", SEEDS, "-o", str(tmp_path / "no" / "such" / "dir.jsonl"))
    assert code == 1 and out == "" and "cannot write" in err and "Traceback" not in err


def _terminal_run(*argv: str) -> tuple[int, str, str]:
    leader, follower = pty.openpty()
    try:
        with os.fdopen(follower, "w", encoding="utf-8", closefd=False) as screen:
            code, _out, err = run(*argv, stdout=screen)
            screen.flush()
        os.set_blocking(leader, False)
        try:
            shown = os.read(leader, 1 << 20).decode("utf-8", "replace")
        except BlockingIOError:
            shown = ""
    finally:
        os.close(leader)
        os.close(follower)
    return code, shown, err


def test_the_report_refuses_to_flood_a_terminal() -> None:
    code, shown, err = _terminal_run("report", SEEDS)
    assert code == 2 and "<html" not in shown and "-o report.html" in err


def test_the_relay_tree_reads_the_same_on_a_terminal_and_through_a_pipe() -> None:
    code, piped, _err = run("sources", SEEDS)
    assert code == 0
    first = "TASS (interview, remarks) · Sergey Lavrov · 8 remarks, 5 articles"
    assert piped.splitlines()[0] == first
    assert "via Just The News" in piped and "via The Hill, 1 quote" in piped
    code, shown, _err = _terminal_run("sources", SEEDS)
    assert code == 0 and shown.replace("\r\n", "\n").splitlines()[0] == first


def test_a_usage_error_after_a_command_shows_that_commands_usage() -> None:
    code, out, err = run("extract", "--format", "xml", SEEDS)
    assert code == 2 and out == "" and "usage: quoteprov extract" in err and "invalid choice: 'xml'" in err


def test_every_option_has_help() -> None:
    from quoteprov.cli import _parser

    parser = _parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, command in commands.items():
        for action in command._actions:
            assert action.help, f"quoteprov {name} {action.option_strings or action.dest} has no help"
