"""Evidence from a parsed Document (stanza engine): the subject of the reporting verb that
governs a quote, and what a coreference chain says a pronoun or a role stands for.

The rule engine's Documents carry no parse, so every function here answers ``None`` for
them at once and the rules decide alone. Both answers are for precision first: when the
parse or the chain does not point at exactly one speaker quoteprov can read, they give
nothing, because a wrong speaker is worse than an unknown one.
"""

from __future__ import annotations

import bisect

import attrs

from .context import ArticleContext
from ..records import Quote, Sentence, Span, Word
from .clauses import NounPhrase, Token, make_token, parse_np

__all__ = ["Coreferent", "coreferent", "governing_subject"]

#: Relations that stay inside a noun phrase: "Russian Foreign Minister Sergey Lavrov".
_NP_INSIDE = frozenset(
    {"det", "amod", "compound", "flat", "flat:name", "flat:foreign", "nmod:poss", "case", "nummod"}
)
#: How far up the tree a quote may sit below its reporting verb: "Lavrov said that the
#: West would face “dire consequences”" (consequences → face → said).
_MAX_STEPS = 3


@attrs.frozen
class _Parsed:
    starts: list[int]
    children: list[list[int]]


def _parsed(ctx: ArticleContext, index: int) -> _Parsed:
    cached = ctx.parse_cache.get(index)
    if isinstance(cached, _Parsed):
        return cached
    words = ctx.doc.sentences[index].words
    children: list[list[int]] = [[] for _ in words]
    for n, word in enumerate(words):
        if word.head is not None and 0 <= word.head < len(words):
            children[word.head].append(n)
    made = _Parsed([w.span.start for w in words], children)
    ctx.parse_cache[index] = made
    return made


def _is_reporting_verb(ctx: ArticleContext, word: Word) -> bool:
    if word.upos and word.upos not in ("VERB", "AUX"):
        return False
    return bool(ctx.lex.verb_lemma(word.span.text) or (word.lemma and ctx.lex.verb_lemma(word.lemma)))


def governing_subject(ctx: ArticleContext, quote: Quote) -> tuple[NounPhrase, Token, str] | None:
    """The subject of the reporting verb that governs ``quote`` in the parse, as a noun
    phrase the rules can resolve, with the verb and a step saying why.

    The stanza engine parses with every full quote masked (see
    :mod:`quoteprov.engines.stanza_engine`), so the quote is one phrase of its sentence:
    its top word hangs below the verb ("Lavrov said: “…”", ccomp) or the verb hangs below
    it ("“…,” Lavrov said", parataxis).
    """
    if not ctx.parsed:
        return None
    first = ctx.sentence_index(quote.span.start)
    last = ctx.sentence_index(max(quote.span.start, quote.span.end - 1))
    for index in dict.fromkeys((first, last)):
        sentence = ctx.doc.sentences[index]
        if sentence.words:
            found = _in_sentence(ctx, index, sentence, quote)
            if found is not None:
                return found
    return None


def _in_sentence(
    ctx: ArticleContext, index: int, sentence: Sentence, quote: Quote
) -> tuple[NounPhrase, Token, str] | None:
    words = sentence.words
    parsed = _parsed(ctx, index)
    lo = bisect.bisect_left(parsed.starts, quote.span.start)
    inside = set()
    for n in range(lo, len(words)):
        if words[n].span.end > quote.span.end:
            break
        inside.add(n)
    tops = [
        n for n in sorted(inside)
        if words[n].deprel != "punct" and (words[n].head is None or words[n].head not in inside)
    ]
    for top in tops[:3]:
        verb = _verb_above(ctx, words, top) or _verb_below(ctx, words, parsed, top)
        if verb is None:
            continue
        subject = _subject(words, parsed, verb)
        if subject is None:
            return None
        return _phrase(ctx, words, parsed, subject, verb)
    return None


def _verb_above(ctx: ArticleContext, words: tuple[Word, ...], top: int) -> int | None:
    node = top
    for _ in range(_MAX_STEPS):
        head = words[node].head
        if head is None or not 0 <= head < len(words):
            return None
        if _is_reporting_verb(ctx, words[head]):
            return head
        node = head
    return None


def _verb_below(ctx: ArticleContext, words: tuple[Word, ...], parsed: _Parsed, top: int) -> int | None:
    # UD attaches a reporting clause after the quote to the quote's predicate: parataxis.
    for child in parsed.children[top]:
        if words[child].deprel in ("parataxis", "ccomp", "conj") and _is_reporting_verb(ctx, words[child]):
            return child
    return None


def _subject(words: tuple[Word, ...], parsed: _Parsed, verb: int) -> int | None:
    for child in parsed.children[verb]:
        if words[child].deprel in ("nsubj", "nsubj:outer"):
            return child
    # "Lavrov arrived and said: “…”": a conjoined verb shares its head's subject.
    head = words[verb].head
    if words[verb].deprel == "conj" and head is not None and 0 <= head < len(words):
        for child in parsed.children[head]:
            if words[child].deprel in ("nsubj", "nsubj:outer"):
                return child
    return None


def _phrase(
    ctx: ArticleContext, words: tuple[Word, ...], parsed: _Parsed, subject: int, verb: int
) -> tuple[NounPhrase, Token, str] | None:
    members = {subject}
    todo = [subject]
    while todo:
        node = todo.pop()
        for child in parsed.children[node]:
            if words[child].deprel in _NP_INSIDE and child not in members:
                members.add(child)
                todo.append(child)
    lo = hi = subject
    while lo - 1 in members:
        lo -= 1
    while hi + 1 in members:
        hi += 1
    start, end = words[lo].span.start, words[hi].span.end
    head = words[subject].span
    if ctx.inside_quote(head.start) or start >= end:
        return None
    view = ctx.view(ctx.paragraph_index(start))
    i = bisect.bisect_left(view.token_starts, start)
    if i >= len(view.tokens) or view.tokens[i].start != start:
        return None  # the parse's words and the rules' tokens disagree here: say nothing
    np = parse_np(view.tokens, i, ctx.lex)
    if np is None or np.end < head.end:
        return None  # not a speaker phrase the rules can read ("the plan said")
    verb_span = words[verb].span
    step = (
        f"the parse makes {ctx.text[np.start:np.end]!r} the subject of {verb_span.text!r}, "
        f"which governs the quote"
    )
    return np, make_token(verb_span.text, verb_span.start, verb_span.end), step


@attrs.frozen
class Coreferent:
    """What a coreference chain says a mention stands for: a person entity or a body."""

    entity: int | None
    organization: str | None
    step: str


def coreferent(ctx: ArticleContext, np: NounPhrase) -> Coreferent | None:
    """The one person (or body) named in the coreference chain of ``np``, if exactly one.

    Only names the rules registered count, so the answer is always an entity the rest
    of quoteprov knows; two different names in one chain give nothing.
    """
    if not ctx.doc.coref:
        return None
    chains = [c for c in ctx.doc.coref if any(m.start < np.end and np.start < m.end for m in c.mentions)]
    if len(chains) != 1:
        return None
    persons, bodies = _chain_names(ctx, chains[0].mentions, np)
    written = ctx.text[np.start : np.end]
    if len(persons) == 1 and not bodies:
        ((entity, seen),) = persons.items()
        name = ctx.entities[entity].name
        return Coreferent(entity, None, f"coreference: {written!r} is in one chain with {seen!r} → {name!r}")
    if len(bodies) == 1 and not persons:
        ((body, seen),) = bodies.items()
        return Coreferent(None, body, f"coreference: {written!r} is in one chain with {seen!r} → {body!r}")
    return None


def _chain_names(ctx: ArticleContext, spans: tuple[Span, ...], np: NounPhrase) -> tuple[dict[int, str], dict[str, str]]:
    """The persons and bodies a chain's other mentions name (outside quotes), each with
    the first way the chain writes it."""
    persons: dict[int, str] = {}
    bodies: dict[str, str] = {}
    for span in spans:
        if (span.start < np.end and np.start < span.end) or ctx.inside_quote(span.start):
            continue
        entity, mention = ctx.mention_entity(span.start, span.end)
        if entity is not None and ctx.entities[entity].kind == "person":
            persons.setdefault(entity, span.text)
        elif mention is not None and mention.kind == "organization":
            bodies.setdefault(mention.name, span.text)
    return persons, bodies
