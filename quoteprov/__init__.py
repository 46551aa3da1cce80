"""quoteprov: who said this, where did they first say it, and which articles relay which source."""

from __future__ import annotations

from .analysis import SCHEMA, Analysis, ArticleInfo, analyze
from .errors import (
    DecodeError,
    GoldError,
    InputTypeError,
    LexiconError,
    QuoteprovError,
    SpanError,
)
from .lexicon import Lexicon
from .records import (
    Attribution,
    Document,
    Mention,
    NonQuote,
    OutletMention,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Speaker,
    SpeakerMention,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Analysis",
    "ArticleInfo",
    "Attribution",
    "DecodeError",
    "Document",
    "GoldError",
    "InputTypeError",
    "Lexicon",
    "LexiconError",
    "Mention",
    "NonQuote",
    "OutletMention",
    "Paragraph",
    "Quote",
    "QuoteprovError",
    "Sentence",
    "Span",
    "SpanError",
    "Speaker",
    "SpeakerMention",
    "analyze",
]
