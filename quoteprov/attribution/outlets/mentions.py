"""Outlet cues in an article's text: where words were given ("in an interview with TASS",
"told the New York Post", "in a statement", "according to a Kremlin transcript") and what
the article relays ("according to The Hill", "The Wall Street Journal reported").

Outlet names come from the gazetteer (``lexicons/outlets.tsv``) or, for outlets it does
not list, from a capitalised name in a context that only an outlet fits ("state news
agency X", "told X" where X has a word like News or Post). A person is never an outlet:
"told Zelenskyy" gives nothing. The patterns are in :mod:`.patterns`, each named, and any
can be switched off by name.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Any

import attrs
import regex

try:
    import ahocorasick
except ImportError:  # pragma: no cover - a core dependency; without it each keyword is found by str.find
    ahocorasick = None

from ...lexicon import Lexicon
from ...records import CITATION_RELATIONS, Document, OutletMention, Quote, Span
from .patterns import DESCRIBED, NameFirstPattern, OutletPattern, OutletPatterns, outlet_patterns

__all__ = ["article_citations", "find_outlet_mentions", "resolve_outlet_name"]

# Each pattern (above) names its keywords; it runs only in windows around them, found
# first by one Aho-Corasick pass over the lower-cased text (_keyword_hits; str.find per
# keyword where that pass cannot run), so most of a text is never tried against the patterns.
#: how far a pattern's match may reach from its keyword, either way
_WINDOW = 200


def _windows(
    text: str, low: str | None, keywords: tuple[str, ...], hits: dict[str, list[int]], *, word_start: bool = False
) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around each keyword (any capitalisation), within its line;
    with ``word_start``, around only the keywords that start a word (see
    :attr:`OutletPattern.word_start`).

    ``low`` is ``text.lower()`` when that keeps every offset (it does unless the text has
    a letter like "İ" whose lower case is longer); otherwise three spellings are tried.
    """
    starts: list[int] = []
    for word in keywords:
        if word not in hits:
            hits[word] = _find_keyword(text, low, word)
        starts.extend(hits[word])
    if word_start:
        starts = _at_word_starts(text, starts)
    starts.sort()
    out: list[tuple[int, int]] = []
    i, n, size = 0, len(starts), len(text)
    while i < n:
        start = starts[i]
        floor = start - _WINDOW if start > _WINDOW else 0
        lo = text.rfind("\n", floor, start) + 1
        if lo < floor:
            lo = floor
        nl = text.find("\n", start, start + _WINDOW)
        hi = nl if nl != -1 else min(size, start + _WINDOW)
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
        # the starts whose whole reach is already inside the current window add nothing
        i = bisect.bisect_right(starts, out[-1][1] - _WINDOW, i + 1)
    return out


#: a word character as the patterns' ``\b`` reads it
_WORD_CHAR = regex.compile(r"\w")
#: the characters before a keyword that are read without a pattern: ASCII word characters, and
#: the white space and punctuation most often seen there
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_NOT_WORD = frozenset(" \t\n\xa0.,;:!?\"'“”‘’()[]-—–/")


def _after_word_char(text: str, start: int) -> bool:
    """Whether a word character stands right before ``start``: a keyword there is inside a word."""
    if start == 0:
        return False
    before = text[start - 1]
    if before in _ASCII_WORD:
        return True
    if before in _NOT_WORD:
        return False
    return _WORD_CHAR.match(before) is not None


def _at_word_starts(text: str, starts: list[int]) -> list[int]:
    """The ``starts`` with no word character right before them: :func:`_after_word_char`
    read inline (the short keywords of word-start cues are found tens of thousands of
    times inside words on a long text)."""
    return [s for s in starts
            if not s or (c := text[s - 1]) in _NOT_WORD or (c not in _ASCII_WORD and _WORD_CHAR.match(c) is None)]


def _find_keyword(text: str, low: str | None, word: str) -> list[int]:
    """Where ``word`` starts in ``text`` (any capitalisation; see :func:`_windows`)."""
    found: list[int] = []
    if word.isupper() and len(word) <= 3:
        forms = [(text, word)]  # "X", "VK": only as written, never the letter x
    elif low is not None:
        forms = [(low, word.lower())]
    else:
        forms = [(text, f) for f in {word, word[:1].upper() + word[1:], word.upper()}]
    for haystack, form in forms:
        found.extend(_find_all(haystack, form))
    return found


class _Keywords:
    """Every cue keyword of a lexicon in one Aho-Corasick automaton over lower-cased text:
    one C-level pass finds every occurrence of every keyword (overlapping ones too), where
    one ``str.find`` pass per keyword was the outlet stage's largest cost."""

    def __init__(self, lex: Lexicon) -> None:
        compiled = outlet_patterns(lex)
        words = _all_keywords(compiled)
        #: keywords searched as written ("X", "VK": never the letter x; "On", see
        #: _needed_as_written); and empty ones
        exact = _needed_as_written(compiled)
        self.as_written = [w for w in words if _as_written(w) or w in exact or not w]
        #: lower-cased form → the keywords that have it
        written = set(self.as_written)
        self.by_form: dict[str, list[str]] = {}
        for word in words:
            if word not in written:
                self.by_form.setdefault(word.lower(), []).append(word)
        self.automaton: Any = None
        if ahocorasick is not None and self.by_form:
            self.automaton = ahocorasick.Automaton()
            for form, forms_words in self.by_form.items():
                # each hit gives how far back its keyword starts and the keywords it is
                self.automaton.add_word(form, (len(form) - 1, tuple(forms_words)))
            self.automaton.make_automaton()
        #: the keywords the one pass finds
        self.in_pass = tuple(word for forms_words in self.by_form.values() for word in forms_words)
        #: keyword → the numbers of the cue patterns it anchors (see :func:`_live_cues`)
        self.cues_of = _cues_by_keyword(compiled)
        #: the cues' opening words (:attr:`OutletPattern.starts`) that the one pass finds, every
        #: one of them: where it ran, those are found in every capitalisation (see :func:`_opening_starts`)
        self.starts_in_pass = _starts_in_pass(compiled, frozenset(self.in_pass))


def _starts_in_pass(compiled: OutletPatterns, in_pass: frozenset[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(cue.starts for cue in compiled.patterns if cue.starts and in_pass.issuperset(cue.starts))


def _cues_by_keyword(compiled: OutletPatterns) -> dict[str, list[int]]:
    """Each keyword's cue patterns, by their numbers in order: the cues a text's keywords make live."""
    cues_of: dict[str, list[int]] = {}
    for number, cue in enumerate(compiled.patterns):
        for word in dict.fromkeys(cue.keywords):
            cues_of.setdefault(word, []).append(number)
    return cues_of


def _all_keywords(compiled: OutletPatterns) -> dict[str, None]:
    """Every cue's keywords and the words its matches open with (:attr:`OutletPattern.starts`), in order."""
    return dict.fromkeys([*(w for cue in compiled.patterns for w in cue.keywords),
                          *(w for first in compiled.name_first for w in first.keywords),
                          *(w for cue in compiled.patterns for w in cue.starts)])


def _as_written(word: str) -> bool:
    return word.isupper() and len(word) <= 3


def _needed_as_written(compiled: OutletPatterns) -> frozenset[str]:
    """The keywords that every match of every cue they anchor holds as written: the cue
    needs the keyword itself ("On" of "On Harbour TV’s “Morning Forum”", never "on" inside
    "Clinton" or "ON"). A window around the keyword as written takes in every such match,
    so only it is looked for. Never a name-first cue's keyword (those have no needs)."""
    exact: dict[str, bool] = {}
    for cue in compiled.patterns:
        for word in cue.keywords:
            exact[word] = exact.get(word, True) and (word,) in cue.needs
    for first in compiled.name_first:
        for word in first.keywords:
            exact[word] = False
    return frozenset(word for word, needed in exact.items() if needed)


def _keyword_hits(text: str, low: str | None, lex: Lexicon) -> dict[str, list[int]]:
    """Where each cue keyword starts (see :func:`_windows`): those searched as written
    always here, the others in one pass when the lower-cased text keeps every offset
    (otherwise left to :func:`_windows` to find). The lists are only read after this."""
    keywords: _Keywords = lex.compiled("outlet_keywords", _Keywords)
    hits = {word: _find_all(text, word) for word in keywords.as_written}
    if low is None or keywords.automaton is None:
        return hits
    found: dict[str, list[int]] = {}
    for last, (back, words) in keywords.automaton.iter(low):
        for word in words:
            if word in found:
                found[word].append(last - back)
            else:
                found[word] = [last - back]
    # a keyword not in the text (most of them): one empty list shared, not one built for each
    hits.update(dict.fromkeys(keywords.in_pass, []))
    hits.update(found)
    return hits


def _find_all(haystack: str, form: str) -> list[int]:
    found: list[int] = []
    i = haystack.find(form)
    while i != -1:
        found.append(i)
        i = haystack.find(form, i + 1)
    return found


def resolve_outlet_name(written: str, lex: Lexicon, *, context_says_outlet: bool = False) -> tuple[str, str | None] | None:
    """Canonical name and kind for an outlet as written, or None if it is not an outlet.

    >>> from quoteprov.lexicon import Lexicon
    >>> resolve_outlet_name("the WSJ", Lexicon.default())
    ('Wall Street Journal', 'newspaper')
    """
    words = written.strip().split()
    listed = _listed_prefix(words, lex)
    if listed is not None:
        return listed
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return None
    trimmed = " ".join(words).rstrip(".,")
    if trimmed.lower() in DESCRIBED:
        return None  # "the network reported": an outlet named before (see _name_described)
    if not (context_says_outlet or any(_holds_outlet_word(w, lex) for w in words)
            or words[-1].lower().rstrip(".,") in lex.outlet_head_words):
        return None
    if not context_says_outlet and all(lex.outlet_kind_words.get(w.lower().rstrip(".,")) == "broadcaster" for w in words):
        return None  # "TV ads aired", "said on FM radio": the medium alone names no outlet
    if trimmed.lower() in lex.organizations or trimmed in lex.places:
        return None
    return trimmed, None


def _holds_outlet_word(word: str, lex: Lexicon) -> bool:
    """An outlet word, alone or ending a hyphenated name ("Sun-Times", "KXYZ-TV"): outlets
    join their words with hyphens ("Post-Brexit" is no outlet: the word must end it)."""
    low = word.lower().rstrip(".,")
    return low in lex.outlet_cue_words or ("-" in low and low.rsplit("-", 1)[1] in lex.outlet_cue_words)


def _listed_prefix(words: list[str], lex: Lexicon) -> tuple[str, str | None] | None:
    """The longest prefix the gazetteer knows: "TASS news agency released" → TASS; a
    station of a listed outlet keeps its own name ("BBC Radio Leeds")."""
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size]).rstrip(".,’'")
        entry = lex.outlet_index.get(candidate.lower()) or lex.outlet_index.get("the " + candidate.lower())
        if entry is None or (candidate.lower() == "x" and candidate != "X"):
            continue  # "x", the letter, is no platform; its other names are ("Twitter")
        rest = [w.rstrip(".,") for w in words[size : size + 3]]
        if rest and all(w[:1].isupper() for w in rest) and any(
            w.lower() in lex.outlet_cue_words or w.lower() in lex.station_words for w in rest
        ):
            return " ".join(words[: size + len(rest)]).rstrip(".,"), entry.kind
        return entry.name, entry.kind
    return None


def find_outlet_mentions(
    document: Document, quotes: Sequence[Quote], lexicon: Lexicon, *, disable: frozenset[str] = frozenset(),
    own: str | None = None,
) -> list[OutletMention]:
    """Every outlet cue in the text outside quotes, sorted by position, without overlaps
    (the cue patterns named in ``disable`` left out). ``own`` is the article's own outlet:
    its name and short forms are outlets here ("told the Ledger" on a page of The Riverside
    Ledger names the Ledger itself)."""
    text = document.text
    quote_spans = [(q.span.start, q.span.end) for q in quotes]
    compiled = outlet_patterns(lexicon)
    # Organisations a model named (stanza engine's NER); the rule engine gives none.
    orgs = frozenset((e.span.start, e.span.end) for e in document.entities if e.label == "ORG")
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else None
    hits = _keyword_hits(text, low, lexicon)
    found = _pattern_mentions(text, quote_spans, lexicon, orgs, disable, own, low=low, hits=hits)
    found += _name_first_mentions(text, quote_spans, lexicon, disable, own, hits=hits)
    found.sort(key=lambda m: (m.span.start, -(m.span.end - m.span.start)))
    out: list[OutletMention] = []
    for mention in found:
        if not out or mention.span.start >= out[-1].span.end:
            out.append(mention)
    if any(m.rule.startswith("described_") for m in out):
        out = _name_described(out, lexicon, _bare_names(text, quote_spans, lexicon))
    else:
        out = _name_described(out, lexicon)
    if "same_platform" in disable:
        return out
    return _same_platform(text, out, quote_spans, compiled.same_platform)


def _described_mention(text: str, relation: str, match: regex.Match[str], end: int, cue: str) -> OutletMention:
    """A cue naming its outlet by description ("according to the newspaper"): named by
    :func:`_name_described` after the outlets before it are known. The description is
    kept as its name span."""
    return OutletMention(None, relation, Span.of(text, match.start(), end),  # type: ignore[arg-type]
                         name_span=Span.of(text, *match.span("desc")), rule=cue)


#: "the interview", "the same interview", "his interview": one the article has told of
_DEFINITE = regex.compile(r"(?i)\b(?:the|that|this|his|her|their)[ \t\xa0](?:[\w\-]+[ \t\xa0]){0,2}?interview")


#: a run of capitalised words that may hold an outlet's name ("The Valley Post’s")
_CAPITALISED_RUN = regex.compile(
    r"(?<![\p{L}\p{N}])(?:[Tt]he[ \t\xa0])?\p{Lu}[\p{L}\p{N}&.’'\-]*(?:[ \t\xa0](?:of[ \t\xa0]|and[ \t\xa0])?\p{Lu}[\p{L}\p{N}&.’'\-]*){0,5}"
)


#: a possessive ending a word ("Post’s")
_POSSESSIVE_END = regex.compile(r"[’']s$")


def _bare_names(text: str, quote_spans: list[tuple[int, int]], lex: Lexicon) -> list[OutletMention]:
    """Outlets the gazetteer lists, named anywhere outside quotes even with no cue ("The
    Valley Post slammed the plan"), for a later description to stand for ("the paper's
    editorial board wrote"). Platforms are left out: "the website" is never X."""
    found: list[OutletMention] = []
    platforms = set(lex.phrases["platform"])
    for run in _CAPITALISED_RUN.finditer(text):
        if _inside(quote_spans, run.start()):
            continue
        words = [_POSSESSIVE_END.sub("", w) for w in run.group().split()]
        listed = _listed_prefix(words, lex)
        if listed is not None and listed[0] not in platforms:
            found.append(OutletMention(listed[0], "report", Span.of(text, run.start(), run.end()),
                                       kind=listed[1], rule="bare_name"))
    return found


def _name_described(mentions: list[OutletMention], lex: Lexicon, bare: Sequence[OutletMention] = ()) -> list[OutletMention]:
    """Each described outlet ("the newspaper", "the network") is the latest outlet named
    before it that the word can stand for (a newspaper for "the paper", a broadcaster for
    "the network"; never a platform; an outlet the gazetteer lacks by its name's last word),
    named by a cue or, in ``bare``, by its name alone;
    with none, the cue is dropped. "The interview" is the latest interview with a named
    outlet before it, if there is one."""
    out: list[OutletMention] = []
    named: list[OutletMention] = []
    for mention in mentions:
        if mention.rule == "interview_phrase" and _DEFINITE.search(mention.span.text):
            # "during the interview": the interview named before, if one was
            earlier = next((m for m in reversed(named) if m.relation in ("interview", "told") and m.rule != "bare_name"), None)
            out.append(attrs.evolve(mention, name=earlier.name, kind=earlier.kind) if earlier else mention)
        elif mention.name is None and mention.name_span is not None and mention.rule.startswith("described_"):
            cut = bisect.bisect_left(bare, mention.span.start, key=lambda m: m.span.start)
            earlier = _described_as(mention.name_span.text, sorted([*named, *bare[:cut]], key=lambda m: m.span.start), lex)
            if earlier is not None:
                out.append(attrs.evolve(mention, name=earlier.name, kind=earlier.kind))
        else:
            if mention.name is not None and mention.relation != "social_media":
                named.append(mention)
            out.append(mention)
    return out


def _described_as(words: str, named: list[OutletMention], lex: Lexicon) -> OutletMention | None:
    """The latest of the ``named`` outlets that a description can stand for. An outlet of
    no known kind is of the kind its name's last word says ("the Riverton Gazette" can be
    "the newspaper", "Harbour Television" can be "the network"; "Riverton-Harbour News"
    can be neither)."""
    kinds = DESCRIBED.get(" ".join(words.lower().split()), ())
    for m in reversed(named):
        kind = m.kind if m.kind is not None or m.name is None else lex.outlet_kind_words.get(m.name.split()[-1].lower())
        if (kind in kinds) if kinds else m.kind != "official":
            return m
    return None


def _pattern_mentions(
    text: str, quote_spans: list[tuple[int, int]], lex: Lexicon, orgs: frozenset[tuple[int, int]], disable: frozenset[str],
    own: str | None = None, *, low: str | None, hits: dict[str, list[int]],
) -> list[OutletMention]:
    # A match never crosses a line break (the patterns' white space is [ \t] only),
    # so it stays inside its paragraph.
    found: list[OutletMention] = []
    windows: dict[tuple[tuple[str, ...], bool], list[tuple[int, int]]] = {}  # cues that share their keywords
    held: dict[tuple[int, int, int], bool] = {}  # cues that share a window and a group of needs
    opening: dict[tuple[str, ...], list[int] | None] = {}  # cues that share their opening words
    keywords: _Keywords = lex.compiled("outlet_keywords", _Keywords)
    # where the one pass ran over a text with no "ſ", the opening words it finds are found in
    # every capitalisation: the test of _opening_starts made once per text, not once per cue
    trusted = keywords.starts_in_pass if low is not None and keywords.automaton is not None and "ſ" not in text else None
    for cue in _live_cues(lex, disable, hits, low):
        if cue.starts not in opening:
            opening[cue.starts] = (_starts_of(cue.starts, hits) if trusted is not None and cue.starts in trusted
                                   else _opening_starts(text, cue.starts, hits, keywords.as_written))
        starts = opening[cue.starts]
        if starts is not None and not starts:
            continue  # none of the words every match opens with is in the text
        key = (cue.keywords, cue.word_start)
        if key not in windows:
            windows[key] = _windows(text, low, cue.keywords, hits, word_start=key[1])
        for match in _cue_matches(cue, text, windows[key], starts, held):
            if not _inside(quote_spans, match.start()):
                mention = _cue_mention(text, cue, match, lex, orgs, own)
                if mention is not None:
                    found.append(mention)
    return found


def _live_cues(lex: Lexicon, disable: frozenset[str], hits: dict[str, list[int]], low: str | None) -> list[OutletPattern]:
    """The cue patterns to try on a text, in order: those not switched off, and when the
    keyword pass found every keyword, only those with a keyword in the text (a cue none of
    whose keywords is there has no window, and so no match: no window is built for it)."""
    keywords: _Keywords = lex.compiled("outlet_keywords", _Keywords)
    cues = outlet_patterns(lex).patterns
    if low is None or keywords.automaton is None:
        return [cue for cue in cues if cue.name not in disable]
    cues_of = keywords.cues_of
    numbers = {n for w, at in hits.items() if at and w in cues_of for n in cues_of[w]}
    return [cues[n] for n in sorted(numbers) if cues[n].name not in disable]


def _cue_mention(
    text: str, cue: OutletPattern, match: regex.Match[str], lex: Lexicon, orgs: frozenset[tuple[int, int]], own: str | None
) -> OutletMention | None:
    """The mention a cue's match makes: the outlet its words imply, one it describes, or one it names."""
    if cue.implied is not None:
        entry = resolve_outlet_name(cue.implied, lex)
        return OutletMention(entry[0] if entry else cue.implied, cue.relation,  # type: ignore[arg-type]
                             Span.of(text, match.start(), match.end()), kind=entry[1] if entry else None, rule=cue.name)
    if match.groupdict().get("desc"):
        return _described_mention(text, cue.relation, match, match.end(), cue.name)
    return _mention(text, cue.relation, match, lex, cue=cue.name, orgs=orgs, own=own)


def _opening_starts(
    text: str, words: tuple[str, ...], hits: dict[str, list[int]], as_written: Sequence[str] = ()
) -> list[int] | None:
    """Where one of a cue's opening words (:attr:`OutletPattern.starts`) starts, sorted; None
    when every position must be tried: the cue has none, the keyword pass did not find them
    all, or the text has a "ſ" (which a pattern's ``(?i)`` reads as "s" and lower-casing keeps)."""
    if not words or "ſ" in text or any(w not in hits or w in as_written for w in words):
        return None  # (a word searched as written is not found in every capitalisation)
    return _starts_of(words, hits)


def _starts_of(words: tuple[str, ...], hits: dict[str, list[int]]) -> list[int]:
    """Where one of ``words`` starts, sorted (each list of ``hits`` is)."""
    if len(words) == 1:
        return hits[words[0]]  # found in order
    return sorted({s for w in words for s in hits[w]})


def _cue_matches(
    cue: OutletPattern, text: str, windows: list[tuple[int, int]], starts: list[int] | None,
    held: dict[tuple[int, int, int], bool],
) -> Iterator[regex.Match[str]]:
    """The matches of ``cue`` in each of its ``windows`` that holds its needs (a window that
    lacks one holds no match), in text order: where the words every match opens with are
    known (``starts``), the pattern is tried only where one starts."""
    if starts is not None:
        yield from _matches_at(cue.pattern, text, windows, starts, cue.needs, held)
        return
    for lo, hi in windows:
        if not cue.needs or _holds(text, lo, hi, cue.needs, held):
            yield from cue.pattern.finditer(text, lo, hi)


def _matches_at(
    pattern: regex.Pattern[str], text: str, windows: list[tuple[int, int]], starts: list[int],
    needs: tuple[tuple[str, ...], ...], held: dict[tuple[int, int, int], bool],
) -> list[regex.Match[str]]:
    """The matches of ``pattern.finditer(text, lo, hi)`` over the (sorted, disjoint)
    ``windows`` that hold ``needs``, for a pattern whose every match opens at one of
    ``starts``: tried at those only, each after the previous match, in one pass over both."""
    found: list[regex.Match[str]] = []
    pos, k, n = 0, 0, len(windows)
    for start in starts:
        if start < pos:
            continue  # inside the previous match: the scan goes on after it
        while k < n and windows[k][1] <= start:
            k += 1
        if k == n:
            break
        lo, hi = windows[k]
        if start < lo or (needs and not _holds(text, lo, hi, needs, held)):
            continue
        # The regex engine looks for a pattern's required words as far as the end it is
        # given before it tries the match: an end a cue can never reach keeps each try short
        # (else one paragraph of many quotes costs the square of its length).
        match = pattern.match(text, start, min(hi, start + _CUE_REACH))
        if match is not None:
            found.append(match)
            pos = match.end()
    return found


#: the most characters one cue match can span (the longest is a cue word, a few lower-case
#: words, a descriptor and a name of up to six words); a try never reads past it
_CUE_REACH = 1_000


def _holds(
    text: str, lo: int, hi: int, needs: tuple[tuple[str, ...], ...], held: dict[tuple[int, int, int], bool] | None = None
) -> bool:
    """Whether ``text[lo:hi]`` holds one string of each group of ``needs``; ``held``
    remembers each (window, group) answered (the groups live as long as the patterns)."""
    for group in needs:
        key = (lo, hi, id(group))
        found = held.get(key) if held is not None else None
        if found is None:
            found = False
            for w in group:  # a plain loop: no generator resumed for each string
                if text.find(w, lo, hi) != -1:
                    found = True
                    break
            if held is not None:
                held[key] = found
        if not found:
            return False
    return True


def _name_first_mentions(
    text: str, quote_spans: list[tuple[int, int]], lex: Lexicon, disable: frozenset[str], own: str | None = None,
    *, hits: dict[str, list[int]],
) -> list[OutletMention]:
    found: list[OutletMention] = []
    verbs: dict[tuple[int, tuple[str, ...]], list[regex.Match[str]]] = {}  # cues that share their verb ("reported")
    for first in outlet_patterns(lex).name_first:
        if first.name in disable:
            continue
        key = (id(first.verb), first.keywords)
        if key not in verbs:
            verbs[key] = list(_verb_matches(text, first, hits))
        for v in verbs[key]:
            named = first.name_before.search(text, max(0, v.start() - 120), v.start())
            cut = _name_start_inside(text, named, lex) if named is not None else None
            if cut is not None:  # "… Ann Cole. The Valley Post ran a piece": the name starts after the stop
                named = first.name_before.search(text, cut, v.start())
            if named is None or _inside(quote_spans, named.start()):
                continue
            if named.groupdict().get("desc"):
                found.append(_described_mention(text, first.relation, named, v.end(), first.name))
                continue
            mention = _mention(text, first.relation, named, lex, cue=first.name, end=v.end(), own=own)
            if mention is not None:
                found.append(mention)
    return found


#: a word ending a sentence and the capital opening the next: "Sanders. The"
_STOP_THEN_CAPITAL = regex.compile(r"(\S+)[.!?][ \t\xa0]+(?=\p{Lu})")


def _name_start_inside(text: str, named: regex.Match[str], lex: Lexicon) -> int | None:
    """Where an outlet's name matched backwards from a verb really starts, when its
    capitalised words run over a full stop (not an abbreviation's: "U.S. News" is one name)
    or open with a word that never starts a name ("As the Valley Post put it")."""
    cut = None
    for stop in _STOP_THEN_CAPITAL.finditer(text, named.start(), named.end()):
        if stop.group(1) + "." not in lex.abbreviations and "." not in stop.group(1):
            cut = stop.end()
    start = named.start() if cut is None else cut
    first = text[start:named.end()].split(maxsplit=1)
    if len(first) == 2 and first[0] != "The" and first[0] in lex.not_names:
        cut = start + len(first[0]) + 1
    return cut


def _verb_matches(text: str, first: NameFirstPattern, hits: dict[str, list[int]]) -> Iterator[regex.Match[str]]:
    """The matches of ``first.verb.finditer(text)``, tried only where one of its keywords
    starts (every match opens with one) when the keyword pass found them all. A "Σ" in the
    text lower-cases by its neighbours, so there every position is tried, as before."""
    if not first.keywords or "Σ" in text or any(w not in hits for w in first.keywords):
        yield from first.verb.finditer(text)
        return
    pos = 0
    for start in sorted({s for w in first.keywords for s in hits[w]}):
        if start < pos:
            continue  # inside the previous match: the scan goes on after it
        match = first.verb.match(text, start)
        if match is not None:
            yield match
            pos = match.end()


# "responded on the same platform": the social network named last before it.
#: how far back (characters) "the same platform" looks for the platform it means
_SAME_PLATFORM_REACH = 1500


def _same_platform(
    text: str, found: list[OutletMention], quote_spans: list[tuple[int, int]], same: regex.Pattern[str]
) -> list[OutletMention]:
    if "same" not in text:
        return found  # every match of ``same`` holds the word (as written)
    starts = [m.span.start for m in found]
    added: list[OutletMention] = []
    for match in same.finditer(text):
        if _inside(quote_spans, match.start()):
            continue
        i = bisect.bisect_left(starts, match.start())
        if (i < len(found) and found[i].span.start < match.end()) or (i > 0 and found[i - 1].span.end > match.start()):
            continue  # already part of a mention
        earlier = None
        k = i - 1
        while k >= 0 and match.start() - found[k].span.end <= _SAME_PLATFORM_REACH:
            if found[k].relation == "social_media" and found[k].name:
                earlier = found[k]
                break
            k -= 1
        if earlier is not None:
            added.append(OutletMention(
                earlier.name, "social_media", Span.of(text, match.start(), match.end()),
                name_span=earlier.name_span, kind=earlier.kind, rule="same_platform",
            ))
    if not added:
        return found
    return sorted([*found, *added], key=lambda m: m.span.start)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


#: "Example News Channel’s Morning Edition", "Fox News’ Sunday Hour": an outlet's programme
_OWNER = regex.compile(r"(?P<owner>\S.*?)(?:’s|'s|(?<=s)’|(?<=s)')[ \t\xa0]+(?=\p{Lu})")


_SENTENCE_END = regex.compile(r"[.!?](?=[ \t\xa0]|$)")


def _programme_owner(written: str, end: int, lex: Lexicon) -> tuple[str, int, int]:
    """A programme named with its owner's possessive is given to the owner, when the owner
    is an outlet: the name as written is cut to it (and ``end`` with it); the title stays
    in the evidence, whose end is returned third (0: nothing was cut)."""
    found = _OWNER.match(written)
    # "As the Washington Post’s editor wrote": a word that never starts a name is no owner's
    if found is None or written.split()[0] in lex.not_names or resolve_outlet_name(found["owner"], lex) is None:
        return written, end, 0
    owner = found["owner"]
    stop = _SENTENCE_END.search(written, found.end())  # the title ends with its sentence
    shown = end - (len(written) - stop.start()) if stop else end
    return owner, end - (len(written) - len(owner)), shown


#: relations (and cues) whose evidence ends with the outlet's name ("told the New York
#: Post", "first reported by the Valley Post")
_STOPS_AT_NAME = frozenset({"according_to", "told", "interview", "podcast", "remarks", "reported_by", "credit_line",
                            "recording_by"})


def _mention(
    text: str,
    relation: str,
    match: regex.Match[str],
    lex: Lexicon,
    *,
    cue: str,
    end: int | None = None,
    orgs: frozenset[tuple[int, int]] = frozenset(),
    own: str | None = None,
) -> OutletMention | None:
    """An outlet mention from a pattern's match (``end``: where the evidence ends, if past
    the match); its ``rule`` is the name of the cue pattern that matched ("told",
    "interview_with", "reported"), the name ``disable`` switches it off by."""
    match_end = match.end() if end is None else max(end, match.end())
    key = _name_group(match, relation)
    if key is None:
        return _unnamed(text, relation, match, match_end, cue)
    name_start, name_end = match.span(key)
    group_end = name_end
    written = text[name_start:name_end]
    last = written.split()[-1] if written.split() else ""
    if written.endswith((".", ",")) and not (last in lex.abbreviations or last.count(".") > 1):
        written, name_end = written[:-1], name_end - 1  # "told TASS." — the stop ends the sentence
    written, name_end, programme_end = _programme_owner(written, name_end, lex)
    resolved, rule = _own_outlet(written, own) or _resolve_name(text, relation, written, name_start, lex, cue), cue
    org_end = _org_entity_outlet(text, relation, name_start, name_end, lex, orgs) if resolved is None else None
    if org_end is not None:
        # "told the Kestrel Ledger": no gazetteer entry and no outlet word, but the model
        # tags the name an organisation, and only an outlet is told, interviewed or cited.
        name_end = org_end
        written = text[name_start:name_end]
        resolved, rule = (written.removeprefix("the ").removeprefix("The "), None), f"{cue}_org_entity"
    if resolved is None:
        return None
    # Trim the evidence's name span to the name as written ("TASS" of "TASS news agency released").
    words = written.split()
    while len(words) > 1 and resolved in (resolve_outlet_name(" ".join(words[:-1]), lex),
                                          _own_outlet(" ".join(words[:-1]), own)):
        words.pop()
    name_end = name_start + len(" ".join(words))
    # Evidence that ends with the name ("told the New York Post") stops there; evidence
    # that goes on past it ("Reuters contributed to this report", "in a Sky News
    # interview") keeps its words.
    stops_at_name = bool({relation, cue} & _STOPS_AT_NAME)
    evidence_end = max(name_end if stops_at_name and match.end() <= group_end else match_end, programme_end)
    return OutletMention(
        resolved[0],
        relation,  # type: ignore[arg-type]
        Span.of(text, match.start(), max(evidence_end, name_end)),
        name_span=Span.of(text, name_start, name_end),
        kind=resolved[1],
        rule=rule,
    )


def _name_group(match: regex.Match[str], relation: str) -> str | None:
    """The group holding the outlet's name, or None for a cue that names none ("in a statement")."""
    groups = match.groupdict()
    if relation in ("statement", "press_conference", "remarks", "told", "interview") and "name" not in groups:
        return None
    if groups.get("unnamed"):
        return None
    if relation == "transcript":
        key = "name" if match.group("name") else "name2"
        return key if match.group(key) else None
    return "name"


def _unnamed(text: str, relation: str, match: regex.Match[str], match_end: int, cue: str = "") -> OutletMention:
    """A channel with no outlet: "in a statement", "according to state media", "a transcript";
    a group's cue keeps its name ("In interviews, donors said": see the interviewed_group sieve)."""
    span = Span.of(text, match.start(), match_end)
    if cue.startswith("group_"):
        return OutletMention(None, relation, span, rule=cue)  # type: ignore[arg-type]
    if match.groupdict().get("unnamed"):
        return OutletMention(None, "according_to", span, rule="according_to_unnamed")
    if relation == "transcript":
        return OutletMention(None, "transcript", span, rule="transcript_phrase")
    return OutletMention(None, relation, span, rule=f"{relation}_phrase")  # type: ignore[arg-type]


def _own_outlet(written: str, own: str | None) -> tuple[str, str | None] | None:
    """The article's own outlet, when ``written`` is its name or its short form: "the
    Riverside Ledger" or "the Ledger" on a page of The Riverside Ledger."""
    if not own:
        return None
    full = own.strip().removeprefix("The ").removeprefix("the ").split()
    forms = {" ".join(full).lower()} | ({full[-1]} if len(full) >= 2 else set())
    words = written.strip().removeprefix("the ").removeprefix("The ").rstrip(".,").split()
    for k in range(len(words), 0, -1):  # "the Ledger on Monday": the name, then other words
        head = " ".join(words[:k])
        if head.lower() in forms or (head in forms and head[:1].isupper()):
            return own, None
    return None


#: a person named with their outlet: "Ann Cole of the Valley Post", "Ann Cole from KXYZ News"
_HOST_OF = regex.compile(r"(?P<person>\p{Lu}\p{Ll}+(?:[ \t\xa0]\p{Lu}[\p{L}.\-]*){1,2})[ \t\xa0](?:of|from)[ \t\xa0](?P<outlet>.+)")


def _resolve_name(
    text: str, relation: str, written: str, name_start: int, lex: Lexicon, cue: str = ""
) -> tuple[str, str | None] | None:
    if cue == "credit_line" and written.split()[0] in lex.given_names:
        return None  # "(h/t Jane Smith)": a person thanked, no outlet
    host = _HOST_OF.fullmatch(written)
    outlet = resolve_outlet_name(host["outlet"], lex) if host is not None else None
    if outlet is not None:
        return outlet  # "told Ann Cole of the Valley Post": the journalist's outlet, not a show named after her
    before = text[max(0, name_start - 30) : name_start]
    # A podcast cue, an outlet word before the name, or a title in quote marks ("told
    # “Morning Forum,”"): the name is a medium's, known or not.
    explicit = relation == "podcast" or before.endswith(("“", '"')) or bool(outlet_patterns(lex).context.search(before))
    resolved = resolve_outlet_name(written, lex, context_says_outlet=explicit)
    if resolved is None and relation == "transcript":
        # "a Kremlin transcript": the body that issued it is the outlet.
        org = lex.organizations.get(written.lower().removeprefix("the "))
        if org is not None or written in lex.places:
            resolved = (org or written, "official")
    return resolved


def _org_entity_outlet(
    text: str, relation: str, start: int, end: int, lex: Lexicon, orgs: frozenset[tuple[int, int]]
) -> int | None:
    """Where the ORG entity that opens the name at [start, end) ends, if it can only be an
    outlet here: told/interview/according-to, and not a ministry, party or known body."""
    if relation not in ("told", "interview", "according_to", "podcast") or not orgs:
        return None
    written = text[start:end]
    bare_start = start + (4 if written.startswith(("the ", "The ")) else 0)
    ends = [e for s, e in orgs if s in (start, bare_start) and bare_start < e <= end]
    if not ends:
        return None
    org_end = max(ends)
    if org_end < end and text[org_end : org_end + 1] not in (" ", "\t"):
        return None  # the entity stops inside a word
    bare = text[bare_start:org_end]
    words = bare.split()
    if bare.lower() in lex.organizations or bare in lex.places or any(w in lex.org_heads for w in words):
        return None
    return org_end


def article_citations(mentions: Sequence[OutletMention]) -> tuple[OutletMention, ...]:
    """The outlets the article relays: according to X, X reported, X contributed."""
    return tuple(m for m in mentions if m.relation in CITATION_RELATIONS)
