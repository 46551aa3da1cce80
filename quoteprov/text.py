"""Turn what the caller handed us into the ``str`` every offset refers to."""

from __future__ import annotations

from .errors import DecodeError, InputTypeError

__all__ = ["coerce_text"]


def coerce_text(text: object) -> str:
    """Return ``text`` as ``str``: a ``str`` unchanged, ``bytes`` decoded as UTF-8.

    Nothing is normalised, so offsets refer to exactly the returned string. A UTF-8
    byte-order mark at the start of bytes is dropped (it is an encoding artefact,
    not text).

    >>> coerce_text(b'\\xe2\\x80\\x9cYes,\\xe2\\x80\\x9d he said.')
    '“Yes,” he said.'
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            snippet = data[max(0, exc.start - 10) : exc.end + 10]
            raise DecodeError(
                f"the bytes are not valid UTF-8: byte {data[exc.start]:#04x} at offset "
                f"{exc.start} ({snippet!r}); decode them yourself with the right "
                f"encoding (e.g. data.decode('cp1252')) and pass a str, or use "
                f"data.decode('utf-8', errors='replace') to keep going"
            ) from None
    raise InputTypeError(
        f"expected the article text as str (or UTF-8 bytes), got "
        f"{type(text).__name__}: {text!r:.60}"
    )
