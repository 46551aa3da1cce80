"""Name identity: when two spellings name the same person (Sergei/Sergey, Zelensky/Zelenskyy)."""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["name_words", "norm_name", "same_name"]


@functools.lru_cache(maxsize=65536)
def norm_name(word: str) -> str:
    """A spelling-blind key for a name token: Sergei/Sergey, Zelensky/Zelenskyy/Zelenskiy."""
    base = unicodedata.normalize("NFKD", word.casefold())
    base = "".join(c for c in base if c.isalnum())
    base = base.replace("y", "i").replace("j", "i")
    out: list[str] = []
    for c in base:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def name_words(name: str) -> list[str]:
    """A name's words, case-folded, accents and punctuation gone: the one reading that node
    ids (:func:`quoteprov.graph.slug`) and the scorer's name comparison share.

    >>> name_words("Sergéy  V. Lavrov-Jr.")
    ['sergey', 'v', 'lavrov', 'jr']
    """
    base = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c if c.isalnum() else " " for c in base if not unicodedata.combining(c)).split()


def same_name(a: str, b: str) -> bool:
    """Whether two names are one, spelling-blind word by word, a leading "the" aside.

    >>> same_name("The Kremlin", "kremlin"), same_name("Sergei Lavrov", "Sergey Lavrov")
    (True, True)
    """
    return _name_key(a) == _name_key(b)


def _name_key(name: str) -> str:
    words = name_words(name)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(norm_name(w) for w in words)
