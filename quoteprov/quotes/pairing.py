"""Pair quote marks, paragraph by paragraph: one pass over the marks with a stack, so the
work is linear in the number of marks however unbalanced they are. An unclosed quote
ends at its paragraph's end and is flagged (a quote that runs over several paragraphs
reopens with the next paragraph's mark); a stray closer is reported as a warning."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from .marks import CLOSERS, DOUBLE, MARK_PATTERN
from ..records import Document, Quote, Span

_MARK = regex.compile(MARK_PATTERN)
_OPEN_BEFORE = frozenset("([{—–-/:;") | frozenset("\"'“”„«»‹›‘’‚「『")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-/…") | frozenset("\"'“”„«»‹›‘’‚」』")
_ELLIPSIS = regex.compile(r"\.\.\.|…|\. \. \.")
_BRACKET = regex.compile(r"\[[^\[\]\n]{1,80}\]")

@attrs.define
class _Open:
    mark: str
    start: int  # offset of the opening mark of the quote (first paragraph)
    content_start: int  # offset after the opening mark in the current paragraph
    parts: list[Span] = attrs.field(factory=list)
    nested: list[Span] = attrs.field(factory=list)
    flags: list[str] = attrs.field(factory=list)


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


def _between_alnum(text: str, start: int, end: int, para: Span) -> bool:
    """Whether a letter or digit of the paragraph stands on both sides: won’t, O’Brien, rock’n’roll."""
    return start > para.start and end < para.end and text[start - 1].isalnum() and text[end].isalnum()


def _is_apostrophe(text: str, start: int, end: int, para: Span) -> bool:
    if _between_alnum(text, start, end, para):
        return True  # won’t, O’Brien, rock’n’roll
    before = text[start - 1] if start > para.start else ""
    after = text[end] if end < para.end else ""
    return bool(before.isspace() or not before) and after.isdigit()  # the ’90s


_SINGLE = frozenset("'’‘")


def _inside_word(text: str, match: regex.Match[str], para: Span) -> bool:
    """A single mark between two letters or digits of its paragraph: the apostrophe of
    :func:`_is_apostrophe`'s first case, which neither :func:`_may_close` nor
    :func:`_can_open` takes and no warning names."""
    return match.group() in _SINGLE and _between_alnum(text, *match.span(), para)


@attrs.define
class _State:
    single_quotes_seen: bool = False


def _pair_marks(document: Document, warnings: list[str]) -> Iterator[Quote]:
    text = document.text
    carried: _Open | None = None
    state = _State()
    paragraphs = document.paragraphs
    found = _marks_by_paragraph(text, [p.span for p in paragraphs])
    for index, paragraph in enumerate(paragraphs):
        para = paragraph.span
        if found is not None and not found[index] and carried is None:
            continue  # no mark, nothing carried in: nothing opens, closes or is left open
        stack: list[_Open] = []
        # An apostrophe inside a word ("won’t", "Cole’s") opens, closes and warns of nothing:
        # left out here, as the pairing would pass it over.
        in_para = found[index] if found is not None else _MARK.finditer(text, para.start, para.end)
        marks = [m for m in in_para if not _inside_word(text, m, para)]
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


def _marks_by_paragraph(text: str, spans: list[Span]) -> list[list[regex.Match[str]]] | None:
    """Each paragraph's marks, from one pass over the whole text: the marks a pass over each
    paragraph alone finds, unless a mark would run over a paragraph's edge ("''" split by
    it) or paragraphs overlap; then None, and each paragraph is read alone."""
    if any(spans[k].start < spans[k - 1].end for k in range(1, len(spans))):
        return None
    out: list[list[regex.Match[str]]] = [[] for _ in spans]
    i, n = 0, len(spans)
    for match in _MARK.finditer(text):
        start, end = match.span()
        while i < n and spans[i].end <= start:
            i += 1
        if i == n:
            break
        if start < spans[i].start:
            if end > spans[i].start:
                return None
            continue  # between paragraphs
        if end > spans[i].end:
            return None
        out[i].append(match)
    return out


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


_STRAIGHT = frozenset(('"', "'", "''"))


def _opens_like(text: str, para: Span, mark: str) -> bool:
    """The paragraph opens with a mark that carries the quote ``mark`` opened: of the same
    family (double or single) and the same style (straight or curly). A passage quoted in
    straight marks whose last paragraph opens with a curly one is not running on: that
    paragraph is a quote inside the passage ("...¶“We won’t,” Cole said.")."""
    match = _MARK.match(text, para.start, para.end)
    if match is None:
        return False
    first = match.group()
    same_family = (first in DOUBLE) == (mark in DOUBLE)
    same_style = (first in _STRAIGHT) == (mark in _STRAIGHT)
    return same_family and same_style and first in CLOSERS and first not in ("’", "’’")


# French typography sets guillemets off with a space, often a no-break one: « Oui », dit-il.
_FRENCH_SPACES = frozenset(" \u00a0\u202f")


def _french_open(text: str, end: int, para: Span) -> bool:
    """« then a space then a word, with a spaced » to close it later in the paragraph
    (within a bounded reach): an opening guillemet, French style."""
    if not (end + 1 < para.end and text[end] in _FRENCH_SPACES and not text[end + 1].isspace()):
        return False
    closer = text.find("»", end + 1, min(para.end, end + _FRENCH_REACH))
    return closer > 0 and _french_close(text, closer, para)


_FRENCH_REACH = 2000  # characters a spaced « looks ahead for its »


def _french_close(text: str, start: int, para: Span) -> bool:
    """A word, a space, then »: a closing guillemet, French style."""
    return start - 2 >= para.start and text[start - 1] in _FRENCH_SPACES and not text[start - 2].isspace()


def _can_open(text: str, mark: str, start: int, end: int, para: Span, stack: list[_Open]) -> bool:
    if mark in ("’", "’’", "」", "』"):
        return False
    if mark == "«" and _french_open(text, end, para):
        return True
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
            if _other_style(opener.mark, mark) and not _flanks(text, start, end, para)[1]:
                return None  # “…" and "…” close only where a closing mark can stand
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
    if mark == "»" and _french_close(text, start, para):
        return False
    can_open, can_close = _flanks(text, start, end, para)
    if mark in ("“", "«", "‘") and not can_close:
        return None  # these open far more often than they close
    if not can_close and not (mark in ('"', "”", "''") and not can_open):
        return None
    return can_open


def _other_style(opener: str, closer: str) -> bool:
    """A straight mark closing a curly one or the other way round (see marks.CLOSERS)."""
    return (opener == '"') != (closer == '"')


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


_PIECE_FLAGS = frozenset(("unclosed", "elided", "insertion"))


def paragraph_pieces(text: str, quote: Quote) -> tuple[Quote, ...]:
    """A quote that runs over paragraphs as one quote a paragraph, each from its opening mark
    to its paragraph's end (the last to the closing mark), as news prints it and as
    annotated corpora count it; ``run`` is ``(k, n)``. A one-paragraph quote is itself.

    Each piece keeps the quote's form and flags (``continued`` on every piece, ``unclosed``
    on the last only); ``elided`` and ``insertion`` are each piece's own.

    >>> from quoteprov.engines import build_document
    >>> from quoteprov.quotes import find_quotes
    >>> text = '“We warned them.\\n\\n“Nobody listened,” she said.'
    >>> quote = find_quotes(build_document(text)).quotes[0]
    >>> [(q.span.text, q.run) for q in paragraph_pieces(text, quote)]
    [('“We warned them.', (1, 2)), ('“Nobody listened,”', (2, 2))]
    """
    parts = quote.parts
    if len(parts) < 2:
        return (quote,)
    closer = text[parts[-1].end : quote.span.end]
    opener = quote.marks[: len(quote.marks) - len(closer)]
    pieces = []
    for k, part in enumerate(parts, 1):
        last = k == len(parts)
        start = quote.span.start if k == 1 else _mark_before(text, part.start)
        end = quote.span.end if last else part.end
        marks = (opener if k == 1 else text[start : part.start]) + (closer if last else "")
        pieces.append(attrs.evolve(
            quote, span=Span.of(text, start, end), content=part, parts=(part,), marks=marks,
            nested=tuple(n for n in quote.nested if part.start <= n.start and n.end <= part.end),
            flags=_piece_flags(quote.flags, part, last), run=(k, len(parts)),
        ))
    return tuple(pieces)


def _piece_flags(flags: tuple[str, ...], part: Span, last: bool) -> tuple[str, ...]:
    """The whole quote's flags as one paragraph of it has them."""
    kept = [f for f in flags if f not in _PIECE_FLAGS or (f == "unclosed" and last)]
    if _ELLIPSIS.search(part.text):
        kept.append("elided")
    if _BRACKET.search(part.text):
        kept.append("insertion")
    return tuple(kept)


def _mark_before(text: str, offset: int) -> int:
    """Where the quote mark that ends at ``offset`` (a continued paragraph's opener) starts."""
    for size in (2, 1):
        if offset >= size and _MARK.fullmatch(text, offset - size, offset):
            return offset - size
    return offset

