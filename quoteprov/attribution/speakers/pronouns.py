"""Pronouns that stand for a speaker: "he said" is the latest speaker of that gender in its
paragraph or the two before, else the only person named there; "they said" is the subject
of the last reporting clause."""

from __future__ import annotations

from ..clauses import NounPhrase
from ..context import ArticleContext
from .organizations import anonymous_head
from .roles import is_possessive_ref, resolve_role

__all__ = ["last_clause_subject", "resolve_pronoun"]


def resolve_role_subjects(ctx: ArticleContext, para: int, before: int) -> None:
    """Make "the foreign minister was asked…" an antecedent for a later "she"."""
    span = ctx.doc.paragraphs[para].span
    lo = max(span.start, ctx.roles_done.get(para, span.start))
    for clause in ctx.view(para).clauses_between(lo, before):
        written = ctx.text[clause.np.start : clause.np.end]
        if clause.np.kind == "role" and not anonymous_head(ctx, written):
            entity, _how = resolve_role(ctx, clause.np, written)
            if entity is not None:
                ctx.add_reference(clause.np.start, entity, speaking=True)
    ctx.mark_roles_done(para, max(lo, before))


def last_clause_subject(ctx: ArticleContext, np: NounPhrase) -> NounPhrase | None:
    """The subject of the reporting clause before ``np`` in its paragraph or the one before."""
    para = ctx.paragraph_index(np.start)
    for k in (para, para - 1):
        if k < 0:
            break
        span = ctx.doc.paragraphs[k].span
        # From the paragraph before, only a group can be "they" ("two diplomats", "NATO").
        kinds = ("name", "anonymous", "organization", "role") if k == para else ("anonymous", "organization")
        found = [
            c.np for c in ctx.view(k).clauses_between(max(span.start, np.start - 2000), np.start)
            if c.np.kind in kinds
        ]
        if found:
            return found[-1]
    return None


def resolve_pronoun(ctx: ArticleContext, np: NounPhrase, written: str) -> tuple[int | None, str]:
    """The person "he" or "she" stands for (None, and why, when no one fits or several do)."""
    pronoun = written.lower()
    if pronoun not in ("he", "she"):
        return None, f"{written!r}: a plural or first-person pronoun is not resolved"
    gender = "m" if pronoun == "he" else "f"
    para = ctx.paragraph_index(np.start)
    for distance, k in enumerate(range(para, max(-1, para - 3), -1)):
        where = "the same paragraph" if distance == 0 else f"{distance} paragraph(s) back"
        chosen, why = _in_paragraph(ctx, k, np.start if k == para else None, gender)
        if chosen is not None:
            ctx.set_gender(chosen, gender)
            return chosen, f"{written!r} → {ctx.entities[chosen].name!r}, {why} in {where}"
        if why:
            return None, f"{written!r} is ambiguous: {why} are all named in {where}, none as a speaker"
    return None, f"{written!r}: no person named in the three paragraphs before it"


def _in_paragraph(ctx: ArticleContext, k: int, before: int | None, gender: str) -> tuple[int | None, str]:
    """In paragraph ``k`` (up to ``before``): the latest speaker of a fitting gender, else
    the only person named; (None, names) when several are named and none speaks."""
    resolve_role_subjects(ctx, k, before if before is not None else ctx.doc.paragraphs[k].span.end)
    refs = [r for r in ctx.paragraph_refs(k, before) if ctx.entities[r.entity].known_gender() in (None, gender)]
    speaking = [r for r in refs if r.speaking]
    if speaking:
        return speaking[-1].entity, "the most recent speaker"
    persons = {r.entity for r in refs if not is_possessive_ref(ctx, r.pos)}
    if len(persons) == 1:
        return next(iter(persons)), "the only person named"
    if len(persons) > 1:
        return None, str(sorted(ctx.entities[p].name for p in persons))
    return None, ""
