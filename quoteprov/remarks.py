"""Group printed quotes into remarks: one utterance with all its wordings across articles.

Two quotes are one remark when they are the same words after normalising marks, case
and white space (``exact``); one is a stretch of the other (``shortened``); one has
"…" or "[…]" where the other has words (``elided``); or they say the same thing in other
words, as re-translations do (``translation`` when the speaker agrees, ``reworded``
when the words alone are close enough).

How the work stays close to linear in the number of quotes:

- word-for-word copies join their first printing by hash, before any index;
- candidates come from an inverted index of word 3-shingles (stored as hashes, and only
  those found in two quotes or more), never from all pairs;
- each quote probes its rarest shingles first and stops after ``SCAN_BUDGET`` later
  quotes; a shingle in more than ``MAX_POSTING`` quotes is a stock phrase, not evidence;
- rapidfuzz's token-sort ratio verifies each candidate pair. (Not the token-set ratio:
  it scores 100 whenever one quote's words are a subset of the other's, which joins a
  short fragment to every longer quote that holds its words.)

A group never holds two different known speakers: a fragment with no speaker cannot
join one person's remark to another's. (A hand-written index, not datasketch's MinHash:
the index is exact, needs no tuning of permutations and bands, and costs a few dict
operations a quote.) ``benchmarks/bench_remarks.py`` measures time, memory and pairwise
precision and recall on synthetic corpora of 10k to 1M quotes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from hashlib import blake2b

import attrs
import regex
from rapidfuzz import fuzz

from ._runtime import paused_gc

__all__ = ["Printed", "Link", "RemarkGroups", "group_remarks", "normalise", "shingle_keys", "word_key"]

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_ELISION = regex.compile(r"\.\s?\.\s?\.|…|\[[^\[\]]{0,80}\]")

#: a shingle shared by more quotes than this is a stock phrase, not evidence
MAX_POSTING = 200
#: later quotes looked at per quote before its commoner shingles are skipped
SCAN_BUDGET = 50
#: a quote is grouped by its first this many words (no remark is longer; an unclosed
#: mark in hostile text can make a "quote" of megabytes, and comparing two of those
#: word by word would take hours)
MAX_WORDS = 2_000
#: similarity (0–100) at which different words still make one remark
SAME_SPEAKER_SIMILARITY = 65.0
ANY_SPEAKER_SIMILARITY = 90.0


@attrs.frozen
class Printed:
    """One printed quote to group: its words and what is known of who said it where."""

    text: str
    speaker: str | None = None  # a corpus-wide speaker key, or None if unknown
    outlet: str | None = None  # the outlet it was first given to, if known


@attrs.frozen
class Link:
    """Why two printed quotes are one remark."""

    a: int
    b: int
    method: str
    similarity: float


@attrs.frozen
class RemarkGroups:
    """Remarks as groups of indices into the input, and the links that made them."""

    groups: tuple[tuple[int, ...], ...]
    links: tuple[Link, ...]


def normalise(text: str) -> tuple[str, ...]:
    """Lower-case words without marks or punctuation; elisions and insertions dropped.

    >>> normalise("“We are [certainly] NOT satisfied…”")
    ('we', 'are', 'not', 'satisfied')
    """
    return tuple(w.casefold() for w in _WORD.findall(_ELISION.sub(" ", text)))


def _segments(text: str) -> list[tuple[str, ...]]:
    """The stretches between elisions: "Judging by leaks ... [Trump] is talking" → two."""
    return [s for s in (tuple(w.casefold() for w in _WORD.findall(part)) for part in _ELISION.split(text)) if s]


def word_key(word: str) -> int:
    """A word's key: the same 64-bit number in every process, whatever its PYTHONHASHSEED
    (Python's ``hash()`` of a string changes with it, so two Dask workers would file one
    shingle under two keys).

    >>> word_key("win")
    5870686456154532985
    """
    return int.from_bytes(blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def shingle_keys(words: tuple[str, ...], known: dict[str, int] | None = None) -> list[int]:
    """Distinct word triples, as keys, in order of first appearance (so grouping is
    deterministic). A key is the ``hash()`` of the triple's word keys (:func:`word_key`;
    ``known`` caches them): the hash of a tuple of ints does not depend on PYTHONHASHSEED,
    so every process gives a triple the same key. A key is a tenth of a triple's memory
    and quicker to look up; two triples with one key only add a candidate, which
    verification then turns down.

    >>> shingle_keys(("a", "b", "c", "a", "b", "c")) == [hash((word_key(x), word_key(y), word_key(z))) for x, y, z in ("abc", "bca", "cab")]
    True
    """
    known = {} if known is None else known
    keys = [known[w] if w in known else known.setdefault(w, word_key(w)) for w in words]
    if len(keys) < 3:
        return [hash(tuple(keys))] if keys else []
    return list(dict.fromkeys(map(hash, zip(keys, keys[1:], keys[2:]))))


def _find(long: tuple[str, ...], short: tuple[str, ...], start: int = 0) -> int:
    """Where ``short`` first stands in ``long`` at or after ``start``, or -1. Candidates are
    found by the first word (C speed); only they are compared whole."""
    n = len(short)
    if n == 0:
        return start
    first, last = short[0], len(long) - n
    i = start - 1
    while True:
        try:
            i = long.index(first, i + 1, last + 1)
        except ValueError:
            return -1
        if long[i : i + n] == short:
            return i


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    return _find(long, short) != -1


def _in_order(long: tuple[str, ...], segments: list[tuple[str, ...]]) -> bool:
    pos = 0
    for seg in segments:
        i = _find(long, seg, pos)
        if i == -1:
            return False
        pos = i + len(seg)
    return True


def verify(a: Printed, b: Printed, wa: tuple[str, ...], wb: tuple[str, ...]) -> tuple[str, float] | None:
    speakers_agree = a.speaker is not None and a.speaker == b.speaker
    if a.speaker is not None and b.speaker is not None and not speakers_agree:
        return None  # two people may say the same words; they are two remarks
    if wa == wb:
        return "exact", 1.0
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if _contains(long, short):
        if len(short) >= 4 or speakers_agree:
            return "shortened", round(len(short) / len(long), 3)
        return None
    elided = _elided((a if short is wa else b).text, short, long)
    if elided is not None:
        return elided
    return _similar(wa, wb, speakers_agree)


def _elided(short_text: str, short: tuple[str, ...], long: tuple[str, ...]) -> tuple[str, float] | None:
    """The shorter wording's stretches between elision marks stand in order in the longer."""
    segments = _segments(short_text) if len(short) < MAX_WORDS else []
    if len(segments) > 1 and all(len(s) >= 2 for s in segments) and _in_order(long, segments):
        return "elided", round(sum(map(len, segments)) / len(long), 3)
    return None


def _similar(wa: tuple[str, ...], wb: tuple[str, ...], speakers_agree: bool) -> tuple[str, float] | None:
    """Other words for the same thing: close enough for anyone, or for one speaker."""
    if min(len(wa), len(wb)) < 4:
        return None
    score = fuzz.token_sort_ratio(" ".join(wa), " ".join(wb))
    if score >= ANY_SPEAKER_SIMILARITY:
        return "reworded", round(score / 100, 3)
    if speakers_agree and score >= SAME_SPEAKER_SIMILARITY:
        return "translation", round(score / 100, 3)
    return None


def group_remarks(items: Sequence[Printed]) -> RemarkGroups:
    """Group printed quotes into remarks.

    >>> g = group_remarks([Printed("We will win.", "x"), Printed("“We will win”", "x"), Printed("No.", "y")])
    >>> g.groups
    ((0, 1), (2,))
    """
    # Millions of small containers and no reference cycles: see paused_gc.
    with paused_gc():
        return _group(items)


def _group(items: Sequence[Printed]) -> RemarkGroups:
    interned: dict[str, str] = {}  # one string object per distinct word: less memory at scale
    words = [tuple(interned.setdefault(x, x) for x in normalise(item.text)[:MAX_WORDS]) for item in items]
    forest = Forest(items)
    distinct = _join_copies(items, words, forest)
    shingles, postings = _shingle_index(words, distinct)
    for index in distinct:
        w = words[index]
        for other, count in _candidates(index, shingles[index], postings).items():
            if worth_verifying(count, len(w), len(words[other])):
                forest.try_join(index, other, lambda: verify(items[index], items[other], w, words[other]))
    return forest.groups()


def worth_verifying(shared: int, length: int, other_length: int) -> bool:
    """One shared shingle is enough for short quotes; longer ones need two."""
    return shared >= 2 or min(length, other_length) < 6


class Forest:
    """Union-find over the printed quotes, with the links that joined them. The known
    speaker of each group is kept at its root: unions never join two speakers."""

    def __init__(self, items: Sequence[Printed]) -> None:
        self.parent = list(range(len(items)))
        self.speaker: list[str | None] = [item.speaker for item in items]
        self.links: list[Link] = []

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def try_join(self, index: int, other: int, verify: Callable[[], tuple[str, float] | None]) -> None:
        """Join ``other``'s group under ``index``'s when their speakers allow it and
        ``verify`` finds the two wordings one remark."""
        root, other_root = self.find(index), self.find(other)
        if root == other_root:
            return
        a, b = self.speaker[root], self.speaker[other_root]
        if a is not None and b is not None and a != b:
            return
        verdict = verify()
        if verdict is not None:
            self.parent[other_root] = root
            self.speaker[root] = a if a is not None else b
            self.links.append(Link(index, other, verdict[0], verdict[1]))

    def join_copy(self, first: int, index: int) -> None:
        """A word-for-word copy joins its first printing (see :func:`_join_copies`)."""
        self.parent[index] = first
        self.links.append(Link(first, index, "exact", 1.0))

    def groups(self) -> RemarkGroups:
        """The groups, each in input order and ordered by its first quote, and the links."""
        groups: dict[int, list[int]] = {}
        for index in range(len(self.parent)):
            groups.setdefault(self.find(index), []).append(index)
        ordered = sorted((tuple(g) for g in groups.values()), key=lambda g: g[0])
        return RemarkGroups(tuple(ordered), tuple(self.links))


def _join_copies(items: Sequence[Printed], words: list[tuple[str, ...]], forest: Forest) -> list[int]:
    """Copies printed word for word (by the same known speaker, or both unknown) join their
    first printing at once, by hash: a remark relayed by a thousand articles is one entry
    in the index, not a thousand entries that swamp its postings. Returns the others."""
    first_of: dict[tuple[tuple[str, ...], str | None], int] = {}
    distinct: list[int] = []
    for index, w in enumerate(words):
        if w:
            first = first_of.setdefault((w, items[index].speaker), index)
            if first != index:
                forest.join_copy(first, index)
                continue
        distinct.append(index)
    return distinct


def _shingle_index(
    words: list[tuple[str, ...]], distinct: list[int]
) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """Each quote's shingles and the postings (quotes by shingle). Most shingles occur in
    one quote only and can propose nothing: they are counted first and left out of the
    index, which is then a fraction of the size."""
    known: dict[str, int] = {}  # word → its key, computed once per distinct word
    shingles = {index: shingle_keys(words[index], known) for index in distinct}
    counts = Counter(shingle for own in shingles.values() for shingle in own)
    postings: dict[int, list[int]] = {}
    for index, own in shingles.items():
        kept = [shingle for shingle in own if counts[shingle] > 1]
        shingles[index] = kept
        for shingle in kept:
            postings.setdefault(shingle, []).append(index)
    return shingles, postings


def _candidates(index: int, own: list[int], postings: dict[int, list[int]]) -> dict[int, int]:
    """Later quotes sharing shingles with this one, and how many. Rarest shingles first: a
    remark's own wording is rare, stock phrases are common. Once SCAN_BUDGET later quotes
    have been looked at, the commoner shingles left add work, not evidence: this bounds the
    work a quote costs, however large the corpus."""
    probes = ((len(postings[s]), postings[s]) for s in sorted(own, key=lambda s: len(postings[s])))
    # Postings are in index order: only the later quotes are new pairs.
    return scan(((size, posting[bisect_right(posting, index) :]) for size, posting in probes))


def scan(probes: Iterable[tuple[int, Sequence[int]]]) -> dict[int, int]:
    """The later quotes a quote's probes reach, and how many of its shingles each shares:
    ``probes`` are (posting size, the later quotes in the posting), rarest first."""
    shared: dict[int, int] = {}
    scanned = 0
    for size, later in probes:
        if size > MAX_POSTING or scanned >= SCAN_BUDGET:
            break
        scanned += len(later)
        for other in later:
            shared[other] = shared.get(other, 0) + 1
    return shared
