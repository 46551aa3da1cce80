"""Find every quoted passage: marked quotes, nested quotes, continuation paragraphs, colon blocks.

One pass over the quote marks of each paragraph pairs openers with closers from the
table in :mod:`quoteprov.quotes.marks`, with a stack, so the work is linear in the number of
marks however unbalanced they are. Nothing raises on odd marks: an unclosed quote ends
at its paragraph's end and is flagged, a stray closer is reported as a warning.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

import attrs
import regex

from ..lexicon import Lexicon, alternation
from .marks import CLOSERS, DOUBLE, MARK_PATTERN
from ..records import Document, Form, Mention, NonQuote, NonQuoteReason, Quote, Span

__all__ = ["find_quotes", "QuoteScan"]

_MARK = regex.compile(MARK_PATTERN)
_OPEN_BEFORE = frozenset("([{—–-/:;") | frozenset("\"'“”„«»‹›‘’‚「『")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-/…") | frozenset("\"'“”„«»‹›‘’‚」』")
_MAX_WARNINGS = 50

# Context patterns, matched against at most 80 characters before / 40 after a quote, built
# from lexicons/quote_contexts.tsv once per lexicon.


@attrs.frozen
class _Contexts:
    scare: regex.Pattern[str]
    nicknamed: regex.Pattern[str]
    term: regex.Pattern[str]
    work: regex.Pattern[str]
    work_after: regex.Pattern[str]
    minor: frozenset[str]  # words a title leaves in lower case ("The Art of War")


def _build_contexts(lex: Lexicon) -> _Contexts:
    p = lex.phrases
    spaces = r"\s+"
    gloss = "|".join(r"\b" + alternation((g,), space=spaces)[3:-1] for g in p["gloss"])
    return _Contexts(
        scare=regex.compile(rf"(?i)\b{alternation(p['scare'], space=' ')}\s*$"),
        # A name given to someone or something: known to fans as “The Ghost”, renamed “Brass and Bombs”.
        nicknamed=regex.compile(
            rf"(?i)\b(?:{alternation(p['nickname'], space=' ')[3:-1]}|known(?:\s+to\s+[^,.;:\n]{{1,40}})?\s+as)\s*$"
        ),
        term=regex.compile(
            rf"(?i)(?:\b(?:the|a|this|that)\s+{alternation(p['term'], space=' ')}|{gloss})\s*[,–—-]?\s*$"
        ),
        work=regex.compile(rf"(?i)\b{alternation(p['work'], space=' ')}\s*,?\s*$"),
        work_after=regex.compile(
            rf"\s*,?\s(?:(?:his|her|their|its|the|a|an)\s)?(?:[\w\-]+\s){{0,2}}?{alternation(p['work_after'], space=' ')}\b"
            rf"|\s(?:is|was|will\s+be)\s+{alternation(p['work_released'], space=spaces)}\b"
            rf"|\s{alternation(p['work_event'], space=spaces)}\b"
        ),
        minor=lex.words["title_minor"],
    )


def _contexts(lex: Lexicon) -> _Contexts:
    found: _Contexts = lex.compiled("quote_contexts", _build_contexts)
    return found


_CAPITAL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}.’'\-]*[ \t]$")
_CAPITAL_AFTER = regex.compile(r"^[ \t]\p{Lu}")
_VERB_BEFORE = regex.compile(r"([\p{L}]+)\s*$")
_ELLIPSIS = regex.compile(r"\.\.\.|…|\. \. \.")
_BRACKET = regex.compile(r"\[[^\[\]\n]{1,80}\]")


@attrs.frozen
class QuoteScan:
    """What :func:`find_quotes` found: quotes, quoted text that is not a quote, and warnings."""

    quotes: tuple[Quote, ...]
    non_quotes: tuple[NonQuote, ...]
    warnings: tuple[str, ...]


@attrs.define
class _Open:
    mark: str
    start: int  # offset of the opening mark of the quote (first paragraph)
    content_start: int  # offset after the opening mark in the current paragraph
    parts: list[Span] = attrs.field(factory=list)
    nested: list[Span] = attrs.field(factory=list)
    flags: list[str] = attrs.field(factory=list)


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
    for quote in raw:
        para = _paragraph_of(document, quote.span.start)
        reason = _non_quote_reason(text, quote, para, _contexts(lex))
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


def _paragraph_of(document: Document, offset: int) -> Span:
    # Paragraphs are sorted; bisect on their starts.
    paras = document.paragraphs
    lo, hi = 0, len(paras) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if paras[mid].span.start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return paras[lo].span


def _flanks(text: str, start: int, end: int, para: Span) -> tuple[bool, bool]:
    before = text[start - 1] if start > para.start else None
    after = text[end] if end < para.end else None
    can_open = after is not None and not after.isspace() and (
        before is None or before.isspace() or before in _OPEN_BEFORE
    )
    can_close = before is not None and not before.isspace() and (
        after is None or after.isspace() or after in _CLOSE_AFTER
    )
    return can_open, can_close


def _is_apostrophe(text: str, start: int, end: int, para: Span) -> bool:
    before = text[start - 1] if start > para.start else ""
    after = text[end] if end < para.end else ""
    if before.isalnum() and after.isalnum():
        return True  # won’t, O’Brien, rock’n’roll
    return bool(before.isspace() or not before) and after.isdigit()  # the ’90s


@attrs.define
class _State:
    single_quotes_seen: bool = False


def _pair_marks(document: Document, warnings: list[str]) -> Iterator[Quote]:
    text = document.text
    carried: _Open | None = None
    state = _State()
    paragraphs = document.paragraphs
    for index, paragraph in enumerate(paragraphs):
        para = paragraph.span
        stack: list[_Open] = []
        marks = list(_MARK.finditer(text, para.start, para.end))
        if carried is not None:
            # The previous paragraph left a quote open and this one opens with a mark of
            # the same family: news convention for a quote that runs on.
            carried.content_start = marks[0].end()
            stack.append(carried)
            marks = marks[1:]
        yield from _pair_in_paragraph(text, para, marks, stack, state, warnings)
        nxt = paragraphs[index + 1].span if index + 1 < len(paragraphs) else None
        carried, unclosed = _left_open(text, para, nxt, stack, state, warnings)
        if unclosed is not None:
            yield unclosed


def _pair_in_paragraph(
    text: str, para: Span, marks: list[regex.Match[str]], stack: list[_Open], state: _State, warnings: list[str]
) -> Iterator[Quote]:
    for match in marks:
        mark, start, end = match.group(), match.start(), match.end()
        closed = _try_close(text, mark, start, end, para, stack)
        if closed is not None:
            for quote in closed:
                state.single_quotes_seen = state.single_quotes_seen or quote.marks[:1] in ("‘", "'")
                yield quote
        elif _can_open(text, mark, start, end, para, stack):
            stack.append(_Open(mark, start, end))
        elif mark in ('"', "''", "”", "’’", "»", "«", "」", "』", "“"):
            warnings.append(f"stray quote mark {mark!r} at offset {start}")


def _left_open(
    text: str, para: Span, nxt: Span | None, stack: list[_Open], state: _State, warnings: list[str]
) -> tuple[_Open | None, Quote | None]:
    """What a quote still open at a paragraph's end becomes: carried into the next paragraph
    when that one opens with a mark of its family, else closed here and flagged ``unclosed``
    (an unclosed single mark is an apostrophe we could not tell apart: 'tis, ’90s)."""
    if not stack:
        return None, None
    bottom = stack[0]
    if nxt is not None and _opens_like(text, nxt, bottom.mark):
        bottom.parts.append(Span.of(text, bottom.content_start, para.end))
        if len(stack) > 1:
            bottom.flags.append("unclosed_nested")
        return bottom, None
    if not (bottom.mark in DOUBLE or bottom.parts or (state.single_quotes_seen and _opens_quote_like(text, bottom, para))):
        return None, None
    bottom.parts.append(Span.of(text, bottom.content_start, para.end))
    warnings.append(
        f"quote opened with {bottom.mark!r} at offset {bottom.start} is not closed "
        f"before its paragraph ends at offset {para.end}"
    )
    return None, _make(text, bottom, para.end, "", ("unclosed",))


def _opens_quote_like(text: str, opener: _Open, para: Span) -> bool:
    """A British-style ‘ left open: it starts the paragraph or a sentence, before a capital."""
    before = text[para.start : opener.start].rstrip()
    after = text[opener.content_start : opener.content_start + 1]
    return after.isupper() and (not before or before[-1] in ".!?:,")


def _opens_like(text: str, para: Span, mark: str) -> bool:
    match = _MARK.match(text, para.start, para.end)
    if match is None:
        return False
    first = match.group()
    same_family = (first in DOUBLE) == (mark in DOUBLE)
    return same_family and first in CLOSERS and first not in ("’", "’’")


def _can_open(text: str, mark: str, start: int, end: int, para: Span, stack: list[_Open]) -> bool:
    if mark in ("’", "’’", "」", "』"):
        return False
    if mark in ("'", "‘") and _is_apostrophe(text, start, end, para):
        return False
    can_open, can_close = _flanks(text, start, end, para)
    if mark in ("“", "„", "‚", "‘‘", "``", "「", "『"):
        return can_open or not can_close
    return can_open


def _try_close(
    text: str, mark: str, start: int, end: int, para: Span, stack: list[_Open]
) -> list[Quote] | None:
    """The quotes ``mark`` closes (none, if it closes a nested one), or None if it closes nothing."""
    can_open = _may_close(text, mark, start, end, para) if stack else None
    if can_open is None:
        return None
    # Look a few openers down: an inner single mark left open was an apostrophe.
    for depth in range(len(stack) - 1, max(-1, len(stack) - 4), -1):
        opener = stack[depth]
        if mark in CLOSERS.get(opener.mark, ()):
            if mark in ('"', "''") and can_open and not _closes_first(stack, depth):
                return None
            del stack[depth + 1 :]
            stack.pop()
            if stack:
                stack[0].nested.append(Span.of(text, opener.start, end))
                return []
            quote = _make(text, opener, start, mark, ())
            return [quote] if quote is not None else []
        if (mark in DOUBLE) == (stack[depth].mark in DOUBLE):
            break
    return None


def _may_close(text: str, mark: str, start: int, end: int, para: Span) -> bool | None:
    """None if the mark cannot close here, else whether it could also open."""
    if mark in ("'", "’", "‘") and _is_apostrophe(text, start, end, para):
        return None
    can_open, can_close = _flanks(text, start, end, para)
    if mark in ("“", "«", "‘") and not can_close:
        return None  # these open far more often than they close
    if not can_close and not (mark in ('"', "”", "''") and not can_open):
        return None
    return can_open


def _closes_first(stack: list[_Open], depth: int) -> bool:
    return depth == len(stack) - 1


def _make(text: str, opener: _Open, close_start: int, closer: str, flags: tuple[str, ...]) -> Quote | None:
    if closer and (not opener.parts or opener.parts[-1].end != close_start):
        opener.parts.append(Span.of(text, opener.content_start, close_start))
    parts = tuple(p for p in opener.parts if p.text.strip())
    if not parts:
        return None
    if opener.mark in ("'", "‘", "’") and len(parts) == 1 and len(parts[0].text.strip()) <= 1:
        return None  # rock 'n' roll: a one-letter "quote" in single marks is a contraction
    end = close_start + len(closer)
    content = Span.of(text, parts[0].start, parts[-1].end)
    all_flags = list(opener.flags) + list(flags)
    if len(parts) > 1:
        all_flags.append("continued")
    if _ELLIPSIS.search(content.text):
        all_flags.append("elided")
    if _BRACKET.search(content.text):
        all_flags.append("insertion")
    return Quote(
        span=Span.of(text, opener.start, end),
        content=content,
        parts=parts,
        form="full",
        marks=opener.mark + closer,
        nested=tuple(opener.nested),
        flags=tuple(dict.fromkeys(all_flags)),
    )


@attrs.frozen
class _Around:
    """A one-paragraph quote and the text around it, as the non-quote checks read them."""

    before: str  # at most 80 characters before the opening mark
    after: str  # at most 40 characters after the closing mark
    words: list[str]
    ends_like_speech: bool  # the content ends as speech does: , . ! ? ; : …
    ctx: _Contexts


def _scare(a: _Around) -> bool:
    return bool(a.ctx.scare.search(a.before))  # so-called “experts”


def _nickname_given(a: _Around) -> bool:
    return not a.ends_like_speech and len(a.words) <= 6 and bool(a.ctx.nicknamed.search(a.before))


def _term(a: _Around) -> bool:
    return bool(a.ctx.term.search(a.before))  # the word “yeet”


def _work_before(a: _Around) -> bool:
    # her memoir "Long Road Home"; AP style puts the comma inside: His book, "Power and Peace," sold
    bare = [w.rstrip(",.;:") for w in a.words]
    return len(a.words) <= 12 and bool(a.ctx.work.search(a.before)) and (
        not a.ends_like_speech or _title_case(bare, a.ctx.minor)
    )


def _work_after(a: _Around) -> bool:
    # the “Silicon Hour” podcast
    return (not a.ends_like_speech and len(a.words) <= 8 and bool(a.ctx.work_after.match(a.after))
            and _title_case(a.words, a.ctx.minor))


def _between_name_parts(a: _Around) -> bool:
    # Frank “The Bulldozer” DeLuca
    return (
        not a.ends_like_speech
        and 1 <= len(a.words) <= 4
        and all(w[:1].isupper() for w in a.words if w.lower() not in ("the", "of", "a"))
        and bool(_CAPITAL_BEFORE.search(a.before))
        and bool(_CAPITAL_AFTER.match(a.after))
    )


#: Text in quote marks that is not speech, tried in order: (reason, rule, check).
_NOT_QUOTES: tuple[tuple[NonQuoteReason, str, Callable[[_Around], bool]], ...] = (
    ("scare", "scare_marker_before", _scare),
    ("nickname", "name_given_before", _nickname_given),
    ("term", "term_marker_before", _term),
    ("title", "work_noun_before", _work_before),
    ("title", "work_noun_after", _work_after),
    ("nickname", "between_name_parts", _between_name_parts),
)


def _non_quote_reason(text: str, quote: Quote, para: Span, ctx: _Contexts) -> tuple[NonQuoteReason, str] | None:
    if len(quote.parts) > 1:
        return None
    around = _Around(
        text[max(para.start, quote.span.start - 80) : quote.span.start],
        text[quote.span.end : min(para.end, quote.span.end + 40)],
        quote.content.text.split(),
        quote.content.text.rstrip()[-1:] in ",.!?;:…",
        ctx,
    )
    for reason, rule, check in _NOT_QUOTES:
        if check(around):
            return reason, rule
    return None


def _title_case(words: list[str], minor: frozenset[str]) -> bool:
    return bool(words) and all(w[:1].isupper() or w.lower() in minor for w in words) and words[0][:1].isupper()


def _form(text: str, quote: Quote, para: Span, lex: Lexicon) -> tuple[Form, str]:
    if len(quote.parts) > 1:
        return "full", "continued_paragraphs"
    before = text[max(para.start, quote.span.start - 80) : quote.span.start]
    stripped = before.rstrip()
    if not stripped:
        return "full", "paragraph_start"
    last = stripped[-1]
    if last in ".!?…":
        return "full", "sentence_start"
    if last in "\"'”’»":
        return "full", "after_quote"
    if last in ",:;—–-(":
        return "full", "after_punctuation"
    verb = _VERB_BEFORE.search(stripped)
    first = quote.content.text.lstrip()[:1]
    if verb and lex.verb_lemma(verb.group(1)) and first.isupper():
        return "full", "after_reporting_verb"
    return "partial", "inside_sentence"


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
