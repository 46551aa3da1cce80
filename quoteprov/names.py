"""Name identity: when two spellings name the same person (Sergei/Sergey, Zelensky/Zelenskyy)."""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["norm_name"]


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
