"""What the attribution stages share about one article: tokens around quotes, names, clauses.

Built once per article and filled lazily: a paragraph is tokenised only when a quote
or an outlet cue needs it, so long texts with few quotes cost little.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence

import attrs

from ..lexicon import Lexicon
from ..names import norm_name
from ..records import Document, Mention, Quote
from .clauses import (
    Clause,
    Token,
    find_clauses,
    make_token,
    possessive_speech,
    tokenize,
)

__all__ = ["ArticleContext", "Entity"]


def _first_name(name: str, lex: Lexicon) -> str:
    """The given name, or "" when the name starts with a particle ("Van Aalst")."""
    first = name.split()[0]
    return "" if first.lower() in lex.words["name_particle"] else first


@attrs.define
class Entity:
    """A person or body an article names, with every spelling it used."""

    id: int
    kind: str
    lex: Lexicon = attrs.field(repr=False, eq=False)
    spellings: Counter[str] = attrs.field(factory=Counter)
    first_seen: dict[str, int] = attrs.field(factory=dict)
    roles: list[str] = attrs.field(factory=list)
    gender: str | None = None

    @property
    def name(self) -> str:
        """The most frequent full spelling (ties: the first one written)."""
        # A full spelling has a given name: "Pieter van Aalst", not "Van Aalst".
        full = [s for s in self.spellings if " " in s and _first_name(s, self.lex)] or [
            s for s in self.spellings if " " in s
        ] or list(self.spellings)
        return max(full, key=lambda s: (self.spellings[s], -self.first_seen[s]))

    @property
    def last_key(self) -> str:
        return norm_name(self.name.split()[-1])

    def add(self, spelling: str, at: int, role: str | None) -> None:
        self.spellings[spelling] += 1
        self.first_seen.setdefault(spelling, at)
        if role and role not in self.roles:
            self.roles.append(role)
            self.gender = self.gender or _gender_of(role, self.lex)


def _gender_of(role: str, lex: Lexicon) -> str | None:
    words = {w.lower() for w in role.split()}
    if words & lex.words["male"]:
        return "m"
    if words & lex.words["female"]:
        return "f"
    return None


@attrs.define
class Reference:
    """A place where the article names or points at an entity, outside quotes."""

    pos: int
    entity: int
    speaking: bool


@attrs.define
class ParagraphView:
    tokens: list[Token]
    clauses: list[Clause]  # sorted by the start of their noun phrase
    quote_tokens: dict[int, int]  # quote start offset → index of its placeholder token
    token_starts: list[int] = attrs.field(factory=list)
    clause_starts: list[int] = attrs.field(factory=list)

    def tokens_between(self, lo: int, hi: int) -> list[Token]:
        """Tokens that start at or after ``lo`` and end at or before ``hi``."""
        i = bisect.bisect_left(self.token_starts, lo)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= hi:
            out.append(self.tokens[i])
            i += 1
        return out

    def clauses_between(self, lo: int, hi: int) -> list[Clause]:
        """Clauses whose noun phrase starts in [lo, hi)."""
        return self.clauses[bisect.bisect_left(self.clause_starts, lo) : bisect.bisect_left(self.clause_starts, hi)]


#: How many references back a pronoun or a description may look: enough for news
#: prose, and a bound that keeps a megabyte paragraph linear.
LOOKBACK = 64


class ArticleContext:
    """Shared, lazily computed facts about one article for the attribution stages."""

    def __init__(self, document: Document, quotes: Sequence[Quote], lexicon: Lexicon) -> None:
        self.doc = document
        self.text = document.text
        self.lex = lexicon
        self.quotes = list(quotes)
        self._para_starts = [p.span.start for p in document.paragraphs]
        self._sent_starts = [s.span.start for s in document.sentences]
        self._quote_bounds = [(q.span.start, q.span.end) for q in self.quotes]
        self._quote_starts = [q.span.start for q in self.quotes]
        self._views: dict[int, ParagraphView] = {}
        self.entities: list[Entity] = []
        self._by_last: dict[str, list[int]] = {}
        self._mention_entity: dict[int, int] = {}  # mention start → entity id
        self._mention_at: dict[int, Mention] = {}
        self._mention_starts = [m.span.start for m in document.mentions]
        self._refs: list[Reference] = []  # sorted by position
        self._ref_pos: list[int] = []
        self.role_index: dict[str, set[int]] = {}  # role word → entities with that word in a role
        self.role_subjects_done: dict[int, int] = {}  # paragraph → offset resolved up to
        self.anonymous_speakers: list[tuple[str, int]] = []  # (description, offset)
        self.parse_cache: dict[int, object] = {}  # sentence index → facts of its parse (syntax.py)
        self.parsed = document.parsed  # once: the property reads every sentence
        self._register_mentions()

    # --- positions ---------------------------------------------------------------

    def paragraph_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, offset) - 1)

    def sentence_index(self, offset: int) -> int:
        """The index of the sentence around ``offset`` (the last one starting at or before it)."""
        return max(0, bisect.bisect_right(self._sent_starts, offset) - 1)

    def sentence_bounds(self, offset: int) -> tuple[int, int]:
        if not self.doc.sentences:
            return 0, len(self.text)
        span = self.doc.sentences[self.sentence_index(offset)].span
        return span.start, span.end

    def clause_start(self, offset: int) -> int:
        """Where the sentence around ``offset`` starts, outside any quote: a sentence that
        begins inside a quote ("…angry. The funding…,’ the leader conceded") is taken
        from the quote's own sentence."""
        start = self.sentence_bounds(offset)[0]
        for _ in range(8):
            i = bisect.bisect_right(self._quote_starts, start) - 1
            if i < 0 or not self._quote_bounds[i][0] < start < self._quote_bounds[i][1]:
                break
            start = self.sentence_bounds(self._quote_bounds[i][0])[0]
        return start

    def inside_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        return i >= 0 and self._quote_bounds[i][0] <= offset < self._quote_bounds[i][1]

    # --- entities ----------------------------------------------------------------

    def _register_mentions(self) -> None:
        singles: list[Mention] = []
        for mention in self.doc.mentions:
            self._mention_at[mention.span.start] = mention
            if mention.kind == "person" and " " in mention.name:
                self._mention_entity[mention.span.start] = self._add_person(mention)
            elif mention.kind in ("person", "unknown") and " " not in mention.name:
                singles.append(mention)
        for mention in singles:
            entity = self.entity_for_single(mention.name, mention.span.start, create=mention.kind == "person")
            if entity is not None:
                self.entities[entity].add(mention.name, mention.span.start, mention.role)
                self._mention_entity[mention.span.start] = entity
        for start, entity in sorted(self._mention_entity.items()):
            if not self.inside_quote(start):
                self._refs.append(Reference(start, entity, False))
                self._ref_pos.append(start)
        for registered in self.entities:
            for role in registered.roles:
                self._index_role(registered.id, role)

    def _add_person(self, mention: Mention) -> int:
        tokens = mention.name.split()
        last, first = norm_name(tokens[-1]), norm_name(_first_name(mention.name, self.lex))
        for entity_id in self._by_last.get(last, []):
            entity = self.entities[entity_id]
            firsts = {norm_name(_first_name(s, self.lex)) for s in entity.spellings if " " in s} - {""}
            if not first or not firsts or first in firsts or any(f[:1] == first[:1] and (len(f) == 1 or len(first) == 1) for f in firsts):
                entity.add(mention.name, mention.span.start, mention.role)
                return entity_id
        entity_id = len(self.entities)
        entity = Entity(entity_id, "person", self.lex)
        entity.add(mention.name, mention.span.start, mention.role)
        self.entities.append(entity)
        self._by_last.setdefault(last, []).append(entity_id)
        return entity_id

    def entity_for_single(self, name: str, at: int, *, create: bool) -> int | None:
        """The person a one-word name ("Lavrov") points at, if exactly one fits."""
        key = norm_name(name)
        found = self._by_last.get(key, [])
        if len(found) == 1:
            return found[0]
        if found or not create:
            return None
        entity_id = len(self.entities)
        self.entities.append(Entity(entity_id, "person", self.lex))
        self._by_last.setdefault(key, []).append(entity_id)
        return entity_id

    def speaking_name(self, mention: Mention) -> int | None:
        """A capitalised name that speaks is a person: "Putin has publicly expressed…",
        "Jordan Pike, 24, … said" (Jordan is a country, but not when it speaks) — unless
        it ends in a place or is a sentence word."""
        if mention.kind not in ("unknown", "person") or mention.name in self.lex.not_names:
            return None
        words = mention.name.split()
        if words[-1] in self.lex.places or words[-1].lower() in self.lex.anonymous:
            return None
        if len(words) == 1:
            entity = self.entity_for_single(mention.name, mention.span.start, create=True)
            if entity is not None:
                self.add_spelling(entity, mention.name, mention.span.start, mention.role)
        else:
            entity = self._add_person(mention)
        if entity is not None:
            self._mention_entity[mention.span.start] = entity
        return entity

    def mention_entity(self, start: int, end: int) -> tuple[int | None, Mention | None]:
        """The entity of the name mention over [start, end): the last one that starts inside
        it, or else the one it lies within ("Trade" of "Ministry of Industry and Trade")."""
        best: tuple[int | None, Mention | None] = (None, None)
        for offset in range(start, end):
            mention = self._mention_at.get(offset)
            if mention is not None and mention.span.end <= end + 1:
                best = (self._mention_entity.get(offset), mention)
        if best[1] is None:
            i = bisect.bisect_right(self._mention_starts, start) - 1
            if i >= 0:
                mention = self.doc.mentions[i]
                if mention.span.start <= start < mention.span.end:
                    best = (self._mention_entity.get(mention.span.start), mention)
        return best

    def mention_end(self, start: int) -> int:
        """Where the name mention starting at ``start`` ends (``start`` if there is none)."""
        mention = self._mention_at.get(start)
        return mention.span.end if mention is not None else start

    def add_spelling(self, entity: int, spelling: str, at: int, role: str | None) -> None:
        """Record one more way the article writes an entity (and its title, if any)."""
        self.entities[entity].add(spelling, at, role)
        if role:
            self._index_role(entity, role)

    def _index_role(self, entity: int, role: str) -> None:
        for word in role.lower().split():
            word = word.rstrip(".").removesuffix("’s").removesuffix("'s")
            word = self.lex.title_abbreviations.get(word, word)
            self.role_index.setdefault(word, set()).add(entity)

    def mentions_before(self, before: int, floor: int, *, limit: int = LOOKBACK) -> list[Mention]:
        """Name mentions that start in [floor, before), nearest first, at most ``limit``."""
        i = bisect.bisect_left(self._mention_starts, before)
        out: list[Mention] = []
        while i > 0 and len(out) < limit:
            i -= 1
            mention = self.doc.mentions[i]
            if mention.span.start < floor:
                break
            out.append(mention)
        return out

    def add_reference(self, pos: int, entity: int, *, speaking: bool) -> None:
        i = bisect.bisect_left(self._ref_pos, pos)
        if i < len(self._refs) and self._ref_pos[i] == pos:
            ref = self._refs[i]
            ref.entity, ref.speaking = entity, ref.speaking or speaking
            return
        self._refs.insert(i, Reference(pos, entity, speaking))
        self._ref_pos.insert(i, pos)

    def refs_between(self, lo: int, hi: int, *, limit: int = LOOKBACK) -> list[Reference]:
        """The references in [lo, hi), at most the last ``limit`` of them."""
        i = bisect.bisect_left(self._ref_pos, lo)
        j = bisect.bisect_left(self._ref_pos, hi)
        return self._refs[max(i, j - limit) : j]

    def paragraph_refs(self, para: int, before: int | None = None) -> list[Reference]:
        span = self.doc.paragraphs[para].span
        return self.refs_between(span.start, span.end if before is None else min(before, span.end))

    # --- paragraphs -------------------------------------------------------------

    def view(self, index: int) -> ParagraphView:
        """Tokens of paragraph ``index`` with every quote replaced by one placeholder token."""
        cached = self._views.get(index)
        if cached is not None:
            return cached
        span = self.doc.paragraphs[index].span
        tokens: list[Token] = []
        quote_tokens: dict[int, int] = {}
        pos = span.start
        i = bisect.bisect_left(self._quote_starts, span.start) if self.quotes else 0
        # A quote that began in an earlier paragraph may cover the start of this one.
        if i > 0 and self._quote_bounds[i - 1][1] > span.start:
            i -= 1
        while i < len(self.quotes) and self._quote_bounds[i][0] < span.end:
            q_start, q_end = self._quote_bounds[i]
            if q_start > pos:
                tokens.extend(tokenize(self.text, pos, q_start))
            quote_tokens[q_start] = len(tokens)
            tokens.append(make_token("\x00quote", max(q_start, span.start), min(q_end, span.end)))
            pos = max(pos, q_end)
            i += 1
        if pos < span.end:
            tokens.extend(tokenize(self.text, pos, span.end))
        clauses = find_clauses(tokens, self.lex) + possessive_speech(tokens, self.lex)
        clauses.sort(key=lambda c: c.np.start)
        view = ParagraphView(
            tokens, clauses, quote_tokens, [t.start for t in tokens], [c.np.start for c in clauses]
        )
        self._views[index] = view
        for clause in clauses:
            entity, mention = self.mention_entity(clause.np.start, clause.np.end)
            if entity is None and mention is not None and clause.np.kind == "name":
                entity = self.speaking_name(mention)
            if entity is not None:
                self.add_reference(clause.np.start, entity, speaking=True)
        return view
