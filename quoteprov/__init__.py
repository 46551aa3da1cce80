"""quoteprov: who said this, where did they first say it, and which articles relay which source."""

from __future__ import annotations

from .analysis import SCHEMA, Analysis, ArticleInfo, analyze
from .errors import (
    DecodeError,
    DuplicateArticleError,
    EngineError,
    EngineUnavailableError,
    GoldError,
    InputTypeError,
    LanguageModelsMissingError,
    LexiconError,
    MissingExtraError,
    ModelsMissingError,
    QuoteprovError,
    ResourcesFileMissingError,
    SpanError,
    TextTooLongError,
    UnknownNodeError,
)
from .attribution.sieves import SieveError
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
    "DuplicateArticleError",
    "Document",
    "EngineError",
    "EngineUnavailableError",
    "GoldError",
    "InputTypeError",
    "LanguageModelsMissingError",
    "Lexicon",
    "LexiconError",
    "Mention",
    "MissingExtraError",
    "ModelsMissingError",
    "NonQuote",
    "OutletMention",
    "Paragraph",
    "Quote",
    "QuoteprovError",
    "ResourcesFileMissingError",
    "SieveError",
    "Sentence",
    "Span",
    "SpanError",
    "Speaker",
    "SpeakerMention",
    "TextTooLongError",
    "UnknownNodeError",
    "analyze",
]
