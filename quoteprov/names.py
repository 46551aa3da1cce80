"""Name identity: when two spellings name the same person (Sergei/Sergey, Zelensky/Zelenskyy)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

__all__ = ["first_names_agree", "name_words", "norm_name", "same_name"]


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


def first_names_agree(first: str, known: Iterable[str], *, initials: bool) -> bool:
    """Whether a first name (a :func:`norm_name` key, "" when none is written) fits a person
    whose known first names are ``known``: it is missing, none is known, it is one of them,
    or — with ``initials`` — one is the initial of the other ("J. Doe" and "Jane Doe").

    Within one article initials count (the article introduced the person); across articles
    they do not: two articles' "J. Smith" and "John Smith" may well be two people.

    >>> first_names_agree("j", {"jane"}, initials=True), first_names_agree("j", {"jane"}, initials=False)
    (True, False)
    >>> first_names_agree("", {"jane"}, initials=False), first_names_agree("ann", {"jane"}, initials=True)
    (True, False)
    """
    known = set(known)
    if not first or not known or first in known:
        return True
    return initials and any(f[:1] == first[:1] and (len(f) == 1 or len(first) == 1) for f in known)
