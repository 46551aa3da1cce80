"""Run the whole flow on one article: text → Document → quotes → speakers → outlets → Analysis."""

from __future__ import annotations

import os
from typing import Any

import attrs

from .article import ArticleContext
from .engines import Engine, EngineName, get_engine
from .lexicon import Lexicon
from .outlets import article_citations, attribute_outlets, find_outlet_mentions
from .quotes import find_quotes
from .records import Attribution, Document, NonQuote, OutletMention, Quote
from .speakers import attribute_speakers
from .text import coerce_text

__all__ = ["analyze", "analyze_document", "Analysis", "ArticleInfo", "SCHEMA"]

#: The version of the JSON that :meth:`Analysis.to_dict` writes; see README "Output".
SCHEMA = "quoteprov.analysis/1"


@attrs.frozen
class ArticleInfo:
    """What is known about an article besides its text."""

    id: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class Analysis:
    """Everything quoteprov found in one article. Frozen; :meth:`to_dict` gives plain JSON."""

    article: ArticleInfo
    document: Document
    attributions: tuple[Attribution, ...]
    outlets: tuple[OutletMention, ...]
    non_quotes: tuple[NonQuote, ...]
    warnings: tuple[str, ...]

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote, in text order."""
        return tuple(a.quote for a in self.attributions)

    @property
    def citations(self) -> tuple[OutletMention, ...]:
        """The outlets the article relays ("according to The Hill", "Reuters contributed")."""
        return article_citations(self.outlets)

    @property
    def unattributed(self) -> tuple[Attribution, ...]:
        """Quotes with no named speaker or no traceable outlet (see each one's ``flags``)."""
        return tuple(a for a in self.attributions if set(a.flags) & _MISSING)

    def to_dict(self) -> dict[str, Any]:
        """The analysis as plain JSON types (schema :data:`SCHEMA`, documented in the README)."""
        quotes = [_attribution_dict(i, a) for i, a in enumerate(self.attributions, 1)]
        return {
            "schema": SCHEMA,
            "article": {**self.article.to_dict(), "length": len(self.document.text), "engine": self.document.engine},
            "quotes": quotes,
            "unattributed": [q["id"] for q in quotes if set(q["flags"]) & _MISSING],
            "citations": [m.to_dict() for m in self.citations],
            "outlets": [m.to_dict() for m in self.outlets],
            "non_quotes": [
                {**n.span.to_dict(), "reason": n.reason, "rule": n.rule} for n in self.non_quotes
            ],
            "warnings": list(self.warnings),
        }


_MISSING = frozenset({"no_speaker", "anonymous_speaker", "no_outlet"})


def _attribution_dict(number: int, a: Attribution) -> dict[str, Any]:
    q = a.quote
    speaker = None
    if a.speaker is not None:
        speaker = {
            "name": a.speaker.name,
            "kind": a.speaker.kind,
            "role": a.speaker.role,
            "aliases": list(a.speaker.aliases),
        }
    return {
        "id": f"q{number}",
        "start": q.span.start,
        "end": q.span.end,
        "text": q.span.text,
        "content": q.content.to_dict(),
        "parts": [p.to_dict() for p in q.parts],
        "form": q.form,
        "form_rule": q.form_rule,
        "marks": q.marks,
        "nested": [n.to_dict() for n in q.nested],
        "speaker": speaker,
        "mention": (
            {**a.mention.span.to_dict(), "kind": a.mention.kind} if a.mention is not None else None
        ),
        "cue": a.cue.to_dict() if a.cue is not None else None,
        "outlet": a.outlet.to_dict() if a.outlet is not None else None,
        "rule": a.rule,
        "confidence": a.confidence,
        "outlet_rule": a.outlet_rule,
        "outlet_confidence": a.outlet_confidence,
        "flags": list(a.flags),
        "steps": list(a.steps),
    }


def analyze(
    text: str | bytes,
    *,
    article_id: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    engine: EngineName | Engine = "rules",
    models_dir: str | os.PathLike[str] | None = None,
    lexicon: Lexicon | None = None,
) -> Analysis:
    """Find every quote in ``text`` with its speaker and the outlet where it was first given.

    ``text`` is a ``str`` (or UTF-8 ``bytes``); every offset in the result indexes it
    as given, nothing normalised. ``engine="stanza"`` uses stanza's models (from
    ``models_dir`` or ``STANZA_RESOURCES_DIR``; see README "The stanza engine").

    >>> a = analyze('“We are not satisfied,” Sergey Lavrov told TASS.')
    >>> a.attributions[0].speaker.name, a.attributions[0].outlet.name
    ('Sergey Lavrov', 'TASS')
    """
    chosen = get_engine(engine, models_dir=models_dir)
    body = coerce_text(text)
    lex = lexicon or Lexicon.default()
    info = ArticleInfo(article_id, outlet, url, title, published, source)
    return analyze_document(chosen.build_document(body, lexicon=lex), info, lexicon=lex)


def analyze_document(document: Document, article: ArticleInfo | None = None, *, lexicon: Lexicon | None = None) -> Analysis:
    """The shared stages over a :class:`Document` from any engine: quotes, speakers, outlets.

    >>> from quoteprov.engines import build_document
    >>> analyze_document(build_document('“No,” Jane Doe said.')).attributions[0].speaker.name
    'Jane Doe'
    """
    lex = lexicon or Lexicon.default()
    info = article or ArticleInfo()
    scan = find_quotes(document, lexicon=lex)
    ctx = ArticleContext(document, scan.quotes, lex)
    speakers = attribute_speakers(document, scan.quotes, lexicon=lex, context=ctx)
    mentions = find_outlet_mentions(document, scan.quotes, lex)
    outlets = attribute_outlets(ctx, scan.quotes, speakers, mentions)
    attributions = []
    for quote, s, o in zip(scan.quotes, speakers, outlets):
        flags = list(quote.flags) + list(s.flags)
        if o.outlet is None:
            flags.append("no_outlet")
        attributions.append(
            Attribution(
                quote=quote,
                mention=s.mention,
                speaker=s.speaker,
                cue=s.cue,
                rule=s.rule,
                confidence=s.confidence,
                outlet=o.outlet,
                outlet_rule=o.rule,
                outlet_confidence=o.confidence,
                flags=tuple(dict.fromkeys(flags)),
                steps=(f"form {quote.form}: {quote.form_rule}",) + s.steps + o.steps,
            )
        )
    return Analysis(
        article=info,
        document=document,
        attributions=tuple(attributions),
        outlets=tuple(mentions),
        non_quotes=scan.non_quotes,
        warnings=scan.warnings,
    )
