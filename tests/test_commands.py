"""Every subcommand against the issue's list: inputs (folders, .html, stdin, binary and
undecodable files), exit codes, the progress line, and failures that must not be tracebacks."""

from __future__ import annotations

import io
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quoteprov.cli import commands, terminal
from quoteprov.cli import main
from quoteprov.corpus import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")
PAGES = ROOT / "tests" / "data" / "html"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, stdin: str | None = None, stderr: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), stderr if stderr is not None else io.StringIO()
    old = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(argv), stdout=out, stderr=err)
    finally:
        sys.stdin = old
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def drafts(tmp_path: Path) -> dict[str, Path]:
    """A clean draft, a draft with an anonymous quote, and an unreadable file."""
    clean = tmp_path / "clean.txt"
    clean.write_text("“Fine,” Jane Doe told Reuters.\n", encoding="utf-8")
    anonymous = tmp_path / "anonymous.txt"
    anonymous.write_text("“We will see,” a senior official said.\n", encoding="utf-8")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return {"clean": clean, "anonymous": anonymous, "binary": binary, "dir": tmp_path}


# ---- exit codes, each command


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["extract", "{clean}"], 0),
        (["extract", "{clean}", "{binary}"], 1),
        (["extract", "--format", "xml", "{clean}"], 2),
        (["extract"], 2),
        (["flag", "{clean}"], 0),
        (["flag", "{anonymous}"], 1),
        (["flag", "--reasons", "no_speaker", "{anonymous}"], 0),
        (["flag", "--reasons", "anonymous_speaker", "{anonymous}"], 1),
        (["flag", "{clean}", "{binary}"], 2),  # flag's 1 is "flagged": an input error is 2
        (["flag", "{anonymous}", "{binary}"], 2),
        (["flag", "-o", "{dir}/no/such/folder/f.txt", "{clean}"], 2),
        (["flag", "--reasons", "nope", "{clean}"], 2),
        (["flag", "--reasons", ",", "{clean}"], 2),
        (["graph", "{clean}"], 0),
        (["graph", "{clean}", "{binary}"], 1),
        (["graph", "--format", "gexf", "{clean}"], 2),
        (["report", "{anonymous}"], 0),
        (["report", "{anonymous}", "{binary}"], 1),
        (["report", "--reasons", "nope", "{clean}"], 2),
        (["report", "-o", "{dir}/no/such/folder/r.html", "{clean}"], 1),
        (["graph", "--format", "html", "-o", "{dir}/no/such/folder/g.html", "{clean}"], 1),
        (["bogus"], 2),
    ],
)
def test_exit_codes(drafts: dict[str, Path], argv: list[str], code: int) -> None:
    args = [a.format(**drafts) for a in argv]
    got, _out, err = run(*args)
    assert got == code, err
    assert "Traceback" not in err
    if code == 1 and any("binary" in a for a in argv):
        assert f"{drafts['binary']}: a binary file, not text" in err
    if "no/such/folder" in " ".join(args):
        assert "cannot write" in err and "No such file or directory" in err


def test_usage_errors_stop_before_any_input_is_read(drafts: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("inputs were read")

    monkeypatch.setattr(commands, "load_articles", fail)
    assert run("graph", "--format", "graphml", str(drafts["clean"]))[0] == 2
    assert run("report", "--reasons", "nope", str(drafts["clean"]))[0] == 2
    assert run("flag", "--reasons", "nope", str(drafts["clean"]))[0] == 2


def test_errors_are_one_line_each_and_the_run_goes_on(drafts: dict[str, Path]) -> None:
    bad = drafts["dir"] / "latin1.txt"
    bad.write_bytes("“Café,” Jean Dupont told Le Monde.".encode().replace("é".encode(), b"\xe9"))
    code, out, err = run("flag", str(drafts["dir"]), str(drafts["dir"] / "missing.txt"))
    assert code == 2  # some input failed (1 would say only that something is flagged)
    assert out.count("\n") == 1 and "anonymous.txt:1:1: anonymous speaker, no outlet named" in out
    lines = err.splitlines()
    assert len(lines) == 3, err
    # A missing path is found when the inputs are listed, before any file is read.
    assert lines[0] == f"quoteprov flag: {drafts['dir'] / 'missing.txt'}: no such file or folder"
    assert lines[1] == f"quoteprov flag: {bad}: not UTF-8 (byte 0xe9 at offset 6); skipped — convert it to UTF-8 (e.g. iconv -f cp1252 -t utf-8)"
    assert lines[2].startswith(f"quoteprov flag: {drafts['binary']}: a binary file, not text (NUL byte at offset 8)")


def test_an_explicit_binary_file_of_any_suffix_is_reported(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    code, out, err = run("extract", str(photo))
    assert (code, out) == (1, "")
    assert err == f"quoteprov extract: {photo}: a binary file, not text (NUL byte at offset 4); skipped\n"


# ---- HTML in


def test_saved_pages_on_the_command_line_and_in_folders(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura", exc_type=ImportError)
    shutil.copy(PAGES / "minister.html", tmp_path / "minister.html")
    (tmp_path / "sub").mkdir()
    shutil.copy(PAGES / "press_note.html", tmp_path / "sub" / "note.htm")
    code, out, err = run("extract", str(tmp_path))
    assert code == 0, err
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["article"]["id"] for r in results] == ["minister", "note"]
    minister = results[0]
    assert minister["article"]["outlet"] == "Example Daily" and minister["article"]["title"] == "Minister rejects truce plan"
    # Offsets are into the text extracted from the page (Article.from_html(...).text).
    text = Article.from_html((PAGES / "minister.html").read_bytes()).text
    assert minister["article"]["length"] == len(text)
    for q in minister["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
    code, out, _ = run("flag", str(PAGES / "minister.html"))  # line and column in the extracted text
    assert (code, out) == (1, f"{PAGES / 'minister.html'}:4:62: anonymous speaker, no outlet named: “The talks will go nowhere this year.”\n")
    assert text.splitlines()[3][61:].startswith("“The talks")


def test_html_on_stdin_is_read_as_a_page() -> None:
    pytest.importorskip("trafilatura", exc_type=ImportError)
    page = (PAGES / "minister.html").read_text(encoding="utf-8")
    code, out, err = run("extract", "-", stdin="\n  " + page)
    assert code == 0, err
    result = json.loads(out)
    assert result["article"]["outlet"] == "Example Daily"
    assert "Subscribe" not in json.dumps(result)


def test_without_trafilatura_each_page_gets_one_line_naming_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    shutil.copy(PAGES / "minister.html", tmp_path / "a.html")
    shutil.copy(PAGES / "press_note.html", tmp_path / "b.html")
    (tmp_path / "c.txt").write_text("“Fine,” Jane Doe told Reuters.", encoding="utf-8")
    code, out, err = run("extract", str(tmp_path))
    assert code == 1 and len(out.splitlines()) == 1
    lines = err.splitlines()
    assert len(lines) == 2
    for line, name in zip(lines, ("a.html", "b.html"), strict=True):
        assert line.startswith(f"quoteprov extract: {tmp_path / name}: reading HTML needs trafilatura")
        assert line.endswith("pip install 'quoteprov[html]'")


# ---- report


def test_report_writes_one_page(tmp_path: Path, drafts: dict[str, Path]) -> None:
    target = tmp_path / "r.html"
    code, out, err = run("report", "--title", "Desk <review>", "-o", str(target), str(drafts["anonymous"]), str(drafts["clean"]))
    assert (code, out, err) == (0, "", "")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<title>Desk &lt;review&gt;</title>" in page
    assert page.count('<article id="article-') == 2
    assert page.count('class="q ') == 2 and page.count(" flagged\"") == 1
    code, out, _ = run("report", "--reasons", "no_speaker", str(drafts["anonymous"]))
    assert code == 0 and " flagged\"" not in out and "<sup class=\"flag\">" not in out


# ---- progress


def test_progress_is_drawn_on_a_terminal_and_cleared(drafts: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terminal._Progress, "DELAY", 0.0)
    monkeypatch.setattr(terminal.time, "monotonic", _clock())
    err = _Terminal()
    code, out, shown = run("extract", str(drafts["clean"]), str(drafts["anonymous"]), stderr=err)
    assert code == 0 and len(out.splitlines()) == 2
    assert "\rquoteprov extract " in shown and "/2 files [" in shown and " articles · " in shown
    assert "file/s]" in shown or "s/file]" in shown  # the rate (tqdm), and the time left before it
    assert "<" in shown.split("files [", 1)[1]
    assert shown.endswith("\r") or shown.rstrip("\r").endswith(" ")  # the last thing written wipes the line
    assert "\n" not in shown


def test_progress_stays_off_when_stderr_is_not_a_terminal(drafts: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terminal._Progress, "DELAY", 0.0)
    monkeypatch.setattr(terminal.time, "monotonic", _clock())
    assert run("extract", str(drafts["clean"]), str(drafts["anonymous"]))[2] == ""
    proc = subprocess.run([sys.executable, "-m", "quoteprov", "flag", SEEDS], capture_output=True, text=True, check=False)
    assert proc.returncode == 1 and proc.stderr == ""


def test_progress_and_errors_do_not_share_a_line(drafts: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terminal._Progress, "DELAY", 0.0)
    monkeypatch.setattr(terminal.time, "monotonic", _clock())
    err = _Terminal()
    run("extract", str(drafts["clean"]), str(drafts["binary"]), stderr=err)
    (line,) = [part for part in err.getvalue().split("\r") if "binary" in part]
    assert line.startswith("quoteprov extract: ") and line.endswith("skipped\n")


def _clock() -> object:
    """A clock that moves a second per reading, so every redraw is due."""
    ticks = iter(range(10**6))
    return lambda: float(next(ticks))


# ---- pipes


def test_a_closed_pipe_ends_the_run_quietly() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "quoteprov", "extract", SEEDS, SEEDS, SEEDS],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()
    _, err = proc.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipe" not in err
    assert proc.returncode == 1


# ---- the README's tour


def _has_trafilatura() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


def _tour() -> list[tuple[str, list[str]]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Command line\n", 1)[1].split("\n## ", 1)[0]
    shown: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```\n(.*?)```", section, re.DOTALL):
        if not block.startswith("$ "):
            continue  # output shown on its own (the terminal table: tests/test_cli_ux.py)
        for line in block.splitlines():
            if line.startswith("$ "):
                shown.append((line[2:], []))
            else:
                shown[-1][1].append(line)
    return shown


def test_readme_tour_shows_what_the_commands_print(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tour = _tour()
    assert [command.split()[1] for command, _ in tour] == ["extract", "flag", "graph", "report", "flag"]
    monkeypatch.chdir(ROOT)
    for command, expected in tour:
        argv = shlex.split(command)[1:]
        if ">" in argv:  # a redirect: keep what was printed
            argv = argv[: argv.index(">")]
        if "-o" in argv:  # write into tmp_path, not the checkout
            at = argv.index("-o") + 1
            argv[at] = str(tmp_path / argv[at])
        if "minister.html" in command and not _has_trafilatura():
            continue  # needs the html extra
        code, out, err = run(*argv)
        assert err == "", command
        if expected:
            assert (code, out.splitlines()) == (1, expected), command
        else:
            assert code == 0, command
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "5 articles &#183; 43 quotes &#183; 1 flagged &#183; 9 speakers &#183; 32 remarks" in page
