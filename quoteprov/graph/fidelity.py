"""Fidelity in the graph: each remark's primary wording, and how every printing differs
from it (:func:`quoteprov.fidelity.compare`).

The primary wording is the printing closest to the primary source, chosen in this order
(the remark's ``primary_basis`` says which):

1. ``supplied``: an article the user marked as the primary source (``"primary": true``:
   a transcript, a press release), where the remark's words are found;
2. ``primary_outlet``: the remark as printed by the outlet it was first given to, when
   the corpus holds that outlet's article;
3. ``names_primary_outlet``: the earliest printing (by publication date) that names the
   outlet the remark was first given to;
4. ``fullest_printing``: when no printing names it.

Among several candidates: the wording most of the remark's printings agree on, then the
fullest (most of the speaker's own words: a relay's [brackets] and elided stretches do
not count), then the first in the corpus.

Quote nodes get ``fidelity`` (the kind), ``fidelity_similarity``, ``fidelity_coverage``,
``fidelity_meaning`` and ``text_start`` (where the quoted words start in the article);
:func:`printing_fidelity` gives the whole record with its word-level edits, offsets into
both articles. A remark printed once, with no supplied primary, has nothing to compare.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import regex
from rapidfuzz.distance import Indel

from ..fidelity import FIDELITY_KINDS, MAX_WORDS, WORD_PATTERN, Fidelity, compare, norm_word
from ..names import norm_name
from .schema import clean, split_values

if TYPE_CHECKING:
    import networkx as nx

    Graph = nx.MultiDiGraph[str]

__all__ = ["Printing", "PrimaryTexts", "add_fidelity", "annotate_relays", "printing_fidelity"]

_ELISION = regex.compile(r"…|\.\s?\.\s?\.|\[[^\[\]]{0,80}\]")
#: share of a printing's word triples a supplied text must hold for the words to be found there
FOUND_SHARE = 0.3
#: a word triple found more often than this in the supplied texts says nothing of where a
#: remark stands in them (and looking at every place would make hostile text quadratic)
MAX_POSTING = 50


@attrs.frozen
class Printing:
    """One printed quote of a remark, as the graph builder knows it."""

    node: str
    article: str
    text: str
    start: int  # where the quoted words start in the article
    outlet: str | None  # the outlet this printing names for the words
    published: str | None
    article_outlet: str | None


class PrimaryTexts:
    """The articles marked as primary sources, indexed by word triples so that a remark's
    words are found in them without reading every text for every remark."""

    def __init__(self, texts: Iterable[tuple[str, str]]) -> None:
        self.texts: list[tuple[str, str]] = list(texts)
        self.words: list[list[tuple[str, int, int]]] = []
        self.index: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
        for n, (_article, text) in enumerate(self.texts):
            words = [(norm_word(m.group()), m.start(), m.end()) for m in WORD_PATTERN.finditer(text)]
            self.words.append(words)
            for i in range(len(words) - 2):
                self.index.setdefault((words[i][0], words[i + 1][0], words[i + 2][0]), []).append((n, i))

    def find(self, wording: str) -> tuple[str, str, int] | None:
        """(article, its words where ``wording`` stands, their offset), or None."""
        if not self.texts:
            return None
        words = _own_words(wording)[:MAX_WORDS]
        triples = list(zip(words, words[1:], words[2:]))
        votes: Counter[tuple[int, int]] = Counter()
        for k, triple in enumerate(triples):
            postings = self.index.get(triple, ())
            if len(postings) > MAX_POSTING:
                continue  # a stock phrase (or hostile repetition), not evidence of where
            for n, i in postings:
                votes[(n, i - k)] += 1
        if not votes:
            return None
        (n, at), count = min(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        if count < max(2, FOUND_SHARE * len(triples)):
            return None
        doc = self.words[n]
        # The stretch of the text the printing's words stand in: align them with a window a
        # little wider than the vote says (a word added or dropped shifts it), keep the
        # stretch from the first word they share to the last.
        slack = max(3, len(words) // 4)
        low, high = max(0, at - slack), min(len(doc), at + len(words) + slack)
        shared = [op for op in Indel.opcodes([w for w, _s, _e in doc[low:high]], words) if op.tag == "equal"]
        if not shared:
            return None
        first, last = low + shared[0].src_start, low + shared[-1].src_end - 1
        article, text = self.texts[n]
        start, end = doc[first][1], doc[last][2]
        return article, text[start:end], start


def _choose(printings: Sequence[Printing], first_given: str | None) -> tuple[Printing, str]:
    """The printing closest to the primary source, and why it was chosen."""
    by_text = {text: _own_words(text) for text in {p.text for p in printings}}  # each wording read once
    agree = Counter(by_text[p.text] for p in printings)
    position = {p.node: n for n, p in enumerate(printings)}

    def best(p: Printing) -> tuple[int, int, int]:
        # The wording most printings agree on, then the fullest (the speaker's own words:
        # a relay's [brackets] do not count), then the first.
        words = by_text[p.text]
        return (-agree[words], -len(words), position[p.node])

    if first_given:
        same = norm_name(first_given)
        own = [p for p in printings if p.article_outlet and norm_name(p.article_outlet) == same]
        if own:
            return min(own, key=best), "primary_outlet"
        naming = [p for p in printings if p.outlet and norm_name(p.outlet) == same]
        if naming:
            return min(_earliest(naming), key=best), "names_primary_outlet"
    return min(printings, key=best), "fullest_printing"


def _earliest(printings: list[Printing]) -> list[Printing]:
    """The printings of the earliest date, if any is dated (ISO 8601 dates sort in time)."""
    dated = [p for p in printings if p.published]
    if not dated:
        return printings
    earliest = min(p.published or "" for p in dated)
    return [p for p in dated if p.published == earliest]


def _own_words(text: str) -> tuple[str, ...]:
    return tuple(norm_word(m.group()) for m in WORD_PATTERN.finditer(_ELISION.sub(" ", text)))


def add_fidelity(
    g: Graph, remark: str, printings: Sequence[Printing], first_given: str | None, supplied: PrimaryTexts
) -> None:
    """Record the remark's primary wording, and on each printing how it differs from it."""
    if len(printings) < 2 and not supplied.texts:
        return  # one printing and nothing supplied: nothing to compare it with
    found = None
    if supplied.texts:
        fullest = max(enumerate(printings), key=lambda np: (len(_own_words(np[1].text)), -np[0]))[1]
        found = supplied.find(fullest.text)
    if found is not None:
        article, text, start = found
        basis, quote = "supplied", None
    elif len(printings) > 1:
        chosen, basis = _choose(printings, first_given)
        article, text, start, quote = chosen.article, chosen.text, chosen.start, chosen.node
    else:
        return
    g.nodes[remark].update(clean({
        "primary_basis": basis, "primary_article": article, "primary_text": text, "primary_start": start,
        "primary_end": start + len(text), "primary_quote": quote,
    }))
    compared: dict[str, Fidelity] = {}  # the graph keeps no offsets: one comparison per wording
    for p in printings:
        f = compared.get(p.text) or compared.setdefault(p.text, compare(text, p.text))
        g.nodes[p.node].update(clean({
            "fidelity": f.kind, "fidelity_similarity": f.similarity, "fidelity_coverage": f.coverage,
            "fidelity_meaning": list(f.meaning) or None, "text_start": p.start,
        }))


def printing_fidelity(g: Graph, quote: str) -> Fidelity | None:
    """The full fidelity record of one printed quote (with its edits), or None when its
    remark has no primary wording to compare with."""
    remark = next((v for _q, v, k in g.out_edges(quote, keys=True) if k == "instance_of"), None)
    data: dict[str, Any] = g.nodes[remark] if remark is not None else {}
    q = g.nodes[quote]
    if "primary_text" not in data or "text_start" not in q:
        return None
    return compare(data["primary_text"], q["text"], primary_offset=data["primary_start"], printed_offset=q["text_start"])


def annotate_relays(g: Graph) -> None:
    """On each article's relays edge to a remark's primary outlet: the least faithful kind
    of its printings of remarks first given there, and any meaning-changing findings."""
    worst: dict[tuple[str, str], tuple[int, set[str]]] = {}
    for remark, outlet, key in list(g.edges(keys=True)):
        if key != "first_given_to":
            continue
        for quote, _r, k in g.in_edges(remark, keys=True):
            data = g.nodes[quote]
            if k != "instance_of" or "fidelity" not in data:
                continue
            article = next(u for u, _v, kk in g.in_edges(quote, keys=True) if kk == "contains")
            rank, meaning = worst.get((article, outlet), (-1, set()))
            worst[(article, outlet)] = (max(rank, FIDELITY_KINDS.index(data["fidelity"])),
                                        meaning | set(split_values(data.get("fidelity_meaning"))))
    for (article, outlet), (rank, meaning) in worst.items():
        if g.has_edge(article, outlet, key="relays"):
            g.edges[article, outlet, "relays"].update(
                clean({"fidelity": FIDELITY_KINDS[rank], "fidelity_meaning": sorted(meaning) or None})
            )
