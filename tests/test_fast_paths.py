"""The engine's fast paths give exactly what the plain code they replaced gave.

Each reference below is the code as first written, kept here: for any text (arbitrary
Unicode, and a soup of the words and marks the rules react to) the fast path must give
equal results. No timing is asserted anywhere (benchmarks/bench_analyze.py measures).
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteprov.attribution import clauses
from quoteprov.attribution.clauses import Clause, Token
from quoteprov.attribution.outlets import decide, mentions, patterns
from quoteprov.attribution.outlets.patterns import outlet_patterns
from quoteprov.engines import rules
from quoteprov.lexicon import Lexicon
from quoteprov.quotes import finder

_WORDS = [
    "said", "Said", "told", "put", "it", "put it", "made", "the point", "clear", "that", "continued", "hurt", "according", "According to", "to", "Lavrov", "Sergey Lavrov",
    "he", "she", "the minister", "a senior official", "officials", "NATO", "Lavrov’s", "remarks", "call", "’s", "'s",
    "U.S.", "won’t", "president-elect", "(R-Ohio)", "İstanbul", "ΟΔΟΣ", "ΣΑΣ's", "x\u0301y", "٣", "_", "+", "",
]
_MARKS = list('ab C"“”‘’\'«»„:.,;()\n\t—-') + ["\u00a0", "\u2028", "\x00"]
SOUP = st.lists(st.sampled_from(_WORDS + _MARKS + [" "] * 6), max_size=50).map("".join)
ANY_TEXT = st.one_of(st.text(), SOUP)
SETTINGS = settings(max_examples=300, deadline=None)


def _reference_tokenize(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    for m in clauses._TOKEN.finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        first = word[:1]
        out.append(Token(word, s, e, word.lower(), first.isalnum(), first.isupper()))
    return out


def _reference_find_clauses(tokens: list[Token], lex: Lexicon) -> list[Clause]:
    out: list[Clause] = []
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.lower == "according" and k + 2 < n and tokens[k + 1].lower == "to":
            np = clauses.parse_np(tokens, k + 2, lex)
            if np is not None:
                out.append(Clause(np, tok, "according_to"))
            continue
        if not clauses._speech_verb(tokens, k, lex.verb_forms, lex):
            continue
        clause = clauses._subject_before(tokens, k, lex) or clauses._subject_after(tokens, k, lex)
        if clause is not None:
            out.append(clause)
    return out


@SETTINGS
@given(ANY_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_tokenize_matches_the_plain_loop(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for lo, hi in ((0, len(text)), (start, end)):
        got = clauses.tokenize(text, lo, hi)
        assert got == _reference_tokenize(text, lo, hi)
        assert all(type(t) is Token for t in got)


@SETTINGS
@given(ANY_TEXT)
def test_find_clauses_matches_the_plain_loop(text: str) -> None:
    lex = Lexicon.default()
    tokens = clauses.tokenize(text, 0, len(text))
    assert clauses.find_clauses(tokens, lex) == _reference_find_clauses(tokens, lex)


_CUE_WORDS = ["reported", "Reported", "has reported", "has\treported", "had  reported", "first reported", "wrote",
              "said in a report", "contributed to this report", "contributes to this story", "xreports", "reportsx",
              "told", "Told", "tell", "telling", "interview", "INTERVIEW", "Interviewed", "On", "on", "X", "x", "VK",
              "statement", "communiqué", "Communiqu", "according", "said", "Truth Social", "podcast", "İ", "ΣΑΣ", "ß"]
CUE_SOUP = st.lists(st.sampled_from(_CUE_WORDS + _WORDS + _MARKS + [" "] * 6), max_size=60).map("".join)


@SETTINGS
@given(st.one_of(st.text(), CUE_SOUP))
def test_keyword_hits_and_windows_match_one_find_per_keyword(text: str) -> None:
    lex = Lexicon.default()
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else None
    found = mentions._keyword_hits(text, low, lex)
    # _windows finds each keyword itself when not given, but those searched as written
    # because their cues need them so ("On"; test_cues_anchored_… below: same matches)
    exact = mentions._needed_as_written(outlet_patterns(lex))
    reference: dict[str, list[int]] = {word: mentions._find_all(text, word) for word in exact}
    for cue in outlet_patterns(lex).patterns:
        windows = mentions._windows(text, low, cue.keywords, reference)
        assert mentions._windows(text, low, cue.keywords, found) == windows
    fresh = mentions._keyword_hits(text, low, lex)  # _windows above filled in `found`
    if mentions.ahocorasick is None or low is None:
        assert set(fresh) == exact | {"X", "VK"}  # the others are found by _windows itself, as before
    else:
        assert {w: fresh[w] for w in reference} == reference
    for first in outlet_patterns(lex).name_first:  # the name-first cues' verbs, tried at their keywords only
        got = [m.span() for m in mentions._verb_matches(text, first, found)]
        assert got == [m.span() for m in first.verb.finditer(text)]


_WORD_START_WORDS = ["said to", "complained to", "into", "To", "the Valley Post’s", "Ann Cole", "Harbour TV", "On", "ON",
                     "Clinton", "ABC’s", "“", "\"", "a phone call to", "call", "recall", "in a campaign ad", "in an ad", "ad",
                     "ads", "had", "made", "email", "e-mail", "the memo said", "blog post", "text message", "his",
                     "\u0301", "½", "_", "٣", "é", "x"]
WORD_START_SOUP = st.lists(st.sampled_from(_WORD_START_WORDS + _MARKS + [" "] * 8), max_size=60).map("".join)


def _cue_matches(text: str, fast: bool) -> list[tuple[str, tuple[int, int], dict[str, str | None]]]:
    """Matches of the cues with word-start or as-written keywords: in their windows (fast),
    or in windows around every keyword of any capitalisation anywhere (as first written)."""
    lex = Lexicon.default()
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else None
    hits = mentions._keyword_hits(text, low, lex) if fast else {}
    exact = mentions._needed_as_written(outlet_patterns(lex))
    out = []
    for cue in outlet_patterns(lex).patterns:
        if cue.word_start or exact.intersection(cue.keywords):
            word_start = fast and cue.word_start
            for lo, hi in mentions._windows(text, low, cue.keywords, hits, word_start=word_start):
                out += [(cue.name, m.span(), m.groupdict()) for m in cue.pattern.finditer(text, lo, hi)]
    return out


@SETTINGS
@given(st.one_of(st.text(), WORD_START_SOUP))
def test_cues_anchored_at_word_starts_find_what_every_keyword_finds(text: str) -> None:
    assert _cue_matches(text, True) == _cue_matches(text, False)


def test_a_keyword_its_cue_needs_as_written_is_searched_as_written() -> None:
    lex = Lexicon.default()
    assert mentions._needed_as_written(outlet_patterns(lex)) == {"On"}
    text = "ON Harbour TV’s “Morning Forum” Ann Cole said so. On Harbour TV’s “Morning Forum” she did."
    assert mentions._keyword_hits(text, text.lower(), lex)["On"] == [text.index("On ")]


@pytest.mark.parametrize(
    ("text", "keyword", "windows"),
    [
        ("Ann Cole said it in a campaign ad.", "ad", 1),  # "ad" starts a word
        ("Ann Cole had made her case already.", "ad", 0),  # "ad" only inside words
        ("Dan Price said to the Valley Post’s Ann Cole that it was over.", "to", 1),
        ("Dan Price went into the city.", "to", 0),
        ("½ad", "ad", 1),  # "½" is no word character: the keyword starts a word
        ("éad", "ad", 0),
    ],
)
def test_a_keyword_inside_a_word_anchors_no_window_for_a_word_start_cue(text: str, keyword: str, windows: int) -> None:
    lex = Lexicon.default()
    hits = mentions._keyword_hits(text, text.lower(), lex)
    assert len(mentions._windows(text, text.lower(), (keyword,), hits, word_start=True)) == windows
    assert len(mentions._windows(text, text.lower(), (keyword,), hits)) == 1  # every keyword anchors one
    assert patterns._AT_WORD_START <= {cue.name for cue in outlet_patterns(Lexicon.default()).patterns}


@SETTINGS
@given(st.one_of(st.text(), SOUP, st.text(alphabet="ab \t\n\r.\u0301\u00a0\u2028\u180e\x1c", max_size=30)))
def test_the_word_before_a_quote_is_found_from_the_end_as_from_the_start(text: str) -> None:
    from_start = regex.compile(r"([\p{L}]+)\s*$").search(text)
    from_end = finder._VERB_BEFORE.search(text)
    assert (from_start and from_start.group(1)) == (from_end and from_end.group(1))


_LOOK_BACK_TEXT = st.one_of(SOUP, st.text(alphabet="aZé\u0301.-’ \t\nx", max_size=40))


@SETTINGS
@given(_LOOK_BACK_TEXT, st.integers(0, 45), st.integers(0, 45))
def test_look_backs_searched_from_the_end_match_as_from_the_start(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    for fast in (rules._WORD_BEFORE, rules._LAST_WORD):
        plain = regex.compile(fast.pattern.removeprefix("(?r)"))
        for pos, endpos in ((0, len(text)), (lo, hi), (max(0, hi - 22), hi)):
            x, y = plain.search(text, pos, endpos), fast.search(text, pos, endpos)
            assert (x and x.span()) == (y and y.span())


@SETTINGS
@given(st.one_of(SOUP, st.text(alphabet="news agency dailyNEWS\t\n\u00a0\u2028.x", max_size=40)))
def test_the_outlet_context_matches_from_the_end_where_it_matches_from_the_start(text: str) -> None:
    fast = outlet_patterns(Lexicon.default()).context
    plain = regex.compile(fast.pattern.removeprefix("(?r)"))
    assert bool(fast.search(text)) == bool(plain.search(text))


@SETTINGS
@given(ANY_TEXT)
def test_noun_phrases_ending_at_a_token_match_trying_every_start(text: str) -> None:
    lex = Lexicon.default()
    tokens = clauses.tokenize(text, 0, len(text))
    for last in range(len(tokens)):
        best = None
        for first in range(last, max(-1, last - 9), -1):
            if not tokens[first].is_word and tokens[first].text not in (".", "’s", "'s"):
                break
            np = clauses.parse_np(tokens, first, lex, limit=last - first + 2)
            if np is not None and np.last == last:
                best = np
        assert clauses.np_ending_at(tokens, last, lex) == best


def _reference_windows(text: str, keywords: tuple[str, ...], hits: dict[str, list[int]]) -> list[tuple[int, int]]:
    """_windows as first written: one step per keyword start."""
    starts = sorted(s for w in keywords for s in hits[w])
    out: list[tuple[int, int]] = []
    for start in starts:
        if out and start + mentions._WINDOW <= out[-1][1]:
            continue
        lo = max(text.rfind("\n", max(0, start - mentions._WINDOW), start) + 1, start - mentions._WINDOW, 0)
        nl = text.find("\n", start, start + mentions._WINDOW)
        hi = nl if nl != -1 else min(len(text), start + mentions._WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@SETTINGS
@given(st.text(alphabet="ab \n", max_size=700), st.lists(st.integers(0, 700), max_size=40),
       st.lists(st.integers(0, 700), max_size=5))
def test_windows_skip_covered_starts_as_the_plain_loop(text: str, some: list[int], more: list[int]) -> None:
    hits = {"k": sorted(s for s in some if s < len(text)), "j": sorted(s for s in more if s < len(text))}
    assert mentions._windows(text, text, ("k", "j"), hits) == _reference_windows(text, ("k", "j"), hits)


_NEEDS_WORDS = ["said", "says", "Said", "read", "email", "e-mail", "Email", "memo", "column", "blog post", "blog\tpost",
                "campaign\xa0ad", "TV ad", "tv ad", "had", "text message", "the", "his", "in", "via", "On", "on",
                "to", "said to", "confided to", "Ann Cole’s", "Cole's", "Harbour TV’s", "Riverton Gazette", "“", '"',
                "Morning Hour"]
NEEDS_SOUP = st.lists(st.sampled_from(_NEEDS_WORDS + [" "] * 8 + ["\t", "\xa0", ",", "\n"]), max_size=40).map("".join)


@SETTINGS
@given(st.one_of(st.text(), NEEDS_SOUP))
def test_every_match_holds_what_its_cue_needs(text: str) -> None:
    # A window without a cue's needed strings is skipped: right only if no match lacks them.
    for cue in outlet_patterns(Lexicon.default()).patterns:
        for match in cue.pattern.finditer(text):
            assert mentions._holds(text, match.start(), match.end(), cue.needs), (cue.name, match.group())


@pytest.mark.parametrize("text, cue, holds", [
    ("“No,” the campaign\xa0ad says.", "document_speaks", True),
    ("the memo read: no", "document_speaks", True),
    ("Cole said in an email that", "written", True),
    ("Cole confided to Harbour TV’s Morning Hour host", "said_to_journalist", True),
    ("On Harbour TV’s “Morning Hour,” Cole said", "on_programme", True),
    # a keyword inside another word or with no cue around it: the window is skipped
    ("Cole had said so already", "document_speaks", False),
    ("Dan Price read the paper", "written", False),
    ("Cole said to reporters", "said_to_journalist", False),
    ("Cole went on the show", "on_programme", False),
])
def test_a_window_is_tried_only_when_it_holds_what_its_cue_needs(text: str, cue: str, holds: bool) -> None:
    found = {c.name: c for c in outlet_patterns(Lexicon.default()).patterns}[cue]
    assert mentions._holds(text, 0, len(text), found.needs) is holds
    assert (found.pattern.search(text) is not None) is holds


_QUOTE_WORDS = ["won’t", "Cole’s", "O’Brien", "rock’n’roll", "’90s", "'tis", "it's", "‘No,’", "‘Yes’", "“No,”", '"No,"',
                "he said.", "Ann", "‘", "’", "'", "''", "’’", "‘‘", "a‘b", "1’2", "é’é", "x\u0301’y", "٣'٣", "_'_"]
QUOTE_SOUP = st.lists(st.sampled_from(_QUOTE_WORDS + [" "] * 6 + ["\n", "\n\n", ",", "."]), max_size=40).map("".join)


@SETTINGS
@given(st.one_of(st.text(alphabet="ab ’'‘“”\"\n.,1", max_size=40), QUOTE_SOUP))
def test_apostrophes_inside_words_left_out_of_the_pairing_change_nothing(text: str) -> None:
    # The pairing as first written saw every mark; an apostrophe inside a word did nothing there.
    from quoteprov.engines import build_document
    from quoteprov.quotes import find_quotes, pairing

    document = build_document(text)
    fast = find_quotes(document)
    inside_word = pairing._inside_word
    try:
        pairing._inside_word = lambda *args: False  # type: ignore[assignment]
        plain = find_quotes(document)
    finally:
        pairing._inside_word = inside_word
    assert (fast.quotes, fast.warnings) == (plain.quotes, plain.warnings)


def _reference_quote_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in decide._QUOTE_WORD.findall(text))


@SETTINGS
@given(ANY_TEXT)
def test_a_quotes_words_lower_cased_at_once_match_word_by_word(text: str) -> None:
    assert decide._quote_words(text) == _reference_quote_words(text)


@pytest.mark.parametrize("text", ["", "Ann Cole’s “MIND is gone”", "ΟΔΟΣ.Β ΣΑΣ's", "İstanbul KEPT", "ſure x\u0301y ٣"])
def test_a_quotes_words_on_invented_and_stray_strings(text: str) -> None:
    assert decide._quote_words(text) == _reference_quote_words(text)


def test_lower_casing_one_character_keeps_it_a_letter_a_digit_or_neither() -> None:
    """What lets :func:`decide._quote_words` lower-case a whole quote at once: every
    character whose lower case is one other character stays in or out of the word class."""
    letter, word = regex.compile(r"\p{L}"), regex.compile(r"[\p{L}\p{N}’']")
    for c in map(chr, range(0x110000)):
        low = c.lower()
        if low != c and len(low) == 1:
            assert (letter.match(c) is None) == (letter.match(low) is None), hex(ord(c))
            assert (word.match(c) is None) == (word.match(low) is None), hex(ord(c))


def _reference_live_cues(text: str, lex: Lexicon) -> list[str]:
    """The cues with a keyword in the text, as first written: each cue's keywords against the found ones."""
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else None
    hits = mentions._keyword_hits(text, low, lex)
    cues = outlet_patterns(lex).patterns
    if low is None or mentions.ahocorasick is None:
        return [cue.name for cue in cues]
    present = {w for w, at in hits.items() if at}
    return [cue.name for cue in cues if not set(cue.keywords).isdisjoint(present)]


@SETTINGS
@given(st.one_of(st.text(), CUE_SOUP, WORD_START_SOUP))
def test_live_cues_are_those_with_a_keyword_in_the_text(text: str) -> None:
    lex = Lexicon.default()
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else None
    hits = mentions._keyword_hits(text, low, lex)
    assert [cue.name for cue in mentions._live_cues(lex, frozenset(), hits, low)] == _reference_live_cues(text, lex)


@SETTINGS
@given(st.one_of(st.text(), CUE_SOUP, WORD_START_SOUP))
def test_opening_words_the_one_pass_finds_are_trusted_as_opening_starts_trusts_them(text: str) -> None:
    lex = Lexicon.default()
    keywords = lex.compiled("outlet_keywords", mentions._Keywords)
    hits = mentions._keyword_hits(text, text.lower(), lex)
    assert keywords.starts_in_pass  # most cues' opening words
    for cue in outlet_patterns(lex).patterns:
        if cue.starts in keywords.starts_in_pass and "ſ" not in text and len(text.lower()) == len(text):
            assert mentions._starts_of(cue.starts, hits) == mentions._opening_starts(text, cue.starts, hits, keywords.as_written)


@SETTINGS
@given(st.one_of(st.text(), WORD_START_SOUP), st.lists(st.integers(0, 80), max_size=20))
def test_word_starts_read_inline_as_one_character_at_a_time(text: str, starts: list[int]) -> None:
    starts = sorted({s for s in starts if s < len(text)})
    expected = [s for s in starts if not mentions._after_word_char(text, s)]
    assert mentions._at_word_starts(text, starts) == expected


_RELEASE_WORDS = ["released", "Released", "released by", "the Harbour Council", "e-mails", "emails", "documents were",
                  "had been", "publicly", "a fifth batch of", "The", "U.S.", "Elm Water Board"]
RELEASE_SOUP = st.lists(st.sampled_from(_RELEASE_WORDS + _MARKS + [" "] * 6), max_size=60).map("".join)


@SETTINGS
@given(st.one_of(st.text(), RELEASE_SOUP))
def test_released_batches_looked_for_line_by_line_match_the_whole_text(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in decide._RELEASED.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in decide._released_matches(text)] == expected


@pytest.mark.parametrize("text", ["", "released", "e-mails released by the Harbour Council\nreleased its e-mails",
                                  "The council released\n\ne-mails\nreleased a batch of documents",
                                  "documents were released by The Elm Water Board.\u2028released two memos"])
def test_released_batches_line_by_line_on_invented_strings(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in decide._RELEASED.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in decide._released_matches(text)] == expected


def test_released_batches_line_by_line_find_one_on_each_line() -> None:
    text = "e-mails released by the Harbour Council\nThe council released its e-mails"
    assert [m.group() for m in decide._released_matches(text)] == ["e-mails released by the Harbour Council",
                                                                    "released its e-mails"]


_OCCASION_WORDS = ["during", "Saturday’s", "Saturday's", "DEBATE", "debates", "a", "joint", "Rally", "town\u00a0hall",
                   "the", "candidates", "Forum", "press", "conference", "ahead of", "ſ", "K", "İ", "held", "their"]
OCCASION_SOUP = st.lists(st.sampled_from(_OCCASION_WORDS + _MARKS + [" "] * 6), max_size=40).map("".join)


@SETTINGS
@given(st.one_of(st.text(), OCCASION_SOUP))
def test_a_lede_passed_over_holds_no_shared_occasion(text: str) -> None:
    lex = Lexicon.default()
    if not decide._may_name_occasion(text, lex):
        assert outlet_patterns(lex).shared_occasion.search(text) is None


@pytest.mark.parametrize(("text", "may"), [("Ann Cole and Dan Price sparred at Saturday’s DEBATE.", True),
                                           ("Ann Cole and Dan Price held a joint rally.", True),
                                           ("Ann Cole and Dan Price spoke on Monday.", False),
                                           ("", False), ("a ſummit", True)])
def test_a_lede_is_passed_over_only_without_an_occasions_word(text: str, may: bool) -> None:
    assert decide._may_name_occasion(text, Lexicon.default()) is may
