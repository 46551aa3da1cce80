"""Find every quoted passage: marked quotes, nested quotes, continuation paragraphs, colon blocks.

The marks are paired by :mod:`.pairing` (one pass with a stack, linear however unbalanced
they are; nothing raises on odd marks); quoted text that is no quote (scare quotes,
titles, nicknames) is set aside by :mod:`.nonquotes`; this module labels each quote's form
(full or partial) and adds the colon blocks ("Lavrov said:" and a paragraph with no marks).
"""

from __future__ import annotations

import bisect

import attrs
import regex

from ..lexicon import Lexicon
from ..records import Document, Form, Mention, NonQuote, Quote, Span
from .marks import SINGLE
from .nonquotes import _contexts, _non_quote_reason
from .pairing import _MARK, _pair_marks, _paragraph_of

__all__ = ["find_quotes", "QuoteScan", "name_line"]

_MAX_WARNINGS = 50
# The last word before the quote. Searched from the end ((?r)): the same word as a search
# from the start, which tried every word of the stretch against the anchor at its end.
_VERB_BEFORE = regex.compile(r"(?r)([\p{L}]+)\s*$")


@attrs.frozen
class QuoteScan:
    """What :func:`find_quotes` found: quotes, quoted text that is not a quote, and warnings."""

    quotes: tuple[Quote, ...]
    non_quotes: tuple[NonQuote, ...]
    warnings: tuple[str, ...]


def find_quotes(document: Document, *, lexicon: Lexicon | None = None) -> QuoteScan:
    """Every quoted passage in ``document``, sorted, non-overlapping.

    >>> from quoteprov.engines import build_document
    >>> doc = build_document('He called it “reckless.” “We won’t,” she said.')
    >>> [(q.content.text, q.form) for q in find_quotes(doc).quotes]
    [('reckless.', 'partial'), ('We won’t,', 'full')]
    """
    lex = lexicon or Lexicon.default()
    text = document.text
    warnings: list[str] = []
    raw = list(_pair_marks(document, warnings))
    raw_starts = sorted(q.span.start for q in raw)
    quotes: list[Quote] = []
    non_quotes: list[NonQuote] = []
    singles = sum(q.marks[:1] in SINGLE for q in raw)
    doubles = len(raw) - singles
    double_style = doubles >= 2 and doubles >= 2 * singles  # American style: quotes in double marks
    listed = _listed(text, raw)
    for quote in raw:
        if quote.span.start in listed:
            non_quotes.append(NonQuote(quote.span, "term", "term_list"))
            continue
        para = _paragraph_of(document, quote.span.start)
        reason = _non_quote_reason(text, quote, para, _contexts(lex), double_style=double_style)
        if reason is not None:
            non_quotes.append(NonQuote(quote.span, reason[0], reason[1]))
            continue
        form, rule = _form(text, quote, para, lex)
        quotes.append(attrs.evolve(quote, form=form, form_rule=rule))
    quotes.extend(_colon_blocks(document, raw_starts, lex))
    quotes.sort(key=lambda q: q.span.start)
    if len(warnings) > _MAX_WARNINGS:
        extra = len(warnings) - _MAX_WARNINGS
        warnings = warnings[:_MAX_WARNINGS] + [f"… and {extra} more warnings like these"]
    return QuoteScan(tuple(quotes), tuple(non_quotes), tuple(warnings))


#: between two items of a list: commas and spaces, and "and" or "or" before the last
_LIST_GAP = regex.compile(r"[ \t,;]*(?:(?:and|or)[ \t]+)?")
#: a listed item is a few words; a list has at least this many
_ITEM_WORDS, _LIST_ITEMS = 4, 3


def _listed(text: str, quotes: list[Quote]) -> set[int]:
    """The starts of quotes that stand in a list of short quoted items ("harbor,"
    "levy," "Dunmore" and "bond vote"; three titles in a row): words or titles named,
    not anything said."""
    found: set[int] = set()
    run: list[Quote] = []
    for quote in sorted(quotes, key=lambda q: q.span.start):
        short = len(quote.parts) == 1 and len(quote.content.text.split()) <= _ITEM_WORDS
        if short and run and _LIST_GAP.fullmatch(text, run[-1].span.end, quote.span.start):
            run.append(quote)
            continue
        if len(run) >= _LIST_ITEMS:
            found.update(q.span.start for q in run)
        run = [quote] if short else []
    if len(run) >= _LIST_ITEMS:
        found.update(q.span.start for q in run)
    return found


def _form(text: str, quote: Quote, para: Span, lex: Lexicon) -> tuple[Form, str]:
    if len(quote.parts) > 1:
        return "full", "continued_paragraphs"
    stripped = text[max(para.start, quote.span.start - 80) : quote.span.start].rstrip()
    opening = _opening(stripped)
    if opening is not None:
        if _sentence_goes_on(text, quote, para, lex) and not _speech_verb_before(stripped, lex):
            return "partial", "sentence_continues"
        return "full", opening
    verb = _VERB_BEFORE.search(stripped)
    if verb and lex.verb_lemma(verb.group(1)):
        if quote.content.text.lstrip()[:1].isupper():
            return "full", "after_reporting_verb"
        if _verb_complement(text, quote, para, stripped[: verb.start()], verb.group(1), lex):
            return "full", "verb_complement"
    if _CHANTS_OF.search(stripped):
        return "full", "chants_of"
    return "partial", "inside_sentence"


#: a crowd's words after the noun for them: chants of “lock the gates!”, cries of “shame”
_CHANTS_OF = regex.compile(r"(?i)\b(?:chants|chant|cries|shouts)\s+of$")


def _opening(stripped: str) -> str | None:
    """The rule for a quote that opens its paragraph, a sentence or a clause; None when
    it stands inside a sentence."""
    if not stripped:
        return "paragraph_start"
    last = stripped[-1]
    if last in ".!?…":
        return "sentence_start"
    if last in "\"'”’»":
        return "after_quote"
    if last in ",:;—–-(":
        return "after_punctuation"
    return None


#: what follows a quote that its sentence goes on after: a space, then a word
_GOES_ON = regex.compile(r"[ \t\u00a0]+[\p{L}\p{N}]")
#: the words after a quote up to the first stop, dash, bracket or mark: a reporting
#: clause ("… ” Cole said") if one of them is a reporting verb
_CLAUSE_AFTER = regex.compile(r"[^.,;:!?()\n—–\"“”]{0,60}")
_WORDS = regex.compile(r"[\p{L}’']+")
_CLAUSE_WORDS, _LONG_CLAUSE_WORDS = 5, 8


def _last_character(quote: Quote) -> str:
    """The last character of the quoted words, a nested quote's closing marks aside:
    “He asked, ‘Why now?’” ends with the question mark."""
    return quote.content.text.rstrip().rstrip(_CLOSING_MARKS + " ")[-1:]


_CLOSING_MARKS = "\"'”’»"


def _sentence_goes_on(text: str, quote: Quote, para: Span, lex: Lexicon) -> bool:
    """The quoted words end with no stop or comma and the sentence runs on after the
    closing mark, with no reporting clause: “Harbor Lights” star Mina Adair said …;
    “Slow lane” became the bus plan’s nickname. The quote is a phrase of the writer's sentence."""
    if _last_character(quote) in ",.!?;:…—–-":
        return False
    if _GOES_ON.match(text, quote.span.end, para.end) is None:
        return False
    clause = _CLAUSE_AFTER.match(text, quote.span.end, para.end)
    words = _WORDS.findall(clause.group() if clause else "")
    if any(lex.verb_lemma(w) for w in words[:_CLAUSE_WORDS]):
        return False  # “We won” Cole said on Monday
    # a longer subject before the verb that ends the clause: “…” the Ledger's city editor Ann Cole replied.
    return not (len(words) <= _LONG_CLAUSE_WORDS and words and lex.verb_lemma(words[-1]))


def _speech_verb_before(stripped: str, lex: Lexicon) -> bool:
    """A reporting verb ends the text before the quote, a comma or colon aside: “she
    tweeted, “…” on Friday” reports what she wrote."""
    verb = _VERB_BEFORE.search(stripped.rstrip(",:").rstrip())
    return bool(verb and lex.verb_lemma(verb.group(1)))


#: words that make the reporting-verb form after them a noun: the report, Cole’s remarks
_BEFORE_VERB = regex.compile(r"(?r)([\p{L}’'\-]+)\s*$")


def _verb_complement(text: str, quote: Quote, para: Span, before_verb: str, verb: str, lex: Lexicon) -> bool:
    """The quote is the whole complement of the reporting verb just before it, and ends
    the sentence: He says “the pier can wait.”; the crowd chanted “not our harbour!”
    Nothing of the writer's stands between the verb and the words or after them, so they
    are quoted as said, lower case or not. Not a noun that looks like a verb (the
    report “…”, Cole’s remarks “…”, the United States “…”) and not a word joined by a
    hyphen (so-called, self-described)."""
    if not verb.islower() or before_verb.rstrip().endswith("-"):
        return False
    word = _BEFORE_VERB.search(before_verb)
    if word is not None:
        previous = word.group(1).lower()
        if previous in lex.words["determiner"] or previous.endswith(("’s", "'s", "s’", "s'")):
            return False
    return _ends_sentence(text, quote, para)


_STOP_AFTER = regex.compile(r"[\"'”’»]*[.!?…]|\s*$")


def _ends_sentence(text: str, quote: Quote, para: Span) -> bool:
    if _last_character(quote) in ".!?…":
        return True
    return _STOP_AFTER.match(text, quote.span.end, para.end) is not None


_COLON_INTRO = regex.compile(r"([\p{L}\p{M}’'.\- ]{1,80}):\s*$")


def name_line(document: Document, index: int) -> Mention | None:
    """The person a paragraph names and nothing else, before a colon: "Sergey Lavrov:".

    Transcripts and Q&A pieces print a speaker's name on its own line before their words.
    """
    para = document.paragraphs[index].span
    if not para.text.endswith(":") or len(para.text) > 60:
        return None
    i = bisect.bisect_left(document.mentions, para.start, key=lambda m: m.span.start)
    if i < len(document.mentions) and document.mentions[i].span.start == para.start:
        mention = document.mentions[i]
        rest = document.text[mention.span.end : para.end].strip()
        if rest == ":" and mention.kind == "person":  # a full or titled name; never "Correction:"
            return mention
    return None


def _colon_blocks(document: Document, quoted_starts: list[int], lex: Lexicon) -> list[Quote]:
    """The colon form: a paragraph ending "Lavrov said:" and a next paragraph with no marks."""
    text = document.text
    out = []
    paras = document.paragraphs
    for index in range(len(paras) - 1):
        intro = paras[index].span
        if not intro.text.endswith(":"):
            continue
        match = _COLON_INTRO.search(text, max(intro.start, intro.end - 81), intro.end)
        if match is None:
            continue
        words = match.group(1).split()[-6:]
        by_name = name_line(document, index) is not None
        if not by_name and not any(lex.verb_lemma(w) for w in words):
            continue
        body = paras[index + 1].span
        if _MARK.match(text, body.start, body.end) or _any_between(quoted_starts, body):
            continue
        if body.text.endswith(":"):
            continue
        out.append(
            Quote(
                span=body,
                content=body,
                parts=(body,),
                form="block",
                marks="",
                flags=("colon_block",),
                form_rule="name_line" if by_name else "colon_introduction",
            )
        )
    return out


def _any_between(starts: list[int], span: Span) -> bool:
    i = bisect.bisect_left(starts, span.start)
    return i < len(starts) and starts[i] < span.end
