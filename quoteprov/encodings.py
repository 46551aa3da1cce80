"""The encodings a web page may declare, as browsers read them (the WHATWG Encoding
Standard), and nothing else.

A page's ``<meta charset>`` is data from the web: Python's codec registry would also accept
``unicode_escape``, ``utf-7``, ``rot13`` or ``undefined``, which are no text encodings of
any page and can raise or run amok. :func:`web_codec` maps a declared label to the Python
codec that decodes what browsers decode for it (``iso-8859-1`` and ``ascii`` are read as
windows-1252, ``shift_jis`` as cp932, as the standard says), or to None for anything else,
so the caller falls back as a browser would.
"""

from __future__ import annotations

import codecs

__all__ = ["web_codec"]

# Labels browsers know that Python spells differently (or not at all).
_ALIASES = {
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "windows-874": "cp874",
    "iso-8859-8-i": "iso8859-8",
    "csiso88598i": "iso8859-8",
    "logical": "iso8859-8",
    "x-sjis": "shift_jis",
    "x-gbk": "gbk",
    "x-euc-jp": "euc_jp",
    "unicode": "utf-16-le",
    "unicodefeff": "utf-16-le",
    "ucs-2": "utf-16-le",
    "unicodefffe": "utf-16-be",
    "x-unicode20utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}

# Python's canonical codec name → the codec that decodes the WHATWG encoding for it.
_WEB = {
    "utf-8": "utf-8",
    "utf-16": "utf-16-le",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "cp874": "cp874",
    "cp866": "cp866",
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "mac-roman": "mac-roman",
    "mac-cyrillic": "mac-cyrillic",
    "gbk": "gbk",
    "gb2312": "gbk",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "euc_jp": "euc_jp",
    "iso2022_jp": "iso2022_jp",
    "shift_jis": "cp932",
    "cp932": "cp932",
    "euc_kr": "cp949",
    "cp949": "cp949",
    **{f"iso8859-{n}": f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    **{f"cp{n}": f"cp{n}" for n in range(1250, 1259)},
}


def web_codec(label: str) -> str | None:
    """The Python codec for an encoding label a page declares, or None when browsers know
    no such text encoding.

    >>> web_codec(" UTF8 "), web_codec("ISO-8859-1"), web_codec("x-mac-cyrillic")
    ('utf-8', 'cp1252', 'mac-cyrillic')
    >>> web_codec("unicode_escape"), web_codec("undefined"), web_codec("utf-7")
    (None, None, None)
    """
    name = label.strip().lower()
    name = _ALIASES.get(name, name)
    try:
        canonical = codecs.lookup(name).name
    except (LookupError, ValueError):
        return None
    return _WEB.get(canonical)
