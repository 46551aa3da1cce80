"""The example scripts run on the seeds and print what they promise."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quoteprov import cli

ROOT = Path(__file__).resolve().parent.parent


def test_who_said_what_runs_on_the_seeds() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "who_said_what.py")],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.count("\n== ") == 5
    assert "Sergey Lavrov [person]" in out and "TASS (interview)" in out
    assert "a Trump team member [anonymous]" in out
    assert "relays: The Hill (according_to)" in out


def _flagger(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / "flag_unattributed.py"), *args],
        capture_output=True, text=True, encoding="utf-8", check=False, cwd=cwd,
    )


def test_flag_unattributed_prints_what_quoteprov_flag_prints_on_the_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    proc = _flagger("seeds")
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert any(": anonymous speaker, no outlet named: “The barrel of the gun is going to…”" in x for x in lines)
    assert all(re.fullmatch(r"seeds/\d{3}_[0-9a-f]+\.txt:\d+:\d+: [a-z ,]+: “.+”", x) for x in lines), lines
    # It mirrors the command line: the same lines, in the same order.
    out = io.StringIO()
    monkeypatch.chdir(ROOT)
    assert cli.main(["flag", "seeds"], stdout=out, stderr=io.StringIO()) == 1
    assert proc.stdout == out.getvalue()


def test_flag_unattributed_exits_0_on_clean_text(tmp_path: Path) -> None:
    (tmp_path / "clean.txt").write_text(
        "“We will reopen the bridge in May,” Mayor Ana Ruiz told Reuters on Monday.\n", encoding="utf-8"
    )
    (tmp_path / "draft.txt").write_text("The bridge “will reopen,” an aide said.\n", encoding="utf-8")
    clean = _flagger("clean.txt", cwd=tmp_path)
    assert (clean.returncode, clean.stdout, clean.stderr) == (0, "", "")
    both = _flagger("clean.txt", "draft.txt", cwd=tmp_path)
    assert both.returncode == 1
    assert both.stdout == "draft.txt:1:12: anonymous speaker, no outlet named: “will reopen,”\n"


def test_flag_unattributed_usage_and_unreadable_inputs(tmp_path: Path) -> None:
    usage = _flagger()
    assert usage.returncode == 2 and usage.stdout == "" and "usage:" in usage.stderr
    missing = _flagger(str(tmp_path / "nope.txt"))
    assert missing.returncode == 1
    assert "nope.txt: no such file or folder" in missing.stderr
