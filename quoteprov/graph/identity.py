"""Corpus-wide speaker identity: Sergei/Sergey Lavrov in two articles are one person.

Within an article, the attribution stage has already joined a name's variants (see
:mod:`quoteprov.attribution.entities`); here the speakers of different articles are
joined: people by surname and a compatible first name (spellings compared through
:func:`quoteprov.names.norm_name`), organisations by name, and unnamed sources never (two
"senior officials" in two articles may be two people).
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable

from ..analysis import Result
from ..names import norm_name
from ..records import Attribution
from .schema import slug, speaker_node

__all__ = ["Speakers", "sentence_namer"]


class Speakers:
    """The identities met so far, their spellings, kinds and roles.

    A person is the first identity (in the order met) with the same surname whose first
    names agree (:func:`quoteprov.names.first_names_agree`, initials not counted): the same
    first name, or none written on either side. That first identity is found through two
    indexes kept as spellings arrive — (surname, first name) → the earliest identity with
    it, and per surname the identities that have no first name yet — not by reading every
    identity with the surname for every quote (n^1.66 on a corpus where surnames repeat).
    """

    def __init__(self) -> None:
        self.spellings: dict[str, Counter[str]] = {}
        self.kinds: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        self._people: list[str] = []  # person identities in the order met
        self._order: dict[str, int] = {}
        self._surname: dict[str, str] = {}
        self._first_of: dict[tuple[str, str], int] = {}  # (surname, first name) → earliest identity
        self._first_met: dict[str, int] = {}  # surname → the first identity with it
        self._bare: dict[str, deque[int]] = {}  # surname → identities with no first name yet, in order
        self._named: set[int] = set()  # identities that have since had a first name

    def key(self, analysis: Result, attribution: Attribution) -> str | None:
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
            self._learn(key, speaker.name)
        self.spellings.setdefault(key, Counter())[speaker.name] += 1
        self.kinds[key] = speaker.kind
        if speaker.role and key not in self.roles:
            self.roles[key] = speaker.role
        return key

    def _person(self, name: str) -> str:
        words = name.split()
        last, first = norm_name(words[-1]), norm_name(words[0]) if len(words) > 1 else ""
        if last not in self._first_met:
            return self._new(last, first)
        if not first:  # a bare surname is the first identity with it
            return self._people[self._first_met[last]]
        bare = self._bare[last]
        while bare and bare[0] in self._named:
            bare.popleft()  # it has a first name now: found through _first_of instead
        found = [order for order in (self._first_of.get((last, first)), bare[0] if bare else None) if order is not None]
        return self._people[min(found)] if found else self._new(last, first)

    def _new(self, last: str, first: str) -> str:
        key = f"person:{last}:{first}"
        order = self._order.setdefault(key, len(self._people))
        if order == len(self._people):
            self._people.append(key)
            self._surname[key] = last
            self._first_met.setdefault(last, order)
            self._bare.setdefault(last, deque()).append(order)
        return key

    def _learn(self, key: str, spelling: str) -> None:
        """Index a spelling's first name under its identity."""
        if " " not in spelling:
            return
        order = self._order[key]
        first = norm_name(spelling.split()[0])
        self._named.add(order)
        slot = (self._surname[key], first)
        if self._first_of.get(slot, order) >= order:
            self._first_of[slot] = order

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


def sentence_namer(analysis: Result) -> Callable[[int], set[str]]:
    """A function: offset → last-name keys of the people named in the sentence around it
    (see :meth:`quoteprov.analysis.Analysis.namer`)."""
    return analysis.namer()
