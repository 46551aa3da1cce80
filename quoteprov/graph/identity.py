"""Corpus-wide speaker identity: Sergei/Sergey Lavrov in two articles are one person.

Within an article, the attribution stage has already joined a name's variants (see
:mod:`quoteprov.attribution.entities`); here the speakers of different articles are
joined: people by surname and a compatible first name (spellings compared through
:func:`quoteprov.names.norm_name`), organisations by name, and unnamed sources never (two
"senior officials" in two articles may be two people).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable

from ..analysis import Analysis
from ..names import first_names_agree, norm_name
from ..records import Attribution
from .schema import slug, speaker_node

__all__ = ["Speakers", "sentence_namer"]


class Speakers:
    """The identities met so far, their spellings, kinds and roles."""

    def __init__(self) -> None:
        self.by_last: dict[str, list[str]] = {}
        self.spellings: dict[str, Counter[str]] = {}
        self.kinds: dict[str, str] = {}
        self.roles: dict[str, str] = {}

    def key(self, analysis: Analysis, attribution: Attribution) -> str | None:
        """The identity of an attribution's speaker (None when it has none)."""
        speaker = attribution.speaker
        if speaker is None:
            return None
        if speaker.kind == "anonymous":
            # Unnamed sources are not merged across articles: two "senior officials" may differ.
            key = f"anonymous:{analysis.article.id}:{slug(speaker.name)}"
        elif speaker.kind == "organization":
            key = f"organization:{slug(speaker.name)}"
        else:
            key = self._person(speaker.name)
        self.spellings.setdefault(key, Counter())[speaker.name] += 1
        self.kinds[key] = speaker.kind
        if speaker.role and key not in self.roles:
            self.roles[key] = speaker.role
        return key

    def _person(self, name: str) -> str:
        words = name.split()
        last, first = norm_name(words[-1]), norm_name(words[0]) if len(words) > 1 else ""
        for key in self.by_last.get(last, []):
            firsts = {norm_name(s.split()[0]) for s in self.spellings.get(key, {}) if " " in s}
            if first_names_agree(first, firsts, initials=False):
                return key
        key = f"person:{last}:{first}"
        self.by_last.setdefault(last, []).append(key)
        return key

    def name(self, key: str) -> str:
        """The identity's name: its most printed full spelling."""
        spellings = self.spellings[key]
        full = [s for s in spellings if " " in s] or list(spellings)
        return max(full, key=lambda s: (spellings[s], s))

    def node(self, key: str) -> str:
        """speaker:sergey-lavrov; speaker:organization:nato; speaker:anonymous:<article>:<words>."""
        if key.startswith(("anonymous:", "organization:")):
            return speaker_node(key)
        return speaker_node(slug(self.name(key)))


def sentence_namer(analysis: Analysis) -> Callable[[int], set[str]]:
    """A function: offset → last-name keys of the people named in the sentence around it.
    Sentences and mentions are in text order, so each look-up is two binary searches."""
    doc = analysis.document
    sentence_starts = [s.span.start for s in doc.sentences]
    mention_starts = [m.span.start for m in doc.mentions]

    def names(offset: int) -> set[str]:
        i = bisect.bisect_right(sentence_starts, offset) - 1
        if i < 0 or offset >= doc.sentences[i].span.end:
            return set()
        span = doc.sentences[i].span
        lo = bisect.bisect_left(mention_starts, span.start)
        hi = bisect.bisect_left(mention_starts, span.end)
        return {
            norm_name(m.name.split()[-1]) for m in doc.mentions[lo:hi] if m.kind in ("person", "unknown")
        }

    return names
