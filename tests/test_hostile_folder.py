"""One bad file never costs the run: a folder of every kind of bad input beside good
articles — each command reads every good one, reports each bad one in one line, exits 1,
and never shows a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import quoteprov

GOOD = {
    "good1.txt": "“We will reopen the bridge in May,” Mayor Ana Ruiz told Reuters.\n",
    "good2.txt": "“Nothing is decided,” an aide said.\n",
}


def _page(charset: str) -> bytes:
    body = "".join(f"<p>“The talks will resume on Monday,” Ana Ruiz told Reuters, line {i}.</p>" for i in range(8))
    return (f"<html><head><meta charset=\"{charset}\"><title>Talks</title></head><body><article>{body}"
            "</article></body></html>").encode()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for name, text in GOOD.items():
        (root / name).write_text(text, encoding="utf-8")
    # Read, with what is odd in them handled:
    (root / "cr_only.txt").write_bytes("One.\rTwo.\r“Fine,” a source said.\r".encode())
    (root / "escapes.txt").write_text("“Bad \x1b[31mred\x1b[2J text,” a source said.\n", encoding="utf-8")
    (root / "raw_separators.jsonl").write_text(
        json.dumps({"id": "sep", "text": "a\u2028b\u0085c “Yes,” an aide said."}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (root / "surrogate.jsonl").write_text('{"id": "sur", "text": "bad \\ud83d half “Yes,” an aide said."}\n',
                                          encoding="utf-8")
    (root / "undefined_charset.html").write_bytes(_page("undefined"))
    (root / "codec_charset.html").write_bytes(_page("unicode_escape"))
    # Bad, one line each:
    (root / "utf16_no_bom.txt").write_bytes("“Yes,” an aide said.".encode("utf-16-le"))
    (root / "latin1.txt").write_bytes("“Café,” an aide said.".encode("cp1252"))
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    os.mkfifo(root / "pipe.txt")
    (root / "loop").symlink_to(root)
    # A file name that is not UTF-8 (the article is good; its name must not break output).
    with open(os.path.join(os.fsencode(root), b"caf\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write("“Fine,” an aide said.\n")
    return root


BAD = ["utf16_no_bom.txt: looks like UTF-16 without a byte-order mark", "latin1.txt: not UTF-8",
       "image.txt: a binary file", "pipe.txt: a FIFO (named pipe), not a regular file",
       "loop: a link back to a folder already read"]


@pytest.mark.parametrize("command", [["extract"], ["flag"], ["graph"], ["report", "-o", "REPORT"],
                                     ["extract", "--jobs", "2"], ["flag", "--jobs", "2"]])
def test_every_good_file_is_read_and_every_bad_one_is_one_line(folder: Path, command: list[str], tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "quoteprov", *[str(tmp_path / "r.html") if a == "REPORT" else a for a in command],
            str(folder)]
    proc = subprocess.run(argv, capture_output=True, timeout=300, check=False)
    err = proc.stderr.decode("utf-8")
    # flag's 1 means "flagged": an input that failed is 2 there, 1 for the other commands
    assert proc.returncode == (2 if command[0] == "flag" else 1), err
    assert "Traceback" not in err
    lines = err.splitlines()
    for bad in BAD:
        assert sum(bad in line for line in lines) == 1, (bad, err)
    assert len(lines) == len(BAD), err
    assert "\x1b" not in proc.stdout.decode("utf-8", "replace") or command[0] == "extract"
    proc.stdout.decode("utf-8")  # valid UTF-8, whatever the names and texts held
    if command[0] == "extract":
        ids = {json.loads(line)["article"]["id"] for line in proc.stdout.decode("utf-8").splitlines()}
        assert {"good1", "good2", "cr_only", "escapes", "sep", "sur", "undefined_charset", "codec_charset",
                "caf\udce9"} <= ids


def test_flag_shows_escapes_and_counts_lines_ended_by_cr(folder: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "quoteprov", "flag", str(folder / "cr_only.txt"),
                           str(folder / "escapes.txt")], capture_output=True, timeout=120, check=False)
    out = proc.stdout.decode("utf-8").splitlines()
    assert out[0].startswith(f"{folder / 'cr_only.txt'}:3:1: ")
    assert "\\x1b[31mred\\x1b[2J" in out[1] and "\x1b" not in out[1]


def test_python_bytes_in_utf16_without_a_byte_order_mark_are_an_error() -> None:
    with pytest.raises(quoteprov.DecodeError, match="UTF-16 without a byte-order mark"):
        quoteprov.analyze("“Yes,” an aide said.".encode("utf-16-le"))
    assert quoteprov.analyze("“Yes,” an aide said.".encode("utf-16")).attributions
