"""Quote fidelity: how one printing of a remark differs from its primary wording.

A fact-checker's question after "who said it, and where first?" is "was it quoted
faithfully?". :func:`compare` answers it for one printed quote against the primary
wording (the words as first given: the primary outlet's own text, a transcript the user
supplied, or else the printing that names the primary outlet; :mod:`quoteprov.graph.fidelity`
picks it). The two are aligned word by word with difflib's SequenceMatcher (the longest
run of shared words first, then the same on either side; no hand-written alignment), and
every difference becomes an :class:`Edit` with offsets into both texts; rapidfuzz's Indel
similarity says how many of the compared words are kept.

Kinds, from the most faithful:

- ``exact``: the same words (marks, case and white space aside);
- ``shortened``: words cut from either end only (or the printing quotes more than the
  primary wording holds, before or after it: one is a stretch of the other);
- ``bracketed``: words put in [brackets] by the relay ("[Trump] is talking" for "he is
  talking"), and nothing changed silently;
- ``elided``: words cut inside the quote where the relay marks the cut with … or […];
- ``translation``: words changed throughout, as another translation of the same words
  does: kept words are under :data:`COPY_SIMILARITY` of the compared stretch, and every
  number is kept (a translation does not change 20 to 30). Labelled, not an error;
- ``altered``: most words kept word for word (a copy of the primary wording) but some
  changed, dropped or added inside the quote marks without any mark: a misquote;
- ``different``: under :data:`SAME_WORDS_SIMILARITY` of the words kept: not judged (another
  stretch of the speaker's words, joined to the remark through a printing holding both).

Meaning-changing edits are named apart (:attr:`Fidelity.meaning`): ``negation`` (a "not",
"never", "no" dropped or added by a silent edit), ``number`` (a number changed),
``name`` (a capitalised word swapped for another), ``joined`` (an elision that joins two
of the speaker's sentences into one). Negations and names are read only in ``altered``
printings: a re-translation may well say "unhappy" for "not happy".
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache
from collections.abc import Collection, Iterator, Sequence

import attrs
import regex
from rapidfuzz.distance import Indel

from .lexicon import Lexicon

__all__ = ["Edit", "Fidelity", "FIDELITY_KINDS", "MEANING_KINDS", "COPY_SIMILARITY", "compare"]

#: every kind, most faithful first (a printing's kind is the least faithful that applies;
#: ``different`` is not judged, and ranks below the kinds that are)
FIDELITY_KINDS = ("exact", "shortened", "bracketed", "elided", "different", "translation", "altered")
#: the meaning-changing findings
MEANING_KINDS = ("negation", "number", "name", "joined")
#: share of the compared words kept verbatim (Indel similarity, 0–1) at which a printing
#: with silent changes is a copy that was changed (``altered``), not another translation.
#: A re-translation keeps about half the words of another (the seeds' two English
#: wordings of one Russian answer: 0.55); a copy with a word or two swapped keeps nine in
#: ten. ``benchmarks/bench_fidelity.py`` measures both sides of this line.
COPY_SIMILARITY = 0.8
#: under this share of the compared words kept, a printing is not judged (``different``):
#: it is another stretch of what the speaker said, joined to the remark through a third
#: printing that holds both, or words too unlike the primary wording to call it either a
#: translation or a misquote
SAME_WORDS_SIMILARITY = 0.5
#: a wording is compared by its first this many words (as remarks are grouped: no remark
#: is longer, and aligning two megabyte "quotes" of hostile text word by word would take
#: minutes: the alignment grows with the product of the lengths)
MAX_WORDS = 2_000

_TOKEN = regex.compile(
    r"(?P<elision>\[\s*(?:…|\.\s?\.\s?\.)\s*\]|\(\s*(?:…|\.\s?\.\s?\.)\s*\)|…|\.\s?\.\s?\.)"
    r"|(?P<bracket>\[[^\[\]]{1,80}\])"
    r"|(?P<word>\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|\p{N}+\.\p{N}+|[\p{L}\p{N}]+(?:['’‘][\p{L}]+)*)"
)
#: a word: a number as one ("1,500", "2.5"), or letters and digits with an apostrophe's tail
WORD_PATTERN = regex.compile(r"\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?|\p{N}+\.\p{N}+|[\p{L}\p{N}]+(?:['’‘][\p{L}]+)*")


def norm_word(word: str) -> str:
    return word.casefold().replace("’", "'").replace("‘", "'").replace(",", "")
_SENTENCE_END = regex.compile(r"[.!?][\"”’']?\s")


@attrs.frozen
class Edit:
    """One difference between the primary wording and a printing.

    ``op``: ``cut_start``/``cut_end`` (words cut from an end), ``longer_start``/``longer_end``
    (words the printing quotes before or after the primary wording), ``elided`` (cut inside, marked),
    ``bracketed`` (words in [brackets], replacing ``primary`` words or none), ``changed``,
    ``dropped``, ``added`` (silent: no mark). Offsets are into the two texts as given to
    :func:`compare` (plus its offsets); an empty side has start == end at the place.
    """

    op: str
    primary_start: int
    primary_end: int
    printed_start: int
    printed_end: int
    primary: str
    printed: str


@attrs.frozen
class Fidelity:
    """How one printing differs from the primary wording."""

    kind: str
    similarity: float  # share of the compared words kept verbatim (cuts and marked edits aside)
    coverage: float  # share of the primary words the printing keeps
    edits: tuple[Edit, ...]
    meaning: tuple[str, ...]

    @property
    def silent(self) -> tuple[Edit, ...]:
        """The edits made without any mark."""
        return tuple(e for e in self.edits if e.op in ("changed", "dropped", "added"))

    def to_dict(self) -> dict[str, object]:
        return attrs.asdict(self)


@attrs.frozen
class _Words:
    """A text's words (normalised), their offsets, and where marks stand between them."""

    norm: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    elisions: dict[int, tuple[int, int]]  # word index the mark stands before → its offsets
    brackets: dict[int, tuple[int, int]]


@lru_cache(maxsize=256)  # a remark's primary wording is compared with each of its printings
def _words(text: str) -> _Words:
    norm: list[str] = []
    spans: list[tuple[int, int]] = []
    elisions: dict[int, tuple[int, int]] = {}
    brackets: dict[int, tuple[int, int]] = {}
    for m in _TOKEN.finditer(text):
        if len(norm) >= MAX_WORDS:
            break
        kind = m.lastgroup
        if kind == "word":  # the same pattern as WORD_PATTERN: one word
            norm.append(norm_word(m.group()))
            spans.append(m.span())
        elif kind == "elision":
            elisions.setdefault(len(norm), m.span())
        else:
            brackets.setdefault(len(norm), m.span())
    return _Words(tuple(norm), tuple(spans), elisions, brackets)


_Op = tuple[str, int, int, int, int]  # tag, primary words i1:i2, printed words j1:j2


def _opcodes(q: Sequence[str], p: Sequence[str], marks: Collection[int]) -> list[_Op]:
    """difflib's opcodes: the longest run of shared words first, then the same on either
    side (Ratcliff/Obershelp). A shortest-edit alignment (rapidfuzz's Indel) keeps as many
    words as possible however scattered, so "to come a long way" printed from a long
    answer matched "to" in one sentence and "way" five sentences on; the longest run
    keeps the five words together, as a reader would."""
    ops: list[_Op] = [tuple(op) for op in SequenceMatcher(None, q, p, autojunk=True).get_opcodes()]  # type: ignore[misc]
    return _cuts_at_the_ends(ops, q, marks)


def _cuts_at_the_ends(ops: list[_Op], q: Sequence[str], marks: Collection[int]) -> list[_Op]:
    """The same alignment with a cut next to an end moved to that end, where the words
    allow: "I wrote it because I was tired" printed as "I was tired" keeps its second "I",
    so the cut is "I wrote it because" at the start, not "wrote it because I" inside. A cut
    the printing marks where it stands ("We want … it now") stays there."""
    if len(ops) >= 2 and ops[0][0] == "equal" and ops[1][0] == "delete" and ops[1][3] not in marks:
        (_t, _i1, a, _j1, j2), (_d, _a, b, _k1, _k2) = ops[0], ops[1]
        if q[0:a] == q[b - a:b]:
            ops = [("delete", 0, b - a, 0, 0), ("equal", b - a, b, 0, j2), *ops[2:]]
    if len(ops) >= 2 and ops[-1][0] == "equal" and ops[-2][0] == "delete" and ops[-2][3] not in marks:
        (_d, e, c, _j1, _j2), (_t, _c, end, d1, d2) = ops[-2], ops[-1]
        m = end - c
        if q[c:end] == q[e:e + m]:
            ops = [*ops[:-2], ("equal", e, e + m, d1, d2), ("delete", e + m, end, d2, d2)]
    return ops


def _marked(
    marks: dict[int, tuple[int, int]], q: Sequence[str], i1: int, i2: int, j: int
) -> tuple[tuple[int, int], int] | None:
    """The mark that stands where the cut ``q[i1:i2]`` is, and by how many words the cut
    moves to stand there: the same cut may be placed a few words earlier or later ("the …
    the end": which "the" went is moot; "We want … it now": the second "we want" went)."""
    if j in marks:
        return marks[j], 0
    width = i2 - i1
    k = 1
    while k <= width and i2 + k <= len(q) and q[i1 + k - 1] == q[i2 + k - 1]:
        if j + k in marks:
            return marks[j + k], k
        k += 1
    k = 1
    while k <= width and i1 - k >= 0 and q[i1 - k] == q[i2 - k]:
        if j - k in marks:
            return marks[j - k], -k
        k += 1
    return None


def _span(spans: Sequence[tuple[int, int]], i1: int, i2: int, length: int) -> tuple[int, int]:
    """The text offsets of words ``i1:i2``; an empty range is the place before word ``i1``
    (the text's end after the last word)."""
    if i1 < i2:
        return spans[i1][0], spans[i2 - 1][1]
    at = spans[i1][0] if i1 < len(spans) else length
    return at, at


class _Aligner:
    """The edits of one printing against the primary wording."""

    def __init__(self, primary: str, printed: str, primary_offset: int, printed_offset: int, lexicon: Lexicon) -> None:
        self.primary, self.printed = primary, printed
        self.negation_words = lexicon.words["negation"]
        self.number_words = lexicon.number_words
        self.po, self.qo = printed_offset, primary_offset
        # The primary's own marks are its printer's, not the speaker's words: left out.
        self.q = _words(primary)
        self.p = _words(printed)

    def negations(self, text: str) -> int:
        return sum(1 for w in _tokens(text) if w in self.negation_words or w.endswith("n't"))

    def numbers(self, text: str) -> Counter[str]:
        """The numbers a text states, by value ("20" and "twenty" are one)."""
        found: Counter[str] = Counter()
        for w in _tokens(text):
            if w.isdigit():
                found[w.lstrip("0") or "0"] += 1
            elif w in self.number_words:
                found[self.number_words[w]] += 1
            elif any(c.isdigit() for c in w):
                found[w] += 1
        return found

    def q_span(self, i1: int, i2: int) -> tuple[int, int]:
        return _span(self.q.spans, i1, i2, len(self.primary))

    def p_span(self, j1: int, j2: int) -> tuple[int, int]:
        return _span(self.p.spans, j1, j2, len(self.printed))

    def edit(self, op: str, q: tuple[int, int], p: tuple[int, int]) -> Edit:
        return Edit(op, q[0] + self.qo, q[1] + self.qo, p[0] + self.po, p[1] + self.po,
                    self.primary[q[0]:q[1]], self.printed[p[0]:p[1]])

    def edits(self) -> Iterator[Edit]:
        ops = _opcodes(self.q.norm, self.p.norm, self.p.elisions.keys() | self.p.brackets.keys())
        used_marks: set[tuple[int, int]] = set()
        for n, (tag, i1, i2, j1, j2) in enumerate(ops):
            if tag == "equal":
                continue
            if tag == "delete":
                yield self._deleted(i1, i2, j1, n == 0, n == len(ops) - 1, used_marks)
            elif tag == "insert" and (i1 == 0 and n == 0 or i1 == len(self.q.norm) and n == len(ops) - 1):
                # The printing quotes more than the primary wording holds, before or after it.
                op = "longer_start" if n == 0 else "longer_end"
                yield self.edit(op, self.q_span(i1, i2), self.p_span(j1, j2))
            else:
                yield self.edit("changed" if tag == "replace" else "added", self.q_span(i1, i2), self.p_span(j1, j2))
        own = {self.primary[a:b].casefold() for a, b in self.q.brackets.values()}
        for j, span in sorted(self.p.brackets.items()):
            # words put in, replacing none of the primary's (and not copied from its own brackets)
            if span not in used_marks and self.printed[span[0]:span[1]].casefold() not in own:
                at = self._q_at(j, ops)
                yield self.edit("bracketed", self.q_span(at, at), span)

    def _deleted(self, i1: int, i2: int, j: int, first: bool, last: bool, used: set[tuple[int, int]]) -> Edit:
        bracket = _marked(self.p.brackets, self.q.norm, i1, i2, j)
        if bracket is not None and bracket[0] not in used:
            used.add(bracket[0])
            return self.edit("bracketed", self.q_span(i1 + bracket[1], i2 + bracket[1]), bracket[0])
        elision = _marked(self.p.elisions, self.q.norm, i1, i2, j)
        # A mark inside the printing says where its cut is, even where the words would let
        # the cut stand at an end; a mark at an end ("… it now") is a cut from that end.
        if elision is not None and 0 < j + elision[1] < len(self.p.norm):
            return self.edit("elided", self.q_span(i1 + elision[1], i2 + elision[1]), elision[0])
        if first or last:
            return self.edit("cut_start" if first else "cut_end", self.q_span(i1, i2), self.p_span(j, j))
        return self.edit("dropped", self.q_span(i1, i2), self.p_span(j, j))

    @staticmethod
    def _q_at(j: int, ops: list[_Op]) -> int:
        for _tag, i1, i2, j1, j2 in ops:
            if j1 <= j <= j2:
                return min(i1 + (j - j1), i2)
        return ops[-1][2] if ops else 0


def compare(
    primary: str, printed: str, *, primary_offset: int = 0, printed_offset: int = 0, lexicon: Lexicon | None = None
) -> Fidelity:
    """How ``printed`` differs from the ``primary`` wording (offsets shift the edits'; the
    lexicon's ``negation`` words and ``numbers.tsv`` say what a negation and a number are).

    >>> compare("We will not accept this deal.", "We will accept this deal.").kind
    'altered'
    >>> compare("We will not accept this deal.", "We will accept this deal.").meaning
    ('negation',)
    >>> compare("We will not accept this deal, whatever happens.", "will not accept this deal").kind
    'shortened'
    >>> compare("We want peace. We want it now.", "We want … it now.").kind
    'elided'
    """
    aligner = _Aligner(primary, printed, primary_offset, printed_offset, lexicon or Lexicon.default())
    edits = tuple(aligner.edits())
    similarity, coverage = _scores(edits, aligner)
    kind = _kind(edits, similarity, aligner)
    return Fidelity(kind, similarity, coverage, edits, _meaning(kind, edits, aligner))


def _scores(edits: Sequence[Edit], aligner: _Aligner) -> tuple[float, float]:
    """The share of the compared words kept verbatim (cuts, marked edits and words beyond
    the primary wording's ends aside), and the share of the primary's words kept."""
    q = aligner.q.norm
    kept = _compared(q, edits, aligner)
    beyond = [(e.printed_start - aligner.po, e.printed_end - aligner.po) for e in edits if e.op.startswith("longer")]
    p = [w for w, (s, _e) in zip(aligner.p.norm, aligner.p.spans) if not any(a <= s < b for a, b in beyond)]
    similarity = round(Indel.normalized_similarity(kept, p), 3) if kept or p else 1.0
    coverage = round(sum(1 for _ in _kept_words(q, edits, aligner)) / len(q), 3) if q else 1.0
    return similarity, coverage


def _kind(edits: Sequence[Edit], similarity: float, aligner: _Aligner) -> str:
    ops = {e.op for e in edits}
    silent = [e for e in edits if e.op in ("changed", "dropped", "added")]
    if silent:
        if similarity < SAME_WORDS_SIMILARITY:
            return "different"
        # A translation keeps the numbers; one that changes them is no translation.
        numbers = any(aligner.numbers(e.primary) != aligner.numbers(e.printed) for e in silent)
        return "altered" if similarity >= COPY_SIMILARITY or numbers else "translation"
    for op, kind in (("elided", "elided"), ("bracketed", "bracketed")):
        if op in ops:
            return kind
    return "shortened" if ops & {"cut_start", "cut_end", "longer_start", "longer_end"} else "exact"


def _kept_words(q: Sequence[str], edits: Sequence[Edit], aligner: _Aligner) -> Iterator[str]:
    """The primary's words the printing keeps (not cut, elided or replaced)."""
    gone = [(e.primary_start - aligner.qo, e.primary_end - aligner.qo) for e in edits
            if e.op in ("cut_start", "cut_end", "elided", "bracketed", "changed", "dropped")]
    for word, (s, _e) in zip(q, aligner.q.spans):
        if not any(a <= s < b for a, b in gone):
            yield word


def _compared(q: Sequence[str], edits: Sequence[Edit], aligner: _Aligner) -> list[str]:
    """The primary's words the printing answers for: all but those cut or marked as changed
    (silently changed or dropped words stay, so they count against the similarity)."""
    gone = [(e.primary_start - aligner.qo, e.primary_end - aligner.qo) for e in edits
            if e.op in ("cut_start", "cut_end", "elided", "bracketed")]
    return [w for w, (s, _e) in zip(q, aligner.q.spans) if not any(a <= s < b for a, b in gone)]


def _tokens(text: str) -> list[str]:
    return [norm_word(m.group()) for m in WORD_PATTERN.finditer(text)]


def _names(text: str, start: int, end: int) -> set[str]:
    """Capitalised words in ``text[start:end]`` that do not open a sentence (or the quote)."""
    found = set()
    for m in WORD_PATTERN.finditer(text, start, end):
        before = text[:m.start()].rstrip(" \"“‘'(")
        if m.group()[0].isupper() and before and not before.endswith((".", "!", "?", ":")):
            found.add(m.group())
    return found


def _name_changed(e: Edit, aligner: _Aligner) -> bool:
    """A capitalised word swapped for another ("Kyiv" for "Moscow")."""
    q = _names(aligner.primary, e.primary_start - aligner.qo, e.primary_end - aligner.qo)
    p = _names(aligner.printed, e.printed_start - aligner.po, e.printed_end - aligner.po)
    return bool(q) and bool(p) and q != p


def _meaning(kind: str, edits: Sequence[Edit], aligner: _Aligner) -> tuple[str, ...]:
    if kind == "different":
        return ()  # not judged: too few words in common to say what changed
    silent = [e for e in edits if e.op in ("changed", "dropped", "added")]
    found = {"number"} if any(aligner.numbers(e.primary) != aligner.numbers(e.printed) for e in silent) else set()
    if kind == "altered":  # a re-translation may well say "unhappy" for "not happy"
        found |= _altered_meaning(silent, aligner)
    if any(e.op == "elided" and _joins(e, aligner) for e in edits):
        found.add("joined")
    return tuple(k for k in MEANING_KINDS if k in found)


def _altered_meaning(silent: Sequence[Edit], aligner: _Aligner) -> set[str]:
    """A copy's silent edits that drop or add a negation, or swap a name."""
    found = set()
    if any(aligner.negations(e.primary) != aligner.negations(e.printed) for e in silent):
        found.add("negation")
    if any(e.op == "changed" and _name_changed(e, aligner) for e in silent):
        found.add("name")
    return found


def _joins(edit: Edit, aligner: _Aligner) -> bool:
    """An elision over a sentence end of the primary, where the printing reads on as one
    sentence ("We will talk … never with them" from "We will talk. … Never with them")."""
    start, end = edit.primary_start - aligner.qo, edit.primary_end - aligner.qo
    # the cut words and what stands between them and the kept words on either side
    before = aligner.primary[:start].rstrip()
    cut = aligner.primary[max(0, len(before) - 1):end + 2]
    if not _SENTENCE_END.search(cut + " "):
        return False
    printed_before = aligner.printed[:edit.printed_start - aligner.po].rstrip()
    return not printed_before.endswith((".", "!", "?"))
