"""What the command shows on a terminal: one line per message (errors, notices), the
progress line, line and column of offsets, and text with its control characters escaped."""

from __future__ import annotations

import bisect
import os
import re
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ..corpus import find_inputs

if TYPE_CHECKING:
    pass


class _Lines(list[str]):
    """Messages, each written to standard error as one line the moment it happens."""

    def __init__(self, command: str, stream: TextIO, progress: _Progress) -> None:
        super().__init__()
        self.command = command
        self.stream = stream
        self.progress = progress

    def append(self, message: str) -> None:
        super().append(message)
        self.progress.clear()
        self.stream.write(_shown(f"quoteprov {self.command}: {message}") + "\n")
        self.stream.flush()


class _Errors(_Lines):
    """Input errors (the run goes on; the exit code says some input failed), and
    ``notices``: what was skipped on purpose, which is no failure."""

    def __init__(self, command: str, stream: TextIO, progress: _Progress) -> None:
        super().__init__(command, stream, progress)
        self.notices = _Lines(command, stream, progress)


class _Progress:
    """A progress line on a terminal's standard error: files read, texts parsed (an engine
    that batches reports them through :meth:`parsed`), articles done, time spent.

    Drawn only when the stream is a terminal and the run has lasted ``DELAY`` seconds, so
    short runs and piped or redirected runs stay quiet; redrawn at most ten times a second.
    """

    DELAY = 0.5
    WIDTH = 24

    def __init__(self, stream: TextIO, command: str, *, total: int | None, enabled: bool) -> None:
        self.stream = stream
        self.command = command
        self.total = total
        self.enabled = enabled
        self.files = 0
        self.parsed_texts = 0
        self.articles = 0
        self.current = ""
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.shown = False

    @classmethod
    def for_run(cls, stream: TextIO, command: str, paths: Sequence[str]) -> _Progress:
        enabled = _is_terminal(stream) and os.environ.get("TERM") != "dumb"
        total = None
        if enabled:
            total = len(find_inputs([p for p in paths if p != "-"], errors=[])) + list(paths).count("-")
        return cls(stream, command, total=total, enabled=enabled)

    def file(self, path: Path | str) -> None:
        self.files += 1
        self.current = Path(path).name if isinstance(path, Path) else path
        self.draw()

    def parsed(self, count: int) -> None:
        """The engine's progress callback (see :class:`quoteprov.engines.Engine`)."""
        self.parsed_texts += count
        self.draw()

    def article(self) -> None:
        self.articles += 1
        self.draw()

    def draw(self, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and (now - self.started < self.DELAY or now - self.drawn_at < 0.1):
            return
        self.drawn_at = now
        columns = self.columns()
        total = self.total or 0
        done = min(self.files, total)
        bar = ""
        if total:
            filled = self.WIDTH * done // total
            bar = f"[{'#' * filled}{'-' * (self.WIDTH - filled)}] {done}/{total} files · "
        seconds = int(now - self.started)
        parsed = f"{self.parsed_texts} parsed · " if self.parsed_texts else ""
        line = (f"quoteprov {self.command} {bar}{parsed}{self.articles} articles · "
                f"{seconds // 60}:{seconds % 60:02d} · {self.current}")
        self.stream.write("\r" + line[: max(columns - 1, 10)].ljust(max(columns - 1, 10)))
        self.stream.flush()
        self.shown = True

    def columns(self) -> int:
        """The width of the terminal this line is drawn on (standard error, not output)."""
        try:
            return os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, OSError, ValueError):
            return shutil.get_terminal_size((80, 24)).columns

    def before_output(self, out: TextIO) -> None:
        """Clear the line before output goes to the same screen (not when it is piped)."""
        if self.shown and _is_terminal(out):
            self.clear()

    def clear(self) -> None:
        if self.shown:
            columns = self.columns()
            self.stream.write("\r" + " " * max(columns - 1, 10) + "\r")
            self.stream.flush()
            self.shown = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        return False


class _LineIndex:
    """Line and column (1-based, as editors count them) of offsets in one text; a line ends
    at \\n, \\r\\n or a lone \\r. Built once per article, each look-up a binary search."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Control characters (C0 but tab, DEL, C1) and lone surrogates: shown escaped, so text from
# an article or a file name cannot move the cursor, recolour or clear the reader's terminal.
_UNSHOWABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


def _shown(text: str) -> str:
    """``text`` with control characters and lone surrogates written as escapes (\\x1b…)."""
    return _UNSHOWABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)
