"""Stage 1: find every quoted passage (marked quotes, nesting, runs over paragraphs, colon blocks)."""

from __future__ import annotations

from .finder import QuoteScan, find_quotes, name_line
from .pairing import paragraph_pieces

__all__ = ["QuoteScan", "find_quotes", "name_line", "paragraph_pieces"]
