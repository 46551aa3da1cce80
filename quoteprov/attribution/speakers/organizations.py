"""Organisations and unnamed sources as speakers: "the ministry said" points back to the
ministry named before; "the official said" to the unnamed official described before."""

from __future__ import annotations

from ..clauses import NounPhrase
from ..context import ArticleContext

__all__ = ["anonymous_head", "earlier_anonymous", "org_name", "resolve_organization"]


def resolve_organization(ctx: ArticleContext, np: NounPhrase, written: str) -> tuple[str | None, str]:
    """The organisation an organisation phrase names: its full name, or the body "the
    ministry" points back to (None, and why, when nothing fits)."""
    _entity, mention = ctx.mention_entity(np.start, np.end)
    if mention is not None and mention.kind in ("organization", "outlet") and mention.span.end > np.start:
        if mention.span.end >= np.end or mention.span.start >= np.start:
            return org_name(ctx, mention.name), ""
    words = written.split()
    head = words[-1].lower()
    if words[0].lower() in ctx.lex.words["org_determiner"] and head in ctx.lex.org_refer_nouns and len(words) <= 3:
        if _named_by_person(ctx, np):
            return org_name(ctx, written), f"{written!r}: named after a person the article names"
        found = _earlier_organization(ctx, np.start, head)
        if found is None:
            return None, f"{written!r}: no earlier {head} named to point back to"
        return found, f"{written!r} → {found!r}, the {head} named before"
    return org_name(ctx, written), ""


def _named_by_person(ctx: ArticleContext, np: NounPhrase) -> bool:
    """ "the Cole campaign", "the Cole office": a person's name between the determiner and
    the head makes the body theirs; it points back to no earlier one."""
    for mention in ctx.mentions_before(np.end, np.start):
        if not (np.start < mention.span.start and mention.span.end < np.end):
            continue
        word = mention.span.text
        if word in ctx.lex.nationalities or word in ctx.lex.places:
            continue  # "the Mexican government": a country's, not a person's
        entity, _mention = ctx.mention_entity(mention.span.start, mention.span.end)
        if mention.kind == "person" or (entity is not None and ctx.entities[entity].kind == "person"
                                        and ctx.entities[entity].name.endswith(" " + word)):
            return True
    return False


def _earlier_organization(ctx: ArticleContext, before: int, head: str) -> str | None:
    """The nearest organisation named before ``before`` (within four paragraphs) that fits ``head``."""
    para = ctx.paragraph_index(before)
    floor = ctx.doc.paragraphs[max(0, para - 4)].span.start
    lex = ctx.lex
    for mention in ctx.mentions_before(before, floor):
        if mention.kind != "organization" or ctx.inside_quote(mention.span.start):
            continue
        name_words = mention.name.lower().split()
        # "the airline" fits "Skyvo" (no word says what it is) but not "Ministry of Health".
        if head in name_words or (
            head in lex.company_nouns and not (set(name_words) & lex.org_heads_lower - lex.words["corporate"])
        ):
            return mention.name
    return None


def org_name(ctx: ArticleContext, written: str) -> str:
    """The canonical name of an organisation as written ("the Kremlin" → "Kremlin")."""
    if written.lower().startswith("the "):
        written = written[4:]
    words = written.split()
    # "NATO members" → NATO
    if len(words) > 1 and words[-1].lower() in ctx.lex.anonymous:
        written = " ".join(words[:-1])
    return ctx.lex.organizations.get(written.lower(), written[:1].upper() + written[1:])


def anonymous_head(ctx: ArticleContext, written: str) -> bool:
    """ "the official", "the source": an unnamed-source noun that is not also a title."""
    head = written.split()[-1].lower()
    return head in ctx.lex.anonymous and head not in ctx.lex.role_heads


def earlier_anonymous(ctx: ArticleContext, np: NounPhrase, head: str) -> str | None:
    """The most recent anonymous description with the same head noun, in this paragraph or the two before."""
    para = ctx.paragraph_index(np.start)
    found = [(pos, d) for d, pos in ctx.anonymous_speakers]
    for k in range(max(0, para - 2), para + 1):
        span = ctx.doc.paragraphs[k].span
        for clause in ctx.view(k).clauses_between(span.start, min(span.end, np.start)):
            if clause.np.kind == "anonymous":
                found.append((clause.np.start, ctx.text[clause.np.start : clause.np.end]))
    best = None
    for pos, description in sorted(found):
        if pos < np.start and para - 2 <= ctx.paragraph_index(pos) <= para and head in description.lower().split():
            best = description
    return best
