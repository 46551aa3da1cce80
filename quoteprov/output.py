"""Writing files so that a failure never destroys an earlier good one: everything is
written to a temporary file beside the target, then renamed over it in one step."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

#: Characters that ``str.splitlines`` ends a line at and ``json.dumps(ensure_ascii=False)``
#: writes raw inside strings (it escapes the other controls).
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_BREAKS = str.maketrans(_LINE_BREAKS)


def json_line(value: Any) -> str:
    """``value`` as one line of JSON Lines (no newline): UTF-8 text kept readable, but the
    characters any line reader breaks at (U+0085, U+2028, U+2029) escaped, so a quote that
    holds one never splits its record in two.

    >>> json_line({"text": "a\u2028b"})
    '{"text": "a\\\\u2028b"}'
    """
    line = json.dumps(value, ensure_ascii=False)
    # str.translate with a table maps every character in Python (it was four fifths of the
    # time extract spent writing); three C-level searches first, and nearly every line has none.
    if "\x85" in line or "\u2028" in line or "\u2029" in line:
        return line.translate(_BREAKS)
    return line

__all__ = ["atomic_text_file", "json_line", "write_atomic", "write_text_atomic"]


def write_atomic(path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> None:
    """Call ``write`` with a binary file that becomes ``path`` only if it returns: an
    exception (a full disk, a string the format cannot hold) leaves ``path`` as it was.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp(), "out.txt")
    >>> write_atomic(target, lambda f: f.write(b"kept"))
    >>> try:
    ...     write_atomic(target, lambda f: 1 / 0)
    ... except ZeroDivisionError:
    ...     pass
    >>> target.read_bytes()
    b'kept'
    """
    handle, temporary, target = _temporary(path)
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """``text`` as UTF-8 at ``path``, atomically (see :func:`write_atomic`). A lone
    surrogate (half an emoji in scraped text, a file name that was not UTF-8) is written as
    its escape, ``\\udce9``: the file stays valid UTF-8, and in JSON the escape reads back
    as the same character."""
    write_atomic(path, lambda file: file.write(text.encode("utf-8", "backslashreplace")))


@contextlib.contextmanager
def atomic_text_file(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A text file (UTF-8, lone surrogates escaped) that becomes ``path`` when the block
    ends without an exception, and is thrown away when it does not: output streamed to a
    file is never left half-written over an earlier one."""
    handle, temporary, target = _temporary(path)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace", newline="") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _temporary(path: str | os.PathLike[str]) -> tuple[int, str, Path]:
    """A new file beside ``path`` (its descriptor and name) with the permissions the target
    would get from a plain ``open``: those of the file it replaces, else 0o666 less the
    umask (``mkstemp`` makes files 0600, which would hide a graph from the rest of a team)."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)  # read the umask: setting it is the only portable way
        os.umask(mask)
        mode = 0o666 & ~mask
    with contextlib.suppress(OSError):  # a file system without modes keeps its own
        os.chmod(handle if os.chmod in os.supports_fd else temporary, mode)
    return handle, temporary, target
