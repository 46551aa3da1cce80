"""Link each quote to who said it: the mention as written, and the canonical speaker.

Two stages, as in CoreNLP's quote attribution: first the mention (a name, a pronoun,
a role, an anonymous description, an organisation) from the reporting clause around
the quote, then the speaker that mention stands for. Each stage names the rule that
decided, so a reader can check it; where no rule is sure, the speaker stays unknown.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..context import ArticleContext
from ...lexicon import Lexicon
from ...quotes import name_line
from ...records import Document, Quote, Span, Speaker, SpeakerMention
from ..clauses import Clause, NounPhrase, Token, find_clauses, parse_np
from ..syntax import Coreferent, coreferent, governing_subject

__all__ = ["SpeakerDecision", "attribute_speakers"]


@attrs.frozen
class SpeakerDecision:
    """Who said one quote, and why."""

    mention: SpeakerMention | None
    speaker: Speaker | None
    cue: Span | None
    rule: str
    confidence: float
    flags: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    entity: int | None = None


_DASHES = frozenset({"—", "–", "-", "―"})


def attribute_speakers(
    document: Document,
    quotes: Sequence[Quote],
    *,
    lexicon: Lexicon | None = None,
    context: ArticleContext | None = None,
) -> tuple[SpeakerDecision, ...]:
    """One :class:`SpeakerDecision` per quote, in the order given.

    >>> from quoteprov.engines import build_document
    >>> from quoteprov.quotes import find_quotes
    >>> doc = build_document('Sergei Lavrov spoke. “No,” he said.')
    >>> [d.speaker.name for d in attribute_speakers(doc, find_quotes(doc).quotes)]
    ['Sergei Lavrov']
    """
    lex = lexicon or Lexicon.default()
    ctx = context or ArticleContext(document, quotes, lex)
    decisions: list[SpeakerDecision] = []
    for index in range(len(quotes)):
        decisions.append(_decide(ctx, quotes, index, decisions))
    return tuple(decisions)


def _decide(
    ctx: ArticleContext, quotes: Sequence[Quote], index: int, earlier: list[SpeakerDecision]
) -> SpeakerDecision:
    quote = quotes[index]
    steps: list[str] = []
    named = _name_line_before(ctx, quote)
    if named is not None:
        return _resolve(ctx, named[0], named[1], "name_line", 0.9, steps, quote)
    if quote.form == "block":
        found = _colon_intro(ctx, quote)
        if found is not None:
            return _resolve(ctx, found[0], found[1], "colon_introduction", 0.9, steps, quote)
        steps.append("the block has no introducing clause with a speaker")
        return _unknown(steps)
    lead, trail = _frames(ctx, quote, quotes, index)
    # 1. Right after the quote: “…,” Lavrov said / “…,” said Timothy Ash / “…” — Name
    clause = _trailing_clause(ctx, trail)
    if clause is not None:
        return _resolve(ctx, clause.np, clause.verb, f"trailing_{clause.order}", 0.95, steps, quote)
    # 2. Right before it: Lavrov said: “…” / he remarked, “…” / According to X, “…”
    clause = _leading_clause(ctx, lead)
    if clause is not None:
        return _resolve(ctx, clause.np, clause.verb, f"leading_{clause.order}", 0.9, steps, quote)
    # 3. The parse, when the engine made one (stanza): the subject of the reporting verb
    # that governs the quote, wherever the verb is ("Lavrov, who …, said: “…”").
    parsed = governing_subject(ctx, quote)
    if parsed is not None and not _is_outlet_np(ctx, parsed[0]):
        steps.append(parsed[2])
        return _resolve(ctx, parsed[0], parsed[1], "dependency_subject", 0.85, steps, quote)
    # 4. Reported speech around a partial quote: Lavrov clarified that … “signals” …
    clause = _sentence_clause(ctx, lead, trail)
    if clause is not None:
        rule = {"possessive": "possessive_speech_noun"}.get(clause.order, "reported_speech")
        return _resolve(ctx, clause.np, clause.verb, rule, 0.85, steps, quote)
    # 5. No clause of its own: a quote right after another quote of the same passage.
    inherited = _inherit(ctx, quotes, index, earlier, steps)
    if inherited is not None:
        return inherited
    steps.append("no reporting clause in the quote's sentence and no earlier quote to continue")
    return _unknown(steps)


def _unknown(steps: list[str], flags: tuple[str, ...] = ("no_speaker",)) -> SpeakerDecision:
    return SpeakerDecision(None, None, None, "none", 0.0, flags, tuple(steps))


def _frames(
    ctx: ArticleContext, quote: Quote, quotes: Sequence[Quote], index: int
) -> tuple[list[Token], list[Token]]:
    """Tokens of the quote's sentence before its first mark and after its last mark."""
    first_para = ctx.paragraph_index(quote.span.start)
    last_para = ctx.paragraph_index(quote.span.end - 1)
    lead_view = ctx.view(first_para)
    s_start, _ = ctx.sentence_bounds(quote.span.start)
    floor = max(s_start, ctx.doc.paragraphs[first_para].span.start)
    if index > 0 and quotes[index - 1].span.end > floor:
        floor = quotes[index - 1].span.end
    lead = lead_view.tokens_between(floor, quote.span.start)
    trail_view = ctx.view(last_para)
    _s, s_end = ctx.sentence_bounds(max(quote.span.start, quote.span.end - 1))
    if s_end <= quote.span.end and quote.content.text.rstrip()[-1:] in "?!":
        # “Who benefits?” Zakharova asked. — the splitter ended the sentence at the
        # question mark; the attribution is the next "sentence".
        s_end = ctx.sentence_bounds(s_end + 1)[1] if s_end + 1 < len(ctx.text) else s_end
    ceiling = min(s_end, ctx.doc.paragraphs[last_para].span.end)
    if index + 1 < len(quotes) and quotes[index + 1].span.start < ceiling:
        ceiling = quotes[index + 1].span.start
    if ceiling <= quote.span.end:
        ceiling = quote.span.end
    trail = trail_view.tokens_between(quote.span.end, ceiling)
    return lead, trail


def _trailing_clause(ctx: ArticleContext, trail: list[Token]) -> Clause | None:
    i = 0
    while i < len(trail) and trail[i].text in (",", ")"):
        i += 1
    if i < len(trail) and trail[i].text in _DASHES:
        np = parse_np(trail, i + 1, ctx.lex)
        if np is not None and np.kind in ("name", "organization", "anonymous"):
            return Clause(np, trail[i], "dash")
        return None
    rest = trail[i : i + 14]
    for clause in find_clauses(rest, ctx.lex):
        if clause.order == "according_to":
            continue
        # The clause must start the trailing text: “…,” he said — not “…,” and later he said.
        head = min(clause.np.first, rest.index(clause.verb))
        if head <= 1 and not _is_outlet_np(ctx, clause.np):
            return clause
        break
    return None


def _leading_clause(ctx: ArticleContext, lead: list[Token]) -> Clause | None:
    if not lead:
        return None
    end = len(lead)
    if lead[-1].text in (",", ":", "—", "–"):
        end -= 1
    while end > 0 and _is_adverb(lead[end - 1]) and end - 1 > 0 and ctx.lex.verb_lemma(lead[end - 2].text):
        end -= 1  # "Nurpeissov replied briefly: «…»"
    window = lead[max(0, end - 14) : end]
    if not window:
        return None
    clauses = find_clauses(window, ctx.lex)
    for clause in reversed(clauses):
        if clause.order == "according_to":
            last = clause.np.last
        else:
            last = max(clause.np.last, window.index(clause.verb))
        if last == len(window) - 1 and not _is_outlet_np(ctx, clause.np):
            return clause
        break
    return None


def _is_adverb(token: Token) -> bool:
    return token.is_word and not token.is_capital and token.lower.endswith("ly") and len(token.text) > 3


def _sentence_clause(ctx: ArticleContext, lead: list[Token], trail: list[Token]) -> Clause | None:
    clauses = [
        c for c in find_clauses(lead, ctx.lex) if not _is_outlet_np(ctx, c.np)
    ]
    from ..clauses import possessive_speech

    clauses += possessive_speech(lead, ctx.lex)
    clauses.sort(key=lambda c: c.verb.start)
    # The sentence's main clause governs a partial quote: in "Bilotserkivsky wrote on X
    # that the Netherlands had agreed to fund “…”" the speaker is Bilotserkivsky.
    main = [c for c in clauses if not _embedded(lead, c, ctx.lex)]
    if main:
        return main[0]
    if clauses:
        return clauses[-1]
    for clause in find_clauses(trail[:20], ctx.lex):
        if clause.order != "according_to" and not _is_outlet_np(ctx, clause.np):
            return clause
    return _passive_agent(ctx, lead, trail)


def _embedded(tokens: list[Token], clause: Clause, lex: Lexicon) -> bool:
    """A clause inside a relative clause ("…, who said …") is not the main one."""
    first = clause.np.first if clause.order != "verb_np" else tokens.index(clause.verb)
    return first > 0 and tokens[first - 1].lower in lex.words["subordinator"]


def _passive_agent(ctx: ArticleContext, lead: list[Token], trail: list[Token]) -> Clause | None:
    """ "dismissed as ‘wishful thinking’ by the Royal College of Surgeons": the agent speaks."""
    if len(lead) < 2 or lead[-1].lower != "as" or len(trail) < 2 or trail[0].lower != "by":
        return None
    if not any(ctx.lex.verb_lemma(t.text) or t.lower.endswith("ed") for t in lead[-3:-1]):
        return None
    np = parse_np(trail, 1, ctx.lex)
    if np is None or np.kind not in ("name", "organization", "anonymous") or _is_outlet_np(ctx, np):
        return None
    return Clause(np, lead[-2], "verb_np")


def _is_outlet_np(ctx: ArticleContext, np: NounPhrase) -> bool:
    if np.kind != "name":
        return False
    _entity, mention = ctx.mention_entity(np.start, np.end)
    if mention is not None and mention.kind == "outlet":
        return True
    entry = ctx.lex.outlet_index.get(np_text(ctx, np).lower())
    # A podcast listed under its host's name ("Joe Rogan said") is the host speaking.
    return entry is not None and not (entry.kind == "podcast" and len(np_text(ctx, np).split()) >= 2)


def np_text(ctx: ArticleContext, np: NounPhrase) -> str:
    return ctx.text[np.start : np.end]


def _name_line_before(ctx: ArticleContext, quote: Quote) -> tuple[NounPhrase, Token] | None:
    """ "Sergey Lavrov:" alone on the line before a paragraph that opens with this quote."""
    para = ctx.paragraph_index(quote.span.start)
    if para == 0 or quote.span.start != ctx.doc.paragraphs[para].span.start:
        return None
    mention = name_line(ctx.doc, para - 1)
    if mention is None:
        return None
    tokens = ctx.view(para - 1).tokens
    np = parse_np(tokens, 0, ctx.lex)
    if np is None or np.kind != "name" or tokens[np.last + 1 :][:1] != [t for t in tokens if t.text == ":"][-1:]:
        return None
    return np, tokens[-1]


def _colon_intro(ctx: ArticleContext, quote: Quote) -> tuple[NounPhrase, Token] | None:
    para = ctx.paragraph_index(quote.span.start)
    if para == 0:
        return None
    view = ctx.view(para - 1)
    tokens = view.tokens
    if not tokens or tokens[-1].text != ":":
        return None
    # The clause of the introducing sentence: "Lavrov said:", "Lavrov told TASS:",
    # "The Kremlin said in a statement:", "Timothy Ash wrote on Monday:".
    s_start = ctx.clause_start(tokens[-1].start)
    window = [t for t in tokens[max(0, len(tokens) - 25) : -1] if t.start >= s_start]
    clauses = [c for c in find_clauses(window, ctx.lex) if c.order != "according_to"]
    main = [c for c in clauses if not _embedded(window, c, ctx.lex)]
    if main:
        return main[0].np, main[0].verb
    return None


def _inherit(
    ctx: ArticleContext,
    quotes: Sequence[Quote],
    index: int,
    earlier: list[SpeakerDecision],
    steps: list[str],
) -> SpeakerDecision | None:
    if index == 0:
        return None
    quote, prev = quotes[index], quotes[index - 1]
    prev_decision = earlier[index - 1]
    para, prev_para = ctx.paragraph_index(quote.span.start), ctx.paragraph_index(prev.span.end - 1)
    if prev_decision.speaker is None:
        return None
    name = prev_decision.speaker.name
    if para == prev_para:
        why = f"no clause of its own; continues the quote at {prev.span.start} in the same paragraph, said by {name!r}"
        rule, cap = "continues_previous_quote", 0.85
    elif (
        para == prev_para + 1
        and quote.span.start == ctx.doc.paragraphs[para].span.start
        and _only_quote_in_paragraph(ctx, para)
    ):
        why = f"a quote paragraph with no attribution, right after a paragraph quoting {name!r}"
        rule, cap = "floating_after_quote", 0.7
    else:
        return None
    steps.append(why)
    return attrs.evolve(
        prev_decision, rule=rule, confidence=min(prev_decision.confidence, cap), steps=tuple(steps)
    )


def _only_quote_in_paragraph(ctx: ArticleContext, para: int) -> bool:
    """The paragraph holds quotes and punctuation only: no narration, no attribution."""
    return not any(t.is_word for t in ctx.view(para).tokens)


def _resolve(
    ctx: ArticleContext,
    np: NounPhrase,
    verb: Token,
    rule: str,
    confidence: float,
    steps: list[str],
    quote: Quote,
) -> SpeakerDecision:
    text = ctx.text
    mention = SpeakerMention(Span.of(text, np.start, np.end), np.kind)
    cue = Span.of(text, verb.start, verb.end) if verb.text not in _DASHES and verb.text != ":" else None
    written = mention.span.text
    how = f"with {verb.text!r}" if cue else ("on its own line" if verb.text == ":" else "after a dash")
    steps.append(f"{rule}: {written!r} {how}")
    flags: list[str] = []
    if np.kind == "anonymous":
        ctx.anonymous_speakers.append((written, np.start))
        speaker = Speaker(written, "anonymous", aliases=(written,))
        steps.append("an unnamed source: kept as anonymous, not as a person")
        return SpeakerDecision(mention, speaker, cue, rule, confidence, ("anonymous_speaker",), tuple(steps))
    if np.kind == "organization":
        name, how = _resolve_organization(ctx, np, written)
        if name is None:
            steps.append(how)
            return SpeakerDecision(mention, None, cue, rule, 0.0, ("no_speaker", "unresolved_organization"), tuple(steps))
        steps.append(how or f"an organisation speaks: {name!r}")
        return SpeakerDecision(mention, Speaker(name, "organization", aliases=(written,)), cue, rule, confidence, (), tuple(steps))
    entity: int | None = None
    if np.kind == "name":
        entity, found = ctx.mention_entity(np.start, np.end)
        if found is not None and found.kind in ("place", "organization"):
            name = _org_name(ctx, found.name)
            steps.append(f"{found.name!r} is a {found.kind}: it speaks as an organisation")
            return SpeakerDecision(mention, Speaker(name, "organization", aliases=(written,)), cue, rule, confidence, (), tuple(steps))
        if entity is None and found is not None:
            entity = ctx.speaking_name(found)
        if entity is None:
            steps.append(f"{written!r} is not a name quoteprov can resolve")
            return SpeakerDecision(mention, None, cue, rule, 0.0, ("no_speaker",), tuple(steps))
    elif np.kind == "pronoun" and written.lower() == "they":
        antecedent = _last_clause_subject(ctx, np)
        if antecedent is None or antecedent.kind == "pronoun":
            steps.append(f"{written!r}: no reporting clause before it to point back to")
            return _unresolved(ctx, np, mention, cue, rule, min(confidence, 0.7), steps, "unresolved_pronoun")
        steps.append(f"{written!r} → {ctx.text[antecedent.start:antecedent.end]!r}, the subject of the last reporting clause")
        inner = _resolve(ctx, antecedent, verb, rule, min(confidence, 0.7), steps, quote)
        return attrs.evolve(inner, mention=mention, cue=cue)
    elif np.kind == "pronoun":
        entity, how = _resolve_pronoun(ctx, np, written)
        steps.append(how)
        confidence = min(confidence, 0.8)
        if entity is None:
            return _unresolved(ctx, np, mention, cue, rule, confidence, steps, "unresolved_pronoun")
    elif np.kind == "role" and _anonymous_head(ctx, written):
        # "the official said" points back at "a senior official": still unnamed.
        earlier = _earlier_anonymous(ctx, np, written.split()[-1].lower())
        description = earlier or written
        steps.append(
            f"{written!r} refers back to {earlier!r}" if earlier else f"{written!r}: an unnamed source"
        )
        speaker = Speaker(description, "anonymous", aliases=tuple(dict.fromkeys((description, written))))
        return SpeakerDecision(mention, speaker, cue, rule, min(confidence, 0.8), ("anonymous_speaker",), tuple(steps))
    elif np.kind == "role":
        entity, how = _resolve_role(ctx, np, written)
        steps.append(how)
        confidence = min(confidence, 0.8)
        if entity is None:
            return _unresolved(ctx, np, mention, cue, rule, confidence, steps, "unresolved_role")
    assert entity is not None
    return _person_decision(ctx, entity, mention, cue, rule, confidence, tuple(flags), steps)


def _coreference(ctx: ArticleContext, np: NounPhrase, steps: list[str]) -> Coreferent | None:
    """Where the rules leave a pronoun or a role unresolved, a coreference chain (stanza
    engine with the coref processor) may name it; the rules' Documents have no chains."""
    found = coreferent(ctx, np)
    if found is not None:
        steps.append(found.step)
    return found


def _unresolved(
    ctx: ArticleContext, np: NounPhrase, mention: SpeakerMention, cue: Span | None, rule: str,
    confidence: float, steps: list[str], why: str,
) -> SpeakerDecision:
    """A pronoun or role the rules could not resolve: a coreference chain, if the engine
    gave one that names a single speaker, else no speaker and the reason as a flag."""
    found_chain = _coreference(ctx, np, steps)
    if found_chain is not None:
        return _coreferent_decision(ctx, found_chain, mention, cue, min(confidence, 0.75), steps)
    return SpeakerDecision(mention, None, cue, rule, 0.0, ("no_speaker", why), tuple(steps))


def _coreferent_decision(
    ctx: ArticleContext, found: Coreferent, mention: SpeakerMention, cue: Span | None, confidence: float, steps: list[str]
) -> SpeakerDecision:
    if found.entity is None:
        assert found.organization is not None
        speaker = Speaker(found.organization, "organization", aliases=(mention.span.text,))
        return SpeakerDecision(mention, speaker, cue, "coreference", confidence, (), tuple(steps))
    return _person_decision(ctx, found.entity, mention, cue, "coreference", confidence, (), steps)


def _person_decision(
    ctx: ArticleContext,
    entity: int,
    mention: SpeakerMention,
    cue: Span | None,
    rule: str,
    confidence: float,
    flags: tuple[str, ...],
    steps: list[str],
) -> SpeakerDecision:
    ctx.add_reference(mention.span.start, entity, speaking=True)
    written = mention.span.text
    found_entity = ctx.entities[entity]
    speaker = Speaker(
        found_entity.name,
        "person",
        role=found_entity.roles[0] if found_entity.roles else None,
        aliases=tuple(sorted(found_entity.spellings)),
    )
    if mention.kind == "name" and written != speaker.name:
        steps.append(f"{written!r} is {speaker.name!r}, the fullest spelling in the article")
    return SpeakerDecision(mention, speaker, cue, rule, confidence, flags, tuple(steps), entity)


def _is_possessive_ref(ctx: ArticleContext, pos: int) -> bool:
    end = ctx.mention_end(pos)
    return ctx.text[end : end + 2] in ("’s", "'s")


def _anonymous_head(ctx: ArticleContext, written: str) -> bool:
    """ "the official", "the source": an unnamed-source noun that is not also a title."""
    head = written.split()[-1].lower()
    return head in ctx.lex.anonymous and head not in ctx.lex.role_heads


def _earlier_anonymous(ctx: ArticleContext, np: NounPhrase, head: str) -> str | None:
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


def _resolve_organization(ctx: ArticleContext, np: NounPhrase, written: str) -> tuple[str | None, str]:
    """The organisation an organisation phrase names: its full name, or the body "the ministry" points back to."""
    _entity, mention = ctx.mention_entity(np.start, np.end)
    if mention is not None and mention.kind in ("organization", "outlet") and mention.span.end > np.start:
        if mention.span.end >= np.end or mention.span.start >= np.start:
            return _org_name(ctx, mention.name), ""
    words = written.split()
    head = words[-1].lower()
    if words[0].lower() in ctx.lex.words["org_determiner"] and head in ctx.lex.org_refer_nouns and len(words) <= 3:
        found = _earlier_organization(ctx, np.start, head)
        if found is None:
            return None, f"{written!r}: no earlier {head} named to point back to"
        return found, f"{written!r} → {found!r}, the {head} named before"
    return _org_name(ctx, written), ""


def _earlier_organization(ctx: ArticleContext, before: int, head: str) -> str | None:
    """The nearest organisation named before ``before`` (within four paragraphs) that fits ``head``."""
    para = ctx.paragraph_index(before)
    floor = ctx.doc.paragraphs[max(0, para - 4)].span.start
    for mention in ctx.mentions_before(before, floor):
        if mention.kind != "organization" or ctx.inside_quote(mention.span.start):
            continue
        name_words = mention.name.lower().split()
        if head in name_words or (head in ctx.lex.company_nouns and not (set(name_words) & ctx.lex.org_heads_lower - ctx.lex.words["corporate"])):
            return mention.name
    return None


def _org_name(ctx: ArticleContext, written: str) -> str:
    low = written.lower()
    for prefix in ("the ",):
        if low.startswith(prefix):
            low = low[len(prefix) :]
            written = written[len(prefix) :]
    words = written.split()
    # "NATO members" → NATO
    if len(words) > 1 and words[-1].lower() in ctx.lex.anonymous:
        written = " ".join(words[:-1])
        low = written.lower()
    return ctx.lex.organizations.get(low, written[:1].upper() + written[1:])


def _resolve_role_subjects(ctx: ArticleContext, para: int, before: int) -> None:
    """Make "the foreign minister was asked…" an antecedent for a later "she"."""
    span = ctx.doc.paragraphs[para].span
    lo = max(span.start, ctx.role_subjects_done.get(para, span.start))
    for clause in ctx.view(para).clauses_between(lo, before):
        written = ctx.text[clause.np.start : clause.np.end]
        if clause.np.kind == "role" and not _anonymous_head(ctx, written):
            entity, _how = _resolve_role(ctx, clause.np, written)
            if entity is not None:
                ctx.add_reference(clause.np.start, entity, speaking=True)
    ctx.role_subjects_done[para] = max(lo, before)


def _last_clause_subject(ctx: ArticleContext, np: NounPhrase) -> NounPhrase | None:
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


def _resolve_pronoun(ctx: ArticleContext, np: NounPhrase, written: str) -> tuple[int | None, str]:
    pronoun = written.lower()
    if pronoun not in ("he", "she"):
        return None, f"{written!r}: a plural or first-person pronoun is not resolved"
    gender = "m" if pronoun == "he" else "f"
    para = ctx.paragraph_index(np.start)
    for distance, k in enumerate(range(para, max(-1, para - 3), -1)):
        ctx.view(k)
        _resolve_role_subjects(ctx, k, np.start if k == para else ctx.doc.paragraphs[k].span.end)
        refs = [
            r
            for r in ctx.paragraph_refs(k, np.start if k == para else None)
            if ctx.entities[r.entity].gender in (None, gender)
        ]
        speaking = [r for r in refs if r.speaking]
        where = "the same paragraph" if distance == 0 else f"{distance} paragraph(s) back"
        if speaking:
            chosen = speaking[-1].entity
            ctx.entities[chosen].gender = ctx.entities[chosen].gender or gender
            return chosen, f"{written!r} → {ctx.entities[chosen].name!r}, the most recent speaker in {where}"
        persons = {r.entity for r in refs if not _is_possessive_ref(ctx, r.pos)}
        if len(persons) == 1:
            chosen = persons.pop()
            ctx.entities[chosen].gender = ctx.entities[chosen].gender or gender
            return chosen, f"{written!r} → {ctx.entities[chosen].name!r}, the only person named in {where}"
        if len(persons) > 1:
            names = sorted(ctx.entities[p].name for p in persons)
            return None, f"{written!r} is ambiguous: {names} are all named in {where}, none as a speaker"
    return None, f"{written!r}: no person named in the three paragraphs before it"


_ADJECTIVE_END = ("ian", "ese", "ish", "i")


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


def _resolve_role(ctx: ArticleContext, np: NounPhrase, written: str) -> tuple[int | None, str]:
    words = _role_words(ctx, written)[1:]  # without the determiner
    head = words[-1] if words else ""
    qualifiers = _qualifiers(ctx, written.split()[1:-1])
    para = ctx.paragraph_index(np.start)
    s_start = ctx.clause_start(np.start)
    # Someone named earlier in the same sentence is not who "the minister" is:
    # "In a letter to Prime Minister Joost Vermeulen, the minister wrote".
    same_sentence = {r.entity for r in ctx.refs_between(s_start, np.start)}
    full: list[int] = []
    by_head: list[int] = []
    for entity_id in sorted(ctx.role_index.get(head, ())):
        entity = ctx.entities[entity_id]
        if entity.id in same_sentence:
            continue
        for role in entity.roles:
            role_words = set(_role_words(ctx, role))
            role_qualifiers = _qualifiers(ctx, role.split())
            if words and all(w in role_words for w in words):
                full.append(entity.id)
                break
            # "the Dunmari minister" is not "Kestrian Foreign Minister Ilse Varga", and
            # "the Russian president" is not a president whose country the text never gave.
            clash = bool(qualifiers) and not (qualifiers & role_qualifiers)
            if head in role_words and head in ctx.lex.role_heads and not clash:
                by_head.append(entity.id)
                break
    candidates = full or by_head
    how = "introduced with that title" if full else f"introduced as a {head}"
    if len(candidates) == 1:
        chosen = candidates[0]
        return chosen, f"{written!r} → {ctx.entities[chosen].name!r}, {how}"
    if candidates:
        # Several share the title: the most recently named before this point.
        best = None
        floor = ctx.doc.paragraphs[max(0, para - 10)].span.start
        for ref in reversed(ctx.refs_between(floor, np.start, limit=4 * 64)):
            if ref.entity in candidates:
                best = ref.entity
                break
        if best is None:
            return None, f"{written!r} fits several people: {sorted(ctx.entities[c].name for c in candidates)}"
        return best, f"{written!r} → {ctx.entities[best].name!r}, the most recent of several {how}"
    # No one was introduced with that title. "the Queens Democrat added" right after
    # DeLuca's quotes is DeLuca: the most recent speaker in this paragraph or the one
    # before, if no title of theirs says otherwise.
    previous_sentence = ctx.sentence_bounds(max(ctx.doc.paragraphs[para].span.start, s_start - 1))
    for k in (para, para - 1):
        if k < 0:
            break
        ctx.view(k)
        refs = [
            r for r in ctx.paragraph_refs(k, np.start if k == para else None)
            if r.entity not in same_sentence
        ]
        speaking = [r for r in refs if r.speaking]
        persons = {r.entity for r in refs if not _is_possessive_ref(ctx, r.pos)}
        if not speaking and len(persons) == 1:
            speaking = [r for r in refs if r.entity in persons]
        if speaking:
            chosen = speaking[-1].entity
            roles = ctx.entities[chosen].roles
            their_qualifiers = {q for r in roles for q in _qualifiers(ctx, r.split())}
            same_head = any(head in _role_words(ctx, r) for r in roles)
            if qualifiers and roles and not (qualifiers & their_qualifiers) and (their_qualifiers or same_head):
                # "the Russian president" is not "Ukrainian President X", nor a "President X"
                # whose country the text never gave; someone with no title at all may be.
                return None, (
                    f"{written!r}: the most recent speaker {ctx.entities[chosen].name!r} is not "
                    f"described as {' '.join(sorted(qualifiers))}"
                )
            adjacent = k == para and previous_sentence[0] <= speaking[-1].pos < previous_sentence[1] < np.start
            if adjacent and len(persons) == 1 and _related_title(words, roles):
                # "Bhandari acknowledged the frustration. ‘…,’ the council leader conceded."
                return chosen, f"{written!r} → {ctx.entities[chosen].name!r}, the only person in the sentence before"
            if roles and head in ctx.lex.role_heads and not any(head in _role_words(ctx, r) for r in roles):
                return None, (
                    f"{written!r}: the most recent speaker {ctx.entities[chosen].name!r} "
                    f"has another title ({roles[0]!r})"
                )
            return chosen, f"{written!r} → {ctx.entities[chosen].name!r}, the most recent speaker (no one has that title)"
    return None, f"{written!r}: no person in the article was introduced with that title"
