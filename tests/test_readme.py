"""The README's promises: the test command is the one CI runs; the Python example works."""

from __future__ import annotations

import re
from pathlib import Path

import quoteprov

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return re.findall(r"```sh\n(python3 -m venv[^\n]+)\n```", README)


def test_ci_runs_exactly_the_readme_test_command() -> None:
    commands = _commands()
    test_command = [c for c in commands if "pytest" in c]
    assert len(test_command) == 1, commands
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command[0] in ci


def test_readme_main_command_prints_the_relay_tree_it_shows() -> None:
    assert any(c.endswith("quoteprov sources seeds/") for c in _commands())
    shown = re.search(r"quoteprov sources seeds/\n```\n\n```\n(.*?)```", README, re.S)
    assert shown is not None
    import io
    import os

    from quoteprov.cli import main

    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        assert main(["sources", "seeds/"], stdout=out, stderr=io.StringIO()) == 0
    finally:
        os.chdir(cwd)
    for line in shown.group(1).strip().splitlines():
        assert line == "…" or line in out.getvalue().splitlines()


def test_readme_python_example_prints_what_it_shows() -> None:
    block = re.search(r"```python\n(.*?)```", README, re.S)
    assert block is not None
    shown = re.search(r"This prints \(first lines\):\n\n```\n(.*?)```", README, re.S)
    assert shown is not None
    import contextlib
    import io
    import os

    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(block.group(1), "README.md", "exec"), {"quoteprov": quoteprov})
    finally:
        os.chdir(cwd)
    for line in shown.group(1).strip().splitlines():
        assert line in out.getvalue().splitlines()
