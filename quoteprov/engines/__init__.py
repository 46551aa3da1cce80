"""Engines turn text into a :class:`~quoteprov.records.Document`; everything after is shared.

``rules`` (the default) needs nothing; ``stanza`` needs ``quoteprov[stanza]`` and stanza's
models on disk, and lives in :mod:`quoteprov.engines.stanza_engine`, imported only when
asked for, so importing quoteprov never loads torch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Literal, Protocol, runtime_checkable

from ..errors import EngineError
from ..lexicon import Lexicon
from ..records import Document
from .rules import build_document

__all__ = ["Engine", "EngineName", "Progress", "RulesEngine", "build_document", "get_engine"]

EngineName = Literal["rules", "stanza"]
#: a progress callback: called with how many more items are done
Progress = Callable[[int], None]


@runtime_checkable
class Engine(Protocol):
    """What the shared stages need from an engine."""

    name: str
    #: how many texts :meth:`prepare` should be given at once
    batch_size: int

    def build_document(self, text: str, *, lexicon: Lexicon | None = None) -> Document:
        """The :class:`Document` of one text."""
        ...

    def prepare(
        self, texts: Sequence[str], *, lexicon: Lexicon | None = None, progress: Progress | None = None
    ) -> None:
        """Process ``texts`` together (in batches) so that later :meth:`build_document`
        calls on them are fast; engines with nothing to batch do nothing. ``progress`` is
        called with the number of texts each batch processed (the command line draws it)."""
        ...


class RulesEngine:
    """The default engine: :func:`~quoteprov.engines.rules.build_document`, no model."""

    name = "rules"
    batch_size = 1

    def build_document(self, text: str, *, lexicon: Lexicon | None = None) -> Document:
        return build_document(text, lexicon=lexicon)

    def prepare(
        self, texts: Sequence[str], *, lexicon: Lexicon | None = None, progress: Progress | None = None
    ) -> None:
        return None


_RULES = RulesEngine()


def get_engine(engine: str | Engine = "rules", *, models_dir: str | os.PathLike[str] | None = None) -> Engine:
    """The engine for a name ("rules", "stanza") or the engine object itself.

    The stanza engine is built once per model folder and reused.

    >>> get_engine("rules").name
    'rules'
    """
    if isinstance(engine, str):
        if engine == "rules":
            return _RULES
        if engine == "stanza":
            from .stanza_engine import StanzaEngine

            return StanzaEngine.shared(models_dir=models_dir)
        raise EngineError(f"unknown engine {engine!r}; expected 'rules' or 'stanza'")
    if isinstance(engine, Engine):
        return engine
    raise EngineError(f"unknown engine {engine!r}; expected 'rules', 'stanza' or an Engine object")
