"""Roles that stand for a name: "the foreign minister said" is the person the article
introduced as Foreign Minister; "the Queens Democrat added", right after DeLuca's quotes,
is DeLuca."""

from __future__ import annotations

import attrs

from ..clauses import NounPhrase
from ..context import ArticleContext

__all__ = ["described_before", "is_possessive_ref", "resolve_role", "role_holder"]

# Endings of nationality-like adjectives the lexicon may not list ("Kestrian", "Dunmari").
_ADJECTIVE_END = ("ian", "ese", "ish", "i")

Answer = tuple[int | None, str]  # the entity (or None) and a step saying why


@attrs.frozen
class _Role:
    """A role as written, read once: its words without the determiner, head, qualifiers."""

    np: NounPhrase
    written: str
    words: list[str]
    head: str
    qualifiers: set[str]
    para: int
    sentence_start: int
    same_sentence: set[int]  # people named earlier in the same sentence: not who it is


def is_possessive_ref(ctx: ArticleContext, pos: int) -> bool:
    """The name at ``pos`` is a possessive ("Trump's team"): its owner does not act."""
    end = ctx.mention_end(pos)
    return ctx.text[end : end + 2] in ("’s", "'s")


def _qualifiers(ctx: ArticleContext, words: list[str]) -> set[str]:
    """Nationality-like words of a title ("Russian", "Kestrian"): they tell two ministers apart."""
    return {
        w.lower().removesuffix("’s").removesuffix("'s")
        for w in words
        if w[:1].isupper()
        and w.rstrip(".").lower() not in ctx.lex.title_words
        and (w in ctx.lex.nationalities or w.lower().endswith(_ADJECTIVE_END))
    }


def _related_title(words: list[str], roles: list[str]) -> bool:
    """No title, or one that shares a stem with the description ("council leader" ~ "Councillor")."""
    if not roles:
        return True
    role_words = {w.lower().rstrip(".") for r in roles for w in r.split()}
    return any(w[:5] == r[:5] and len(w) >= 5 and len(r) >= 5 for w in words for r in role_words)


def _role_words(ctx: ArticleContext, text: str) -> list[str]:
    words = text.replace("’s", "").replace("'s", "").split()
    return [ctx.lex.title_abbreviations.get(w.rstrip(".").lower(), w.rstrip(".").lower()) for w in words]


def _read_role(ctx: ArticleContext, np: NounPhrase, written: str) -> _Role:
    words = _role_words(ctx, written)[1:]  # without the determiner
    s_start = ctx.clause_start(np.start)
    return _Role(
        np, written, words, words[-1] if words else "", _qualifiers(ctx, written.split()[1:-1]),
        ctx.paragraph_index(np.start), s_start,
        # "In a letter to Prime Minister Joost Vermeulen, the minister wrote": not Vermeulen.
        {r.entity for r in ctx.refs_between(s_start, np.start)},
    )


def role_holder(ctx: ArticleContext, np: NounPhrase, written: str) -> Answer:
    """The person named before ``np`` whom the article introduced with the whole
    description ("Ann Cole, a banker, …" … "the banker said"), if there is one; else None,
    and the description stays what it was (an unnamed source's)."""
    role = _read_role(ctx, np, written)
    full, _by_head = _titled(ctx, role)
    holders = [e for e in full if 0 <= ctx.entities[e].first_at < np.start]
    if len(holders) == 1:
        return holders[0], f"{written!r} → {ctx.entities[holders[0]].name!r}, introduced with that description"
    return None, ""


def described_before(ctx: ArticleContext, np: NounPhrase, written: str) -> str | None:
    """The unnamed source an earlier quote was given to with the same words, when no one was
    introduced with the title: "a senior Cole adviser said" … "the senior Cole adviser
    added" is that adviser again, still unnamed (a definite description points back to the
    indefinite one that introduced it). The description as first written, else None."""
    role = _read_role(ctx, np, written)
    if not role.words or written.split()[0].lower() != "the" or any(_titled(ctx, role)):
        return None
    earlier = sorted(((pos, d) for d, pos in ctx.anonymous_speakers if pos < np.start), reverse=True)
    for _pos, description in earlier:
        words = _role_words(ctx, description)
        if len(words) > 1 and words[0] in ctx.lex.words["indefinite"] and words[1:] == role.words:
            return description
    return None


def resolve_role(ctx: ArticleContext, np: NounPhrase, written: str) -> Answer:
    """The person a role phrase stands for: introduced with that title, else the most
    recent of several with it, else the most recent speaker if no title says otherwise."""
    role = _read_role(ctx, np, written)
    full, by_head = _titled(ctx, role)
    candidates = full or by_head
    how = "introduced with that title" if full else f"introduced as a {role.head}"
    if len(candidates) == 1:
        return candidates[0], f"{written!r} → {ctx.entities[candidates[0]].name!r}, {how}"
    if candidates:
        return _most_recent_of(ctx, role, candidates, how)
    return _latest_speaker(ctx, role)


def _titled(ctx: ArticleContext, role: _Role) -> tuple[list[int], list[int]]:
    """People introduced with the whole title, and with its head word only."""
    full: list[int] = []
    by_head: list[int] = []
    for entity_id in sorted(ctx.role_index.get(role.head, ())):
        if entity_id in role.same_sentence:
            continue
        entity = ctx.entities[entity_id]
        for title in entity.roles:
            if entity.role_at.get(title, -1) > role.np.start:
                continue  # a description given only later ("…,” the executive says. … Dan Price, an executive,")
            title_words = set(_role_words(ctx, title))
            if role.words and all(w in title_words for w in role.words):
                full.append(entity_id)
                break
            # "the Dunmari minister" is not "Kestrian Foreign Minister Ilse Varga", and
            # "the Russian president" is not a president whose country the text never gave.
            clash = bool(role.qualifiers) and not (role.qualifiers & _qualifiers(ctx, title.split()))
            if role.head in title_words and role.head in ctx.lex.role_heads and not clash:
                by_head.append(entity_id)
                break
    return full, by_head


def _most_recent_of(ctx: ArticleContext, role: _Role, candidates: list[int], how: str) -> Answer:
    """Several share the title: the most recently named before this point."""
    floor = ctx.doc.paragraphs[max(0, role.para - 10)].span.start
    for ref in reversed(ctx.refs_between(floor, role.np.start, limit=4 * 64)):
        if ref.entity in candidates:
            return ref.entity, f"{role.written!r} → {ctx.entities[ref.entity].name!r}, the most recent of several {how}"
    return None, f"{role.written!r} fits several people: {sorted(ctx.entities[c].name for c in candidates)}"


def _latest_speaker(ctx: ArticleContext, role: _Role) -> Answer:
    """No one was introduced with that title. "the Queens Democrat added" right after
    DeLuca's quotes is DeLuca: the most recent speaker in this paragraph or the one before,
    if no title of theirs says otherwise."""
    para = role.para
    previous_sentence = ctx.sentence_bounds(max(ctx.doc.paragraphs[para].span.start, role.sentence_start - 1))
    for k in (para, para - 1):
        if k < 0:
            break
        found = _speaker_in(ctx, role, k)
        if found is not None:
            pos, chosen, alone = found
            adjacent = k == para and previous_sentence[0] <= pos < previous_sentence[1] < role.np.start
            return _judge_speaker(ctx, role, chosen, adjacent and alone)
    return None, f"{role.written!r}: no person in the article was introduced with that title"


def _speaker_in(ctx: ArticleContext, role: _Role, k: int) -> tuple[int, int, bool] | None:
    """The latest speaking reference in paragraph ``k`` before the role (else the only
    person named there): its position, entity, and whether it is the only person."""
    refs = [
        r for r in ctx.paragraph_refs(k, role.np.start if k == role.para else None)
        if r.entity not in role.same_sentence
    ]
    speaking = [r for r in refs if r.speaking]
    persons = {r.entity for r in refs if not is_possessive_ref(ctx, r.pos)}
    if not speaking and len(persons) == 1:
        speaking = [r for r in refs if r.entity in persons]
    if not speaking:
        return None
    return speaking[-1].pos, speaking[-1].entity, len(persons) == 1


def _judge_speaker(ctx: ArticleContext, role: _Role, chosen: int, only_in_sentence_before: bool) -> Answer:
    """Whether the most recent speaker can be the role: no title of theirs may say otherwise."""
    written, head, qualifiers = role.written, role.head, role.qualifiers
    name = ctx.entities[chosen].name
    roles = ctx.entities[chosen].roles
    their_qualifiers = {q for r in roles for q in _qualifiers(ctx, r.split())}
    same_head = any(head in _role_words(ctx, r) for r in roles)
    if qualifiers and roles and not (qualifiers & their_qualifiers) and (their_qualifiers or same_head):
        # "the Russian president" is not "Ukrainian President X", nor a "President X"
        # whose country the text never gave; someone with no title at all may be.
        return None, f"{written!r}: the most recent speaker {name!r} is not described as {' '.join(sorted(qualifiers))}"
    if only_in_sentence_before and _related_title(role.words, roles):
        # "Bhandari acknowledged the frustration. ‘…,’ the council leader conceded."
        return chosen, f"{written!r} → {name!r}, the only person in the sentence before"
    if roles and head in ctx.lex.role_heads and not same_head:
        return None, f"{written!r}: the most recent speaker {name!r} has another title ({roles[0]!r})"
    if written.split()[0].lower() in ("his", "her", "their", "its"):
        # "his campaign manager" is someone of the latest speaker's, never the speaker
        return None, f"{written!r}: someone of another person's, not the most recent speaker {name!r}"
    return chosen, f"{written!r} → {name!r}, the most recent speaker (no one has that title)"
