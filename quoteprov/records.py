"""The frozen records every stage passes on: spans, the document, quotes, speakers, outlets."""

from __future__ import annotations

from typing import Any, Literal, get_args

import attrs

from .errors import SpanError

__all__ = [
    "Span",
    "Paragraph",
    "Sentence",
    "Word",
    "Mention",
    "NamedEntity",
    "CorefChain",
    "Document",
    "Quote",
    "NonQuote",
    "SpeakerMention",
    "Speaker",
    "OutletMention",
    "Attribution",
    "Form",
    "NonQuoteReason",
    "SpeakerKind",
    "MentionKind",
    "Relation",
    "QUOTE_RELATIONS",
    "CITATION_RELATIONS",
]

Form = Literal["full", "partial", "block", "mixed"]
NonQuoteReason = Literal["title", "nickname", "scare", "term"]
SpeakerKind = Literal["person", "organization", "anonymous"]
MentionKind = Literal["name", "pronoun", "role", "anonymous", "organization"]
EntityKind = Literal["person", "organization", "outlet", "place", "unknown"]
Relation = Literal[
    "interview",
    "told",
    "remarks",
    "statement",
    "transcript",
    "podcast",
    "press_conference",
    "social_media",
    "report",
    "according_to",
    "contributed",
]
#: Relations by which an article relays another outlet.
CITATION_RELATIONS: frozenset[str] = frozenset({"according_to", "report", "contributed"})
#: Relations that say where a quote was first given ("report": through a named outlet).
QUOTE_RELATIONS: frozenset[str] = frozenset(get_args(Relation)) - {"according_to", "contributed"}


@attrs.frozen
class Span:
    """A stretch of the original text: ``source[start:end] == text`` always.

    Build spans with :meth:`Span.of`, which slices the text itself.

    >>> Span.of("He said no.", 3, 7)
    Span(start=3, end=7, text='said')
    """

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``; raises :class:`SpanError` if it does not fit."""
        if not 0 <= start <= end <= len(source):
            raise SpanError(
                f"span ({start!r}, {end!r}) does not fit a text of length {len(source)}; "
                f"expected 0 <= start <= end <= {len(source)}"
            )
        return cls(start, end, source[start:end])

    def to_dict(self) -> dict[str, Any]:
        """``{"start", "end", "text"}``, plain JSON."""
        return {"start": self.start, "end": self.end, "text": self.text}

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen
class Paragraph:
    """One paragraph: a line of wire copy, or a block between blank lines."""

    span: Span
    index: int


@attrs.frozen
class Word:
    """One parsed word (stanza engine): its span and its syntactic head in its sentence.

    ``head`` indexes the sentence's ``words`` (``None`` for the root, or when the head
    lies outside the sentence as quoteprov cut it); ``deprel`` is the Universal
    Dependencies relation ("nsubj", "ccomp", "parataxis"…).
    """

    span: Span
    head: int | None
    deprel: str
    upos: str = ""
    lemma: str = ""


@attrs.frozen
class Sentence:
    """One sentence, inside exactly one paragraph.

    ``words`` holds the dependency parse when the engine made one (stanza); the rule
    engine leaves it empty.
    """

    span: Span
    paragraph: int
    words: tuple[Word, ...] = ()


@attrs.frozen
class Mention:
    """A capitalised name in the text, as an engine found it.

    ``name`` is the name without its title ("Sergey Lavrov"); ``role`` the title that
    preceded it ("Russian Foreign Minister"), if any.
    """

    span: Span
    name: str
    kind: EntityKind
    role: str | None = None
    name_span: Span | None = None


@attrs.frozen
class NamedEntity:
    """A named entity a model found: ``label`` as the model gives it (PERSON, ORG, NORP, GPE…)."""

    span: Span
    label: str


@attrs.frozen
class CorefChain:
    """Spans a coreference model says refer to one entity; ``representative`` indexes ``mentions``."""

    mentions: tuple[Span, ...]
    representative: int | None = None


@attrs.frozen
class Document:
    """An article as an engine sees it; every later stage reads only this.

    ``entities`` and ``coref`` come from a model (stanza engine); the rule engine leaves
    them empty, and every stage works without them.
    """

    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    engine: str = "rules"
    entities: tuple[NamedEntity, ...] = ()
    coref: tuple[CorefChain, ...] = ()

    @property
    def parsed(self) -> bool:
        """Whether any sentence carries a dependency parse."""
        return any(s.words for s in self.sentences)


@attrs.frozen
class Quote:
    """One quoted passage.

    ``span`` covers the marks (for a block quote, the paragraph); ``parts`` holds the
    content of each paragraph the quote runs over; ``content`` runs from the first
    part's start to the last part's end.

    A quote that runs over paragraphs is found whole, attributed whole, then reported as
    one quote a paragraph (:func:`quoteprov.quotes.paragraph_pieces`): ``run`` is
    ``(k, n)`` for the k-th of its n paragraphs, ``None`` for a quote within one paragraph.
    """

    span: Span
    content: Span
    parts: tuple[Span, ...]
    form: Form
    marks: str
    nested: tuple[Span, ...] = ()
    flags: tuple[str, ...] = ()
    form_rule: str = ""
    run: tuple[int, int] | None = None


@attrs.frozen
class NonQuote:
    """Text between quote marks that is not a quote: a title, a nickname, a scare quote."""

    span: Span
    reason: NonQuoteReason
    rule: str


@attrs.frozen
class SpeakerMention:
    """Who the text says spoke, as written: "he", "the foreign minister", "Sergei Lavrov"."""

    span: Span
    kind: MentionKind


@attrs.frozen
class Speaker:
    """The canonical speaker: always a name, an organisation or an anonymous description."""

    name: str
    kind: SpeakerKind
    role: str | None = None
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON."""
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "aliases": list(self.aliases),
        }


@attrs.frozen
class OutletMention:
    """An outlet named in the text, and how it relates: ``told``, ``interview``, ``according_to``…

    ``name`` is canonical ("The Wall Street Journal" for "WSJ"), or ``None`` when the
    text gives a relation without an outlet ("in a statement"). ``span`` is the
    evidence ("in an interview with TASS"), ``name_span`` the name as written.
    """

    name: str | None
    relation: Relation
    span: Span
    name_span: Span | None = None
    kind: str | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON."""
        return {
            "name": self.name,
            "relation": self.relation,
            "kind": self.kind,
            "evidence": self.span.to_dict(),
            "name_span": self.name_span.to_dict() if self.name_span else None,
            "rule": self.rule,
        }


@attrs.frozen
class Attribution:
    """A quote with who said it and where it was first given, and why quoteprov thinks so.

    ``rule`` names the rule that chose the speaker, ``outlet_rule`` the one that chose
    the outlet; ``steps`` explains each decision in words; ``flags`` says what is
    missing (``no_speaker``, ``anonymous_speaker``, ``no_outlet`` when nothing traces the
    words to a source, ``no_channel`` when a named person spoke with no channel stated; see
    :mod:`quoteprov.flags`) or odd (``unclosed``, ``ambiguous_speaker``…).
    """

    quote: Quote
    mention: SpeakerMention | None
    speaker: Speaker | None
    cue: Span | None
    rule: str
    confidence: float
    outlet: OutletMention | None = None
    outlet_rule: str | None = None
    outlet_confidence: float = 0.0
    flags: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
