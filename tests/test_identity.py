"""Corpus-wide speaker identity: the indexed look-up gives the same identities as reading
every identity with the surname in order (the rule it replaced, kept here as the reference)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteprov.analysis import ArticleInfo
from quoteprov.graph.identity import Speakers
from quoteprov.names import first_names_agree, norm_name


class _Reference:
    """The rule as first written: the first identity with the surname whose first names agree."""

    def __init__(self) -> None:
        self.by_last: dict[str, list[str]] = {}
        self.spellings: dict[str, Counter[str]] = {}

    def key(self, name: str) -> str:
        words = name.split()
        last, first = norm_name(words[-1]), norm_name(words[0]) if len(words) > 1 else ""
        found = None
        for key in self.by_last.get(last, []):
            firsts = {norm_name(s.split()[0]) for s in self.spellings.get(key, {}) if " " in s}
            if first_names_agree(first, firsts, initials=False):
                found = key
                break
        if found is None:
            found = f"person:{last}:{first}"
            self.by_last.setdefault(last, []).append(found)
        self.spellings.setdefault(found, Counter())[name] += 1
        return found


class _Said:
    def __init__(self, name: str) -> None:
        self.speaker = type("S", (), {"name": name, "kind": "person", "role": None})()


NAMES = st.sampled_from(["Lavrov", "Sergei Lavrov", "Sergey Lavrov", "Anna Lavrov", "S. Lavrov", "Ann Cole",
                         "Cole", "Jim Cole", "Ann Coles", "Maria Lavrova", "Ann", "Jim Smith", "Smith", "J. Smith"])


@given(st.lists(NAMES, max_size=40))
@settings(max_examples=300, deadline=None, derandomize=True)
def test_the_index_finds_the_identity_the_scan_found(names: list[str]) -> None:
    reference, speakers = _Reference(), Speakers()
    analysis = type("A", (), {"article": ArticleInfo(id="a")})()
    for name in names:
        assert speakers.key(analysis, _Said(name)) == reference.key(name)  # type: ignore[arg-type]
