"""The exceptions quoteprov raises: one base class, each refining the built-in it means."""

from __future__ import annotations

__all__ = [
    "QuoteprovError",
    "InputTypeError",
    "DecodeError",
    "SpanError",
    "LexiconError",
    "GoldError",
    "MissingExtraError",
    "EngineError",
    "EngineUnavailableError",
    "ModelsMissingError",
    "ResourcesFileMissingError",
    "LanguageModelsMissingError",
    "TextTooLongError",
    "DuplicateArticleError",
    "UnknownNodeError",
]


class QuoteprovError(Exception):
    """Base class of every error quoteprov raises on purpose."""


class InputTypeError(QuoteprovError, TypeError):
    """The text given to quoteprov is neither ``str`` nor ``bytes``."""


class DecodeError(QuoteprovError, ValueError):
    """Bytes given to quoteprov are not valid UTF-8."""


class SpanError(QuoteprovError, ValueError):
    """A span does not fit the text it was made over."""


class LexiconError(QuoteprovError, ValueError):
    """A lexicon file has a line quoteprov cannot read."""


class GoldError(QuoteprovError, ValueError):
    """A gold file for :mod:`quoteprov.evaluate` is malformed."""


class MissingExtraError(QuoteprovError, ImportError):
    """An optional feature needs a package that is not installed; the message names the extra."""


class EngineError(QuoteprovError, ValueError):
    """An engine name or option quoteprov does not know."""


class EngineUnavailableError(MissingExtraError):
    """The engine asked for needs a package that is not installed (stanza: ``quoteprov[stanza]``)."""


class ModelsMissingError(QuoteprovError, FileNotFoundError):
    """The stanza engine found no models where it looked."""


class ResourcesFileMissingError(ModelsMissingError):
    """A stanza model folder has no ``resources.json``, so it is not a complete download."""


class LanguageModelsMissingError(ModelsMissingError):
    """The stanza model folder has no models for the language asked for."""


class TextTooLongError(QuoteprovError, ValueError):
    """An article's text is over the size limit (``max_chars``): far longer than any news
    article, so a hostile or mis-joined file, which would take minutes and gigabytes."""


class DuplicateArticleError(QuoteprovError, ValueError):
    """Two articles with one id: building on them would merge one into the other."""


class UnknownNodeError(QuoteprovError, KeyError):
    """A graph query was given a node the graph does not hold."""

    def __str__(self) -> str:  # KeyError would print the message in quotes
        return str(self.args[0]) if self.args else ""
