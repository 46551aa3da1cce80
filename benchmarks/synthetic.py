"""Synthetic printed quotes with known remark groups, for benchmarks/bench_remarks.py.

A corpus is built from *base remarks*: sentences of 8–40 words, each with a speaker and
an outlet. Each base is printed as itself and, for most bases, as 1–7 *variants*:

``exact``      the same words with other quote marks, case or white space;
``shortened``  a contiguous stretch of at least 5 of its words;
``elided``     "…", "..." or "[…]" in place of a stretch from the middle;
``insertion``  a bracketed insertion ("[Trump]") after or in place of a pronoun or word;
``reworded``   15–25 % of the words replaced by synonyms and one clause moved, as a
               re-translation would; always with the base's speaker.

The variants of a base are one remark (its true group); the base itself has kind
``original``. Apart from ``reworded`` (and ``insertion``), a variant's speaker is unknown
(``None``) one time in ten, as when an outlet prints a quote without naming who said it.

Words: about 70 real function words and a few thousand pronounceable pseudo-words drawn
with Zipf-like frequencies, so that distinct remarks rarely share a 3-word run by chance,
plus some forty real stock phrases ("we will not", "the United States", "in the coming
weeks") that many remarks share. Everything is drawn from one ``random.Random(seed)``.
"""

from __future__ import annotations

import itertools
import random
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

KINDS = ("original", "exact", "shortened", "elided", "insertion", "reworded")
VARIANT_KINDS = KINDS[1:]
#: how often each kind of variant is drawn
VARIANT_WEIGHTS = (2, 2, 2, 1, 2)
#: group sizes 1..8 and their weights: a third of the groups are singletons, mean ≈ 3.2
GROUP_SIZE_WEIGHTS = (35, 15, 12, 10, 9, 8, 6, 5)

FUNCTION_WORDS = tuple(
    "the of and to a in that is it for on we with as this be are not was at by have from "  # noqa: SIM905
    "they he i but or an will has their his which would our you there been all if can no "
    "what so about more when one who were she its do them than any should must also very "
    "now only these those such into over after because while against".split()
)
PRONOUNS = ("he", "she", "they", "it", "we", "i", "you", "them", "his", "their")

STOCK_PHRASES = (
    "we will not", "the United States", "in the coming weeks", "at the same time", "as soon as possible",
    "the American side", "our European partners", "I want to say", "of course", "there is no",
    "the Russian Federation", "it is clear that", "we are ready to", "on the other hand",
    "in the interests of", "the international community", "let me be clear", "I can tell you",
    "at this stage", "once again", "the Security Council", "we have always said", "as far as I know",
    "in any case", "the current administration", "peace talks", "a ceasefire", "the White House",
    "the Kremlin", "the European Union", "we do not accept", "in the near future", "there can be no",
    "I think that", "we are not going to", "the situation on the ground", "this is not the first time",
    "the people of Ukraine", "we will continue to", "by the end of the year",
)
#: real synonyms for stock words, so that re-wording also touches the stock phrases
REAL_SYNONYMS = (
    ("will", "shall"), ("not", "never"), ("coming", "next", "following"), ("weeks", "days"),
    ("clear", "obvious", "evident"), ("ready", "prepared", "willing"), ("accept", "tolerate"),
    ("situation", "position"), ("ground", "field"), ("continue", "keep"), ("near", "immediate"),
    ("think", "believe"), ("say", "state"), ("tell", "assure"), ("people", "citizens"),
    ("always", "repeatedly"), ("talks", "negotiations"), ("partners", "allies"), ("stage", "point"),
    ("interests", "benefit"), ("end", "close"), ("very", "highly"), ("must", "should"),
    ("against", "versus"), ("because", "since"), ("also", "too"), ("now", "today"),
)
BRACKET_NAMES = (
    "Trump", "Putin", "Zelensky", "the president", "Mr. Lavrov", "NATO", "the minister", "Ukraine",
    "Russia", "Biden", "the EU", "the Kremlin", "sic", "the talks", "Washington",
)
QUOTE_MARKS = (("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"), ("„", "“"), ("", ""))
ELISIONS = ("…", "...", "[…]", "...", "…")
CONSONANTS = tuple("b c d f g h j k l m n p r s t v w z br cr dr gr kl pl st tr sh ch".split())  # noqa: SIM905
VOWELS = tuple("a e i o u ai ea ou io".split())  # noqa: SIM905


@dataclass(frozen=True)
class Corpus:
    """Printed quotes as plain tuples, with the true remark and the variant kind of each."""

    texts: list[str]
    speakers: list[str | None]
    outlets: list[str]
    truth: list[int]  # the base remark each quote prints
    kinds: list[int]  # index into KINDS


class _Zipf:
    def __init__(self, rng: random.Random, items: Sequence[str], exponent: float) -> None:
        self.rng = rng
        self.items = items
        self.cum = list(itertools.accumulate(1.0 / (rank + 1) ** exponent for rank in range(len(items))))
        self.total = self.cum[-1]

    def draw(self) -> str:
        return self.items[bisect_left(self.cum, self.rng.random() * self.total)]


def _pseudo_words(rng: random.Random, n: int, taken: set[str]) -> list[str]:
    words: list[str] = []
    seen = set(taken)
    while len(words) < n:
        syllables = rng.choice((2, 2, 2, 3, 3, 4))
        word = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(syllables))
        if rng.random() < 0.4:
            word += rng.choice("nrstlmdk")
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Generator:
    """Draws base remarks and their variants from one seeded random source."""

    def __init__(self, seed: int, vocabulary: int = 4000, speakers: int = 3000, outlets: int = 300) -> None:
        self.rng = rng = random.Random(seed)
        stock_words = {w.lower() for p in STOCK_PHRASES for w in p.split()}
        content = _pseudo_words(rng, vocabulary, set(FUNCTION_WORDS) | stock_words)
        self.content = _Zipf(rng, content, 0.9)
        self.function = _Zipf(rng, FUNCTION_WORDS, 1.0)
        self.speakers = _Zipf(rng, [f"speaker-{i:04d}" for i in range(speakers)], 0.8)
        self.outlets = _Zipf(rng, [f"outlet-{i:03d}" for i in range(outlets)], 1.0)
        # Synonym sets: most pseudo-words belong to a set of 2–4 (a shuffled partition).
        self.synonyms: dict[str, tuple[str, ...]] = {}
        pool = content[:]
        rng.shuffle(pool)
        pool = pool[: int(len(pool) * 0.75)]
        i = 0
        while i < len(pool) - 1:
            size = rng.choice((2, 2, 3, 3, 4))
            group = tuple(pool[i : i + size])
            for w in group:
                self.synonyms[w] = tuple(x for x in group if x != w)
            i += size
        for group in REAL_SYNONYMS:
            for w in group:
                self.synonyms[w] = tuple(x for x in group if x != w)

    # -- base remarks ------------------------------------------------------------------

    def _clause(self, length: int) -> list[str]:
        rng = self.rng
        words: list[str] = []
        if rng.random() < 0.3:
            words.extend(rng.choice(STOCK_PHRASES).split())
        while len(words) < length:
            words.append(self.function.draw() if rng.random() < 0.4 else self.content.draw())
        return words

    def base(self) -> list[list[str]]:
        """A sentence as a list of clauses, each a list of words: 8–40 words in all."""
        rng = self.rng
        target = max(8, min(40, int(rng.triangular(8, 40, 14))))
        clauses: list[list[str]] = []
        total = 0
        while total < target:
            clause = self._clause(rng.randint(3, 10))[: target - total]
            if len(clause) < 2 and clauses:
                clauses[-1].extend(clause)
            else:
                clauses.append(clause)
            total += len(clause)
        return clauses

    # -- rendering ---------------------------------------------------------------------

    def _render(self, clauses: list[list[str]], end: str | None = None) -> str:
        rng = self.rng
        parts = []
        for n, clause in enumerate(clauses):
            text = " ".join(clause)
            if n < len(clauses) - 1:
                text += rng.choice((",", ",", ",", ";", " —"))
            parts.append(text)
        text = " ".join(parts)
        text = text[:1].upper() + text[1:]
        return text + (end if end is not None else rng.choice((".", ".", ".", "!", "?", ",")))

    def _marks(self, text: str, *, restyle: bool) -> str:
        rng = self.rng
        if restyle:
            r = rng.random()
            if r < 0.15:
                text = text.lower()
            elif r < 0.25:
                text = text.upper()
            elif r < 0.35:
                text = text[:1].lower() + text[1:]
            if rng.random() < 0.3:
                text = text.replace(" ", rng.choice(("  ", "\n", " \u00a0", "\t")), rng.randint(1, 3))
        left, right = rng.choice(QUOTE_MARKS)
        return f"{left}{text}{right}"

    # -- variants ----------------------------------------------------------------------

    def exact(self, clauses: list[list[str]]) -> str:
        return self._marks(self._render(clauses), restyle=True)

    def shortened(self, clauses: list[list[str]]) -> str:
        rng = self.rng
        flat = [(w, n) for n, c in enumerate(clauses) for w in c]
        k = rng.randint(5, max(5, min(len(flat) - 1, int(len(flat) * 0.8))))
        start = rng.randint(0, len(flat) - k)
        stretch = flat[start : start + k]
        pieces: list[list[str]] = []
        last = None
        for w, n in stretch:
            if n != last:
                pieces.append([])
                last = n
            pieces[-1].append(w)
        text = self._render(pieces, end=rng.choice(("", ".", ",")))
        if rng.random() < 0.5:
            text = text[:1].lower() + text[1:]
        return self._marks(text, restyle=False)

    def elided(self, clauses: list[list[str]]) -> str:
        rng = self.rng
        flat = [w for c in clauses for w in c]
        n = len(flat)
        cut = rng.randint(1, max(1, int(n * 0.4)))
        start = rng.randint(2, max(2, n - 2 - cut))
        cut = min(cut, n - 2 - start)
        head, tail = flat[:start], flat[start + cut :]
        text = f"{self._render([head], end='')} {rng.choice(ELISIONS)} {' '.join(tail)}{rng.choice(('.', ''))}"
        return self._marks(text, restyle=False)

    def insertion(self, clauses: list[list[str]]) -> str:
        rng = self.rng
        name = f"[{rng.choice(BRACKET_NAMES)}]"
        new = [c[:] for c in clauses]
        spots = [(i, j) for i, c in enumerate(new) for j, w in enumerate(c) if w.lower() in PRONOUNS]
        if spots and rng.random() < 0.5:
            i, j = rng.choice(spots)
            new[i][j] = name  # "[Trump] will not ..." in place of "he will not ..."
        else:
            if spots:
                i, j = rng.choice(spots)
            else:
                i = rng.randrange(len(new))
                j = rng.randrange(len(new[i]))
            new[i].insert(j + 1, name)  # "he [Trump] will not ..."
        return self._marks(self._render(new), restyle=False)

    def reworded(self, clauses: list[list[str]]) -> str:
        rng = self.rng
        new = [c[:] for c in clauses]
        spots = [(i, j) for i, c in enumerate(new) for j, w in enumerate(c) if w.lower() in self.synonyms]
        total = sum(map(len, new))
        want = min(len(spots), max(1, round(total * rng.uniform(0.15, 0.25))))
        for i, j in rng.sample(spots, want):
            new[i][j] = rng.choice(self.synonyms[new[i][j].lower()])
        if len(new) >= 2:
            clause = new.pop(rng.randrange(len(new)))
            new.insert(rng.randrange(len(new) + 1), clause)
        elif len(new[0]) >= 6:
            cut = rng.randint(2, len(new[0]) - 2)
            new = [new[0][cut:], new[0][:cut]]
        return self._marks(self._render(new), restyle=False)

    def groups(self) -> Iterator[list[tuple[str, str | None, str, int]]]:
        """Endless (text, speaker, outlet, kind) groups, one per base remark."""
        rng = self.rng
        makers = (self.exact, self.shortened, self.elided, self.insertion, self.reworded)
        sizes = range(1, len(GROUP_SIZE_WEIGHTS) + 1)
        while True:
            clauses = self.base()
            speaker = self.speakers.draw()
            size = rng.choices(sizes, GROUP_SIZE_WEIGHTS)[0]
            group: list[tuple[str, str | None, str, int]] = [
                (self._marks(self._render(clauses), restyle=False), speaker, self.outlets.draw(), 0)
            ]
            for _ in range(size - 1):
                kind = rng.choices(range(len(makers)), VARIANT_WEIGHTS)[0]
                keeps = VARIANT_KINDS[kind] in ("reworded", "insertion") or rng.random() >= 0.1
                group.append((makers[kind](clauses), speaker if keeps else None, self.outlets.draw(), kind + 1))
            yield group


def build(n: int, seed: int) -> Corpus:
    """Exactly n printed quotes (the last group may be cut short), in shuffled order."""
    gen = Generator(seed)
    rows: list[tuple[str, str | None, str, int, int]] = []
    for remark, group in enumerate(gen.groups()):
        for text, speaker, outlet, kind in group:
            rows.append((text, speaker, outlet, remark, kind))
        if len(rows) >= n:
            break
    del rows[n:]
    gen.rng.shuffle(rows)
    return Corpus(
        texts=[r[0] for r in rows], speakers=[r[1] for r in rows], outlets=[r[2] for r in rows],
        truth=[r[3] for r in rows], kinds=[r[4] for r in rows],
    )


if __name__ == "__main__":  # a look at the data: python benchmarks/synthetic.py
    corpus = build(40, 1)
    order = sorted(range(40), key=lambda i: corpus.truth[i])
    for i in order:
        print(f"{corpus.truth[i]:3d} {KINDS[corpus.kinds[i]]:9s} {corpus.speakers[i] or '-':13s} {corpus.texts[i]!r}")
