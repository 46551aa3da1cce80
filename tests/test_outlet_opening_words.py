"""A cue whose every match opens with one of a few words is tried only where one of them
starts (OutletPattern.starts): the matches must be those of a scan of every position."""

from __future__ import annotations

from typing import Any, cast

import pytest

from quoteprov.attribution.outlets.mentions import _keyword_hits, _matches_at, _opening_starts
from quoteprov.attribution.outlets.patterns import _opening_words, outlet_patterns
from quoteprov.lexicon import Lexicon

_TEXTS = [
    "Ann Cole told the Riverton Gazette on Monday that the plan was dead.",
    "According to the Riverton Gazette, the vote was close. according to Harbour News it was not.",
    "Dan Price said on Harbour TV that he would run, and SAID ON HARBOUR TV again, and said on “Harbour Hour” too.",
    "Speaking to reporters, Cole said the budget was fine; talking with Harbour News, she said more.",
    "Price told supporters at the rally that he was ready, then addressed the delegates.",
    "The figures were first reported by the Riverton Gazette and published in Harbour Weekly.",
    "He wrote to Cole last week and writes to Price often, she wrote on her blog.",
    "Cole complained to the Riverton Gazette’s Dan Price about it, Price explained to Harbour News’ Ann Cole.",
    "Price took the stage and spoke to Harbour News; TELLS THE HARBOUR POST; Telling the Ledger.",
    "Told Harbour News in remarks to the Riverton Gazette, through the Valley Post, interviewed by KXYZ News.",
    "Reached by the Riverton Gazette, Cole told me and told the newspaper; answering a reporter’s question.",
    "Cole told a Harbour News reporter, then told radio host Dan Price on Harbour FM that she told “Morning Forum,” too.",
    "According to officials, and according to a Riverton Gazette poll, and according to the newspaper, it held.",
    "Dan Price, a columnist for the Valley Post, wrote that Cole posted on Facebook; she told the press conference so.",
    "While campaigning in Elm, Cole told me about it.",
    "Cole took to Facebook about it; Price TAKES TO X daily, and Taking to Instagram, she agreed.",
    "“It held,” wrote the Riverton Gazette. “It fell,” reported Harbour News; \"Late,\"  writes the Ledger.",
    "Ann Cole, on Harbour TV, agreed; Dan Price on “Sunday Hour” giving in, and Cole on Monday, and Price on the Ledger’s “Hour”.",
]


def _cues() -> list[str]:
    return [cue.name for cue in outlet_patterns(Lexicon.default()).patterns if cue.starts]


@pytest.mark.parametrize("name", _cues())
def test_opening_words_find_every_match(name: str) -> None:
    lex = Lexicon.default()
    cue = next(c for c in outlet_patterns(lex).patterns if c.name == name)
    for text in _TEXTS:
        hits = _keyword_hits(text, text.lower(), lex)
        starts = _opening_starts(text, cue.starts, hits)
        assert starts is not None
        size = len(text)
        for windows in ([(0, size)], [(5, size - 7)], [(0, size // 3), (size // 3 + 1, size)],
                        [(0, 20), (25, 40), (41, size)]):
            expected = [m.span() for lo, hi in windows for m in cue.pattern.finditer(text, lo, hi)]
            assert [m.span() for m in _matches_at(cue.pattern, text, windows, starts, (), {})] == expected


def test_some_cues_match_the_texts() -> None:
    """The texts above exercise the cues: most of them match somewhere."""
    lex = Lexicon.default()
    matched = {c.name for c in outlet_patterns(lex).patterns if c.starts and any(c.pattern.search(t) for t in _TEXTS)}
    assert len(matched) >= len(_cues()) - 1


@pytest.mark.parametrize(
    ("text", "words", "tried_everywhere"),
    [
        ("Cole told the Ledger.", ("told",), False),
        ("Cole ſaid on Harbour TV.", ("said",), True),  # (?i) reads "ſ" as "s"; lower-casing keeps it
        ("Cole told the Ledger.", (), True),  # a cue with no opening words
        ("Cole told the Ledger.", ("neverlisted",), True),  # a word the keyword pass did not look for
    ],
)
def test_every_position_tried_when_the_words_cannot_be_trusted(text: str, words: tuple[str, ...], tried_everywhere: bool) -> None:
    hits = _keyword_hits(text, text.lower(), Lexicon.default())
    assert (_opening_starts(text, words, hits) is None) is tried_everywhere


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (r"\b(?i:told|tells|telling)[ \t]X", ("told", "tells", "telling")),
        (r"\b(?:reported|published)[ \t]by", ("reported", "published")),
        (r"\b[Aa]ccording[ \t]to", ("according",)),
        (r"\b(?i:remarks|statements?|asked[ \t]by)", ("remarks", "statement", "asked")),  # cut where not literal
        (r"\b(?i:told|tells)[ \t]X|\bY", ()),  # another branch opens otherwise
        (r"\b(?i:told|tells)?[ \t]X", ()),  # the words are optional
        (r"\b(?i:told|(?:tells))", ()),  # a group inside
        (r"\b(?i:in|during)[ \t]X", ()),  # "in": too short to narrow anything
        (r"\bOn[ \t]X", ()),  # as written, not any capitalisation
        (r"(?:\btold)", ()),  # no word boundary first
        (r"\b(?i:told[|]x|said)", ()),  # a "|" in a class: not read
    ],
)
def test_opening_words_read_off_the_pattern(source: str, words: tuple[str, ...]) -> None:
    assert _opening_words(source) == words


def test_a_try_reads_a_bounded_stretch_and_finds_the_same_matches() -> None:
    """Each try reads at most _CUE_REACH characters (the regex engine looks for a pattern's
    required words up to the end it is given, so an unbounded end made one paragraph of many
    quotes cost the square of its length); in a window far longer than that the matches are
    those of a full scan."""
    from quoteprov.attribution.outlets import mentions

    lex = Lexicon.default()
    text = " ".join(_TEXTS) * 40  # one window of some 40,000 characters
    assert len(text) > 20 * mentions._CUE_REACH
    hits = _keyword_hits(text, text.lower(), lex)
    reach: list[int] = []

    class Measured:
        """The cue's pattern, noting how far each try may read."""

        def __init__(self, pattern: Any) -> None:
            self.pattern = pattern

        def match(self, string: str, pos: int, endpos: int) -> Any:
            reach.append(endpos - pos)
            return self.pattern.match(string, pos, endpos)

    for cue in (c for c in outlet_patterns(lex).patterns if c.starts):
        starts = _opening_starts(text, cue.starts, hits)
        assert starts is not None
        expected = [m.span() for m in cue.pattern.finditer(text)]
        found = _matches_at(cast(Any, Measured(cue.pattern)), text, [(0, len(text))], starts, (), {})
        assert [m.span() for m in found] == expected
    assert reach and max(reach) <= mentions._CUE_REACH
