"""Remark grouping on a Dask cluster, with exactly the groups, links and order of
:func:`quoteprov.remarks.group_remarks` on one process.

The single-process grouping reads every quote's candidates from a shingle index, verifies
each candidate pair, and joins the pairs that pass in a union-find, in quote order (a pair
is skipped when its groups already hold two different speakers). Everything but the last
step is a pure function of the corpus, so it runs on the cluster:

1. map: each partition of quotes gets its words (``normalise``);
2. shuffle by a stable key of (words, speaker): word-for-word copies join their first
   printing;
3. shuffle by shingle key (:func:`quoteprov.remarks.shingle_keys`, the same in every
   process): postings, and for each quote in one the later quotes it reaches;
4. shuffle to each quote's partition: its candidates, probed rarest shingle first within
   the same budget (:func:`quoteprov.remarks.scan`);
5. shuffle each candidate pair to the other quote's partition and back: the pair verified
   (:func:`quoteprov.remarks.verify`) where both wordings are at hand.

The client then replays the union-find over the copies and the verified pairs, in the
order the single process meets them: that step is a few dict operations a pair, and the
one whose outcome depends on the order.
"""

from __future__ import annotations

import pickle
import sys
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from dask.delayed import delayed

from .._runtime import paused_gc
from ..remarks import (
    MAX_POSTING,
    MAX_WORDS,
    SCAN_BUDGET,
    Forest,
    Printed,
    RemarkGroups,
    normalise,
    scan,
    shingle_keys,
    verify,
    word_key,
)
from ..remarks import worth_verifying

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["QUOTES_PER_PARTITION", "group_remarks"]

#: quotes per partition: about 7,000 articles' worth of work per task at most
QUOTES_PER_PARTITION = 5_000

Words = tuple[str, ...]
#: one partition of quotes: its first index, its quotes and their words
_Part = tuple[int, Sequence[Printed], list[Words]]


def group_remarks(
    items: Sequence[Printed], *, client: Client, partition: int = QUOTES_PER_PARTITION,
) -> RemarkGroups:
    """:func:`quoteprov.remarks.group_remarks` on the cluster behind ``client``: the same
    groups, links and order, whatever the number of workers or their PYTHONHASHSEED."""
    starts = list(range(0, len(items), partition)) or [0]
    with warnings.catch_warnings():
        # The quotes travel inside the task graph, not scattered: a worker that dies takes
        # no data with it that the scheduler cannot make again.
        warnings.filterwarnings("ignore", message=".*[Ll]arge graph", category=UserWarning)
        parts = client.persist([delayed(_words)(s, _pickled(items[s : s + partition])) for s in starts])
        copies = _copies(client, parts)
        verified = _verified(client, parts, copies, starts)
    with paused_gc():
        return _replay(items, copies, verified)


def _copies(client: Client, parts: list[Any]) -> list[tuple[int, int]]:
    """Steps 1–2: (first printing, copy) for every word-for-word copy, by copy."""
    n = len(parts)
    copied = client.compute(_shuffle([delayed(_copy_keys)(p, n) for p in parts], n, _join_copies), sync=True)
    return sorted((pair for found in copied for pair in found), key=lambda pair: pair[1])


def _verified(
    client: Client, parts: list[Any], copies: list[tuple[int, int]], starts: list[int],
) -> list[tuple[int, int, int, str, float]]:
    """Steps 3–5: the candidate pairs found one remark, as (quote, rank, other, kind,
    similarity)."""
    n = len(parts)
    later = sorted(index for _first, index in copies)
    bounds = [*starts[1:], sys.maxsize]
    own = [later[bisect_left(later, s) : bisect_left(later, e)] for s, e in zip(starts, bounds)]
    keyed = [delayed(_shingle_keys)(p, o, n) for p, o in zip(parts, own)]
    postings = _shuffle(keyed, n, _postings, starts)
    used = [delayed(_used)(b, h, n) for b, h in enumerate(_inputs([p[0] for p in postings], n))]
    probes = [delayed(_tails)(b, postings[b][1], u, starts) for b, u in enumerate(_inputs(used, n))]
    requests = [delayed(_candidates)(b, q, starts, parts[b]) for b, q in enumerate(_inputs(probes, n))]
    answers = [delayed(_answer)(b, r, starts, parts[b]) for b, r in enumerate(_inputs(requests, n))]
    found = [delayed(_verify)(b, a, parts[b]) for b, a in enumerate(_inputs(answers, n))]
    return [v for verified in client.compute(found, sync=True) for v in verified]


def _replay(
    items: Sequence[Printed], copies: list[tuple[int, int]], verified: list[tuple[int, int, int, str, float]],
) -> RemarkGroups:
    """The single process's union-find, over its copies and verified pairs in its order."""
    forest = Forest(items)
    for first, index in copies:
        forest.join_copy(first, index)
    verified.sort(key=lambda v: (v[0], v[1]))
    for index, _rank, other, method, similarity in verified:
        forest.try_join(index, other, lambda m=method, s=similarity: (m, s))  # type: ignore[misc]
    return forest.groups()


def _inputs(parts: list[Any], buckets: int) -> list[list[Any]]:
    """Each map output is a list of ``buckets`` packed buckets; bucket b of every output,
    in map order, is what reduce task b reads (so it reads in input order)."""
    return [[p[b] for p in parts] for b in range(buckets)]


def _shuffle(parts: list[Any], buckets: int, reduce: Callable[..., Any], *extra: Any) -> list[Any]:
    return [delayed(reduce)(b, lists, *extra) for b, lists in enumerate(_inputs(parts, buckets))]


def _pack(buckets_of: list[list[Any]]) -> list[bytes]:
    """A map task's buckets, each pickled: Dask sends bytes at once, where a list of
    small tuples is slow to serialise item by item (17 s of 23 for 30,000 quotes)."""
    return [pickle.dumps(bucket, protocol=pickle.HIGHEST_PROTOCOL) for bucket in buckets_of]


def _unpack(lists: list[bytes]) -> Iterator[Any]:
    """The records of a reduce task's buckets, in map order."""
    for data in lists:
        yield from pickle.loads(data)


def _part(data: bytes) -> _Part:
    part: _Part = pickle.loads(data)
    return part


def _pickled(items: Sequence[Printed]) -> bytes:
    """Quotes as they travel in the task graph: pickled here at once (Dask would otherwise
    walk every one of them looking for collections, a third of a second per 10,000)."""
    return pickle.dumps(list(items), protocol=pickle.HIGHEST_PROTOCOL)


def _words(start: int, data: bytes) -> bytes:
    """Map: each quote's words, as the single process takes them (its first MAX_WORDS),
    kept pickled (see :func:`_pack`)."""
    items: list[Printed] = pickle.loads(data)
    interned: dict[str, str] = {}
    words = [tuple(interned.setdefault(x, x) for x in normalise(i.text)[:MAX_WORDS]) for i in items]
    return pickle.dumps((start, items, words), protocol=pickle.HIGHEST_PROTOCOL)


def _copy_keys(data: bytes, buckets: int) -> list[bytes]:
    """Map: each quote with words, to the bucket of its (words, speaker)'s stable key."""
    start, items, words = _part(data)
    out: list[list[tuple[Words, str | None, int]]] = [[] for _ in range(buckets)]
    for offset, w in enumerate(words):
        if w:
            speaker = items[offset].speaker
            key = word_key(" ".join(w) + "\x00" + (speaker if speaker is not None else "\x00"))
            out[key % buckets].append((w, speaker, start + offset))
    return _pack(out)


def _join_copies(_bucket: int, lists: list[bytes]) -> list[tuple[int, int]]:
    """Reduce: (first printing, copy) for every word-for-word copy (quotes arrive in order)."""
    first_of: dict[tuple[Words, str | None], int] = {}
    pairs = []
    for w, speaker, index in _unpack(lists):
        first = first_of.setdefault((w, speaker), index)
        if first != index:
            pairs.append((first, index))
    return pairs


def _shingle_keys(data: bytes, copies: list[int], buckets: int) -> list[bytes]:
    """Map: (key, quote, position of the key in the quote's shingles, words) per shingle of
    each quote that is not a copy, to its key's bucket."""
    start, _items, words = _part(data)
    skip = set(copies)
    known: dict[str, int] = {}
    out: list[list[tuple[int, int, int, int]]] = [[] for _ in range(buckets)]
    for offset, w in enumerate(words):
        index = start + offset
        if index in skip:
            continue
        for position, key in enumerate(shingle_keys(w, known)):
            out[key % buckets].append((key, index, position, len(w)))
    return _pack(out)


#: what one posting tells a quote in it: (posting size, the key's position among the
#: quote's shingles, the later quotes in the posting with their word counts)
_Probe = tuple[int, int, list[tuple[int, int]]]


def _postings(_bucket: int, lists: list[bytes], starts: list[int]) -> tuple[list[bytes], bytes]:
    """Reduce: the postings of this bucket's keys (quotes in order). Each quote in a posting
    of 2 to MAX_POSTING quotes hears, in its own partition, of the posting's size, the key's
    position among its shingles and how many later quotes the posting holds: enough to tell
    which of its postings the single process would read. The postings stay here."""
    postings: dict[int, list[tuple[int, int, int]]] = {}
    for key, index, position, length in _unpack(lists):
        postings.setdefault(key, []).append((index, position, length))
    out: list[list[tuple[int, _Header]]] = [[] for _ in starts]
    kept: dict[int, list[tuple[int, int]]] = {}
    for key, posting in postings.items():
        size = len(posting)
        if size < 2 or size > MAX_POSTING:  # alone: proposes nothing; too common: never probed
            continue
        kept[key] = [(index, length) for index, _p, length in posting]
        for k, (index, position, _length) in enumerate(posting[:-1]):
            out[bisect_right(starts, index) - 1].append((index, (size, position, key, size - k - 1)))
    return _pack(out), pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL)


#: what a quote first hears of one of its postings: (size, position of the key among the
#: quote's shingles, the key, how many later quotes the posting holds)
_Header = tuple[int, int, int, int]


def _used(_bucket: int, lists: list[bytes], buckets: int) -> list[bytes]:
    """Reduce, in a quote's partition: the postings its scan reads (rarest first, until
    SCAN_BUDGET later quotes are seen, as :func:`quoteprov.remarks.scan` stops), asked of
    their keys' buckets. Only these travel whole: the work per quote stays bounded."""
    headers: dict[int, list[_Header]] = {}
    for index, header in _unpack(lists):
        headers.setdefault(index, []).append(header)
    out: list[list[tuple[int, int, int, int]]] = [[] for _ in range(buckets)]
    for index, found in headers.items():
        scanned = 0
        for size, position, key, later in sorted(found):
            if scanned >= SCAN_BUDGET:
                break
            scanned += later
            out[key % buckets].append((key, index, size, position))
    return _pack(out)


def _tails(_bucket: int, kept: bytes, lists: list[bytes], starts: list[int]) -> list[bytes]:
    """Reduce, in a key's bucket: each asked posting's later quotes (with their word counts),
    back to the asking quote's partition."""
    postings: dict[int, list[tuple[int, int]]] = pickle.loads(kept)
    out: list[list[tuple[int, _Probe]]] = [[] for _ in starts]
    for key, index, size, position in _unpack(lists):
        posting = postings[key]
        k = bisect_left(posting, (index,))
        out[bisect_right(starts, index) - 1].append((index, (size, position, posting[k + 1 :])))
    return _pack(out)


def _candidates(_bucket: int, lists: list[bytes], starts: list[int], data: bytes) -> list[bytes]:
    """Reduce, in a quote's partition: its candidates in the single process's order (rarest
    shingle first, the same budget), each sent as (other, quote, rank) to the other's
    partition for its wording."""
    start, _items, words = _part(data)
    probes: dict[int, list[_Probe]] = {}
    for index, probe in _unpack(lists):
        probes.setdefault(index, []).append(probe)
    out: list[list[tuple[int, int, int]]] = [[] for _ in starts]
    for index in sorted(probes):
        ordered = sorted(probes[index], key=lambda p: (p[0], p[1]))
        lengths = {other: length for _s, _p, later in ordered for other, length in later}
        shared = scan((size, [other for other, _length in later]) for size, _p, later in ordered)
        length = len(words[index - start])
        for rank, (other, count) in enumerate(shared.items()):
            if worth_verifying(count, length, lengths[other]):
                out[bisect_right(starts, other) - 1].append((other, index, rank))
    return _pack(out)


def _answer(_bucket: int, lists: list[bytes], starts: list[int], data: bytes) -> list[bytes]:
    """Reduce, in the other quote's partition: its quote and words, back to the asking
    quote's partition."""
    start, items, words = _part(data)
    out: list[list[tuple[int, int, int, Printed, Words]]] = [[] for _ in starts]
    for other, index, rank in _unpack(lists):
        out[bisect_right(starts, index) - 1].append((index, rank, other, items[other - start], words[other - start]))
    return _pack(out)


def _verify(_bucket: int, lists: list[bytes], data: bytes) -> list[tuple[int, int, int, str, float]]:
    """Reduce, in the asking quote's partition: each pair verified; the pairs that are one
    remark, with the rank that orders them as the single process meets them."""
    start, items, words = _part(data)
    found = []
    for index, rank, other, printed, other_words in _unpack(lists):
        verdict = verify(items[index - start], printed, words[index - start], other_words)
        if verdict is not None:
            found.append((index, rank, other, verdict[0], verdict[1]))
    return found
