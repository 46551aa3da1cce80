"""Who an article names: persons and bodies with every spelling, where each name points, and
the references a pronoun or a description may point back to.

A :class:`Registry` is built once per article from its name mentions (see
:mod:`.context`). A stage that learns something while it decides (the speaker stage
resolves "he" to a person, so a later "she" has one more speaker to consider) works on its
own copy, and every change it makes is recorded as an :data:`Effect`: a later stage starts
from the article's registry and replays those effects, so it reads what the earlier stage
decided, never the earlier stage's private state.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs
import regex

from ..lexicon import Lexicon, alternation
from ..names import first_names_agree, norm_name
from ..records import Mention

__all__ = ["LOOKBACK", "Effect", "Entity", "Reference", "Registry"]

#: How many references back a pronoun or a description may look: enough for news
#: prose, and a bound that keeps a megabyte paragraph linear.
LOOKBACK = 64

#: One change a stage made to its registry, as data: ("speaking_name", mention start),
#: ("reference", position, entity, speaking), ("gender", entity, "m"|"f"),
#: ("anonymous", description, position) or ("roles_done", paragraph, offset).
Effect = tuple[object, ...]


def first_name(name: str, lex: Lexicon) -> str:
    """The given name, or "" when the name starts with a particle ("Van Aalst")."""
    first = name.split()[0]
    return "" if first.lower() in lex.words["name_particle"] else first


def _appositive_pattern(lex: Lexicon) -> regex.Pattern[str]:
    """", a lawyer for the family,", ", the foreign minister,": a description after a name,
    up to its head noun (a title's or a description's, lexicons titles.txt and
    descriptions.txt), which a comma or a preposition must follow."""
    heads = sorted(lex.descriptions | lex.role_heads, key=lambda w: (-len(w), w))
    return regex.compile(
        rf",[ \t\xa0]+(?:a|an|the)[ \t\xa0]+(?P<role>(?:[\p{{L}}\-’'.]+[ \t\xa0]+){{0,3}}?(?i:{alternation(heads)}))"
        r"(?=[ \t\xa0]*[,;]|[ \t\xa0]+(?:for|of|at|in|on|who|with|from|since|and)\b)"
    )


def _gender_of(role: str, lex: Lexicon) -> str | None:
    words = {w.lower() for w in role.split()}
    if words & lex.words["male"]:
        return "m"
    if words & lex.words["female"]:
        return "f"
    return None


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
    #: where a description after the name was first given ("Ann Cole, a banker,": at
    #: Cole's name); a title before the name counts wherever it is given
    role_at: dict[str, int] = attrs.field(factory=dict)

    @property
    def name(self) -> str:
        """The most frequent full spelling (ties: the first one written)."""
        # A full spelling has a given name: "Pieter van Aalst", not "Van Aalst".
        full = [s for s in self.spellings if " " in s and first_name(s, self.lex)] or [
            s for s in self.spellings if " " in s
        ] or list(self.spellings)
        return max(full, key=lambda s: (self.spellings[s], -self.first_seen[s]))

    @property
    def first_at(self) -> int:
        """Where the article first names the entity (-1 if it has no spelling yet)."""
        return min(self.first_seen.values(), default=-1)

    @property
    def last_key(self) -> str:
        return norm_name(self.name.split()[-1])

    def add(self, spelling: str, at: int, role: str | None) -> None:
        self.spellings[spelling] += 1
        self.first_seen.setdefault(spelling, at)
        if role:
            self.add_role(role)

    def add_role(self, role: str, described_at: int | None = None) -> None:
        if role not in self.roles:
            self.roles.append(role)
            self.gender = self.gender or _gender_of(role, self.lex)
            if described_at is not None:
                self.role_at[role] = described_at

    def known_gender(self) -> str | None:
        """The gender the article tells (a title, a pronoun resolved to the person), else the
        one the given name is most often given to (lexicons/given_names.tsv), else None. A
        name marked "mf" (news gives it to both sexes, "Casey", or it is an East Asian surname
        written first, "Kim") tells no gender."""
        if self.gender is not None or self.kind != "person":
            return self.gender
        return self.given_name_gender()

    def given_name_gender(self) -> str | None:
        """The gender the given name alone tells ("m" or "f"), whatever a title added."""
        name = self.name
        given = first_name(name, self.lex).rstrip(".") if " " in name else ""
        sex = self.lex.given_names.get(given) if len(given) > 1 else None
        return sex if sex in ("m", "f") else None

    def copy(self) -> Entity:
        spellings: Counter[str] = Counter.__new__(Counter)
        dict.update(spellings, self.spellings)  # Counter(self.spellings), without its checks: 3x faster
        return Entity(self.id, self.kind, self.lex, spellings, dict(self.first_seen),
                      list(self.roles), self.gender, dict(self.role_at))


@attrs.define
class Reference:
    """A place where the article names or points at an entity, outside quotes."""

    pos: int
    entity: int
    speaking: bool


class Registry:
    """The entities of one article, each name mention's entity, and the references.

    ``mentions`` are the document's name mentions in text order (shared, never changed).
    Changes made through the public methods are appended to :attr:`effects`.
    """

    def __init__(self, mentions: Sequence[Mention], lexicon: Lexicon, text: str = "") -> None:
        self.lex = lexicon
        self.text = text
        self.mentions = mentions
        self.mention_starts = [m.span.start for m in mentions]
        self.mention_at: dict[int, Mention] = {m.span.start: m for m in mentions}
        self.entities: list[Entity] = []
        self.by_last: dict[str, list[int]] = {}
        self.mention_entity_at: dict[int, int] = {}  # mention start → entity id
        self.refs: list[Reference] = []  # sorted by position
        self.ref_pos: list[int] = []
        self.role_index: dict[str, set[int]] = {}  # role word → entities with that word in a role
        self.anonymous_speakers: list[tuple[str, int]] = []  # (description, offset)
        self.roles_done: dict[int, int] = {}  # paragraph → offset its role subjects are resolved up to
        self.effects: list[Effect] = []

    def copy(self) -> Registry:
        """An independent copy (entities and references copied), with no effects recorded."""
        other = Registry.__new__(Registry)
        other.lex, other.mentions, other.text = self.lex, self.mentions, self.text
        other.mention_starts, other.mention_at = self.mention_starts, self.mention_at
        other.entities = [e.copy() for e in self.entities]
        other.by_last = {k: list(v) for k, v in self.by_last.items()}
        other.mention_entity_at = dict(self.mention_entity_at)
        other.refs = [Reference(r.pos, r.entity, r.speaking) for r in self.refs]
        other.ref_pos = list(self.ref_pos)
        other.role_index = {k: set(v) for k, v in self.role_index.items()}
        other.anonymous_speakers = list(self.anonymous_speakers)
        other.roles_done = dict(self.roles_done)
        other.effects = []
        return other

    def replay(self, effects: Iterable[Effect]) -> None:
        """Make the changes another stage recorded, in their order."""
        for effect in effects:
            kind = effect[0]
            if kind == "speaking_name":
                self.speaking_name(self.mention_at[effect[1]])  # type: ignore[index]
            elif kind == "reference":
                self.add_reference(effect[1], effect[2], speaking=bool(effect[3]))  # type: ignore[arg-type]
            elif kind == "gender":
                self.set_gender(effect[1], str(effect[2]))  # type: ignore[arg-type]
            elif kind == "anonymous":
                self.note_anonymous(str(effect[1]), effect[2])  # type: ignore[arg-type]
            elif kind == "roles_done":
                self.mark_roles_done(effect[1], effect[2])  # type: ignore[arg-type]
            else:
                raise ValueError(f"unknown effect {effect!r}")

    # --- registration (the article's own names, before any stage decides) ------------

    def register_mentions(self, inside_quote: Iterable[int]) -> None:
        """Persons from full names, then one-word names that fit exactly one of them;
        references at every name outside quotes (``inside_quote``: starts to leave out)."""
        quoted = set(inside_quote)
        singles: list[Mention] = []
        couples = self._couples()
        for mention in self.mentions:
            if mention.span.start in couples:
                self.mention_entity_at[mention.span.start] = self._add_person(couples[mention.span.start])
            elif mention.kind == "person" and " " in mention.name:
                self.mention_entity_at[mention.span.start] = self._add_person(mention)
            elif mention.kind in ("person", "unknown") and " " not in mention.name:
                singles.append(mention)
        self._fold_glued_words()
        self._register_singles(singles)
        self._appositive_roles(quoted)
        for start, entity in sorted(self.mention_entity_at.items()):
            if start not in quoted:
                self.refs.append(Reference(start, entity, False))
                self.ref_pos.append(start)
        for registered in self.entities:
            for role in registered.roles:
                self._index_role(registered.id, role)

    def _register_singles(self, singles: list[Mention]) -> None:
        """One-word names: the person named in full they fit, or a new one."""
        for mention in singles:
            entity = self._titled_given_name(mention) if mention.role else None
            if entity is None:
                entity = self._entity_for_single(mention.name, create=mention.kind == "person")
            if entity is None or self._other_sex(mention, entity):
                continue  # "Mrs. Khan" when the only Khan named is Dan: someone else, unnamed
            self.entities[entity].add(mention.name, mention.span.start, mention.role)
            self.mention_entity_at[mention.span.start] = entity

    def _other_sex(self, mention: Mention, entity: int) -> bool:
        """Whether the mention's title ("Mr.", "Mrs.") is of the other sex than the person's
        given name tells."""
        title = (mention.role or "").lower()
        sex = "m" if title in self.lex.words["male"] else "f" if title in self.lex.words["female"] else None
        if sex is None or not self.entities[entity].spellings:
            return False  # no title of a sex, or a person this very mention creates
        known = self.entities[entity].known_gender()
        return sex is not None and known is not None and known != sex

    def _couples(self) -> dict[int, Mention]:
        """ "Dan and Ann Khan": a given name, "and", then a full name with a given name of its
        own: two people of the one surname, so the first is "Dan Khan" (kept at its own
        one-word span, the full name given as its name)."""
        found: dict[int, Mention] = {}
        given, text = self.lex.given_names, self.text
        # "Christie and John Kasich": a word that is someone's surname here is that person
        surnames = {m.name.split()[-1] for m in self.mentions if m.kind == "person" and " " in m.name}
        for first, full in zip(self.mentions, self.mentions[1:]):
            if first.name in surnames:
                continue
            words = full.name.split()
            if (" " in first.name or first.kind not in ("person", "unknown") or full.kind != "person"
                    or len(words) != 2 or text[first.span.end : full.span.start] != " and "
                    or first.name not in given or words[0] not in given):
                continue
            found[first.span.start] = attrs.evolve(first, name=f"{first.name} {words[1]}", kind="person")
        return found

    def _appositive_roles(self, quoted: set[int]) -> None:
        """"Ann Cole, a lawyer for the family, …", "Dan Price, the foreign minister, …": the
        description after a person's name is a role of theirs, so that "the lawyer" later
        stands for Cole and "the senator" does not (speakers.roles reads the roles)."""
        if not self.text:
            return
        pattern: regex.Pattern[str] = self.lex.compiled("appositive_role", _appositive_pattern)
        text = self.text
        for mention in self.mentions:
            end = mention.span.end
            if text[end : end + 1] != ",":
                continue  # the pattern starts with the comma: no need to ask it
            entity = self.mention_entity_at.get(mention.span.start)
            if entity is None or mention.span.start in quoted or self.entities[entity].kind != "person":
                continue
            found = pattern.match(text, end)
            if found is not None:
                self.entities[entity].add_role(found["role"], mention.span.start)

    def _titled_given_name(self, mention: Mention) -> int | None:
        """"Sir Dan" or "Dame Ann" after "Sir Dan Price": the one person named before with
        that given name (the title goes with the given name alone, in British usage)."""
        if (mention.role or "").lower() not in self.lex.words["given_name_title"]:
            return None
        key = norm_name(mention.name)
        found = {self.mention_entity_at[m.span.start] for m in self.mentions
                 if m.span.start in self.mention_entity_at and " " in m.name
                 and norm_name(first_name(m.name, self.lex)) == key}
        return found.pop() if len(found) == 1 else None

    def _fold_glued_words(self) -> None:
        """A headline or a description glues a capitalised word before a name ("Donor
        Adelson", "Rival Hillary Clinton", "Using Ted Cruz"). A person whose "first name" is
        no given name (lexicons/given_names.tsv), where the article also names someone of
        that surname whose first name is one — the only one, or the one the longer name ends
        with — is that person, not a namesake, so "Adelson said" is not left ambiguous."""
        for ids in self.by_last.values():
            if len(ids) < 2:
                continue
            real = [i for i in ids if self._given_first(i)]
            for glued in [i for i in ids if i not in real]:
                name = self.entities[glued].name
                ending = [r for r in real if name.endswith(" " + self.entities[r].name)]
                targets = ending or (real if len(real) == 1 else [])
                if len(targets) == 1 and len(name.split()) >= 2:
                    self._fold(glued, targets[0], ids)

    def has_given_name(self, entity: int) -> bool:
        """Whether the person is named with a given name (lexicons/given_names.tsv) or an initial."""
        return self._given_first(entity)

    def _given_first(self, entity: int) -> bool:
        first = first_name(self.entities[entity].name, self.lex)
        return " " in self.entities[entity].name and (first in self.lex.given_names or
                                                      len(first.rstrip(".")) == 1)

    def _fold(self, glued: int, into: int, ids: list[int]) -> None:
        """The mentions of ``glued`` are ``into``'s; ``glued`` is no longer found by name."""
        for start, entity in list(self.mention_entity_at.items()):
            if entity == glued:
                self.mention_entity_at[start] = into
        for role in self.entities[glued].roles:
            self.entities[into].add_role(role, self.entities[glued].role_at.get(role))
        ids.remove(glued)

    def _add_person(self, mention: Mention) -> int:
        tokens = mention.name.split()
        last, first = norm_name(tokens[-1]), norm_name(first_name(mention.name, self.lex))
        for entity_id in self.by_last.get(last, []):
            entity = self.entities[entity_id]
            firsts = {norm_name(first_name(s, self.lex)) for s in entity.spellings if " " in s} - {""}
            # "Sandy Paradis" is "Sandra Paradis": a short form and its full form agree
            short_or_full = self.lex.nicknames.get(first, frozenset())
            if first_names_agree(first, firsts, initials=True) or short_or_full & firsts:
                entity.add(mention.name, mention.span.start, mention.role)
                return entity_id
        entity_id = len(self.entities)
        entity = Entity(entity_id, "person", self.lex)
        entity.add(mention.name, mention.span.start, mention.role)
        self.entities.append(entity)
        self.by_last.setdefault(last, []).append(entity_id)
        return entity_id

    def _entity_for_single(self, name: str, *, create: bool) -> int | None:
        key = norm_name(name)
        found = self.by_last.get(key, [])
        if len(found) == 1:
            return found[0]
        if found or not create:
            return None
        entity_id = len(self.entities)
        self.entities.append(Entity(entity_id, "person", self.lex))
        self.by_last.setdefault(key, []).append(entity_id)
        return entity_id

    def _index_role(self, entity: int, role: str) -> None:
        for word in role.lower().split():
            word = word.rstrip(".").removesuffix("’s").removesuffix("'s")
            word = self.lex.title_abbreviations.get(word, word)
            self.role_index.setdefault(word, set()).add(entity)

    # --- changes a stage may make (each recorded as an effect) -------------------------

    def speaking_name(self, mention: Mention) -> int | None:
        """A capitalised name that speaks is a person: "Putin has publicly expressed…",
        "Jordan Pike, 24, … said" (Jordan is a country, but not when it speaks) — unless
        it ends in a place or is a sentence word."""
        if mention.kind not in ("unknown", "person") or mention.name in self.lex.not_names:
            return None
        words = mention.name.split()
        if words[-1] in self.lex.places or words[-1].lower() in self.lex.anonymous:
            return None
        self.effects.append(("speaking_name", mention.span.start))
        if len(words) == 1:
            entity = self._entity_for_single(mention.name, create=True)
            if entity is not None:
                self.entities[entity].add(mention.name, mention.span.start, mention.role)
                if mention.role:
                    self._index_role(entity, mention.role)
        else:
            entity = self._add_person(mention)
        if entity is not None:
            self.mention_entity_at[mention.span.start] = entity
        return entity

    def add_reference(self, pos: int, entity: int, *, speaking: bool) -> None:
        """``entity`` is named or pointed at, at ``pos`` (as a speaker if ``speaking``)."""
        self.effects.append(("reference", pos, entity, speaking))
        i = bisect.bisect_left(self.ref_pos, pos)
        if i < len(self.refs) and self.ref_pos[i] == pos:
            ref = self.refs[i]
            ref.entity, ref.speaking = entity, ref.speaking or speaking
            return
        self.refs.insert(i, Reference(pos, entity, speaking))
        self.ref_pos.insert(i, pos)

    def set_gender(self, entity: int, gender: str) -> None:
        """A pronoun resolved to ``entity`` tells its gender, if nothing told it before."""
        self.effects.append(("gender", entity, gender))
        self.entities[entity].gender = self.entities[entity].gender or gender

    def note_anonymous(self, description: str, pos: int) -> None:
        """An unnamed source spoke at ``pos`` ("a senior official"): "the official" may point back."""
        self.effects.append(("anonymous", description, pos))
        self.anonymous_speakers.append((description, pos))

    def mark_roles_done(self, paragraph: int, upto: int) -> None:
        """The role subjects of ``paragraph`` are resolved up to ``upto``."""
        self.effects.append(("roles_done", paragraph, upto))
        self.roles_done[paragraph] = upto

    # --- look-ups -----------------------------------------------------------------------

    def mention_entity(self, start: int, end: int) -> tuple[int | None, Mention | None]:
        """The entity of the name mention over [start, end): the last one that starts inside
        it, or else the one it lies within ("Trade" of "Ministry of Industry and Trade"). A
        person followed by "of" and another name is the phrase's person: "Dan Price of
        Riverton", "party leader Ann Cole of the Harbour Party" (the speaker stage's reading)."""
        best: tuple[int | None, Mention | None] = (None, None)
        i = bisect.bisect_left(self.mention_starts, start)
        while i < len(self.mentions) and self.mention_starts[i] < end:
            mention = self.mention_at[self.mention_starts[i]]
            if mention.span.end <= end + 1:
                best = (self.mention_entity_at.get(mention.span.start), mention)
                if mention.kind == "person" and mention.span.end < end and self.text.startswith(" of ", mention.span.end):
                    return best
            i += 1
        if best[1] is None:
            i = bisect.bisect_right(self.mention_starts, start) - 1
            if i >= 0:
                mention = self.mentions[i]
                if mention.span.start <= start < mention.span.end:
                    best = (self.mention_entity_at.get(mention.span.start), mention)
        return best

    def mention_end(self, start: int) -> int:
        """Where the name mention starting at ``start`` ends (``start`` if there is none)."""
        mention = self.mention_at.get(start)
        return mention.span.end if mention is not None else start

    def mentions_before(self, before: int, floor: int, *, limit: int = LOOKBACK) -> list[Mention]:
        """Name mentions that start in [floor, before), nearest first, at most ``limit``."""
        i = bisect.bisect_left(self.mention_starts, before)
        out: list[Mention] = []
        while i > 0 and len(out) < limit:
            i -= 1
            mention = self.mentions[i]
            if mention.span.start < floor:
                break
            out.append(mention)
        return out

    def refs_between(self, lo: int, hi: int, *, limit: int = LOOKBACK) -> list[Reference]:
        """The references in [lo, hi), at most the last ``limit`` of them."""
        i = bisect.bisect_left(self.ref_pos, lo)
        j = bisect.bisect_left(self.ref_pos, hi)
        return self.refs[max(i, j - limit) : j]
