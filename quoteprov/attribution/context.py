"""What the attribution stages know about one article before they decide anything.

:class:`ArticleFacts` is built once per article, all of it at once: positions, each
paragraph's tokens and reporting clauses (every quote a single placeholder token), and the
:class:`~.entities.Registry` of the people and bodies it names, speaking names included.
Nothing in it changes afterwards, so no decision depends on which paragraphs an earlier
decision happened to read.

:class:`ArticleContext` is one stage's working view: the facts, and a private copy of the
registry that the stage may extend as it decides (recording each change as an effect, so
the next stage replays them instead of sharing state).
"""

from __future__ import annotations

import bisect
import itertools
import operator
from collections.abc import Iterable, Sequence

import attrs

from ..lexicon import Lexicon
from ..records import Document, Mention, Quote
from .clauses import Clause, Token, find_clauses, make_token, possessive_speech, tokenize
from .entities import LOOKBACK, Effect, Entity, Reference, Registry

#: How far "the sentence" reaches either side of an offset. Real sentences are shorter (the
#: longest in 840 real news articles is under 1,000 characters); a text with no full stops
#: is one "sentence" of megabytes, and no per-quote search may scan it all.
SENTENCE_REACH = 1500

__all__ = ["ArticleContext", "ArticleFacts", "Entity", "ParagraphView", "Reference"]

#: a clause's sort key: where its noun phrase starts
_NP_START = operator.attrgetter("np.start")
_TOKEN_START = operator.itemgetter(1)  # Token.start


@attrs.frozen
class ParagraphView:
    """One paragraph's tokens (each quote one placeholder token) and reporting clauses."""

    tokens: list[Token]
    clauses: list[Clause]  # sorted by the start of their noun phrase
    quote_tokens: dict[int, int]  # quote start offset → index of its placeholder token
    token_starts: list[int] = attrs.field(factory=list)
    clause_starts: list[int] = attrs.field(factory=list)

    def tokens_between(self, lo: int, hi: int) -> list[Token]:
        """Tokens that start at or after ``lo`` and end at or before ``hi``."""
        tokens = self.tokens
        i = j = bisect.bisect_left(self.token_starts, lo)
        n = len(tokens)
        while j < n and tokens[j].end <= hi:
            j += 1
        return tokens[i:j]

    def clauses_between(self, lo: int, hi: int) -> list[Clause]:
        """Clauses whose noun phrase starts in [lo, hi)."""
        return self.clauses[bisect.bisect_left(self.clause_starts, lo) : bisect.bisect_left(self.clause_starts, hi)]


class ArticleFacts:
    """Everything the attribution stages read about one article, computed once.

    >>> from quoteprov.engines import build_document
    >>> from quoteprov.quotes import find_quotes
    >>> doc = build_document("Ann Cole spoke first. “No,” she said.")
    >>> facts = ArticleFacts(doc, find_quotes(doc).quotes, Lexicon.default())
    >>> [e.name for e in facts.registry.entities], len(facts.views)
    (['Ann Cole'], 1)
    """

    def __init__(self, document: Document, quotes: Sequence[Quote], lexicon: Lexicon) -> None:
        self.doc = document
        self.text = document.text
        self.lex = lexicon
        self.quotes = tuple(quotes)
        self.para_starts = [p.span.start for p in document.paragraphs]
        self.sent_starts = [s.span.start for s in document.sentences]
        self.sent_ends = [s.span.end for s in document.sentences]
        self.quote_bounds = [(q.span.start, q.span.end) for q in self.quotes]
        self.quote_starts = [q.span.start for q in self.quotes]
        #: the furthest end of the quotes up to each one (for quote_between)
        self.quote_reach = list(itertools.accumulate((q_end for _s, q_end in self.quote_bounds), max))
        self.parsed = document.parsed  # once: the property reads every sentence
        #: sentence index → facts of its parse (syntax.py); a memo of a pure function
        self.parse_cache: dict[int, object] = {}
        registry = Registry(document.mentions, lexicon, document.text)
        registry.register_mentions(self._inside_quotes([m.span.start for m in document.mentions]))
        self.views: tuple[ParagraphView, ...] = tuple(self._view(k) for k in range(len(document.paragraphs)))
        # Every name that speaks in a reporting clause is a person ("Putin has publicly
        # expressed…"), and every clause's subject is a speaking reference; in text order.
        for view in self.views:
            for clause in view.clauses:
                entity, mention = registry.mention_entity(clause.np.start, clause.np.end)
                if entity is None and mention is not None and clause.np.kind == "name":
                    entity = registry.speaking_name(mention)
                if entity is not None:
                    registry.add_reference(clause.np.start, entity, speaking=True)
        registry.effects = []
        self.registry = registry

    def inside_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, offset) - 1
        return i >= 0 and self.quote_bounds[i][0] <= offset < self.quote_bounds[i][1]

    def _inside_quotes(self, offsets: list[int]) -> list[int]:
        """The offsets :meth:`inside_quote`: one pass over offsets in text order (a binary
        search only where one goes back)."""
        starts, bounds = self.quote_starts, self.quote_bounds
        out: list[int] = []
        i = -1  # the last quote that starts at or before the offset
        previous = -1
        last = len(starts) - 1
        for offset in offsets:
            if offset < previous:
                i = bisect.bisect_right(starts, offset) - 1
            else:
                while i < last and starts[i + 1] <= offset:
                    i += 1
            previous = offset
            if i >= 0 and bounds[i][0] <= offset < bounds[i][1]:
                out.append(offset)
        return out

    def sentence_around(self, offset: int) -> tuple[int, int]:
        """The bounds of the sentence around ``offset`` (the last one starting at or before
        it; the first sentence for an offset before it; the whole text when there is none).
        Uncapped: :meth:`ArticleContext.sentence_bounds` cuts it to a reach."""
        starts = self.sent_starts
        if not starts:
            return 0, len(self.text)
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            i = 0
        return starts[i], self.sent_ends[i]

    def quote_between(self, start: int, end: int) -> bool:
        """Whether a quote overlaps ``start``–``end``: one binary search, not a scan of
        every quote (asked once per pronoun, a scan made a text of many quotes quadratic).

        >>> from quoteprov.engines import build_document
        >>> from quoteprov.quotes import find_quotes
        >>> doc = build_document("Ann Cole spoke. “No,” she said.")
        >>> facts = ArticleFacts(doc, find_quotes(doc).quotes, Lexicon.default())
        >>> facts.quote_between(0, 15), facts.quote_between(10, 18)
        (False, True)
        """
        i = bisect.bisect_left(self.quote_starts, end) - 1  # the quotes that start before end
        return i >= 0 and self.quote_reach[i] > start

    def _view(self, index: int) -> ParagraphView:
        span = self.doc.paragraphs[index].span
        tokens: list[Token] = []
        quote_tokens: dict[int, int] = {}
        pos = span.start
        i = bisect.bisect_left(self.quote_starts, span.start) if self.quotes else 0
        # A quote that began in an earlier paragraph may cover the start of this one.
        if i > 0 and self.quote_bounds[i - 1][1] > span.start:
            i -= 1
        while i < len(self.quotes) and self.quote_bounds[i][0] < span.end:
            q_start, q_end = self.quote_bounds[i]
            if q_start > pos:
                tokens.extend(tokenize(self.text, pos, q_start))
            quote_tokens[q_start] = len(tokens)
            tokens.append(make_token("\x00quote", max(q_start, span.start), min(q_end, span.end)))
            pos = max(pos, q_end)
            i += 1
        if pos < span.end:
            tokens.extend(tokenize(self.text, pos, span.end))
        clauses = find_clauses(tokens, self.lex) + possessive_speech(tokens, self.lex)
        clauses.sort(key=_NP_START)
        return ParagraphView(tokens, clauses, quote_tokens, list(map(_TOKEN_START, tokens)), [c.np.start for c in clauses])


class ArticleContext:
    """One stage's view of an article: the shared facts and its own registry.

    ``effects`` replays what an earlier stage recorded (see :mod:`.entities`).
    """

    def __init__(self, facts: ArticleFacts, effects: Iterable[Effect] = ()) -> None:
        self.facts = facts
        self.doc = facts.doc
        self.text = facts.text
        self.lex = facts.lex
        self.quotes = facts.quotes
        self.parsed = facts.parsed
        self.parse_cache = facts.parse_cache
        self._para_starts, self._sent_starts, self._sent_ends = facts.para_starts, facts.sent_starts, facts.sent_ends
        self.registry = facts.registry.copy()
        self.registry.replay(effects)
        self.registry.effects = []

    @classmethod
    def of(cls, document: Document, quotes: Sequence[Quote], lexicon: Lexicon) -> ArticleContext:
        """A fresh context straight from a document (facts built here)."""
        return cls(ArticleFacts(document, quotes, lexicon))

    # --- positions ---------------------------------------------------------------

    def paragraph_index(self, offset: int) -> int:
        i = bisect.bisect_right(self._para_starts, offset) - 1
        return i if i > 0 else 0

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence around ``offset`` (the last one starting at or before it)."""
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        return i if i > 0 else 0

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        """The sentence around ``offset``, cut to :data:`SENTENCE_REACH` characters either
        side of it: every search the stages make within "the sentence" stays bounded even
        in a text with no full stops."""
        start, end = self.facts.sentence_around(offset)
        lo, hi = offset - SENTENCE_REACH, offset + SENTENCE_REACH
        return (start if start > lo else lo), (end if end < hi else hi)

    def clause_start(self, offset: int) -> int:
        """Where the sentence around ``offset`` starts, outside any quote: a sentence that
        begins inside a quote ("…angry. The funding…,’ the leader conceded") is taken
        from the quote's own sentence."""
        start = self.sentence_bounds(offset)[0]
        bounds, starts = self.facts.quote_bounds, self.facts.quote_starts
        for _ in range(8):
            i = bisect.bisect_right(starts, start) - 1
            if i < 0 or not bounds[i][0] < start < bounds[i][1]:
                break
            start = self.sentence_bounds(bounds[i][0])[0]
        return start

    def inside_quote(self, offset: int) -> bool:
        return self.facts.inside_quote(offset)

    def view(self, index: int) -> ParagraphView:
        """Tokens and clauses of paragraph ``index``."""
        return self.facts.views[index]

    # --- entities (the stage's own registry) -------------------------------------

    @property
    def entities(self) -> list[Entity]:
        return self.registry.entities

    @property
    def role_index(self) -> dict[str, set[int]]:
        return self.registry.role_index

    @property
    def anonymous_speakers(self) -> list[tuple[str, int]]:
        return self.registry.anonymous_speakers

    @property
    def roles_done(self) -> dict[int, int]:
        return self.registry.roles_done

    def mention_entity(self, start: int, end: int) -> tuple[int | None, Mention | None]:
        return self.registry.mention_entity(start, end)

    def mention_end(self, start: int) -> int:
        return self.registry.mention_end(start)

    def mentions_before(self, before: int, floor: int, *, limit: int = LOOKBACK) -> list[Mention]:
        return self.registry.mentions_before(before, floor, limit=limit)

    def refs_between(self, lo: int, hi: int, *, limit: int = LOOKBACK) -> list[Reference]:
        return self.registry.refs_between(lo, hi, limit=limit)

    def paragraph_refs(self, para: int, before: int | None = None) -> list[Reference]:
        span = self.doc.paragraphs[para].span
        return self.refs_between(span.start, span.end if before is None else min(before, span.end))

    def speaking_name(self, mention: Mention) -> int | None:
        return self.registry.speaking_name(mention)

    def add_reference(self, pos: int, entity: int, *, speaking: bool) -> None:
        self.registry.add_reference(pos, entity, speaking=speaking)

    def set_gender(self, entity: int, gender: str) -> None:
        self.registry.set_gender(entity, gender)

    def note_anonymous(self, description: str, pos: int) -> None:
        self.registry.note_anonymous(description, pos)

    def mark_roles_done(self, paragraph: int, upto: int) -> None:
        self.registry.mark_roles_done(paragraph, upto)

    def take_effects(self) -> tuple[Effect, ...]:
        """The changes recorded since the last call, and forget them."""
        found = tuple(self.registry.effects)
        self.registry.effects = []
        return found
