"""Engines turn text into a :class:`~quoteprov.records.Document`; everything after is shared."""

from __future__ import annotations

from .rules import build_document

__all__ = ["build_document"]
