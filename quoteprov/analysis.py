"""Run the whole flow on one article: text → Document → quotes → speakers → outlets → Analysis."""

from __future__ import annotations

import bisect
import contextlib
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._runtime import paused_gc
from .attribution.context import ArticleFacts
from .attribution.mixed import with_mixed_quotes
from .attribution.sieves import check_disabled
from .engines import Engine, EngineName, Progress, get_engine
from .errors import MissingExtraError, TextTooLongError
from .flags import DEFAULT_FLAG_REASONS, FLAG_REASONS
from .lexicon import Lexicon
from .names import norm_name
from .attribution.outlets import article_citations, attribute_outlets, find_outlet_mentions
from .quotes import find_quotes, paragraph_pieces
from .records import Attribution, Document, NonQuote, OutletMention, Quote
from .attribution.speakers import attribute_speakers
from .attribution.voice import introduced_voice, outlet_voice
from .text import coerce_text

if TYPE_CHECKING:
    import pandas as pd

    from .attribution.outlets.decide import OutletDecision
    from .attribution.speakers.decision import SpeakerDecision
    from .corpus import Article

__all__ = ["FLAG_REASONS", "FRAME_COLUMNS", "MAX_CHARS", "SCHEMA", "Analysis", "ArticleInfo", "ArticleResult", "RESULT_SCHEMA", "Result", "analyze", "analyze_article", "analyze_articles", "analyze_document", "to_frame"]

#: The version of the JSON that :meth:`Analysis.to_dict` writes; see README "Output".
SCHEMA = "quoteprov.analysis/2"


@attrs.frozen
class ArticleInfo:
    """What is known about an article besides its text."""

    id: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


class _Readings:
    """What an :class:`Analysis` and its compact :class:`ArticleResult` both answer: the
    quotes, citations, flagged quotes, the JSON and the table. Each class gives ``text``
    and ``engine``; the rest reads the records both hold."""

    __slots__ = ()
    article: ArticleInfo
    attributions: tuple[Attribution, ...]
    outlets: tuple[OutletMention, ...]
    non_quotes: tuple[NonQuote, ...]
    warnings: tuple[str, ...]

    @property
    def text(self) -> str:
        raise NotImplementedError

    @property
    def engine(self) -> str:
        raise NotImplementedError

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote, in text order."""
        return tuple(a.quote for a in self.attributions)

    def _summary(self, kind: str) -> str:
        speakers = {a.speaker.name for a in self.attributions if a.speaker}
        quotes = len(self.attributions)
        mixed = sum(1 for a in self.attributions if a.quote.form == "mixed")
        return (f"<{kind} {self.article.id or 'article'}: {len(self.text):,} characters, "
                f"{quotes} quote{'s' if quotes != 1 else ''} ("
                + (f"{mixed} mixed, " if mixed else "") + f"{len(self.unattributed)} unattributed), "
                f"{len(speakers)} speaker{'s' if len(speakers) != 1 else ''}, engine {self.engine}>")

    def _repr_html_(self) -> str:
        """In a notebook: the article with its quotes marked by speaker (the report's view)."""
        from .corpus import Article
        from .graph import Corpus, build_graph
        from .present import fragment_html

        article = Article(self.article.id or "article", self.text, outlet=self.article.outlet,
                          title=self.article.title)
        results: tuple[Result, ...] = (self,)  # type: ignore[assignment]
        return fragment_html(Corpus((article,), results, build_graph(results, [article])))

    @property
    def citations(self) -> tuple[OutletMention, ...]:
        """The outlets the article relays ("according to The Hill", "Reuters contributed")."""
        return article_citations(self.outlets)

    @property
    def unattributed(self) -> tuple[Attribution, ...]:
        """Quotes with no named speaker or no traceable outlet (see each one's ``flags``)."""
        return tuple(a for a in self.attributions if set(a.flags) & _MISSING)

    def to_dict(self) -> dict[str, Any]:
        """The analysis as plain JSON types (schema :data:`SCHEMA`, documented in the README)."""
        quotes = [_attribution_dict(i, a) for i, a in enumerate(self.attributions, 1)]
        return {
            "schema": SCHEMA,
            "article": {**self.article.to_dict(), "length": len(self.text), "engine": self.engine},
            "quotes": quotes,
            "unattributed": [q["id"] for q in quotes if set(q["flags"]) & _MISSING],
            "citations": [m.to_dict() for m in self.citations],
            "outlets": [m.to_dict() for m in self.outlets],
            "non_quotes": [
                {**n.span.to_dict(), "reason": n.reason, "rule": n.rule} for n in self.non_quotes
            ],
            "warnings": list(self.warnings),
        }

    def to_frame(self) -> pd.DataFrame:
        """One row per quote as a pandas DataFrame (columns: :data:`FRAME_COLUMNS`).

        Needs pandas (``pip install 'quoteprov[pandas]'``); see :func:`to_frame`.
        """
        return to_frame([self])  # type: ignore[list-item]


@attrs.frozen
class Analysis(_Readings):
    """Everything quoteprov found in one article. Frozen; :meth:`to_dict` gives plain JSON.

    A corpus keeps each article's :meth:`compact` result instead (its quotes, speakers and
    outlets without the parsed document).
    """

    article: ArticleInfo
    document: Document
    attributions: tuple[Attribution, ...]
    outlets: tuple[OutletMention, ...]
    non_quotes: tuple[NonQuote, ...]
    warnings: tuple[str, ...]

    @property
    def text(self) -> str:
        """The article's text (every offset refers to it)."""
        return self.document.text

    @property
    def engine(self) -> str:
        """The engine that parsed the text: ``rules`` or ``stanza``."""
        return self.document.engine

    def __repr__(self) -> str:
        """A summary, not the whole document (a notebook cell stays readable).

        >>> analyze("“No,” Jane Doe said.", article_id="a1")
        <Analysis a1: 20 characters, 1 quote (0 unattributed), 1 speaker, engine rules>
        """
        return self._summary("Analysis")

    def namer(self) -> Callable[[int], set[str]]:
        """A function: offset → last-name keys of the people named in the sentence around it
        (how the graph tells whose words an "according to …" carries). Sentences and
        mentions are in text order, so each look-up is two binary searches."""
        doc = self.document
        sentence_starts = [s.span.start for s in doc.sentences]
        mention_starts = [m.span.start for m in doc.mentions]

        def names(offset: int) -> set[str]:
            i = bisect.bisect_right(sentence_starts, offset) - 1
            if i < 0 or offset >= doc.sentences[i].span.end:
                return set()
            span = doc.sentences[i].span
            lo = bisect.bisect_left(mention_starts, span.start)
            hi = bisect.bisect_left(mention_starts, span.end)
            return {
                norm_name(m.name.split()[-1]) for m in doc.mentions[lo:hi] if m.kind in ("person", "unknown")
            }

        return names

    def compact(self) -> ArticleResult:
        """What a corpus keeps of this analysis: everything the graph, the report, the flags
        and the exports read (the text, quotes, speakers, outlets, non-quotes, warnings and,
        per outlet mention, the surnames its sentence names), without the parsed document's
        paragraphs, sentences and mentions. Its :meth:`~ArticleResult.to_dict` is this
        analysis's, byte for byte.

        >>> a = analyze("“No,” Jane Doe told Reuters.", article_id="a1")
        >>> c = a.compact()
        >>> reuters = c.outlets[0].span.start
        >>> c.to_dict() == a.to_dict(), c.namer()(reuters), a.namer()(reuters)
        (True, {'doe'}, {'doe'})
        """
        names = self.namer()
        outlets, attributions = _shared(self.outlets, self.attributions)
        return ArticleResult(
            article=self.article, text=self.text, engine=self.engine, attributions=attributions,
            outlets=outlets, non_quotes=self.non_quotes, warnings=self.warnings,
            outlet_names=tuple(tuple(sorted(names(m.span.start))) for m in self.outlets),
        )


def _shared(
    outlets: tuple[OutletMention, ...], attributions: tuple[Attribution, ...]
) -> tuple[tuple[OutletMention, ...], tuple[Attribution, ...]]:
    """The same records with equal parts held once: a one-part quote's part is its content,
    a quote's outlet is usually one of the article's outlet mentions, and one speaker says
    several quotes (frozen records, so sharing one changes nothing but the memory they
    take). The words every article repeats — rule names, quote marks, the steps' stock
    explanations ("form full: sentence_start") — are interned: one copy in the process,
    not one per quote."""
    held: dict[object, Any] = {}
    outlets = tuple(held.setdefault(m, m) for m in outlets)
    shared = []
    for a in attributions:
        quote = a.quote
        content = held.setdefault(quote.content, quote.content)
        parts = tuple(held.setdefault(p, p) for p in quote.parts)
        outlet = held.setdefault(a.outlet, a.outlet) if a.outlet is not None else None
        quote = attrs.evolve(quote, content=content, parts=parts, marks=sys.intern(quote.marks),
                             form_rule=sys.intern(quote.form_rule))
        speaker = held.setdefault(a.speaker, a.speaker) if a.speaker is not None else None
        shared.append(attrs.evolve(a, quote=quote, speaker=speaker, outlet=outlet, rule=sys.intern(a.rule),
                                   flags=held.setdefault(a.flags, a.flags),
                                   steps=tuple(sys.intern(step) for step in a.steps)))
    return outlets, tuple(shared)


def shared_result(result: ArticleResult) -> ArticleResult:
    """``result`` with its equal records held once and its stock words interned, as
    :meth:`Analysis.compact` makes it: for a result that crossed a process boundary
    (unpickling makes a copy of each string)."""
    outlets, attributions = _shared(result.outlets, result.attributions)
    return attrs.evolve(result, outlets=outlets, attributions=attributions)


@attrs.frozen
class ArticleResult(_Readings):
    """One article's analysis as a corpus keeps it (:meth:`Analysis.compact`): the records
    quoteprov found and the text they point into, without the parsed document — about a
    tenth of the memory, cheap to pickle and to send between processes, and a JSON
    round trip (:meth:`to_json`, :meth:`from_json`) gives it back equal.

    It answers what an :class:`Analysis` answers (``quotes``, ``citations``,
    ``unattributed``, ``to_dict``, ``to_frame``); for the document itself analyse the
    article again (:func:`analyze_article`).
    """

    article: ArticleInfo
    text: str
    engine: str
    attributions: tuple[Attribution, ...]
    outlets: tuple[OutletMention, ...]
    non_quotes: tuple[NonQuote, ...]
    warnings: tuple[str, ...]
    #: per outlet mention (same order), the surnames named in its sentence, sorted
    outlet_names: tuple[tuple[str, ...], ...] = ()

    def __repr__(self) -> str:
        """A summary, as an :class:`Analysis` gives."""
        return self._summary("ArticleResult")

    def namer(self) -> Callable[[int], set[str]]:
        """:meth:`Analysis.namer` for the offsets a corpus asks about: its outlet mentions'
        starts (another offset has no names)."""
        known: dict[int, tuple[str, ...]] = {}
        for mention, names in zip(self.outlets, self.outlet_names):
            known.setdefault(mention.span.start, names)
        return lambda offset: set(known.get(offset, ()))

    def to_json(self) -> dict[str, Any]:
        """Every field as plain JSON types (:meth:`from_json` reads it back)."""
        from ._convert import unstructure

        return {"schema": RESULT_SCHEMA, **unstructure(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleResult:
        """The result :meth:`to_json` wrote.

        >>> c = analyze("“No,” Jane Doe said.", article_id="a1").compact()
        >>> ArticleResult.from_json(c.to_json()) == c
        True
        """
        from ._convert import structure

        if data.get("schema") != RESULT_SCHEMA:
            raise ValueError(f"not a {RESULT_SCHEMA} record (schema {data.get('schema')!r})")
        return structure({k: v for k, v in data.items() if k != "schema"}, cls)


#: An article's analysis as the corpus functions take it: whole, or compact.
Result = Analysis | ArticleResult

#: The version of :meth:`ArticleResult.to_json`'s records.
RESULT_SCHEMA = "quoteprov.result/1"


#: The flags that make a quote unattributed (the JSON's ``unattributed`` list).
_MISSING = frozenset(DEFAULT_FLAG_REASONS)

#: The longest text analysed unless asked otherwise: ten times the longest news article
#: (a 20,000-word feature is about 120,000 characters). Every stage is linear, but a
#: megabyte of hostile text (a quote mark every few characters) holds hundreds of
#: thousands of "quotes" and costs tens of seconds and hundreds of megabytes.
MAX_CHARS = 1_000_000


def _check_length(text: str, max_chars: int | None) -> None:
    if max_chars is not None and len(text) > max_chars:
        raise TextTooLongError(
            f"the text has {len(text):,} characters, over the limit of {max_chars:,}; split it into "
            f"articles, or pass max_chars=None (command line: --max-chars 0) to analyse it whole"
        )


def _runs_on(number: int, q: Quote) -> dict[str, Any] | None:
    """For one paragraph of a quote that runs over several: which, of how many, and the id
    of the paragraph before (the quote before it in the list)."""
    if q.run is None:
        return None
    k, n = q.run
    return {"paragraph": k, "of": n, "continues": f"q{number - 1}" if k > 1 else None}


def _attribution_dict(number: int, a: Attribution) -> dict[str, Any]:
    q = a.quote
    speaker = None
    if a.speaker is not None:
        speaker = {
            "name": a.speaker.name,
            "kind": a.speaker.kind,
            "role": a.speaker.role,
            "aliases": list(a.speaker.aliases),
        }
    return {
        "id": f"q{number}",
        "start": q.span.start,
        "end": q.span.end,
        "text": q.span.text,
        "content": q.content.to_dict(),
        "runs_on": _runs_on(number, q),
        "form": q.form,
        "form_rule": q.form_rule,
        "marks": q.marks,
        "nested": [n.to_dict() for n in q.nested],
        "speaker": speaker,
        "mention": (
            {**a.mention.span.to_dict(), "kind": a.mention.kind} if a.mention is not None else None
        ),
        "cue": a.cue.to_dict() if a.cue is not None else None,
        "outlet": a.outlet.to_dict() if a.outlet is not None else None,
        "rule": a.rule,
        "confidence": a.confidence,
        "outlet_rule": a.outlet_rule,
        "outlet_confidence": a.outlet_confidence,
        "flags": list(a.flags),
        "steps": list(a.steps),
    }


#: The columns of :func:`to_frame` and their pandas dtypes. A name is the quote's JSON
#: field (README "Output") with nested fields joined by dots, as ``pandas.json_normalize``
#: names them, so the table and the JSON read alike. Three columns are the table's own:
#: ``article_id``, ``flags`` (comma-separated, for ``str.contains``) and ``unattributed``
#: (the quote is in the JSON's ``unattributed`` list).
FRAME_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "id": "string",
    "start": "int64",
    "end": "int64",
    "text": "string",
    "content.start": "int64",
    "content.end": "int64",
    "content.text": "string",
    "form": "string",
    "form_rule": "string",
    "runs_on.paragraph": "Int64",
    "runs_on.of": "Int64",
    "runs_on.continues": "string",
    "marks": "string",
    "speaker.name": "string",
    "speaker.kind": "string",
    "speaker.role": "string",
    "mention.start": "Int64",
    "mention.end": "Int64",
    "mention.text": "string",
    "mention.kind": "string",
    "cue.start": "Int64",
    "cue.end": "Int64",
    "cue.text": "string",
    "outlet.name": "string",
    "outlet.relation": "string",
    "outlet.kind": "string",
    "outlet.evidence.start": "Int64",
    "outlet.evidence.end": "Int64",
    "outlet.evidence.text": "string",
    "rule": "string",
    "confidence": "float64",
    "outlet_rule": "string",
    "outlet_confidence": "float64",
    "flags": "string",
    "unattributed": "bool",
}


def _field(quote: dict[str, Any], column: str) -> Any:
    """The value at a dotted path of a quote's JSON; None when a parent is null."""
    value: Any = quote
    for key in column.split("."):
        if value is None:
            return None
        value = value[key]
    return value


def to_frame(analyses: Iterable[Result]) -> pd.DataFrame:
    """One row per quote of every analysis, in order, as a pandas DataFrame.

    The columns are :data:`FRAME_COLUMNS`, with nullable dtypes (``string``, ``Int64``) so a
    missing speaker or outlet is ``<NA>``; a table with no quotes still has every column.
    Needs pandas: ``pip install 'quoteprov[pandas]'``.

    >>> df = to_frame([analyze('“We will win,” Jane Doe told Reuters.', article_id="a1")])
    >>> df.loc[0, ["article_id", "speaker.name", "outlet.name", "outlet.relation"]].tolist()
    ['a1', 'Jane Doe', 'Reuters', 'told']
    """
    try:
        import pandas as pd
    except ImportError:
        raise MissingExtraError(
            "to_frame needs pandas, which is not installed; install it with "
            "pip install 'quoteprov[pandas]' (or pip install pandas)"
        ) from None
    columns: dict[str, list[Any]] = {name: [] for name in FRAME_COLUMNS}
    for analysis in analyses:
        data = analysis.to_dict()
        unattributed = set(data["unattributed"])
        for quote in data["quotes"]:
            for name in FRAME_COLUMNS:
                value: Any
                if name == "article_id":
                    value = analysis.article.id
                elif name == "flags":
                    value = ",".join(quote["flags"])
                elif name == "unattributed":
                    value = quote["id"] in unattributed
                else:
                    value = _field(quote, name)
                columns[name].append(value)
    return pd.DataFrame(columns, dtype=object).astype(FRAME_COLUMNS)


def analyze(
    text: str | bytes,
    *,
    article_id: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    engine: EngineName | Engine = "rules",
    models_dir: str | os.PathLike[str] | None = None,
    lexicon: Lexicon | None = None,
    disable: Iterable[str] = (),
    max_chars: int | None = MAX_CHARS,
) -> Analysis:
    """Find every quote in ``text`` with its speaker and the outlet where it was first given.

    ``text`` is a ``str`` (or UTF-8 ``bytes``); every offset in the result indexes it
    as given, nothing normalised. ``engine="stanza"`` uses stanza's models (from
    ``models_dir`` or ``STANZA_RESOURCES_DIR``; see README "The stanza engine").
    ``disable`` switches sieves off by name (``quoteprov.attribution.sieves.SIEVES``, and
    the outlet cue patterns), to see what the others make of the text. A text longer than
    ``max_chars`` (default :data:`MAX_CHARS`; None for no limit) raises
    :class:`~quoteprov.errors.TextTooLongError` before any work is done.

    >>> a = analyze('“We are not satisfied,” Sergey Lavrov told TASS.')
    >>> a.attributions[0].speaker.name, a.attributions[0].outlet.name
    ('Sergey Lavrov', 'TASS')
    """
    chosen = get_engine(engine, models_dir=models_dir)
    body = coerce_text(text)
    _check_length(body, max_chars)
    lex = lexicon or Lexicon.default()
    info = ArticleInfo(article_id, outlet, url, title, published, source)
    with paused_gc():  # linear on megabyte articles (see paused_gc)
        return analyze_document(
            chosen.build_document(body, lexicon=lex), info, lexicon=lex, disable=disable, max_chars=max_chars
        )


def analyze_article(
    article: Article, *, engine: EngineName | Engine = "rules", lexicon: Lexicon | None = None,
    disable: Iterable[str] = (), max_chars: int | None = MAX_CHARS,
) -> Analysis:
    """:func:`analyze` of an :class:`~quoteprov.corpus.Article`, with all it knows of itself.

    >>> from quoteprov.corpus import Article
    >>> analyze_article(Article("a1", "“No,” Jane Doe said.", outlet="Reuters")).article.outlet
    'Reuters'
    """
    return analyze(
        article.text, article_id=article.id, outlet=article.outlet, url=article.url, title=article.title,
        published=article.published, source=article.source, engine=engine, lexicon=lexicon, disable=disable,
        max_chars=max_chars,
    )


def analyze_articles(
    articles: Iterable[Article],
    *,
    engine: EngineName | Engine = "rules",
    models_dir: str | os.PathLike[str] | None = None,
    lexicon: Lexicon | None = None,
    disable: Iterable[str] = (),
    max_chars: int | None = MAX_CHARS,
    on_error: Callable[[Article, Exception], None] | None = None,
    progress: Progress | None = None,
) -> Iterator[tuple[Article, Analysis]]:
    """Each article with its :class:`Analysis`, as they are made: the one loop behind
    :func:`quoteprov.graph.analyze_corpus` and the command line. It streams (an engine that
    batches, as stanza does, is given ``engine.batch_size`` articles at a time, reporting
    them to ``progress``). An article that fails raises, unless ``on_error`` is given: then
    it is passed there with its error and skipped, and the rest go on.

    >>> from quoteprov.corpus import Article
    >>> failed = []
    >>> done = analyze_articles([Article("a", "“No,” Jane Doe said."), Article("b", "x" * 40)],
    ...                         max_chars=30, on_error=lambda a, e: failed.append(a.id))
    >>> [a.id for a, _analysis in done], failed
    (['a'], ['b'])
    """
    chosen = get_engine(engine, models_dir=models_dir)
    lex = lexicon or Lexicon.default()
    disabled = check_disabled(disable, lex)  # a misspelt name fails before any work
    remaining = iter(articles)
    while batch := list(itertools.islice(remaining, chosen.batch_size)):
        texts = [a.text for a in batch if max_chars is None or len(a.text) <= max_chars]
        if on_error is None:
            chosen.prepare(texts, lexicon=lex, progress=progress)
        else:  # should the batch fail, each article below is parsed alone and reports its own error
            with contextlib.suppress(Exception):
                chosen.prepare(texts, lexicon=lex, progress=progress)
        for article in batch:
            try:
                analysis = analyze_article(article, engine=chosen, lexicon=lex, disable=disabled, max_chars=max_chars)
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(article, exc)
                continue
            yield article, analysis


def _by_paragraph(text: str, attribution: Attribution) -> tuple[Attribution, ...]:
    """A quote that runs over paragraphs, reported one quote a paragraph with the whole
    quote's speaker and outlet (its attribution read the quote whole); see
    :func:`quoteprov.quotes.paragraph_pieces`."""
    quote = attribution.quote
    pieces = paragraph_pieces(text, quote)
    if len(pieces) == 1:
        return (attribution,)
    own = [f for f in attribution.flags if f not in quote.flags]
    return tuple(
        attrs.evolve(
            attribution, quote=piece, flags=tuple(dict.fromkeys(list(piece.flags) + own)),
            steps=attribution.steps[:1] + (
                f"paragraph {k} of {len(pieces)} of a quote that runs on: the whole quote's speaker and outlet",
            ) + attribution.steps[1:],
        )
        for k, piece in enumerate(pieces, 1)
    )


def analyze_document(
    document: Document, article: ArticleInfo | None = None, *, lexicon: Lexicon | None = None,
    disable: Iterable[str] = (), max_chars: int | None = MAX_CHARS,
) -> Analysis:
    """The shared stages over a :class:`Document` from any engine: quotes, speakers, outlets.

    >>> from quoteprov.engines import build_document
    >>> analyze_document(build_document('“No,” Jane Doe said.')).attributions[0].speaker.name
    'Jane Doe'
    """
    _check_length(document.text, max_chars)
    lex = lexicon or Lexicon.default()
    info = article or ArticleInfo()
    disabled = check_disabled(disable, lex)
    scan = find_quotes(document, lexicon=lex)
    facts = ArticleFacts(document, scan.quotes, lex)
    speakers = attribute_speakers(document, scan.quotes, lexicon=lex, facts=facts, disable=disabled)
    mentions = find_outlet_mentions(document, scan.quotes, lex, disable=disabled, own=info.outlet)
    outlets = attribute_outlets(facts, scan.quotes, speakers, mentions, disable=disabled)
    attributions = []
    before: tuple[Quote, SpeakerDecision, OutletDecision] | None = None
    for quote, found, o in zip(scan.quotes, speakers, outlets):
        s = introduced_voice(outlet_voice(found, o, disabled, facts.text), o, quote, before, facts, disabled)
        before = (quote, s, o)
        flags = list(quote.flags) + list(s.flags)
        if o.outlet is None:
            # A named person with no channel stated is ordinary reporting; with no speaker,
            # or only an anonymous one, nothing traces the words to a source.
            named = s.speaker is not None and s.speaker.kind != "anonymous"
            flags.append("no_channel" if named else "no_outlet")
        attributions.append(
            Attribution(
                quote=quote,
                mention=s.mention,
                speaker=s.speaker,
                cue=s.cue,
                rule=s.rule,
                confidence=s.confidence,
                outlet=o.outlet,
                outlet_rule=o.rule,
                outlet_confidence=o.confidence,
                flags=tuple(dict.fromkeys(flags)),
                steps=(f"form {quote.form}: {quote.form_rule}",) + s.steps + o.steps,
            )
        )
    return Analysis(
        article=info,
        document=document,
        attributions=tuple(
            piece for a in with_mixed_quotes(facts, attributions, disabled) for piece in _by_paragraph(document.text, a)
        ),
        outlets=tuple(mentions),
        non_quotes=scan.non_quotes,
        warnings=scan.warnings,
    )
