"""The stanza engine: sentences, a dependency parse, named entities and (with the coref
processor) coreference chains from stanza's neural models, as a quoteprov Document.

Only this module imports stanza (and so torch), and only when the engine is used. It
never downloads anything: pipelines are built with ``download_method=None`` from a model
folder given as an argument or by ``STANZA_RESOURCES_DIR``; ``python -m quoteprov models
download`` is the one explicit way to fetch models.

The flow for one text: the rule engine's Document gives paragraphs, name mentions and
the quotes; every full quote's words are masked by same-length placeholder text (as
CoreNLP's attribution parses with the quote masked), so the quote is one phrase of its
sentence and no offset moves; stanza parses the masked text; :func:`from_stanza` maps its
tokens back onto the original text and builds the Document the shared stages read.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Sequence
from typing import Any

import attrs

from ..lexicon import Lexicon
from ..quotes import find_quotes
from ..records import (
    CorefChain,
    Document,
    EntityKind,
    Mention,
    NamedEntity,
    Quote,
    Sentence,
    Span,
    Word,
)
from . import Progress
from .rules import build_document as rules_document
from .stanza_models import DEFAULT_PROCESSORS, DOWNLOAD_COMMAND, download_models, load_pipeline, resolve_models_dir

__all__ = [
    "DEFAULT_PROCESSORS",
    "DOWNLOAD_COMMAND",
    "StanzaEngine",
    "download_models",
    "from_stanza",
    "load_pipeline",
    "mask_quotes",
    "resolve_models_dir",
]

#: The word that stands in for a quote's content while stanza parses its sentence.
PLACEHOLDER = "something"

_ENGINES: dict[tuple[str, str], StanzaEngine] = {}


def mask_quotes(text: str, quotes: Sequence[Quote]) -> str:
    """``text`` with the words of every full quote replaced by a placeholder of the same length.

    The marks stay, so the quote stays one phrase of its sentence; partial quotes stay
    as written, because their words are part of the sentence's own syntax.

    >>> mask_quotes("“We will win this war,” Jane Doe said.", [])
    '“We will win this war,” Jane Doe said.'
    """
    pieces: list[str] = []
    pos = 0
    for quote in quotes:
        if quote.form != "full":
            continue
        for part in quote.parts:
            size = part.end - part.start
            if size <= len(PLACEHOLDER) or part.start < pos:
                continue
            pieces.append(text[pos : part.start])
            pieces.append(PLACEHOLDER + " " * (size - len(PLACEHOLDER)))
            pos = part.end
    pieces.append(text[pos:])
    masked = "".join(pieces)
    assert len(masked) == len(text)
    return masked


@attrs.frozen
class _Row:
    start: int
    end: int
    head: int | None  # 0-based index in the stanza sentence
    deprel: str
    upos: str
    lemma: str


def _align(source: str, token: str, start: Any, end: Any, cursor: int) -> tuple[int, int]:
    """Where ``token`` is in ``source``: stanza's offsets when they hold, else the next
    occurrence from ``cursor`` (pretokenized input has offsets into its own joined text)."""
    if isinstance(start, int) and isinstance(end, int) and source[start:end] == token and start >= cursor:
        return start, end
    found = source.find(token, cursor) if token else -1
    if found == -1:
        return cursor, cursor  # unmatched: an empty span, never a wrong one
    return found, found + len(token)


def from_stanza(
    parsed: Any,
    text: str,
    *,
    base: Document | None = None,
    parsed_text: str | None = None,
    lexicon: Lexicon | None = None,
) -> Document:
    """A quoteprov :class:`Document` from a stanza ``Document`` of ``text`` (or of
    ``parsed_text``, the same text masked, of the same length).

    Paragraphs and name mentions come from the rule engine (``base``); sentences, words
    with their heads, named entities and coreference chains from stanza. A sentence that
    runs over a paragraph break is cut there (its words keep their heads inside the
    piece). Mentions the rules left unclassified take the kind NER gives them.
    """
    lex = lexicon or Lexicon.default()
    base = base or rules_document(text, lexicon=lex)
    source = text if parsed_text is None else parsed_text
    if len(source) != len(text):
        raise ValueError(f"parsed_text has length {len(source)}, expected {len(text)} like the text")
    token_spans: dict[int, tuple[int, int]] = {}
    sentences_rows = _rows(parsed, text, source, token_spans)
    sentences = _sentences(text, base, sentences_rows)
    entities = _entities(parsed, text, token_spans)
    coref = _chains(parsed, text, sentences_rows)
    return Document(
        text=text,
        paragraphs=base.paragraphs,
        sentences=sentences,
        mentions=_classified(base.mentions, entities),
        engine="stanza",
        entities=tuple(entities),
        coref=tuple(coref),
    )


def _rows(parsed: Any, text: str, source: str, token_spans: dict[int, tuple[int, int]]) -> list[list[_Row]]:
    """Each sentence's words as rows with offsets into ``text``; fills ``token_spans``."""
    cursor = 0
    sentences_rows: list[list[_Row]] = []
    for sentence in parsed.sentences:
        rows: list[_Row] = []
        for token in sentence.tokens:
            start, end = _align(source, token.text, token.start_char, token.end_char, cursor)
            cursor = max(cursor, end)
            if source is not text and token.text == PLACEHOLDER and text[start:end] != PLACEHOLDER:
                end = _masked_end(text, source, start, end)
            token_spans[id(token)] = (start, end)
            for word in token.words:
                head = word.head
                rows.append(_Row(
                    start, end,
                    head - 1 if isinstance(head, int) and head > 0 else None,
                    word.deprel or "", word.upos or "", word.lemma or "",
                ))
        sentences_rows.append(rows)
    return sentences_rows


def _masked_end(text: str, source: str, start: int, end: int) -> int:
    """The placeholder stands for the whole masked content: its token ends where that does."""
    while end < len(source) and source[end] == " ":
        end += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _entities(parsed: Any, text: str, token_spans: dict[int, tuple[int, int]]) -> list[NamedEntity]:
    entities = []
    for ent in getattr(parsed, "ents", None) or []:
        spans = [token_spans[id(t)] for t in ent.tokens if id(t) in token_spans]
        if spans and spans[0][0] < spans[-1][1]:
            entities.append(NamedEntity(Span.of(text, spans[0][0], spans[-1][1]), str(ent.type)))
    return entities


def _chains(parsed: Any, text: str, sentences_rows: list[list[_Row]]) -> list[CorefChain]:
    coref = []
    for chain in getattr(parsed, "coref", None) or []:
        spans = []
        for m in chain.mentions:
            if not isinstance(m.start_word, int) or m.sentence >= len(sentences_rows):
                continue  # a zero anaphor has no text
            rows = sentences_rows[m.sentence]
            if 0 <= m.start_word < m.end_word <= len(rows):
                spans.append(Span.of(text, rows[m.start_word].start, rows[m.end_word - 1].end))
        if spans:
            coref.append(CorefChain(tuple(spans), chain.representative_index))
    return coref


def _sentences(text: str, base: Document, sentences_rows: list[list[_Row]]) -> tuple[Sentence, ...]:
    starts = [p.span.start for p in base.paragraphs]
    out: list[Sentence] = []
    covered: set[int] = set()
    for rows in sentences_rows:
        groups: dict[int, list[int]] = {}
        for n, row in enumerate(rows):
            if row.end <= row.start:
                continue
            para = bisect.bisect_right(starts, row.start) - 1
            if para < 0 or row.start >= base.paragraphs[para].span.end:
                continue
            groups.setdefault(para, []).append(n)
        for para, members in groups.items():
            local: dict[int | None, int] = {old: new for new, old in enumerate(members)}
            words = tuple(
                Word(
                    Span.of(text, rows[old].start, rows[old].end),
                    local.get(rows[old].head),
                    rows[old].deprel, rows[old].upos, rows[old].lemma,
                )
                for old in members
            )
            span = Span.of(text, words[0].span.start, max(w.span.end for w in words))
            out.append(Sentence(span, para, words))
            covered.add(para)
    # Where stanza gave nothing (a paragraph it skipped), the rules' sentences stand.
    out.extend(s for s in base.sentences if s.paragraph not in covered)
    out.sort(key=lambda s: s.span.start)
    return tuple(out)


_KIND_OF_LABEL: dict[str, EntityKind] = {"PERSON": "person", "ORG": "organization", "GPE": "place"}


def _classified(mentions: tuple[Mention, ...], entities: list[NamedEntity]) -> tuple[Mention, ...]:
    """Rule mentions, with the kind NER gives to those the rules could not classify.

    A title is stronger evidence than NER ("Foreign Minister X" is a person), so only
    untitled mentions change, and never into an outlet (the gazetteer decides those).
    """
    if not entities:
        return mentions
    ordered = sorted(entities, key=lambda e: e.span.start)
    starts = [e.span.start for e in ordered]
    out = []
    for mention in mentions:
        name = mention.name_span or mention.span
        i = bisect.bisect_right(starts, name.start) - 1
        label = None
        for entity in ordered[max(0, i - 2) : i + 1]:
            if entity.span.start <= name.start and name.end <= entity.span.end:
                label = entity.label
        kind = _KIND_OF_LABEL.get(label or "")
        if kind is not None and mention.role is None and (
            mention.kind == "unknown" or (mention.kind == "person" and kind == "organization")
        ):
            mention = attrs.evolve(mention, kind=kind)
        out.append(mention)
    return tuple(out)


class StanzaEngine:
    """The stanza engine. Give it a ready ``pipeline`` (tests, custom setups) or let it
    build one (once, cached) from ``lang``, ``models_dir`` and ``processors``.

    ``prepare(texts)`` parses many texts through the pipeline in batches of
    ``batch_size`` (reporting each batch to a ``progress`` callback, if given), so the
    ``build_document`` calls that follow are look-ups.
    """

    name = "stanza"

    def __init__(
        self,
        *,
        pipeline: Any = None,
        lang: str = "en",
        models_dir: str | os.PathLike[str] | None = None,
        processors: str = DEFAULT_PROCESSORS,
        batch_size: int = 32,
        **options: Any,
    ) -> None:
        self._pipeline = pipeline
        self.lang = lang
        self.models_dir = models_dir
        self.processors = processors
        self.options = options
        self.batch_size = max(1, batch_size)
        self._prepared: dict[str, Document] = {}

    @classmethod
    def shared(cls, *, models_dir: str | os.PathLike[str] | None = None, lang: str = "en") -> StanzaEngine:
        """The engine for this model folder, built (and its pipeline loaded) once."""
        key = (lang, str(resolve_models_dir(models_dir)))
        engine = _ENGINES.get(key)
        if engine is None:
            engine = cls(lang=lang, models_dir=models_dir)
            engine.pipeline  # noqa: B018 — load now, so missing models fail before any work
            _ENGINES[key] = engine
        return engine

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            self._pipeline = load_pipeline(
                self.lang, models_dir=self.models_dir, processors=self.processors, **self.options
            )
        return self._pipeline

    def build_document(self, text: str, *, lexicon: Lexicon | None = None) -> Document:
        prepared = self._prepared.get(text)
        if prepared is not None:
            return prepared
        return self._parse([text], lexicon or Lexicon.default())[0]

    def prepare(
        self, texts: Sequence[str], *, lexicon: Lexicon | None = None, progress: Progress | None = None
    ) -> None:
        lex = lexicon or Lexicon.default()
        self._prepared.clear()
        for i in range(0, len(texts), self.batch_size):
            batch = list(texts[i : i + self.batch_size])
            for text, document in zip(batch, self._parse(batch, lex)):
                self._prepared[text] = document
            if progress is not None:
                progress(len(batch))

    def _parse(self, texts: list[str], lex: Lexicon) -> list[Document]:
        bases = [rules_document(t, lexicon=lex) for t in texts]
        masked = [mask_quotes(t, find_quotes(b, lexicon=lex).quotes) for t, b in zip(texts, bases)]
        todo = [i for i, t in enumerate(texts) if t.strip()]
        out = [attrs.evolve(b, engine="stanza") for b in bases]
        if todo:
            parsed = self.pipeline.bulk_process([masked[i] for i in todo])
            for i, doc in zip(todo, parsed):
                out[i] = from_stanza(doc, texts[i], base=bases[i], parsed_text=masked[i], lexicon=lex)
        return out
