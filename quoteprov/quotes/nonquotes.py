"""Quoted text that is not a quote: scare quotes, nicknames, terms, titles of works,
names split by a nickname. Each check reads a little context around the marks (at most
80 characters before, 40 after), from patterns built once per lexicon."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs
import regex

from ..lexicon import Lexicon, alternation
from ..records import NonQuoteReason, Quote, Span

# Context patterns, matched against at most 80 characters before / 40 after a quote, built
# from lexicons/quote_contexts.tsv once per lexicon.


@attrs.frozen
class _Contexts:
    scare: regex.Pattern[str]
    nicknamed: regex.Pattern[str]
    term: regex.Pattern[str]
    work: regex.Pattern[str]
    work_after: regex.Pattern[str]
    programme: regex.Pattern[str]
    minor: frozenset[str]  # words a title leaves in lower case ("The Art of War")
    #: the last word (lower case) each pattern anchored at the text's end can end with (see
    #: :func:`_last_word`): a text ending otherwise is not searched
    ends: dict[str, frozenset[str]] = attrs.field(factory=dict)


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
        programme=regex.compile(rf"(?i)\b{alternation(p['programme_before'], space=' ')}\s*$"),
        minor=lex.words["title_minor"],
        ends={
            "scare": _last_words(p["scare"]),
            "nicknamed": _last_words([*p["nickname"], "as"]),
            "term": _last_words([*p["term"], *p["gloss"]]),
            "work": _last_words(p["work"]),
            "programme": _last_words([*p["programme_before"], "’s"]),  # and _OUTLETS_PROGRAMME's possessive
            "called": frozenset({"called", "named"}),
        },
    )


#: the last run of letters of a text, whatever follows it
_LAST_LETTERS = regex.compile(r"(?r)\p{L}+")


def _last_words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(_last_word(phrase) or "" for phrase in phrases)


def _last_word(text: str) -> str | None:
    """The last run of letters of ``text``, lower-cased ("" if it has none); None for a text
    holding "ſ" or "İ", which a pattern's ``(?i)`` reads as an ASCII letter and lower-casing
    does not.

    Each context pattern anchored at the text's end (``$``) matches a phrase whose last
    letters follow a word boundary, then only spaces and punctuation: a text whose last
    letters are not those of one of its phrases has no match, and is not searched."""
    if "ſ" in text or "İ" in text:
        return None
    found = _LAST_LETTERS.search(text)
    return found.group().lower() if found is not None else ""


def _contexts(lex: Lexicon) -> _Contexts:
    found: _Contexts = lex.compiled("quote_contexts", _build_contexts)
    return found


_CAPITAL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}.’'\-]*[ \t]$")
_CAPITAL_AFTER = regex.compile(r"^[ \t]\p{Lu}")

@attrs.frozen
class _Around:
    """A one-paragraph quote and the text around it, as the non-quote checks read them."""

    before: str  # at most 80 characters before the opening mark
    after: str  # at most 40 characters after the closing mark
    words: list[str]
    ends_like_speech: bool  # the content ends as speech does: , . ! ? ; : …
    ctx: _Contexts
    #: in single marks, alone in its paragraph (dashes and stops aside), in an article
    #: whose quotes are in double marks
    single_alone: bool = False
    #: the last word of ``before`` (see :func:`_last_word`); None: every pattern is searched
    last: str | None = None


def _may_end(a: _Around, pattern: str) -> bool:
    """Whether the text before may match the ``pattern`` of ``a.ctx`` (see :func:`_last_word`)."""
    return a.last is None or a.last in a.ctx.ends[pattern]


def _scare(a: _Around) -> bool:
    return _may_end(a, "scare") and bool(a.ctx.scare.search(a.before))  # so-called “experts”


def _nickname_given(a: _Around) -> bool:
    return not a.ends_like_speech and len(a.words) <= 6 and _may_end(a, "nicknamed") and bool(
        a.ctx.nicknamed.search(a.before))


def _term(a: _Around) -> bool:
    return _may_end(a, "term") and bool(a.ctx.term.search(a.before))  # the word “yeet”


def _work_before(a: _Around) -> bool:
    # her memoir "Long Road Home"; AP style puts the comma inside: His book, "Power and Peace," sold
    return len(a.words) <= 12 and _may_end(a, "work") and bool(a.ctx.work.search(a.before)) and (
        not a.ends_like_speech or _title_case([w.rstrip(",.;:") for w in a.words], a.ctx.minor)
    )


def _work_after(a: _Around) -> bool:
    # the “Silicon Hour” podcast; AP style puts the comma inside: “Harbor Lights,” a drama on KXLT
    return (not a.ends_like_speech or a.words[-1].endswith(",")) and len(a.words) <= 8 and bool(
        a.ctx.work_after.match(a.after)) and _title_case([w.rstrip(",") for w in a.words], a.ctx.minor)


def _programme_before(a: _Around) -> bool:
    # Cole told “Morning Forum,” reminding its hosts …; she said on KXLT’s “Valley Today”:
    # a programme, not what she said
    return len(a.words) <= 8 and _may_end(a, "programme") and _title_case([w.rstrip(",.;:") for w in a.words], a.ctx.minor) and bool(
        a.ctx.programme.search(a.before) or _OUTLETS_PROGRAMME.search(a.before)
    )


#: "on CNN’s “…”", "to NBC’s “…”": a capitalised owner's title after on/to
_OUTLETS_PROGRAMME = regex.compile(r"\b(?:on|to|told|tells|telling)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&.\-]*(?:\s+\p{Lu}[\p{L}\p{N}&.\-]*){0,3}['’]s\s*$")


#: after a quoted headline, its byline with the owner's possessive: "…," by the Ledger's Ann Cole
_BYLINE_AFTER = regex.compile(
    r"\s*,?\s*by\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.&\-]*(?:\s+\p{Lu}[\p{L}\p{M}.&\-]*){0,4}(?:['’]s|s['’])\s+\p{Lu}"
)


def _byline_after(a: _Around) -> bool:
    # a link list's headline: “Ten things the budget leaves out,” by the Ledger’s Ann Cole: https://…
    return len(a.words) <= 20 and bool(_BYLINE_AFTER.match(a.after))


#: a thing named by the writer: "a play called", "an account called", "a Riverton band named"
_CALLED_NAME = regex.compile(r"(?<![\p{L}\p{M}])(?:a|an|A|An)\s+(?:[\p{L}\p{M}\p{N}’'\-]+\s+){0,4}(?:called|named)\s*,?\s*$")


def _called_name(a: _Around) -> bool:
    # a play called “The Long Field,”; an account called “Harbor Watch”: the thing's name, not speech
    return len(a.words) <= 8 and _may_end(a, "called") and _title_case([w.rstrip(",.") for w in a.words], a.ctx.minor) and bool(_CALLED_NAME.search(a.before))


def _subhead(a: _Around) -> bool:
    # ¶ ‘A quiet harbour town.’ ¶ in a story quoted in double marks: a subhead
    # (American style sets a headline's quote in single marks), not speech
    return a.single_alone and len(a.words) <= _SUBHEAD_WORDS


_SUBHEAD_WORDS = 10


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
    ("title", "programme_before", _programme_before),
    ("title", "byline_after", _byline_after),
    ("title", "called_name", _called_name),
    ("title", "subhead_line", _subhead),
    ("nickname", "between_name_parts", _between_name_parts),
)


def _non_quote_reason(
    text: str, quote: Quote, para: Span, ctx: _Contexts, *, double_style: bool = False
) -> tuple[NonQuoteReason, str] | None:
    """Why the quoted text is no quote, as (reason, rule); None when it is one.
    ``double_style``: the article sets its quotes in double marks."""
    if len(quote.parts) > 1:
        return None
    before = text[max(para.start, quote.span.start - 80) : quote.span.start]
    around = _Around(
        before,
        text[quote.span.end : min(para.end, quote.span.end + 40)],
        quote.content.text.split(),
        quote.content.text.rstrip()[-1:] in ",.!?;:…",
        ctx,
        single_alone=double_style and quote.marks[:1] in ("'", "‘") and _alone(text, quote, para),
        last=_last_word(before),
    )
    for reason, rule, check in _NOT_QUOTES:
        if check(around):
            return reason, rule
    return None


def _title_case(words: list[str], minor: frozenset[str]) -> bool:
    # a number counts as a capital: “12 Days: The Siege of Dunmore”
    return bool(words) and all(_capital(w) or w.lower() in minor for w in words) and _capital(words[0])


def _capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


_ONLY_PUNCTUATION = regex.compile(r"[\s\p{P}]*")


def _alone(text: str, quote: Quote, para: Span) -> bool:
    """Nothing but dashes, stops and spaces around the quote in its paragraph."""
    return (
        _ONLY_PUNCTUATION.fullmatch(text, para.start, quote.span.start) is not None
        and _ONLY_PUNCTUATION.fullmatch(text, quote.span.end, para.end) is not None
    )
