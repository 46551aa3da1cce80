"""Turn what the caller handed us into the ``str`` every offset refers to: the one place
bytes become text, for the Python API (:func:`coerce_text`) and for files
(:func:`quoteprov.corpus.decode_text`, which adds where the bytes came from)."""

from __future__ import annotations

import codecs

from .errors import DecodeError, InputTypeError

__all__ = ["UndecodableError", "coerce_text", "decode_bytes"]

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: how many leading bytes are read to tell binary data or BOM-less UTF-16 from text
SNIFF = 8192


class UndecodableError(DecodeError):
    """Bytes that are not the encoding asked for: which byte, where (for the messages)."""

    def __init__(self, message: str, *, codec: str, offset: int | None = None, byte: int | None = None) -> None:
        super().__init__(message)
        self.codec, self.offset, self.byte = codec, offset, byte


def decode_bytes(data: bytes, encoding: str | None = None, *, binary_check: bool = False) -> str:
    """``data`` as text: a byte-order mark decides (UTF-8, UTF-16), else ``encoding``, else
    UTF-8. Nothing is replaced: bytes that are not the encoding raise :class:`DecodeError`
    naming the byte. UTF-16 without a byte-order mark (every other byte NUL) is said to be
    so, rather than read as text full of NULs; with ``binary_check``, any other NUL in the
    first block means binary data.

    >>> decode_bytes("“Yes”".encode("utf-16"))
    '“Yes”'
    >>> decode_bytes("Yes, she said.".encode("utf-16-le"))
    Traceback (most recent call last):
    ...
    quoteprov.text.UndecodableError: looks like UTF-16 without a byte-order mark (every other byte is NUL)
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            encoding = codec
            break
    else:
        if encoding is None and _utf16_without_bom(data):
            raise UndecodableError("looks like UTF-16 without a byte-order mark (every other byte is NUL)", codec="utf-16")
        nul = data.find(b"\x00", 0, SNIFF) if binary_check and encoding is None else -1
        if nul >= 0:
            raise UndecodableError(f"a binary file, not text (NUL byte at offset {nul})", codec="binary", offset=nul)
    codec = encoding or "utf-8"
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if codec in ("utf-8", "utf-8-sig") else codec
        raise UndecodableError(f"not {name} (byte {data[exc.start]:#04x} at offset {exc.start})", codec=codec,
                           offset=exc.start, byte=data[exc.start]) from None
    except (LookupError, UnicodeError):  # no such codec, or one that is no text encoding
        raise UndecodableError(f"cannot decode as {codec!r}", codec=codec) from None


def _utf16_without_bom(data: bytes) -> bool:
    """Mostly-ASCII text in UTF-16 has a NUL in every other byte, on one side only."""
    head = data[: min(len(data), SNIFF) // 2 * 2]
    pairs = len(head) // 2
    if pairs < 4:
        return False
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) >= 0.6 * pairs and min(even, odd) <= 0.05 * pairs


def coerce_text(text: object) -> str:
    """Return ``text`` as ``str``: a ``str`` unchanged, ``bytes`` decoded as UTF-8.

    Nothing is normalised, so offsets refer to exactly the returned string. A UTF-8
    byte-order mark at the start of bytes is dropped (it is an encoding artefact,
    not text); bytes with a UTF-16 byte-order mark are read as UTF-16.

    >>> coerce_text(b'\\xe2\\x80\\x9cYes,\\xe2\\x80\\x9d he said.')
    '“Yes,” he said.'
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        try:
            return decode_bytes(data)
        except UndecodableError as exc:
            if exc.offset is None or exc.byte is None:
                raise DecodeError(f"the bytes cannot be read as text: {exc}; decode them yourself and pass a str") from None
            snippet = data[max(0, exc.offset - 10) : exc.offset + 10]
            raise DecodeError(
                f"the bytes are not valid UTF-8: byte {exc.byte:#04x} at offset "
                f"{exc.offset} ({snippet!r}); decode them yourself with the right "
                f"encoding (e.g. data.decode('cp1252')) and pass a str, or use "
                f"data.decode('utf-8', errors='replace') to keep going"
            ) from None
    raise InputTypeError(
        f"expected the article text as str (or UTF-8 bytes), got "
        f"{type(text).__name__}: {text!r:.60}"
    )
