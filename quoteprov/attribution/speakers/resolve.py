"""From the mention a sieve found to the canonical speaker: a name to the fullest spelling
of its person, a pronoun or a role to the person it stands for, an organisation to its
name, an unnamed source to an anonymous speaker (never a person)."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import regex

from ...names import norm_name
from ...records import Mention, Quote, Span, Speaker, SpeakerMention
from ..clauses import NounPhrase
from ..context import ArticleContext
from ..outlets.patterns import DESCRIBED
from ..sieves import confidence as cap_of
from ..syntax import Coreferent, coreferent
from .decision import Found, SpeakerDecision
from .mentions import DASHES, sole_bearer
from .organizations import anonymous_head, earlier_anonymous, org_name, resolve_organization
from .pronouns import last_clause_subject, resolve_pronoun
from .roles import described_before, resolve_role, role_holder

__all__ = ["resolve"]


@attrs.frozen
class _Mention:
    """What every resolution step needs: the found phrase, the mention and cue as spans."""

    ctx: ArticleContext
    np: NounPhrase
    mention: SpeakerMention
    cue: Span | None
    rule: str
    confidence: float
    disabled: frozenset[str]
    how: str  # how the mention was found: "with 'said'", "after a dash", "on its own line"

    @property
    def written(self) -> str:
        return self.mention.span.text


#: how a speaker found before a colon was found, by rule (else: the name on its own line)
_COLON_HOW = {"colon_subject": "opening the sentence that ends in the colon"}


def resolve(
    ctx: ArticleContext, found: Found, confidence: float, steps: list[str], quote: Quote, disabled: frozenset[str]
) -> SpeakerDecision:
    """The decision for a mention ``found`` by a sieve of that ``confidence``."""
    assert found.np is not None and found.verb is not None
    np, verb, text = found.np, found.verb, ctx.text
    cue = Span.of(text, verb.start, verb.end) if verb.text not in DASHES and verb.text != ":" else None
    how = f"with {verb.text!r}" if cue else (_COLON_HOW.get(found.rule, "on its own line") if verb.text == ":"
                                             else "after a dash")
    mention = SpeakerMention(Span.of(text, np.start, np.end), np.kind)
    m = _Mention(ctx, np, mention, cue, found.rule, confidence, disabled, how)
    steps.append(f"{found.rule}: {m.written!r} {how}")
    return _by_kind(m)(m, steps, quote)


def _by_kind(m: _Mention) -> Callable[[_Mention, list[str], Quote], SpeakerDecision]:
    kind = m.np.kind
    if kind == "pronoun":
        return _they if m.written.lower() == "they" else _pronoun
    if kind == "role":
        return _anonymous_role if anonymous_head(m.ctx, m.written) else _role
    return {"anonymous": _anonymous, "organization": _organization, "name": _name}[kind]


def _decision(m: _Mention, speaker: Speaker | None, steps: list[str], flags: tuple[str, ...] = (),
              confidence: float | None = None) -> SpeakerDecision:
    value = m.confidence if confidence is None else confidence
    return SpeakerDecision(m.mention, speaker, m.cue, m.rule, value if speaker else 0.0, flags, tuple(steps))


def _anonymous(m: _Mention, steps: list[str], quote: Quote) -> SpeakerDecision:
    m.ctx.note_anonymous(m.written, m.np.start)
    steps.append("an unnamed source: kept as anonymous, not as a person")
    return _decision(m, Speaker(m.written, "anonymous", aliases=(m.written,)), steps, ("anonymous_speaker",))


def _organization(m: _Mention, steps: list[str], quote: Quote) -> SpeakerDecision:
    name, how = resolve_organization(m.ctx, m.np, m.written)
    if name is None:
        steps.append(how)
        return _decision(m, None, steps, ("no_speaker", "unresolved_organization"))
    steps.append(how or f"an organisation speaks: {name!r}")
    return _decision(m, Speaker(name, "organization", aliases=(m.written,)), steps)


def _name(m: _Mention, steps: list[str], quote: Quote) -> SpeakerDecision:
    ctx = m.ctx
    # "Don Hartley of Madison said" is Hartley: mention_entity reads a person named first
    # and followed by "of" as the phrase's person
    entity, found = ctx.mention_entity(m.np.start, m.np.end)
    described = _DESCRIBED_OUTLET.match(ctx.text, m.np.end, min(len(ctx.text), m.np.end + 120))
    if described is not None:
        # "“…,” Rurpress, the official news agency, wrote": never a person, whatever its form
        steps.append(f"{m.written!r} is described as {described.group(1)!r}: it speaks as an organisation")
        return _decision(m, Speaker(m.written, "organization", aliases=(m.written,)), steps)
    if found is not None and found.kind in ("place", "organization"):
        steps.append(f"{found.name!r} is a {found.kind}: it speaks as an organisation")
        return _decision(m, Speaker(org_name(ctx, found.name), "organization", aliases=(m.written,)), steps)
    if entity is None:
        entity = _unlinked_name(ctx, m, found, steps)
    if entity is None and "salient_namesake" not in m.disabled:
        entity = _salient_namesake(ctx, m, steps)
        if entity is not None:
            m = attrs.evolve(m, confidence=min(m.confidence, cap_of("salient_namesake")))
    if entity is None:
        steps.append(f"{m.written!r} is not a name quoteprov can resolve")
        return _decision(m, None, steps, ("no_speaker",))
    if _title_of_other_sex(ctx, m.written, entity):
        # "Mrs. Khan said", when the only Khan the article names is Dan: someone unnamed
        steps.append(f"{m.written!r} is not {ctx.entities[entity].name!r}: the title is of the other sex")
        return _decision(m, None, steps, ("no_speaker",))
    return _person(m, entity, steps)


def _title_of_other_sex(ctx: ArticleContext, written: str, entity: int) -> bool:
    """Whether ``written`` opens with a title of a sex ("Mr.", "Mrs.") other than the one the
    person's given name tells (the name, not a title a look-up may just have added)."""
    words = written.split()
    sex = _title_gender(ctx, words[0]) if len(words) > 1 else None
    known = ctx.entities[entity].given_name_gender() if sex is not None else None
    return known is not None and known != sex


#: a name followed by an appositive that describes an outlet: ", the official news agency,",
#: ", a conservative newspaper," (no preposition inside: ", a reporter for the daily," is a person)
_DESCRIBED_OUTLET = regex.compile(
    r",[ \t\xa0]+((?i:the|an?)[ \t\xa0]+(?:(?!(?i:for|of|at|with|in|on|to|by|from)\b)[\p{L}\-’']+[ \t\xa0]+){0,5}?"
    rf"(?i:{'|'.join(sorted(DESCRIBED, key=len, reverse=True))}))[ \t\xa0]*,"
)


def _unlinked_name(ctx: ArticleContext, m: _Mention, found: Mention | None, steps: list[str]) -> int | None:
    """The person a name that no entity holds stands for: the speaking name of its mention,
    the one person named in full with it as the surname, the one of its title's gender, or
    the namesake who has spoken."""
    entity = ctx.speaking_name(found) if found is not None else None
    if entity is None and (found is None or found.kind == "outlet") and " " not in m.written:
        # "Read", "Bloomberg": a word the name finder passed over or took for an outlet,
        # the surname of the one person the article names in full with it
        entity = sole_bearer(ctx, m.written)
    if entity is None:
        entity = _by_title_gender(ctx, m.written, steps)
    if entity is None:
        entity = _the_namesake_who_spoke(ctx, m, steps)
    return entity


def _by_title_gender(ctx: ArticleContext, written: str, steps: list[str]) -> int | None:
    """ "Mr. Clinton said", where the article names two Clintons: the only man of them
    (the title's gender against each one's title, pronoun or given name)."""
    words = written.split()
    if len(words) != 2:
        return None
    title = words[0].lower()
    gender = "m" if title in ctx.lex.words["male"] else "f" if title in ctx.lex.words["female"] else None
    if gender is None:
        return None
    same = ctx.registry.by_last.get(norm_name(words[1]), [])
    fitting = [e for e in same if ctx.entities[e].known_gender() == gender]
    if len(same) < 2 or len(fitting) != 1:
        return None
    steps.append(f"{written!r} → {ctx.entities[fitting[0]].name!r}, the only {'man' if gender == 'm' else 'woman'} of that name")
    return fitting[0]


#: how many references back "the namesake who has spoken" looks (a long article holds a
#: few hundred; the bound keeps hostile text linear)
_SPOKE_REACH = 500


def _the_namesake_who_spoke(ctx: ArticleContext, m: _Mention, steps: list[str]) -> int | None:
    """ "Clinton said", where the article names Hillary and Bill Clinton: the one of them who
    has spoken before in the article, if only one has (the other is only talked about)."""
    words = m.written.split()
    if len(words) != 1:
        return None
    same = ctx.registry.by_last.get(norm_name(words[0]), [])
    if len(same) < 2:
        return None
    spoke = {r.entity for r in ctx.refs_between(0, m.np.start, limit=_SPOKE_REACH) if r.speaking and r.entity in same}
    if len(spoke) != 1:
        return None
    (entity,) = spoke
    if not ctx.registry.has_given_name(entity):
        return None  # "Donor Quarrington said": a word glued to the surname is no person to pick
    steps.append(f"{m.written!r} → {ctx.entities[entity].name!r}, the only one of that name who has spoken so far")
    return entity


def _salient_namesake(ctx: ArticleContext, m: _Mention, steps: list[str]) -> int | None:
    """ "Cole said" or "Mr. Cole said", where the article names several Coles and no single
    one of them has spoken yet: the most salient bearer (of the title's gender, if a title
    is written) — the one the article has named most so far, else the first named in full.
    News keeps its main Cole in view and names a relative in passing."""
    words = m.written.split()
    gender = _title_gender(ctx, words[0]) if len(words) == 2 else None
    if len(words) != 1 and gender is None:
        return None
    same = ctx.registry.by_last.get(norm_name(words[-1]), [])
    fitting = [e for e in same if ctx.registry.has_given_name(e) and _fits(ctx, e, gender)]
    if len(same) < 2 or not fitting:
        return None
    counts, spoke = _named_so_far(ctx, same, m.np.start)
    best = max(fitting, key=lambda e: (counts[e], -ctx.entities[e].first_at))
    # Never a namesake named more; and once two of them have spoken, never a tie either.
    if any(counts[e] > counts[best] or (spoke > 1 and counts[e] == counts[best]) for e in same if e != best):
        return None
    steps.append(f"{m.written!r} → {ctx.entities[best].name!r}, the one of that name named most so far, else first")
    return best


def _title_gender(ctx: ArticleContext, word: str) -> str | None:
    low = word.lower()
    return "m" if low in ctx.lex.words["male"] else "f" if low in ctx.lex.words["female"] else None


def _named_so_far(ctx: ArticleContext, entities: list[int], before: int) -> tuple[dict[int, int], int]:
    """How often each of ``entities`` is referred to before ``before``, and how many of
    them have spoken."""
    counts = dict.fromkeys(entities, 0)
    spoke: set[int] = set()
    for ref in ctx.refs_between(0, before, limit=_SPOKE_REACH):
        if ref.entity in counts:
            counts[ref.entity] += 1
            if ref.speaking:
                spoke.add(ref.entity)
    return counts, len(spoke)


def _fits(ctx: ArticleContext, entity: int, gender: str | None) -> bool:
    """Whether the person may be the one a title of ``gender`` names (any, without a title)."""
    return gender is None or ctx.entities[entity].known_gender() in (None, gender)


def _switched_off(m: _Mention, sieve: str, steps: list[str], why: str) -> SpeakerDecision | None:
    if sieve not in m.disabled:
        return None
    steps.append(f"{m.written!r}: the {sieve!r} sieve is switched off")
    return _decision(m, None, steps, ("no_speaker", why))


def _they(m: _Mention, steps: list[str], quote: Quote) -> SpeakerDecision:
    off = _switched_off(m, "plural_pronoun", steps, "unresolved_pronoun")
    if off is not None:
        return off
    capped = attrs.evolve(m, confidence=min(m.confidence, cap_of("plural_pronoun")))
    antecedent = last_clause_subject(m.ctx, m.np)
    if antecedent is None or antecedent.kind == "pronoun":
        steps.append(f"{m.written!r}: no reporting clause before it to point back to")
        return _unresolved(capped, steps, "unresolved_pronoun")
    steps.append(f"{m.written!r} → {m.ctx.text[antecedent.start:antecedent.end]!r}, the subject of the last reporting clause")
    inner_mention = SpeakerMention(Span.of(m.ctx.text, antecedent.start, antecedent.end), antecedent.kind)
    inner = attrs.evolve(capped, np=antecedent, mention=inner_mention)
    steps.append(f"{m.rule}: {inner.written!r} {m.how}")
    decided = _by_kind(inner)(inner, steps, quote)
    return attrs.evolve(decided, mention=m.mention, cue=m.cue)


def _pronoun(m: _Mention, steps: list[str], quote: Quote) -> SpeakerDecision:
    off = _switched_off(m, "pronoun", steps, "unresolved_pronoun")
    if off is not None:
        return off
    entity, how = resolve_pronoun(m.ctx, m.np, m.written)
    steps.append(how)
    capped = attrs.evolve(m, confidence=min(m.confidence, cap_of("pronoun")))
    if entity is None:
        return _unresolved(capped, steps, "unresolved_pronoun")
    return _person(capped, entity, steps)


def _anonymous_role(m: _Mention, steps: list[str], quote: Quote) -> SpeakerDecision:
    """ "the official said" points back at "a senior official": still unnamed."""
    off = _switched_off(m, "anonymous_role", steps, "unresolved_role")
    if off is not None:
        return off
    earlier = earlier_anonymous(m.ctx, m.np, m.written.split()[-1].lower())
    if earlier is None and "introduced_description" not in m.disabled:
        # "Ann Cole, a banker, …" … "the banker said": the person introduced so
        entity, how = role_holder(m.ctx, m.np, m.written)
        if entity is not None:
            steps.append(how)
            return _person(attrs.evolve(m, confidence=min(m.confidence, cap_of("introduced_description"))), entity, steps)
    steps.append(f"{m.written!r} refers back to {earlier!r}" if earlier else f"{m.written!r}: an unnamed source")
    return _unnamed_source(m, steps, earlier or m.written, "anonymous_role")


def _unnamed_source(m: _Mention, steps: list[str], description: str, sieve: str) -> SpeakerDecision:
    """The unnamed source ``description`` (as first written) speaks, also known as the
    mention, capped by ``sieve``."""
    speaker = Speaker(description, "anonymous", aliases=tuple(dict.fromkeys((description, m.written))))
    return _decision(m, speaker, steps, ("anonymous_speaker",), min(m.confidence, cap_of(sieve)))


def _role(m: _Mention, steps: list[str], quote: Quote) -> SpeakerDecision:
    off = _switched_off(m, "role", steps, "unresolved_role")
    if off is not None:
        return off
    earlier = described_before(m.ctx, m.np, m.written) if "described_before" not in m.disabled else None
    if earlier is not None:
        steps.append(f"{m.written!r} refers back to {earlier!r}, an unnamed source no one was introduced as")
        return _unnamed_source(m, steps, earlier, "described_before")
    entity, how = resolve_role(m.ctx, m.np, m.written)
    steps.append(how)
    capped = attrs.evolve(m, confidence=min(m.confidence, cap_of("role")))
    if entity is None:
        told = _told_unnamed(m)
        if told is not None:
            steps.append(f"{m.written!r} refers back to {told!r}, an unnamed source a reporting clause named")
            return _unnamed_source(m, steps, told, "described_before")
        return _unresolved(capped, steps, "unresolved_role")
    return _person(capped, entity, steps)


def _told_unnamed(m: _Mention) -> str | None:
    """ "A senior aide told the Gazette that …" … "“…,” the aide said": a role word that is
    also an unnamed-source noun, which no person was introduced with, points back to the
    unnamed source with that head noun that a reporting clause of its paragraph or the two
    before named with an indefinite article and every other word of the mention."""
    lex = m.ctx.lex
    head = m.written.split()[-1].lower()
    if "described_before" in m.disabled or head not in lex.anonymous or m.written.split()[0].lower() != "the":
        return None
    earlier = earlier_anonymous(m.ctx, m.np, head)
    if earlier is None or earlier.split()[0].lower() not in lex.words["indefinite"]:
        return None
    # every word of the mention is the description's ("the aide": "a senior aide"; not
    # "the senior Ward adviser": "a Cole adviser")
    return earlier if set(m.written.lower().split()[1:]) <= set(earlier.lower().split()) else None


def _unresolved(m: _Mention, steps: list[str], why: str) -> SpeakerDecision:
    """A pronoun or role the rules could not resolve: a coreference chain, if the engine
    gave one that names a single speaker, else no speaker and the reason as a flag."""
    found = coreferent(m.ctx, m.np) if "coreference" not in m.disabled else None
    if found is None:
        return _decision(m, None, steps, ("no_speaker", why))
    steps.append(found.step)
    return _coreferent(attrs.evolve(m, rule="coreference", confidence=min(m.confidence, cap_of("coreference"))), found, steps)


def _coreferent(m: _Mention, found: Coreferent, steps: list[str]) -> SpeakerDecision:
    if found.entity is None:
        assert found.organization is not None
        return _decision(m, Speaker(found.organization, "organization", aliases=(m.written,)), steps)
    return _person(m, found.entity, steps)


def _person(m: _Mention, entity: int, steps: list[str]) -> SpeakerDecision:
    ctx = m.ctx
    ctx.add_reference(m.mention.span.start, entity, speaking=True)
    found = ctx.entities[entity]
    speaker = Speaker(
        found.name, "person", role=found.roles[0] if found.roles else None, aliases=tuple(sorted(found.spellings))
    )
    if m.mention.kind == "name" and m.written != speaker.name:
        steps.append(f"{m.written!r} is {speaker.name!r}, the fullest spelling in the article")
    return SpeakerDecision(m.mention, speaker, m.cue, m.rule, m.confidence, (), tuple(steps), entity)
