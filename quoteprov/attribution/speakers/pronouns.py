"""Pronouns that stand for a speaker: "he said" is the latest speaker of that gender in its
paragraph or the two before, else the only person named there; "they said" is the subject
of the last reporting clause."""

from __future__ import annotations

import regex

from ...names import norm_name
from ..clauses import NounPhrase
from ..context import ArticleContext
from ..entities import Reference
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
        chosen, why = _in_paragraph(ctx, k, np.start if k == para else None, gender, subject=k == para - 1)
        if chosen is not None:
            ctx.set_gender(chosen, gender)
            return chosen, f"{written!r} → {ctx.entities[chosen].name!r}, {why} in {where}"
        if why:
            return None, f"{written!r} is ambiguous: {why} are all named in {where}, none as a speaker"
    return None, f"{written!r}: no person it can stand for is named in the three paragraphs before it"


def _in_paragraph(
    ctx: ArticleContext, k: int, before: int | None, gender: str, *, subject: bool = False
) -> tuple[int | None, str]:
    """In paragraph ``k`` (up to ``before``): the latest speaker of a fitting gender, else
    the only person named; (None, names) when several are named and none speaks."""
    resolve_role_subjects(ctx, k, before if before is not None else ctx.doc.paragraphs[k].span.end)
    refs = [r for r in ctx.paragraph_refs(k, before) if ctx.entities[r.entity].known_gender() in (None, gender)]
    found = _paragraph_subject(ctx, k, refs) if subject else None
    if found is not None:
        return found
    speaking = [r for r in refs if r.speaking and not _not_a_person(ctx, ctx.entities[r.entity].name)]
    if speaking:
        return speaking[-1].entity, "the most recent speaker"
    return _named(ctx, k, before, refs, gender)


def _named(
    ctx: ArticleContext, k: int, before: int | None, refs: list[Reference], gender: str
) -> tuple[int | None, str]:
    """No one speaks in the paragraph: the only person named, or who the sentence before
    the quote is about; (None, names) when several are named."""
    persons = {r.entity for r in refs if not is_possessive_ref(ctx, r.pos)}
    if len(persons) == 1 and _not_a_person(ctx, ctx.entities[next(iter(persons))].name):
        return None, ""  # "Harbour Square" or "Pacific Muslims" is no one "he" or "she" stands for
    if len(persons) == 1:
        only = next(iter(persons))
        if _governed(ctx, only, refs, gender):
            return None, ""
        return only, "the only person named"
    if len(persons) > 1 and before is not None:
        # Several named before the quote in its own paragraph, none speaking: the sentence
        # before the quote's says who ("Cole met Ward on Monday. “…,” she said." is Cole).
        found = _paragraph_subject(ctx, k, refs, end=ctx.clause_start(before))
        if found is not None:
            return found[0], found[1].replace("the paragraph's last sentence", "the sentence before")
        found = _through_own_pronoun(ctx, k, refs, ctx.clause_start(before), gender)
        if found is not None:
            return found
    if len(persons) > 1:
        return _one_person(ctx, persons, refs, gender)
    return None, ""


def _through_own_pronoun(
    ctx: ArticleContext, k: int, refs: list[Reference], s_start: int, gender: str
) -> tuple[int, str] | None:
    """The sentence before the quote's has the same pronoun as its subject ("Cole eased her
    tone. Asked who leads, she said Ward. “…,” she said."): the pronoun goes on from the
    subject of the sentence before that one, Cole, not from Ward, whom it governs (a chain
    of one pronoun, the centring every reader follows)."""
    para = ctx.doc.paragraphs[k].span
    if s_start <= para.start:
        return None
    prev_start = ctx.clause_start(s_start - 1)
    if prev_start < para.start or not _PRONOUN_SUBJECT[gender].search(ctx.text[prev_start:s_start]):
        return None
    found = _paragraph_subject(ctx, k, [r for r in refs if r.pos < prev_start], end=prev_start)
    if found is None:
        return None
    return found[0], "the subject before the sentence its pronoun opens"


#: the pronoun as a clause's subject: at the sentence's start or after a comma ("…, he said")
_PRONOUN_SUBJECT = {
    g: regex.compile(rf"(?:^[\s“\"‘']*|,\s+)(?:{p}|{p.lower()})\s+\p{{Ll}}") for g, p in (("m", "He"), ("f", "She"))
}


def _one_person(ctx: ArticleContext, persons: set[int], refs: list[Reference], gender: str) -> tuple[int | None, str]:
    """Several named, none speaking: if all but one of the names are no one person's (rule
    not_a_person: a place, a building, a group by origin or faith, a bare title, a name
    written after "the" — "Harbour Square", "Pacific Muslims", "General", "the Ruritanian")
    and the one left is known to be of the pronoun's gender, it is the one; else (None, names)."""
    people = {p for p in persons if not _not_a_person(ctx, ctx.entities[p].name)}
    if len(people) == 1:
        only = next(iter(people))
        if ctx.entities[only].known_gender() == gender and not _governed(ctx, only, refs, gender):
            others = sorted(ctx.entities[p].name for p in persons - people)
            return only, f"the only person named (not_a_person: {', '.join(others)})"
    return None, str(sorted(ctx.entities[p].name for p in persons))


def _governed(ctx: ArticleContext, person: int, refs: list[Reference], gender: str) -> bool:
    """Whether every mention of ``person`` stands in a sentence the pronoun itself opens:
    "He finished behind Cole." / "“…,” he said" — he is not Cole (see _after_own_pronoun)."""
    return all(_after_own_pronoun(ctx, r.pos, gender) for r in refs if r.entity == person)


def _not_a_person(ctx: ArticleContext, name: str) -> bool:
    """Whether a name the entity finder kept is by its form no one person's (see _one_person)."""
    words = name.split()
    lex = ctx.lex
    if not words or words[0][:1].islower() or name in lex.places or words[-1].lower() in lex.words["place_head"]:
        return True
    if _made_from_a_name(ctx, name):
        return True
    return all(
        w in lex.nationalities or (w.endswith("s") and w[:-1] in lex.nationalities)
        or w.lower() in lex.words["group_name"] or w.lower() in lex.words["pre_name"]
        or w.lower().rstrip(".") in lex.title_words
        for w in words
    )


#: endings that make a word for a family, a following or a people from a name: the
#: Vantrecks, Coleites, Colean; New Yorkers, Iowans
_FROM_SURNAME = ("s", "ian", "ean", "esque", "ite", "ites")
_FROM_PLACE = ("ers", "ns", "ans", "ites")


def _made_from_a_name(ctx: ArticleContext, name: str) -> bool:
    """A word made from a name the article gives or a known place, never one person: "the
    Vantrecks" (a family, when Lena Vantreck is named), "Colean", "New Yorkers", "Iowans"."""
    if " " not in name and any(
        name.endswith(end) and len(name) > len(end) + 2 and _full_name_ends(ctx, name[: -len(end)])
        for end in _FROM_SURNAME
    ):
        return True
    return any(name.endswith(end) and name[: -len(end)] in ctx.lex.places for end in _FROM_PLACE)


def _full_name_ends(ctx: ArticleContext, surname: str) -> bool:
    """Whether someone the article names in full has ``surname`` as their last name."""
    return any(
        any(" " in s and s.rsplit(" ", 1)[1] == surname for s in ctx.entities[e].spellings)
        for e in ctx.registry.by_last.get(norm_name(surname), ())
    )


def _after_own_pronoun(ctx: ArticleContext, pos: int, gender: str) -> bool:
    """Whether the name at ``pos`` stands in a sentence whose subject is the pronoun being
    resolved ("He" for a "he", "She" for a "she"): "He finished behind Ted Cole.",
    "She said she would vote for Ann Ward." A name cannot be the referent of a subject
    pronoun that governs it (the binding rule every reader applies: in "He praised Cole",
    he is not Cole), so that pronoun, and a later one continuing it, is someone else."""
    first = ctx.text[ctx.clause_start(pos):pos].split()[:1]
    return bool(first) and first[0].lstrip("“\"‘'(") == ("He" if gender == "m" else "She")


#: at most this many words may open a sentence before its subject ("On Monday, Cole …")
_OPENING_WORDS = 4


def _paragraph_subject(
    ctx: ArticleContext, k: int, refs: list[Reference], *, end: int | None = None
) -> tuple[int, str] | None:
    """The person the paragraph before a quote ends on (see :func:`_last_sentence_subject`),
    unless someone else spoke in it with a verb ("Ward told the senator that …" still
    speaks; an owner's "claim" or "remarks" does not)."""
    found, how = _last_sentence_subject(ctx, k, refs, end=end)
    if found is None or _not_a_person(ctx, ctx.entities[found].name):
        return None  # "New Yorkers say …": no one "he" or "she" stands for
    if how == "asked":
        return found, "the one asked in the paragraph's last sentence"
    if all(r.entity == found for r in refs if r.speaking and not is_possessive_ref(ctx, r.pos)):
        return found, "the subject of the paragraph's last sentence"
    return None


def _last_sentence_subject(
    ctx: ArticleContext, k: int, refs: list[Reference], *, end: int | None = None
) -> tuple[int | None, str]:
    """The person the paragraph before a quote ends on: the subject of its last sentence.

    A new paragraph's "he said" continues the paragraph before it, and when that paragraph
    ends on a sentence of narration, its subject is who it is about: "Later, Biden mocked
    Trump's claim." / "“…,” he said" is Biden, though Trump's "claim" made Trump the latest
    to speak. Precision first, so there is no subject (and the older rules decide) unless:
    the sentence holds no quote; its subject is a name, the first outside an opening phrase
    ("Growing up in El Paso, Mendoza …": not El Paso; "When Trump spoke, Kasich …": not
    Trump) and after no pronoun; not an owner ("Trump's claim"), not after a preposition or
    an article ("the Cruz campaign"); a role between two names makes the second the subject
    ("Sanders campaign manager Jeff Weaver"); and when the subject asked someone ("Cole
    asked Ward whether …"), the one asked answers: that one is returned, as "asked".
    """
    para = ctx.doc.paragraphs[k].span
    end = para.end if end is None else end  # the paragraph's end, or where the quote's sentence starts
    if end <= para.start:
        return None, ""
    s_start = ctx.clause_start(max(para.start, end - 1))
    if ctx.facts.quote_between(s_start, end):
        return None, ""  # a quote in the sentence: the latest speaker rule reads it
    if _PERSPECTIVE.match(ctx.text, s_start, end):
        return None, ""  # "For Chait, Williamson is …": whose view it is may be who speaks next
    inside = [r for r in refs if s_start <= r.pos < end]
    opening_end = _opening_end(ctx, s_start, end)
    for n, ref in enumerate(inside):
        verdict = _candidate(ctx, ref, s_start, opening_end, end)
        if verdict == "skip":
            continue
        if verdict == "stop":
            return None, ""
        chosen = _after_role(ctx, ref, inside[n + 1:], end) or ref
        opening = ctx.text[opening_end:chosen.pos]
        if len(opening[opening.rfind(",") + 1:].split()) > _OPENING_WORDS:
            return None, ""
        return _answering(ctx, chosen, inside, end)
    return None, ""


def _opening_end(ctx: ArticleContext, s_start: int, end: int) -> int:
    """Where the main clause may start: after the first comma of a sentence that opens with
    a subordinate clause ("When Trump spoke, …"), else at the sentence's start."""
    first_word = ctx.text[s_start:end].split()[:1]
    if first_word and first_word[0].lower().strip(",") in ctx.lex.words["subordinator"] | {"as"}:
        comma = ctx.text.find(",", s_start, end)
        return comma + 1 if comma != -1 else end
    return s_start


def _candidate(ctx: ArticleContext, ref: Reference, s_start: int, opening_end: int, end: int) -> str:
    """Whether a name can be the sentence's subject: "take", "skip" it (look further), or
    "stop" (the sentence's subject is no name of this paragraph)."""
    text = ctx.text
    if ref.pos < opening_end:
        return "skip"
    if any(w.lower() in ctx.lex.words["pronoun"] for w in text[opening_end:ref.pos].split()):
        return "stop"  # "He protested Trump …": the pronoun is the subject
    clause = text[s_start:ref.pos]
    words = clause[clause.rfind(",") + 1:].split()  # this phrase's words, not the opening's
    if any(w.lower() in ctx.lex.words["before_non_subject"] for w in words[-3:]):
        return "skip"  # "in South Carolina", "a 1930s-era Deco theatre", "the Cruz campaign"
    if text[ctx.mention_end(ref.pos):end].startswith(",") and text[opening_end:ref.pos].strip():
        return "skip"  # "Like Allen, their days …": inside an opening phrase
    if _COORDINATED.match(text, ctx.mention_end(ref.pos), end):
        return "stop"  # "Maria Lopez and Ana Ruiz met …": two subjects, no one of them
    return "stop" if is_possessive_ref(ctx, ref.pos) else "take"


_PERSPECTIVE = regex.compile(r"[\s“\"]*(?:For|To|In the eyes of|According to)\s+\p{Lu}")
_COORDINATED = regex.compile(r"[ \t]+(?:and|or)[ \t]+\p{Lu}")


def _answering(ctx: ArticleContext, chosen: Reference, inside: list[Reference], end: int) -> tuple[int | None, str]:
    """The subject, or the one it asked: the person right after the verb ("asked Rubio",
    "asked Sen. Rubio"), not a name inside the question ("asked if the Special Operations …")."""
    asked = _ASKED.search(ctx.text, ctx.mention_end(chosen.pos), end)
    if asked is None:
        return chosen.entity, "subject"
    answering = [r for r in inside if r.pos >= asked.end() and len(ctx.text[asked.end():r.pos].split()) <= 1
                 and not is_possessive_ref(ctx, r.pos)]
    return (answering[0].entity, "asked") if answering else (None, "")


def _after_role(ctx: ArticleContext, ref: Reference, later: list[Reference], end: int) -> Reference | None:
    """ "Trump senior adviser Jason Miller": the name after a role that follows a name."""
    if not later:
        return None
    between = ctx.text[ctx.mention_end(ref.pos):later[0].pos].split()
    if 1 <= len(between) <= 5 and all(w.islower() for w in between) and (
        between[-1] in ctx.lex.title_words or between[-1] in ctx.lex.descriptions
    ):
        return later[0]
    return None


_ASKED = regex.compile(r"\b(?:asked|questioned|pressed|interviewed)\b")
