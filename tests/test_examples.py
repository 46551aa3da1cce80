"""The example scripts run on the seeds and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
