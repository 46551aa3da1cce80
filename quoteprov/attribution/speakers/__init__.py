"""Link each quote to who said it: the mention as written, and the canonical speaker.

Two steps, as in CoreNLP's quote attribution: the mention sieves (:mod:`.mentions`) find
who the text says spoke (a name, a pronoun, a role, an anonymous description, an
organisation) in the order of :data:`quoteprov.attribution.sieves.SIEVES`, precise before
loose; then :mod:`.resolve` turns the mention into the speaker it stands for. The rule
recorded is the sieve's name; where no sieve is sure, the speaker stays unknown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import attrs

from ...lexicon import Lexicon
from ...records import Document, Quote
from ..context import ArticleContext, ArticleFacts
from ..sieves import check_disabled, confidence
from . import mentions
from .decision import Found, SpeakerDecision, unknown
from .resolve import resolve

__all__ = ["MENTION_SIEVES", "SpeakerDecision", "attribute_speakers", "decide_speaker"]

Finder = Callable[[mentions.Frame], Found | None]

#: The mention sieves in the order tried: (the names its rules may take, the forms of quote
#: it reads, the function). Confidences are in quoteprov.attribution.sieves.
MENTION_SIEVES: tuple[tuple[tuple[str, ...], frozenset[str], Finder], ...] = (
    (("name_line",), frozenset({"full", "partial", "block"}), mentions.name_line),
    (("colon_introduction",), frozenset({"block"}), mentions.colon_introduction),
    (("trailing_np_verb", "trailing_verb_np", "trailing_dash", "trailing_appositive", "trailing_quoting"), frozenset({"full", "partial"}), mentions.trailing),
    (("trailing_manner_verb",), frozenset({"full", "partial"}), mentions.trailing_manner_verb),
    (("trailing_manner_verb_first",), frozenset({"full", "partial"}), mentions.trailing_manner_verb_first),
    (("surname_word",), frozenset({"full", "partial"}), mentions.surname_word),
    (("trailing_after_full_stop",), frozenset({"full"}), mentions.trailing_after_full_stop),
    (("dash_line_after",), frozenset({"full"}), mentions.dash_line_after),
    (("leading_np_verb", "leading_verb_np", "leading_according_to"), frozenset({"full", "partial"}), mentions.leading),
    (("leading_manner_verb",), frozenset({"full", "partial"}), mentions.leading_manner_verb),
    (("name_colon",), frozenset({"full", "partial"}), mentions.name_colon),
    (("colon_paragraph_before",), frozenset({"full"}), mentions.colon_paragraph_before),
    (("colon_clause",), frozenset({"full", "partial"}), mentions.colon_clause),
    (("blamed_for_words",), frozenset({"full", "partial"}), mentions.blamed_for_words),
    (("participle_speech",), frozenset({"full"}), mentions.participle_speech),
    (("issued_statement",), frozenset({"full"}), mentions.issued_statement),
    (("infinitive_speech",), frozenset({"full"}), mentions.infinitive_speech),
    (("coordinated_speech",), frozenset({"full", "partial"}), mentions.coordinated_speech),
    (("colon_subject",), frozenset({"full"}), mentions.colon_subject),
    (("as_clause",), frozenset({"full"}), mentions.as_clause),
    (("dependency_subject",), frozenset({"full", "partial"}), mentions.dependency_subject),
    (("quoted_as_saying",), frozenset({"full", "partial"}), mentions.quoted_as_saying),
    (("reported_speech", "possessive_speech_noun"), frozenset({"full", "partial"}), mentions.reported_speech),
    (("relative_speech",), frozenset({"full", "partial"}), mentions.relative_speech),
    (("document_voice",), frozenset({"full", "partial", "block"}), mentions.document_voice),
    (("continues_previous_quote",), frozenset({"full", "partial"}), mentions.continues_previous_quote),
    (("participle_reported",), frozenset({"partial"}), mentions.participle_reported),
    (("coordinated_reported",), frozenset({"partial"}), mentions.coordinated_reported),
    (("previous_sentence_speech",), frozenset({"full"}), mentions.previous_sentence_speech),
    (("paragraph_before_speech",), frozenset({"full"}), mentions.paragraph_before_speech),
    (("paragraph_before_subject",), frozenset({"full"}), mentions.paragraph_before_subject),
    (("floating_after_quote",), frozenset({"full", "partial"}), mentions.floating_after_quote),
)

#: The sieves each form of quote is tried with, in order: (rule names, function).
_SIEVES_BY_FORM: dict[str, tuple[tuple[tuple[str, ...], Finder], ...]] = {
    form: tuple((rules, finder) for rules, forms, finder in MENTION_SIEVES if form in forms)
    for form in ("full", "partial", "block")
}


def attribute_speakers(
    document: Document,
    quotes: Sequence[Quote],
    *,
    lexicon: Lexicon | None = None,
    facts: ArticleFacts | None = None,
    disable: Iterable[str] = (),
) -> tuple[SpeakerDecision, ...]:
    """One :class:`SpeakerDecision` per quote, in the order given.

    ``disable`` names sieves to switch off (:data:`quoteprov.attribution.sieves.SIEVES`).

    >>> from quoteprov.engines import build_document
    >>> from quoteprov.quotes import find_quotes
    >>> doc = build_document('Sergei Lavrov spoke. “No,” he said.')
    >>> [d.speaker.name for d in attribute_speakers(doc, find_quotes(doc).quotes)]
    ['Sergei Lavrov']
    """
    lex = lexicon or Lexicon.default()
    disabled = check_disabled(disable, lex)
    ctx = ArticleContext(facts or ArticleFacts(document, quotes, lex))
    decisions: list[SpeakerDecision] = []
    for index in range(len(quotes)):
        decisions.append(decide_speaker(ctx, quotes, index, decisions, disabled))
    return tuple(decisions)


def decide_speaker(
    ctx: ArticleContext,
    quotes: Sequence[Quote],
    index: int,
    earlier: Sequence[SpeakerDecision],
    disabled: frozenset[str] = frozenset(),
) -> SpeakerDecision:
    """Who said ``quotes[index]``, given the decisions before it; ``ctx`` holds the article's
    facts with the effects of ``earlier`` replayed (as :func:`attribute_speakers` keeps it).
    The decision carries the effects it added."""
    decision = _decide(ctx, quotes, index, earlier, disabled)
    effects = ctx.take_effects()
    # Most decisions add nothing: then the decision is already the one to return.
    return decision if decision.effects == effects else attrs.evolve(decision, effects=effects)


def _decide(
    ctx: ArticleContext, quotes: Sequence[Quote], index: int, earlier: Sequence[SpeakerDecision], disabled: frozenset[str]
) -> SpeakerDecision:
    quote = quotes[index]
    frame = mentions.frame(ctx, quotes, index, earlier)
    steps: list[str] = []
    for rules, finder in _SIEVES_BY_FORM.get(quote.form, ()):
        if disabled and disabled.issuperset(rules):
            continue
        found = finder(frame)
        if found is None or found.rule in disabled:
            continue
        asked = mentions.asked_a_question(frame, found)
        if asked is not None:
            steps.append(f"{found.rule}: {asked!r} was asked the question, not its speaker")
            return unknown(steps)
        if found.step is not None:
            steps.append(found.step)
        if found.inherited is not None:
            previous = found.inherited
            cap = confidence(found.rule)
            return attrs.evolve(previous, rule=found.rule, confidence=min(previous.confidence, cap), steps=tuple(steps))
        return resolve(ctx, found, confidence(found.rule), steps, quote, disabled)
    if quote.form == "block":
        steps.append("the block has no introducing clause with a speaker")
    else:
        steps.append("no reporting clause in the quote's sentence and no earlier quote to continue")
    return unknown(steps)
