"""What the command shows on a terminal: one line per message (errors, notices), the
progress line, line and column of offsets, and text with its control characters escaped."""

from __future__ import annotations

import bisect
import os
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..corpus import find_inputs
from ..fetch import is_url

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
    """A progress bar on a terminal's standard error (tqdm): files read out of all given,
    the rate and the time left, articles done and texts parsed (an engine that batches
    reports them through :meth:`parsed`).

    Drawn only when the stream is a terminal and the run has lasted ``DELAY`` seconds, so
    short runs and piped or redirected runs stay quiet; redrawn at most ten times a second,
    and cleared before output goes to the same screen and when the run ends.
    """

    DELAY = 0.5

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
        self.bar: Any = None

    @property
    def shown(self) -> bool:
        return self.bar is not None

    @classmethod
    def for_run(cls, stream: TextIO, command: str, paths: Sequence[str]) -> _Progress:
        enabled = _is_terminal(stream) and os.environ.get("TERM") != "dumb"
        total = None
        if enabled:
            urls = [p for p in paths if is_url(p)]
            local = [p for p in paths if p != "-" and p not in urls]
            total = len(find_inputs(local, errors=[])) + list(paths).count("-") + len(urls)
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
        if self.bar is None:
            from tqdm import tqdm  # only when a bar is drawn

            self.bar = tqdm(total=self.total or None, desc=f"quoteprov {self.command}", unit="file",
                            file=self.stream, dynamic_ncols=True, leave=False, mininterval=0, miniters=1,
                            ascii=True, bar_format="{desc} {percentage:3.0f}%|{bar:20}| {n_fmt}/{total_fmt} files "
                            "[{elapsed}<{remaining}, {rate_fmt}] {postfix}")
        parsed = f"{self.parsed_texts} parsed · " if self.parsed_texts else ""
        self.bar.n = min(self.files, self.total) if self.total else self.files
        self.bar.set_postfix_str(_shown(f"{parsed}{self.articles} articles · {self.current}"), refresh=False)
        self.bar.refresh()

    def before_output(self, out: TextIO) -> None:
        """Clear the bar before output goes to the same screen (not when it is piped)."""
        if self.bar is not None and _is_terminal(out):
            self.clear()

    def clear(self) -> None:
        """Wipe the bar (it is drawn again on the next step)."""
        if self.bar is not None:
            self.bar.clear()

    def close(self) -> None:
        """The run is over: wipe the bar for good."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


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
