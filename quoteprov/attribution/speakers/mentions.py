"""The mention sieves: where, around a quote, news writing names who said it.

Each sieve is a function of one :class:`Frame` (the quote, its sentence's tokens before and
after its marks, the decisions before it) that returns what it :class:`~.decision.Found`
under its rule's name, or None. ``speakers/__init__.py`` tries them in the order of
:data:`quoteprov.attribution.sieves.SIEVES`.
"""

from __future__ import annotations

import re

from collections.abc import Sequence

import attrs

from ...lexicon import Lexicon
from ...names import norm_name
from ...quotes import name_line as quotes_name_line
from ...records import Quote
from ..clauses import (
    Clause, NounPhrase, Token, find_clauses, linked_start, np_before_comma, np_ending_at, parse_np, possessive_speech,
    role_word,
)
from ..context import ArticleContext
from ..syntax import governing_subject
from .decision import Found, SpeakerDecision

__all__ = ["DASHES", "Frame", "frame", "is_outlet_np", "sole_bearer"]

#: Dashes that introduce a speaker after a quote ("“…” — Ann Cole").
DASHES = frozenset({"—", "–", "-", "―"})


@attrs.frozen
class Frame:
    """One quote and what the mention sieves read around it."""

    ctx: ArticleContext
    quotes: Sequence[Quote]
    index: int
    earlier: Sequence[SpeakerDecision]
    lead: list[Token]  # the quote's sentence before its first mark
    trail: list[Token]  # the quote's sentence after its last mark
    #: the lead's reporting clauses once found (see :meth:`lead_clauses`)
    _found_clauses: list[tuple[Clause, ...]] = attrs.field(factory=list, eq=False, repr=False)

    @property
    def quote(self) -> Quote:
        return self.quotes[self.index]

    def lead_clauses(self) -> tuple[Clause, ...]:
        """Every reporting clause of the lead (:func:`find_clauses`), found once: several
        sieves ask for them about the same quote."""
        if not self._found_clauses:
            self._found_clauses.append(tuple(find_clauses(self.lead, self.ctx.lex)))
        return self._found_clauses[0]


def frame(ctx: ArticleContext, quotes: Sequence[Quote], index: int, earlier: Sequence[SpeakerDecision]) -> Frame:
    """The :class:`Frame` of ``quotes[index]``."""
    if quotes[index].form == "block":
        return Frame(ctx, quotes, index, earlier, [], [])
    lead, trail = _frames(ctx, quotes[index], quotes, index)
    return Frame(ctx, quotes, index, earlier, lead, trail)


#: closing marks of a quote nested at the end of another ("… ‘Why?’”")
_INNER_CLOSERS = "’'\"”»›"


def _frames(
    ctx: ArticleContext, quote: Quote, quotes: Sequence[Quote], index: int
) -> tuple[list[Token], list[Token]]:
    """Tokens of the quote's sentence before its first mark and after its last mark."""
    first_para = ctx.paragraph_index(quote.span.start)
    last_para = ctx.paragraph_index(quote.span.end - 1)
    s_start, _ = ctx.sentence_bounds(quote.span.start)
    floor = max(s_start, ctx.doc.paragraphs[first_para].span.start)
    if index > 0 and quotes[index - 1].span.end > floor:
        floor = quotes[index - 1].span.end
    lead = ctx.view(first_para).tokens_between(floor, quote.span.start)
    _s, s_end = ctx.sentence_bounds(max(quote.span.start, quote.span.end - 1))
    if s_end <= quote.span.end and quote.content.text.rstrip().rstrip(_INNER_CLOSERS)[-1:] in "?!":
        # “Who benefits?” Zakharova asked. — the splitter ended the sentence at the
        # question mark (inside a nested quote's closing mark too: “He asked, ‘Why?’”
        # Cole said); the attribution is the next "sentence".
        s_end = ctx.sentence_bounds(s_end + 1)[1] if s_end + 1 < len(ctx.text) else s_end
    ceiling = min(s_end, ctx.doc.paragraphs[last_para].span.end)
    if index + 1 < len(quotes) and quotes[index + 1].span.start < ceiling:
        ceiling = quotes[index + 1].span.start
    ceiling = max(ceiling, quote.span.end)
    return lead, ctx.view(last_para).tokens_between(quote.span.end, ceiling)


def is_outlet_np(ctx: ArticleContext, np: NounPhrase) -> bool:
    """An outlet's name is never the speaker ("“…,” Reuters reported" relays, it does not speak)."""
    if np.kind != "name":
        return False
    written = ctx.text[np.start : np.end]
    if " " not in written and sole_bearer(ctx, written) is not None:
        return False  # "Bloomberg said", where the article names Ruth Bloomberg: the person
    _entity, mention = ctx.mention_entity(np.start, np.end)
    if mention is not None and mention.kind == "outlet":
        return True
    entry = ctx.lex.outlet_index.get(written.lower())
    # A podcast listed under its host's name ("Joe Rogan said") is the host speaking.
    return entry is not None and not (entry.kind == "podcast" and len(written.split()) >= 2)


def _embedded(tokens: list[Token], clause: Clause, lex: Lexicon) -> bool:
    """A clause inside a relative clause ("…, who said …") is not the main one."""
    first = _clause_start(tokens, clause)
    return first > 0 and tokens[first - 1].lower in lex.words["subordinator"]


def _clause_start(tokens: list[Token], clause: Clause) -> int:
    """The index of the clause's first token: its subject, or its verb when the verb comes first."""
    return clause.np.first if clause.order != "verb_np" else tokens.index(clause.verb)


# --- the sieves ------------------------------------------------------------------------


def name_line(f: Frame) -> Found | None:
    """ "Sergey Lavrov:" alone on the line before a paragraph that opens with this quote."""
    ctx = f.ctx
    para = _opened_paragraph(f)
    if para is None or quotes_name_line(ctx.doc, para - 1) is None:
        return None
    tokens = ctx.view(para - 1).tokens
    np = parse_np(tokens, 0, ctx.lex)
    if np is None or np.kind != "name" or tokens[np.last + 1 :][:1] != [t for t in tokens if t.text == ":"][-1:]:
        return None
    return Found("name_line", np, tokens[-1])


def colon_introduction(f: Frame) -> Found | None:
    """A block quote's speaker: the main clause of the paragraph that introduces it with a
    colon ("Lavrov said:", "Lavrov told TASS:", "The Kremlin said in a statement:")."""
    found = _introduced_by_colon(f)
    return Found("colon_introduction", found.np, found.verb) if found is not None else None


def colon_paragraph_before(f: Frame) -> Found | None:
    """A quote that opens its paragraph, after a paragraph that ends in a colon with a
    speaker's clause ("Cruz continued:", "Breitbart News responded:", "Parker Eaton, a
    retired teacher, said that given the field:"): that clause's subject speaks."""
    ctx = f.ctx
    found = _introduced_by_colon(f) if _opened_paragraph(f) is not None else None
    if found is None or _is_place(ctx, found.np):
        return None  # "One man in Manchester, …, interrupted the candidate:": a place speaks not
    return Found("colon_paragraph_before", found.np, found.verb)


def _is_place(ctx: ArticleContext, np: NounPhrase) -> bool:
    _entity, mention = ctx.mention_entity(np.start, np.end)
    return np.kind == "name" and (
        (mention is not None and mention.kind == "place") or ctx.text[np.start : np.end] in ctx.lex.places
    )


def _opened_paragraph(f: Frame) -> int | None:
    """The index of the paragraph the quote opens, when a paragraph comes before it."""
    ctx, quote = f.ctx, f.quote
    para = ctx.paragraph_index(quote.span.start)
    if para == 0 or quote.span.start != ctx.doc.paragraphs[para].span.start:
        return None
    return para


def _colon_sentence_before(f: Frame, reach: int) -> list[Token]:
    """The last sentence of the paragraph before the quote's, colon included, when it ends
    in a colon ("Lavrov said:", "Mayor Ann Cole released the following statement:"): at
    most its last ``reach`` tokens; else nothing."""
    ctx = f.ctx
    para = ctx.paragraph_index(f.quote.span.start)
    if para == 0:
        return []
    tokens = ctx.view(para - 1).tokens
    if not tokens or tokens[-1].text != ":":
        return []
    s_start = ctx.clause_start(tokens[-1].start)
    return [t for t in tokens[max(0, len(tokens) - reach) :] if t.start >= s_start]


def _introduced_by_colon(f: Frame) -> Clause | None:
    ctx = f.ctx
    window = _colon_sentence_before(f, 25)[:-1]
    if not window:
        return None
    clauses = [c for c in find_clauses(window, ctx.lex) if c.order != "according_to" and not is_outlet_np(ctx, c.np)]
    main = [c for c in clauses if not _embedded(window, c, ctx.lex)]
    return main[0] if main else None


def trailing(f: Frame) -> Found | None:
    """Right after the quote: “…,” Lavrov said / “…,” said Timothy Ash / “…” — Ann Cole."""
    ctx, trail = f.ctx, f.trail
    i = _trail_start(f)
    if i is None or _that_clause_led(f):
        return None
    if i < len(trail) and trail[i].text in DASHES:
        np = parse_np(trail, i + 1, ctx.lex)
        if np is not None and np.kind in ("name", "organization", "anonymous"):
            return Found("trailing_dash", np, trail[i])
        return None
    rest = trail[i : i + 14]
    clause = next((c for c in find_clauses(rest, ctx.lex) if c.order != "according_to"), None)
    if clause is None:
        return _trailing_appositive(ctx, trail[i : i + 40])
    return _trailing_clause(f, rest, clause)


def _trailing_clause(f: Frame, rest: list[Token], clause: Clause) -> Found | None:
    """The first clause of the trailing text, when it starts it: “…,” he said — not “…,”
    and later he said; or the one it passes the words on from (:func:`_relayed`)."""
    ctx = f.ctx
    head = min(clause.np.first, rest.index(clause.verb))
    if head == 1 and (rest[0].lower == "but" or rest[0].lower == "and" and _next_quote_in_sentence(f)):
        return None  # "“…,” but Cole said …", "“…,” and Cole said “…”": a new clause
    if head > 1:
        return None
    relayed = _relayed(ctx, rest, rest.index(clause.verb))
    if relayed is not None:
        return relayed  # "“…,” the Valley Post reported, quoting an aide": the aide's
    return None if is_outlet_np(ctx, clause.np) else Found(f"trailing_{clause.order}", clause.np, clause.verb)


def _relayed(ctx: ArticleContext, rest: list[Token], v: int) -> Found | None:
    """The one a trailing clause passes the words on from: “…,” Price said, quoting Ann
    Cole / “…,” Price quoted Cole as saying — Cole said them (trailing_quoting)."""
    k = v + 1
    if rest[v].lower == "quoted":
        np = parse_np(rest, k, ctx.lex)
        if np is None or np.last + 2 >= len(rest) or rest[np.last + 1].lower != "as" or not _speech_participle(rest[np.last + 2], ctx.lex):
            return None
        return Found("trailing_quoting", np, rest[v])
    if k < len(rest) and rest[k].text == ",":
        k += 1
    if k + 1 >= len(rest) or rest[k].lower != "quoting":
        return None
    np = parse_np(rest, k + 1, ctx.lex)
    if np is None or np.kind not in ("name", "anonymous", "organization", "role") or _owns(rest, np):
        return None  # not "quoting Cole’s statement": a tweet may quote part of it
    return Found("trailing_quoting", np, rest[k])


def _that_clause_led(f: Frame) -> bool:
    """ "Even as Cole claimed that “…,” one of the judges said …": the quote is what the
    lead's own clause reports, through "that" right before it; a clause after it starts
    the sentence's next one, never its attribution."""
    lead = f.lead
    return bool(lead) and lead[-1].lower == "that" and any(c.order != "according_to" for c in f.lead_clauses())


def _trail_start(f: Frame) -> int | None:
    """Where the trail's words start (past commas and brackets), or None when a question
    led by its own clause ends the sentence (:func:`_question_led`) or the words open a
    subordinate clause, which has a subject of its own ("“…,” before Cole said …")."""
    if _question_led(f):
        return None
    i = 0
    while i < len(f.trail) and f.trail[i].text in (",", ")"):
        i += 1
    if i < len(f.trail) and f.trail[i].lower in f.ctx.lex.words["subordinator"]:
        return None
    return i


def _question_led(f: Frame) -> bool:
    """ "Cole responds to Price with, “Why now?” Price then writes back, “…”": a question
    that ends its sentence, after a reporting clause of its own; what follows is the next
    sentence's, never this quote's attribution."""
    quote, lead = f.quote, f.lead
    if not lead or lead[-1].text not in (",", ":") or quote.content.text.rstrip()[-1:] not in ("?", "!"):
        return False
    if f.ctx.sentence_bounds(quote.span.start)[1] > quote.span.end:
        return False
    return bool(f.lead_clauses())


def _next_quote_in_sentence(f: Frame) -> bool:
    """Whether another quote follows this one in its sentence."""
    nxt = f.index + 1
    return nxt < len(f.quotes) and f.quotes[nxt].span.start < f.ctx.sentence_bounds(f.quote.span.start)[1]


def _trailing_appositive(ctx: ArticleContext, rest: list[Token]) -> Found | None:
    """A description too long for the usual reach between the speaker and the verb:
    “…,” Ann Cole, who ran the county's food bank for two decades before retiring to the
    coast last year, said. The speaker opens the trailing text and a comma closes the
    description right before the verb."""
    np = parse_np(rest, 0, ctx.lex)
    if np is None or np.last + 1 >= len(rest) or rest[np.last + 1].text != ",":
        return None
    for clause in find_clauses(rest, ctx.lex):
        if clause.order == "np_verb" and clause.np.first == 0 and not is_outlet_np(ctx, clause.np):
            return Found("trailing_appositive", clause.np, clause.verb)
    return None


def trailing_after_full_stop(f: Frame) -> Found | None:
    """A quote closed by a full stop (or an ellipsis) and then a sentence that is only a
    reporting clause: “We need more time.” Cole said. / “…” Cole added in an email. The
    stop inside the marks ends the sentence for the splitter, yet the short clause after it
    attributes the quote, as it would after a comma. Not when the sentence goes on to report
    something ("Cole said the board would meet") or holds another quote."""
    ctx, quote = f.ctx, f.quote
    if f.trail or quote.content.text.rstrip()[-1:] not in (".", "…"):
        return None
    sentence = _next_short_sentence(f)
    if sentence is None:
        return None
    clauses = [c for c in find_clauses(sentence, ctx.lex) if c.order in ("np_verb", "verb_np")]
    if len(clauses) != 1 or clauses[0].np.kind not in ("name", "pronoun", "role") or is_outlet_np(ctx, clauses[0].np):
        return None
    clause = clauses[0]
    if ctx.lex.verb_lemma(clause.verb.text) in ctx.lex.words["narrating_verb"]:
        return None  # "“…” Price laughed.": a sound, in a sentence of its own
    verb = sentence.index(clause.verb)
    if min(clause.np.first, verb) != 0 or not _only_a_reporting_clause(ctx, sentence, max(clause.np.last, verb) + 1):
        return None
    return Found("trailing_after_full_stop", clause.np, clause.verb)


def _next_short_sentence(f: Frame) -> list[Token] | None:
    """The tokens of the sentence right after the quote, in its paragraph and before the
    next quote, if it ends within eight tokens."""
    ctx, quote = f.ctx, f.quote
    para = ctx.paragraph_index(quote.span.end - 1)
    end = ctx.doc.paragraphs[para].span.end
    if f.index + 1 < len(f.quotes):
        end = min(end, f.quotes[f.index + 1].span.start)
    tokens = ctx.view(para).tokens_between(quote.span.end, end)
    stop = next((k for k, t in enumerate(tokens) if t.text == "." and not _abbreviation_at(ctx, tokens, k)), None)
    return tokens[:stop] if stop is not None and stop <= 8 else None


def _only_a_reporting_clause(ctx: ArticleContext, sentence: list[Token], after: int) -> bool:
    """Whether the words after the clause (from ``after``) report nothing more: none, or a
    comma or a preposition first, and no subordinator anywhere."""
    rest = sentence[after:]
    if rest and rest[0].text != "," and rest[0].lower not in ctx.lex.words["clause_tail"]:
        return False  # "Cole said the board would meet": the sentence reports something else
    return not any(t.lower in ctx.lex.words["subordinator"] for t in sentence)


def _abbreviation_at(ctx: ArticleContext, tokens: list[Token], k: int) -> bool:
    """Whether the dot at ``k`` closes a listed abbreviation ("Sen.", "Jr.")."""
    return k > 0 and tokens[k - 1].end == tokens[k].start and tokens[k - 1].text + "." in ctx.lex.abbreviations


def surname_word(f: Frame) -> Found | None:
    """A surname that is also a word or a nationality right after the quote: “…,” English
    said / “…,” said Read. The lexicon reads "English", "Will" or "Read" alone as no name;
    here it is one, because the article has named exactly one person in full with it as
    the surname (Dora English) and it stands in a reporting verb's subject slot."""
    ctx, trail = f.ctx, f.trail
    i = 0
    while i < len(trail) and trail[i].text == ",":
        i += 1
    rest = trail[i : i + 3]
    if len(rest) < 2:
        return None
    verbs = ctx.lex.verb_forms
    if rest[1].lower in verbs and not rest[1].is_capital:
        word, verb = 0, 1  # “…,” English said
    elif rest[0].lower in verbs and (len(rest) == 2 or rest[2].text in (",", ".")):
        word, verb = 1, 0  # “…,” said English.
    else:
        return None
    tok = rest[word]
    lex = ctx.lex
    if not tok.is_capital or not (tok.text in lex.not_names or tok.text in lex.nationalities
                                  or tok.lower in lex.words["between"]):
        return None  # "Will" is also a word that may stand between a speaker and the verb
    if sole_bearer(ctx, tok.text) is None:
        return None
    return Found("surname_word", NounPhrase("name", i + word, i + word, tok.start, tok.end), rest[verb])


def sole_bearer(ctx: ArticleContext, surname: str) -> int | None:
    """The one person the article names in full (a given name and ``surname``), if only one."""
    bearers = [e for e in ctx.registry.by_last.get(norm_name(surname), []) if ctx.registry.has_given_name(e)]
    return bearers[0] if len(bearers) == 1 else None


def trailing_manner_verb(f: Frame) -> Found | None:
    """A quote that its sentence goes on from (it ends in a comma, "?" or "!") followed by a
    person and a verb the lexicon does not list, or a phrasal one, closing the clause:
    “…,” Cole shot back / “…?” Cole pressed. / “…,” she went on, “…” — in news that slot
    names the speaker, whatever the verb says about the manner."""
    ctx, trail = f.ctx, f.trail
    if f.quote.content.text.rstrip()[-1:] not in (",", "?", "!") or not trail or _question_led(f) or _that_clause_led(f):
        return None
    np = parse_np(trail, 0, ctx.lex)
    if np is None or np.kind not in ("name", "pronoun") or is_outlet_np(ctx, np):
        return None
    if np.kind == "name" and not _known_person(ctx, np):
        return None
    verb = np.last + 1
    end = _manner_verb_end(trail, verb, ctx.lex)
    if end is None:
        return None
    closing = end >= len(trail) or trail[end].text in (".", ",", "“", '"', "''") or _is_adverb(trail[end])
    closing = closing or trail[end].lower in ctx.lex.words["speech_adjunct"]
    return Found("trailing_manner_verb", np, trail[verb]) if closing else None


def trailing_manner_verb_first(f: Frame) -> Found | None:
    """The inverted form of :func:`trailing_manner_verb`: a quote its sentence goes on from,
    then a past-tense verb the lexicon does not list and a known person closing the clause:
    “…!” beamed Ann Cole. / “…,” recalled Dan Price, a former aide. News inverts only a verb
    of saying, so the person there is the speaker."""
    ctx, trail = f.ctx, f.trail
    if f.quote.content.text.rstrip()[-1:] not in (",", "?", "!") or len(trail) < 2 or _question_led(f) or _that_clause_led(f):
        return None
    verb = trail[0]
    if not verb.is_word or verb.is_capital or not verb.lower.endswith("ed") or verb.lower in ctx.lex.verb_forms:
        return None
    np = _person_before_of(ctx, trail, 1)
    if np is None:
        return None
    after = trail[np.last + 1 : np.last + 2]
    if after and after[0].text not in (",", ".") and after[0].lower != "of":
        return None  # "…,” pointed Cole toward the door": the verb has more to it
    return Found("trailing_manner_verb_first", np, verb)


def _person_before_of(ctx: ArticleContext, tokens: list[Token], i: int) -> NounPhrase | None:
    """The known person whose name starts at ``i``; "Ann Cole of Riverton" gives Ann Cole."""
    np = parse_np(tokens, i, ctx.lex)
    of = next((k for k in range(i + 1, np.last + 1) if tokens[k].lower == "of"), None) if np is not None else None
    if of is not None:
        np = parse_np(tokens[:of], i, ctx.lex)
    if np is None or np.kind != "name" or is_outlet_np(ctx, np) or not _known_person(ctx, np):
        return None
    return np


def leading_manner_verb(f: Frame) -> Found | None:
    """Right before the quote, a person opening the clause and a verb the lexicon does not
    list (-ed/-s form) or a phrasal one, then a comma or colon: Cole shot back, “…” / After
    the vote, Cole pushed back quickly: “…” / Cole bristled: “…”."""
    ctx, lead = f.ctx, f.lead
    if len(lead) < 3 or lead[-1].text not in (",", ":"):
        return None
    end = len(lead) - 1
    if _is_adverb(lead[end - 1]):
        end -= 1  # "pushed back quickly:"
    for verb in (end - 2, end - 1):
        if verb >= 1 and _manner_verb_end(lead, verb, ctx.lex) == end:
            np = _subject_ending_at(ctx, lead, verb - 1)
            return Found("leading_manner_verb", np, lead[verb]) if np is not None else None
    return None


def _subject_ending_at(ctx: ArticleContext, lead: list[Token], last: int) -> NounPhrase | None:
    """A known person or a pronoun that ends at ``last`` and opens its clause (the lead's
    start or a comma before it)."""
    for first in range(last, max(-1, last - 6), -1):
        np = parse_np(lead, first, ctx.lex)
        if np is None or np.last != last or np.kind not in ("name", "pronoun") or is_outlet_np(ctx, np):
            continue
        if first > 0 and lead[first - 1].text != ",":
            continue
        if np.kind == "pronoun" or _known_person(ctx, np):
            return np
    return None


def _manner_verb_end(trail: list[Token], verb: int, lex: Lexicon) -> int | None:
    """Where the verb at ``verb`` (and its particle) ends: a lower-case word ending in -ed or
    -s ("barked", "presses"), or any word before a speech particle ("shot back")."""
    if verb >= len(trail) or not trail[verb].is_word or trail[verb].is_capital or not trail[verb].text.isalpha():
        return None
    low = trail[verb].lower
    if verb + 1 < len(trail) and trail[verb + 1].lower in lex.words["speech_particle"]:
        return verb + 2
    return verb + 1 if len(low) > 3 and low.endswith(("ed", "s")) else None


def _is_adverb(token: Token) -> bool:
    return token.is_word and not token.is_capital and token.lower.endswith("ly") and len(token.text) > 3


def leading(f: Frame) -> Found | None:
    """Right before the quote: Lavrov said: “…” / he remarked, “…” / According to X, “…”."""
    ctx, lead = f.ctx, f.lead
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
    if not clauses:
        return None
    clause = clauses[-1]
    last = clause.np.last if clause.order == "according_to" else max(clause.np.last, window.index(clause.verb))
    if last == len(window) - 1 and not is_outlet_np(ctx, clause.np):
        return Found(f"leading_{clause.order}", clause.np, clause.verb)
    return None


def name_colon(f: Frame) -> Found | None:
    """A name and a colon, then the quote, opening a paragraph, right after another quote
    or after a dash — the headline and round-up convention: Ann Cole: “…” / “…” Bob Roe:
    “…” / Polls missed it - Ann Cole: “…” / Ann Cole on the budget: “…”."""
    ctx, lead = f.ctx, f.lead
    name = _before_colon(f)
    if name is None:
        return None
    np = parse_np(name, 0, ctx.lex)
    if np is None or np.kind != "name" or np.last != len(name) - 1 or is_outlet_np(ctx, np):
        return None
    if not _known_person(ctx, np):
        return None  # a headline that only starts with a name ("Cole Addresses the Board:")
    return Found("name_colon", np, lead[-1])


def _before_colon(f: Frame) -> list[Token] | None:
    """The words between the start (of the paragraph, after the quote before, or after a
    dash) and the colon that ends the lead; "Cole on the budget:" gives "Cole"."""
    lead = f.lead
    if len(lead) < 2 or lead[-1].text != ":":
        return None
    dashes = [k for k, t in enumerate(lead) if t.text in DASHES]
    segment = lead[dashes[-1] + 1 : -1] if dashes else lead[:-1]
    if not segment or (not dashes and not _opens_after_quote_or_paragraph(f, segment[0])):
        return None
    on = next((k for k, t in enumerate(segment) if k > 0 and t.lower == "on"), None)
    return segment[:on] if on is not None and not dashes else segment


def _known_person(ctx: ArticleContext, np: NounPhrase) -> bool:
    """The phrase is exactly one name mention, or a titled name that ends in one ("Mayoral
    candidate Ana Moreno"): a person, or a name the article knows."""
    entity, mention = ctx.mention_entity(np.start, np.end)
    if mention is None or mention.span.end != np.end:
        return False
    if mention.span.start != np.start and not _titled_phrase(ctx, np, mention.span.start):
        return False
    return mention.kind == "person" or (mention.kind == "unknown" and entity is not None)


def _surname_in_use(ctx: ArticleContext, lead: list[Token], np: NounPhrase) -> bool:
    """A lone capitalised word the article never introduces in full but also writes with a
    capital inside a sentence ("… a rally for Sanders …"): news names the best-known
    people by surname alone, and a word that keeps its capital mid-sentence is a name,
    not a sentence's first word ("Hours", "Speaking")."""
    if np.first != np.last:
        return False
    word = lead[np.first].text
    lex = ctx.lex
    if word in lex.not_names or word in lex.places or word in lex.nationalities or word.lower() in lex.organizations:
        return False
    _, mention = ctx.mention_entity(np.start, np.end)
    if mention is None or mention.kind != "unknown" or (mention.span.start, mention.span.end) != (np.start, np.end):
        return False
    inside = re.compile(rf"[a-z,] {re.escape(word)}\b")
    return any(m.start() + 2 != np.start for m in inside.finditer(ctx.text))


def _titled_phrase(ctx: ArticleContext, np: NounPhrase, name_start: int) -> bool:
    """The words of ``np`` before the name are its title: the last of them a lower-case
    role or description ("Mayoral candidate", "county engineer")."""
    before = ctx.text[np.start : name_start].split()
    if not before:
        return False
    last = before[-1]
    lex = ctx.lex
    return last.islower() and (last in lex.role_heads or last in lex.descriptions)


def _opens_after_quote_or_paragraph(f: Frame, first: Token) -> bool:
    """Nothing but white space between ``first`` and the start of its paragraph or the end
    of the quote before it."""
    ctx = f.ctx
    para_start = ctx.doc.paragraphs[ctx.paragraph_index(f.quote.span.start)].span.start
    floor = para_start
    if f.index > 0 and f.quotes[f.index - 1].span.end > para_start:
        floor = f.quotes[f.index - 1].span.end
    return ctx.text[floor : first.start].strip() == ""


def colon_clause(f: Frame) -> Found | None:
    """A clause that ends in a colon a few words after its verb introduces the quote that
    follows in the same paragraph: Roe later told Fox News: “…” (the leading sieve wants the
    verb right before the quote)."""
    ctx, lead = f.ctx, f.lead
    if len(lead) < 3 or lead[-1].text != ":":
        return None
    window = lead[max(0, len(lead) - 20) : -1]
    clauses = [c for c in find_clauses(window, ctx.lex) if c.order in ("np_verb", "verb_np")]
    main = [c for c in clauses if not _embedded(window, c, ctx.lex) and not is_outlet_np(ctx, c.np)]
    if len(main) != 1 or main[0].np.kind not in ("name", "pronoun", "role"):
        return None
    clause = main[0]
    after = window[max(clause.np.last, window.index(clause.verb)) + 1 :]
    if len(after) > 6 or any(t.text in (",", ";") or (t.is_word and ctx.lex.verb_lemma(t.text)) for t in after):
        return None
    return Found("colon_clause", clause.np, clause.verb)


def colon_subject(f: Frame) -> Found | None:
    """A sentence about a person that ends in a colon introduces what that person says:
    Ann Cole gave the idea a try on Tuesday: “…” / Mayor Ann Cole was blunt: “…”.
    Precision first: the person opens the sentence (after a short opening phrase) and is
    the only name in it, no verb of quoting someone else's words comes between ("Cole read
    the letter:", "Cole cited the law:"), and the sentence is short."""
    ctx = f.ctx
    lead = f.lead or _colon_paragraph_lead(f)
    if len(lead) < 4 or lead[-1].text != ":" or len(lead) > _COLON_SUBJECT_TOKENS:
        return None
    np = _opening_subject(ctx, lead, len(lead) - 1)
    if np is None or np.kind != "name":
        return None
    rest = lead[np.last + 1 : -1]
    words = ctx.lex.words
    if any(t.is_capital and t.is_word and not (t.lower in words["pronoun"] or t.text in words["weekday"]
                                                or t.text in words["month"]) for t in rest):
        return None  # another name, an outlet or a document's title in the sentence
    if any(t.lower in ctx.lex.words["quoting_verb"] for t in rest):
        return None
    return Found("colon_subject", np, lead[-1])


def _colon_paragraph_lead(f: Frame) -> list[Token]:
    """For a quote that opens its paragraph: the sentence before it, when that ends in a colon."""
    return _colon_sentence_before(f, _COLON_SUBJECT_TOKENS + 1) if _opened_paragraph(f) is not None else []


#: a sentence longer than this (in tokens) before its colon is no introduction of one speaker
_COLON_SUBJECT_TOKENS = 24


def as_clause(f: Frame) -> Found | None:
    """An "as" clause before the quote names who is quoted: As the Riverton Gazette's Ann
    Cole puts it, “…” / As Ann Cole, a law professor, put it, “…” / As Cole pointed out in
    May, “…”. The clause runs from "as" (opening the sentence or after a comma) to the comma
    before the quote; its subject is a person's name, with an outlet or employer before it
    in the possessive, a role before it, or an appositive after it."""
    ctx = f.ctx
    tokens = _sentence_lead(f)
    if len(tokens) < 4 or tokens[-1].text != ",":
        return None
    opener = max((k for k, t in enumerate(tokens) if t.lower == "as" and (k == 0 or tokens[k - 1].text == ",")),
                 default=None)
    verb = _as_clause_verb(tokens, ctx.lex)
    if opener is None or verb is None or verb <= opener + 1:
        return None
    np = _as_clause_subject(ctx, tokens[opener + 1 : verb])
    if np is None:
        return None
    return Found("as_clause", np, tokens[verb])


def _sentence_lead(f: Frame) -> list[Token]:
    """The quote's sentence before its first mark, in its paragraph (unlike ``f.lead``, not
    cut at a quoted title earlier in the sentence)."""
    ctx, quote = f.ctx, f.quote
    para = ctx.paragraph_index(quote.span.start)
    s_start, _ = ctx.sentence_bounds(quote.span.start)
    floor = max(s_start, ctx.doc.paragraphs[para].span.start)
    return ctx.view(para).tokens_between(floor, quote.span.start)


def _as_clause_verb(tokens: list[Token], lex: Lexicon) -> int | None:
    """The index of the verb that ends an "as" clause before its closing comma: "put it",
    "puts it", or a reporting verb, with its particle ("pointed out") and a short time
    phrase ("in May", "last week") after it."""
    end = len(tokens) - 1  # the comma
    if end >= 2 and tokens[end - 1].lower == "it" and tokens[end - 2].lower in ("put", "puts"):
        return end - 2
    for k in range(end - 1, max(0, end - 6), -1):
        if not tokens[k].is_word:
            return None
        if _as_verb(tokens, k, end, lex):
            return k if _time_tail(tokens[k + 1 : end], lex) else None
    return None


def _as_verb(tokens: list[Token], k: int, end: int, lex: Lexicon) -> bool:
    """A lower-case reporting verb (not an -ing form) at ``k``, or "pointed out"."""
    t = tokens[k]
    pointed_out = t.lower in ("points", "pointed") and k + 1 < end and tokens[k + 1].lower == "out"
    return (t.lower in lex.verb_forms or pointed_out) and not t.lower.endswith("ing") and not t.is_capital


def _time_tail(after: list[Token], lex: Lexicon) -> bool:
    """Nothing, a particle, or a particle and a short time phrase after the verb."""
    if after and after[0].lower in lex.words["speech_particle"]:
        after = after[1:]
    return not after or (after[0].lower in lex.words["clause_tail"] and len(after) <= 3)


def _as_clause_subject(ctx: ArticleContext, words: list[Token]) -> NounPhrase | None:
    """The person an "as" clause's subject names: "Ann Cole", "the Gazette's Ann Cole",
    "prosecutor Ann Cole", "Ann Cole, a law professor,"."""
    lex = ctx.lex
    start = _after_possessive(words)
    np = parse_np(words, start, lex, false_title=True)
    if np is None or np.kind != "name" or is_outlet_np(ctx, np) or _is_place(ctx, np):
        return None
    if not _ends_subject(words[np.last + 1 :]):
        return None  # the name must end the subject, or an appositive between commas follow it
    return np if start or _known_person(ctx, np) else None


def _after_possessive(words: list[Token]) -> int:
    """The index after a capitalised possessor ("the Gazette's", "Harbor Weekly’"), else 0."""
    for k in range(1, len(words) - 1):
        if words[k].text in ("’s", "'s", "’", "'") and words[k - 1].is_capital:
            return k + 1
    return 0


def _ends_subject(rest: list[Token]) -> bool:
    """Nothing after the name, or an appositive closed by a comma (or by a quoted title)."""
    if not rest:
        return True
    closed = rest[-1].text == "," or rest[-1].text.startswith("\x00")  # ", … “A Title,”"
    return len(rest) >= 3 and rest[0].text == "," and closed


def participle_speech(f: Frame) -> Found | None:
    """A participle of speech closes the lead, after a comma, with the sentence's subject
    named at its start: Ann Cole was pleased, telling reporters, “…” / Cole smiled,
    saying: “…” — the subject of the main clause speaks."""
    ctx, lead = f.ctx, f.lead
    ing = _closing_participle(f)
    if ing is None:
        return None
    inverted = _clause_before_participle(ctx, lead, ing)
    if inverted is not None:
        return Found("participle_speech", inverted.np, lead[ing])
    np = _opening_subject(ctx, lead, ing) or _opening_description(ctx, lead, ing)
    if np is None or _reports_a_clause(lead, np.last + 1, ing, ctx.lex):
        return None
    return Found("participle_speech", np, lead[ing])


def participle_reported(f: Frame) -> Found | None:
    """A partial quote in the clause a participle or an infinitive of speech opens, with the
    sentence's subject named at its start: Ann Cole closed the meeting, telling the Gazette
    that the plan was a “fraud” / Cole then went on to argue it was “over” — the subject
    speaks. Only when no other reporting clause stands in the lead (those are
    reported_speech's), and, for the infinitive, under infinitive_speech's conditions (not
    "asked Price to say", not "declined to say")."""
    ctx, lead = f.ctx, f.lead
    lex = ctx.lex
    if f.lead_clauses():
        return None
    verb = next((k for k in range(len(lead) - 1, 1, -1) if _opened_participle(lead, k, lex)), None)
    if verb is not None:
        np = _opening_subject(ctx, lead, verb)
        if np is None or _owns(lead, np) or _reports_a_clause(lead, np.last + 1, verb, lex):
            return None
        return Found("participle_reported", np, lead[verb])
    to = next((k for k in range(len(lead) - 2, 1, -1) if lead[k].lower == "to" and _base_speech_verb(lead[k + 1], lex)), None)
    if to is None:
        return None
    np = _opening_subject(ctx, lead, to)
    if np is None or _owns(lead, np) or not _free_to_say(ctx, lead[np.last + 1 : to]):
        return None
    return Found("participle_reported", np, lead[to + 1])


def relative_speech(f: Frame) -> Found | None:
    """A quote in a relative clause of speech: "The plan drew fire from Ann Cole, who said it
    was “a disaster”" — the one the "who" follows speaks. Only the lead's last "who", right
    after a comma and a person or an unnamed source, whose clause opens with a verb of speech
    (after at most two adverbs or auxiliaries: "who has since said") and names no other
    speaker before the quote ("who said Price called it “x”": Price's), with the clause still
    open at the quote (no comma closes it first)."""
    ctx, lead = f.ctx, f.lead
    lex = ctx.lex
    found = _relative_verb(lead, lex)
    if found is None:
        return None
    k, verb = found
    np = np_before_comma(lead, k - 1, lex)
    after = lead[verb + 1 :]
    if any(t.text == "," for t in after[:-1]):
        return None  # "Cole, who had addressed a union hall, told them …": the clause closed before the quote
    if np is None or np.kind == "organization" or _owns(lead, np) or find_clauses(after, lex):
        return None
    return Found("relative_speech", np, lead[verb])


def _relative_verb(lead: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """(the lead's last "who", its verb of speech) when a comma comes before the "who" and
    the verb follows it after at most two lower-case words."""
    k = next((i for i in range(len(lead) - 2, 1, -1) if lead[i].lower == "who"), None)
    if k is None or lead[k - 1].text != ",":
        return None
    verb = next((j for j in range(k + 1, min(k + 4, len(lead))) if lex.verb_lemma(lead[j].text) is not None), None)
    if verb is None or any(not t.is_word or t.is_capital for t in lead[k + 1 : verb]):
        return None
    return k, verb


def _owns(lead: list[Token], np: NounPhrase) -> bool:
    """ "Ann Cole's lawyer asked …": a possessive, so the subject is what the name owns."""
    return np.last + 1 < len(lead) and lead[np.last + 1].lower in ("’s", "'s", "’", "'")


def _base_speech_verb(t: Token, lex: Lexicon) -> bool:
    """The base form of a reporting verb ("say", "add")."""
    return t.is_word and lex.verb_lemma(t.text) == t.lower


def _free_to_say(ctx: ArticleContext, between: list[Token]) -> bool:
    """Nothing between the subject and "to say" hands the words to someone else or
    withholds them: no name or object pronoun (asked Price to say), no negation, no
    "declined" (a platform after "took to" is where, not who)."""
    lex = ctx.lex
    platforms = lex.phrases["platform"]
    return not any(
        (t.is_capital and not _platform_taken_to(between, k, platforms)) or t.lower in lex.words["object_pronoun"]
        or t.lower in lex.words["negation"] or t.lower.endswith("n't") or t.lower in lex.words["declining"]
        for k, t in enumerate(between))


def _clause_before_participle(ctx: ArticleContext, lead: list[Token], ing: int) -> Clause | None:
    """A reporting clause that ends right before the participle's comma ("Ward and Cole will
    meet next week, Price said, adding, “…”", "…, said Price, adding"): the participle is
    that clause's speaker's, not the sentence's opening subject's (who is what was said)."""
    comma = ing - 1  # the comma, or the preposition ("…, Price said before adding")
    if comma < 2 or not (lead[comma].text == "," or lead[comma].lower in ctx.lex.words["participle_preposition"]):
        return None
    found = [c for c in find_clauses(lead[max(0, comma - 8) : comma], ctx.lex) if c.order in ("np_verb", "verb_np")]
    if not found:
        return None
    last = found[-1]
    end = max(last.verb.end, last.np.end)
    if end != lead[comma - 1].end or is_outlet_np(ctx, last.np):
        return None
    return last


def _opening_description(ctx: ArticleContext, lead: list[Token], verb: int) -> NounPhrase | None:
    """An unnamed source that opens the lead's sentence and is the subject of its verbs up to
    ``verb`` ("A spokeswoman for the panel wrote to reporters, arguing"): kept unnamed. Not a
    role ("The senator drew boos by saying"): when no one was introduced with the title, the
    role resolver falls back on the latest speaker, too weak a guess this far from a verb."""
    np = parse_np(lead, _linked(lead, ctx.lex), ctx.lex)
    return np if np is not None and np.kind == "anonymous" and _subject_of(lead, np, verb) else None


def asked_a_question(f: Frame, found: Found) -> str | None:
    """The mention found (returned as written) is who was asked, in the passive, and the
    quote is a question ("Cole was asked, “Will you run?”", "… was asked by host Dan Price,
    “…?”"): the words are the asker's, so the one asked is not their speaker and the quote
    is left with none; else None."""
    verb, np, ctx = found.verb, found.np, f.ctx
    if verb is None or np is None or verb.lower not in ctx.lex.words["passive_speech"]:
        return None
    if not ctx.text[f.quote.content.start : f.quote.content.end].rstrip(" ”\"’'").endswith("?"):
        return None
    between = [w for w in ctx.text[np.end : verb.start].split() if not w.lower().endswith("ly")]
    if not any(w.lower() in ctx.lex.words["passive_be"] for w in between[-2:]) or "," in "".join(between[-2:]):
        return None  # "was asked", "was then asked"; not "Price, who was behind the camera, asked"
    return ctx.text[np.start : np.end]


def blamed_for_words(f: Frame) -> Found | None:
    """The lead ends on "for" or "of" and a participle of speech after a person named as the
    object of the main verb: Ann Cole attacked Dan Price for saying, “…” / Cole accused Price
    of writing that “…” — the words are the one attacked's, not the attacker's."""
    at = _for_saying(f.lead, f.ctx.lex)
    if at is None or at < 2 or not f.lead[at - 1].is_capital:
        return None
    start = at - 1
    while start > 0 and f.lead[start - 1].is_capital and start > at - 4:
        start -= 1
    np = parse_np(f.lead, start, f.ctx.lex)
    if np is None or np.kind != "name" or np.last != at - 1 or not _known_person(f.ctx, np):
        return None
    verb = next(t for t in f.lead[at + 1:] if _speech_participle(t, f.ctx.lex))
    return Found("blamed_for_words", np, verb)


def _for_saying(lead: list[Token], lex: Lexicon) -> int | None:
    """Where "for" or "of" stands before a participle of speech that ends the lead ("… for
    saying,", "… of publicly writing that"; word class blame_preposition), else None."""
    k = len(lead) - 1
    while k >= 0 and (lead[k].text in (",", ":") or lead[k].lower == "that"):
        k -= 1
    if k < 2 or not _speech_participle(lead[k], lex):
        return None
    k -= 1
    if lead[k].lower.endswith("ly"):
        k -= 1  # "for publicly saying"
    return k if lead[k].lower in lex.words["blame_preposition"] else None


def issued_statement(f: Frame) -> Found | None:
    """The lead ends on a noun of speech and a comma or colon, with the sentence's subject
    named at its start: Ann Cole issued a statement, “…” / Cole posted a message: “…” —
    the words that follow are that statement's, and the subject gave it."""
    ctx, lead = f.ctx, f.lead
    if len(lead) < 4 or lead[-1].text not in (",", ":") or lead[-2].lower not in ctx.lex.possessive_speech_nouns:
        return None
    noun = len(lead) - 2
    if lead[noun - 1].lower not in ctx.lex.words["determiner"]:
        return None  # "a statement,", "her statement:"; not "Price's statement," nor "in response,"
    np = _opening_subject(ctx, lead, noun)
    if np is None or _reports_a_clause(lead, np.last + 1, noun, ctx.lex):
        return None
    return Found("issued_statement", np, lead[noun])


def infinitive_speech(f: Frame) -> Found | None:
    """The lead ends on "to" and a verb of speech, the sentence's subject first: Ann Cole
    was prompted to say, “…” / Cole went on to add: “…” / Cole took to Instagram to add, “…”
    — the subject says it. Not when
    someone else is asked to ("asked Price to say", "asked her to say") or the words were
    not given ("declined to say", "would not say")."""
    ctx, lead = f.ctx, f.lead
    lex = ctx.lex
    if len(lead) < 5 or lead[-1].text not in (",", ":") or lead[-3].lower != "to":
        return None
    verb = lead[-2]
    if not _base_speech_verb(verb, lex):
        return None  # the verb's base form: "to say", "to add"
    np = _opening_subject(ctx, lead, len(lead) - 3)
    if np is None:
        return None
    if not _free_to_say(ctx, lead[np.last + 1 : len(lead) - 3]):
        return None
    return Found("infinitive_speech", np, verb)


def _platform_taken_to(between: list[Token], k: int, platforms: tuple[str, ...]) -> bool:
    """ "Cole took to Instagram to add": a platform after "to" is where, not who is asked."""
    return k > 0 and between[k - 1].lower == "to" and between[k].text in platforms


def _reports_a_clause(lead: list[Token], verb: int, ing: int, lex: Lexicon) -> bool:
    """The subject's own verb is one of speech and a clause with its own subject follows
    ("Price said Cole went on the attack, saying …", "… said that she …", "… said he …"):
    the participle may be that subject's, so neither is taken. Not "Cole praised the
    crews, saying …"."""
    if verb + 1 >= ing or lex.verb_lemma(lead[verb].text) is None:
        return False
    nxt = lead[verb + 1]
    return nxt.is_capital or nxt.lower == "that" or nxt.lower in lex.words["pronoun"]


def _opening_subject(ctx: ArticleContext, lead: list[Token], verb: int) -> NounPhrase | None:
    """The person who opens the lead's sentence (after a short opening phrase) and is the
    subject of its verbs up to ``verb``, with no quote mark or semicolon in between."""
    np = parse_np(lead, _linked(lead, ctx.lex), ctx.lex)
    if (np is None or np.kind == "name" and not _known_person(ctx, np)) and _after_opening(lead, ctx.lex):
        np = parse_np(lead, _after_opening(lead, ctx.lex), ctx.lex)  # "Later on Sunday, Cole …"
    return _person_subject(ctx, lead, np, verb)


def _linked(lead: list[Token], lex: Lexicon) -> int:
    """Where the subject starts after the words that join the sentence to the one before
    (:func:`~quoteprov.attribution.clauses.linked_start`), or after "Here’s"."""
    k = linked_start(lead, lex)
    if k + 1 < len(lead) and lead[k].lower in lex.words["presenting"] and lead[k + 1].lower in ("’s", "'s", "is"):
        k += 2  # "Here’s Cole in 1992: “…”"
    return k


def _person_subject(ctx: ArticleContext, lead: list[Token], np: NounPhrase | None, verb: int) -> NounPhrase | None:
    """``np`` if it is a person (a known name or a pronoun) with words before ``verb`` and
    no quote mark or semicolon in between."""
    if np is None or np.kind not in ("name", "pronoun") or not _subject_of(lead, np, verb) or is_outlet_np(ctx, np):
        return None
    if _owns(lead, np) and _owned_person(lead, np.last + 2, ctx.lex):
        return None  # "Cole's daughter told reporters: “…”": whom the name owns speaks
    if np.kind == "name" and not (_known_person(ctx, np) or _surname_in_use(ctx, lead, np)):
        return None  # "Hours after the vote, …", "Speaking to donors, …": no name opens the sentence
    return np


def _owned_person(lead: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the lower-case words from ``k`` (up to three, after a possessive) name a
    person: "son", "campaign manager", "right-hand man"; not "letter", "campaign" or
    "response", whose words are the owner's."""
    for t in lead[k : k + 3]:
        if not t.is_word or t.is_capital:
            return False
        if t.lower in lex.words["owned_person"] or role_word(t.lower, lex):
            return True
    return False


def _subject_of(lead: list[Token], np: NounPhrase, verb: int) -> bool:
    """Whether ``np`` can be the subject of the verb at ``verb``: words stand between them
    and no quote mark or semicolon does."""
    return np.last + 1 < verb - 1 and not any(t.text in ("“", "”", '"', ";") for t in lead[np.last + 1 : verb])


def coordinated_speech(f: Frame) -> Found | None:
    """A speech verb joined by "and" to an earlier verb of the same subject closes the lead:
    Ann Cole paused and said, “…” / Cole nodded and replied: “…” / Cole paused and
    then added, “…” — the subject that opens the sentence speaks."""
    ctx, lead = f.ctx, f.lead
    found = _coordinated_verb(lead, ctx.lex)
    if found is None:
        return None
    verb, conj = found
    np = _joined_subject(ctx, lead, conj)
    if np is None or find_clauses(lead[np.last + 1 : conj], ctx.lex):
        return None
    return Found("coordinated_speech", np, lead[verb])


def coordinated_reported(f: Frame) -> Found | None:
    """A partial quote in the clause of a speech verb joined by "and" to an earlier verb of
    the sentence's subject: Ann Cole defended the levy and said it was “fair to all” — the
    subject that opens the sentence speaks. Not after a comma ("…, and Roe said": a new
    clause), nor when another reporting clause stands before the quote."""
    ctx, lead = f.ctx, f.lead
    lex = ctx.lex
    if f.lead_clauses():
        return None  # a reporting clause with its own subject: reported_speech's
    for verb in range(len(lead) - 1, 2, -1):
        t = lead[verb]
        if not t.is_word or t.lower.endswith("ing") or lex.verb_lemma(t.text) is None:
            continue
        conj = _joining_and(lead, verb)
        np = _joined_subject(ctx, lead, conj) if conj is not None else None
        return Found("coordinated_reported", np, t) if np is not None and not _owns(lead, np) else None
    return None


def _joining_and(lead: list[Token], verb: int) -> int | None:
    """The "and" of "and [then] VERB" before the verb at ``verb``; never after a comma
    ("…, and Roe said" is a new clause)."""
    conj = verb - 2 if lead[verb - 1].lower == "then" else verb - 1
    return conj if lead[conj].lower == "and" and lead[conj - 1].text != "," else None


def _joined_subject(ctx: ArticleContext, lead: list[Token], conj: int) -> NounPhrase | None:
    """The person whose verbs the "and" at ``conj`` joins, not far from it: after the last
    comma before it ("Asked about it, Cole nodded and replied", "At a Gazette forum, Cole
    defended it and said"), else the sentence's opening subject."""
    commas = [k for k in range(conj) if lead[k].text == ","]
    np = _person_subject(ctx, lead, parse_np(lead, commas[-1] + 1, ctx.lex), conj + 1) if commas else None
    np = np or _opening_subject(ctx, lead, conj + 1)
    return np if np is not None and conj - np.last <= 12 else None


def _coordinated_verb(lead: list[Token], lex: Lexicon) -> tuple[int, int] | None:
    """(the speech verb, its "and") when "and [then] VERB [adverb]" and a comma or colon end
    the lead; never after a comma ("…, and Roe said" is a new clause)."""
    if len(lead) < 5 or lead[-1].text not in (",", ":"):
        return None
    verb = len(lead) - 2
    if _is_adverb(lead[verb]):
        verb -= 1  # "and said softly:"
    if not lead[verb].is_word or lead[verb].lower.endswith("ing") or not lex.verb_lemma(lead[verb].text):
        return None
    conj = _joining_and(lead, verb)
    return (verb, conj) if conj is not None else None


def _after_opening(lead: list[Token], lex: Lexicon) -> int:
    """Where the subject may start: after a short opening phrase closed by a comma with no
    capitalised word but its first ("Later on Sunday, Cole …", "On Monday, Cole …"), else 0."""
    for k, t in enumerate(lead[:8]):
        if t.text == ",":
            opening = lead[:k]
            words = [w for w in opening if w.is_word]
            if 1 <= len(words) <= 6 and all(_no_subject(words, j, lex) for j in range(1, len(words))):
                return k + 1
            return 0
    return 0


def _no_subject(words: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether word ``j`` of an opening phrase cannot start the sentence's subject: a lower-case
    word, a weekday or month, or a capitalised name right after a preposition ("In a speech in
    Milford, Cole …": a place or an occasion, never the subject)."""
    w = words[j]
    if not w.is_capital or w.text in lex.words["when"]:
        return True
    k = j
    while k > 0 and words[k - 1].is_capital:
        k -= 1
    return k > 0 and words[k - 1].lower in lex.words["before_non_subject"]


def _closing_participle(f: Frame) -> int | None:
    """Where a speech participle after a comma ends the lead (", telling reporters," or a
    participle right before the quote: ", writing “…”")."""
    lead, lex = f.lead, f.ctx.lex
    if len(lead) >= 4 and _opened_participle(lead, len(lead) - 1, lex):
        return len(lead) - 1
    if len(lead) < 4 or lead[-1].text not in (",", ":"):
        return None
    for k in range(len(lead) - 2, max(0, len(lead) - 6), -1):
        if _speech_participle(lead[k], lex):
            said_in = any(t.lower in lex.possessive_speech_nouns for t in lead[max(0, k - 3) : k])
            # ", saying" / "upon saying" / "a statement saying"
            return k if _opened_participle(lead, k, lex) or said_in else None
    return None


def _speech_participle(t: Token, lex: Lexicon) -> bool:
    """An -ing form of a reporting verb ("saying", "telling", "echoing")."""
    return t.lower.endswith("ing") and lex.verb_lemma(t.text) is not None


def _opened_participle(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A participle of speech at ``k`` after a comma or a preposition of its subject's
    (", saying", "by saying", "before adding"; word class participle_preposition)."""
    before = tokens[k - 1]
    return _speech_participle(tokens[k], lex) and (
        before.text == "," or before.lower in lex.words["participle_preposition"])


def previous_sentence_speech(f: Frame) -> Found | None:
    """A quote that opens its sentence with no clause of its own, right after a sentence of
    the same paragraph whose main clause is a person speaking: Cole disagreed. “It is
    wrong.” — news writing's way of letting a speaker go on."""
    if any(t.is_word for t in f.lead) or any(t.is_word for t in f.trail[:3]):
        return None
    tokens = _sentence_before(f)
    return _speaking_main_clause(f, tokens, "previous_sentence_speech") if tokens is not None else None


def paragraph_before_speech(f: Frame) -> Found | None:
    """A paragraph that is a quote and nothing else, right after a paragraph that ends on a
    sentence of a person speaking: "Valdez praised the mayor's record on housing." ¶
    "“We need someone who gets things done.”" — the same way of letting a speaker go on,
    across a paragraph break. The sentence must hold no quote (a quote there is
    floating_after_quote's to read) and one main clause, a person the article knows."""
    if any(t.is_word for t in f.lead) or any(t.is_word for t in f.trail):
        return None
    tokens = _last_sentence_of_paragraph_before(f)
    return _speaking_main_clause(f, tokens, "paragraph_before_speech") if tokens is not None else None


def dash_line_after(f: Frame) -> Found | None:
    """A paragraph that is a quote and nothing else, and the next paragraph opens with a dash
    and a name: "“…”" ¶ "- Ann Cole." / "— Sen. Ann Cole, at a rally in May." — the
    round-up and fact-check convention of signing a quote on the line below it."""
    if any(t.is_word for t in f.lead) or any(t.is_word for t in f.trail):
        return None
    return _dash_signature(f)


def _dash_signature(f: Frame) -> Found | None:
    """The name that opens the paragraph after the quote's, after a dash, if any."""
    ctx, quote = f.ctx, f.quote
    para = ctx.paragraph_index(quote.span.end - 1)
    if para + 1 >= len(ctx.doc.paragraphs) or ctx.text[quote.span.end : ctx.doc.paragraphs[para].span.end].strip():
        return None
    tokens = ctx.view(para + 1).tokens
    if len(tokens) < 2 or tokens[0].text not in DASHES:
        return None
    np = parse_np(tokens, 1, ctx.lex, false_title=True)
    if np is None or np.kind != "name" or is_outlet_np(ctx, np) or _is_place(ctx, np):
        return None
    if np.last + 1 < len(tokens) and tokens[np.last + 1].text not in (".", ",", "("):
        return None  # "- Cole and Price agreed": a sentence, not a signature
    return Found("dash_line_after", np, tokens[0])


def paragraph_before_subject(f: Frame) -> Found | None:
    """A paragraph that is a quote and nothing else, after a paragraph whose last sentence
    is about a person who opens it, with no verb of speech: "Later, Ann Cole walked the
    jurors through the records." ¶ "“The money never reached the roads.”" — news moves from
    narrating what someone did to their words. Not when that sentence reports someone
    else's speech, the name is a possessor ("Cole's plan was…") or one of two subjects
    ("Cole, a nurse, and Price both said…"), or the person is unknown."""
    if any(t.is_word for t in f.lead) or any(t.is_word for t in f.trail):
        return None
    tokens = _last_sentence_of_paragraph_before(f)
    if not tokens or _dash_signature(f) is not None:
        return None  # a signature on the line below names someone else
    ctx = f.ctx
    np = _opening_subject(ctx, tokens, len(tokens)) or _subject_after_long_opening(ctx, tokens)
    verb = _verb_after_subject(tokens, np) if np is not None and np.kind in ("name", "pronoun") else None
    if np is None or verb is None:
        return None
    if any(c.np.start != np.start for c in find_clauses(tokens, ctx.lex)):
        return None  # the sentence reports someone else's words
    return Found("paragraph_before_subject", np, tokens[verb])


def _subject_after_long_opening(ctx: ArticleContext, tokens: list[Token]) -> NounPhrase | None:
    """ "In a closing argument that lasted two hours, Ann Cole …": a known person right
    after the comma that closes an opening phrase of up to a dozen words, which starts with
    a preposition or an adverbial word."""
    lex = ctx.lex
    if not tokens or tokens[0].lower not in lex.words["before_non_subject"] | lex.words["adverbial"]:
        return None
    comma = next((k for k, t in enumerate(tokens[:13]) if t.text == ","), None)
    np = parse_np(tokens, comma + 1, lex) if comma is not None else None
    return np if np is not None and np.kind == "name" and _known_person(ctx, np) else None


def _verb_after_subject(tokens: list[Token], np: NounPhrase) -> int | None:
    """The index of the lower-case word that follows the subject (after an appositive
    between commas, if any), unless it joins a second subject ("and", "or", "both")."""
    k = np.last + 1
    if k < len(tokens) and tokens[k].text == ",":
        k = next((j + 1 for j in range(k + 1, len(tokens)) if tokens[j].text == ","), len(tokens))
    if k >= len(tokens):
        return None
    t = tokens[k]
    if not t.is_word or t.is_capital or t.lower in ("and", "or", "both", "’s", "'s"):
        return None
    return k


def _speaking_main_clause(f: Frame, tokens: list[Token], rule: str) -> Found | None:
    """The one main clause of ``tokens`` if its subject is a person the article knows speaking."""
    ctx = f.ctx
    clauses = [c for c in find_clauses(tokens, ctx.lex) if c.order in ("np_verb", "verb_np")]
    free = [c for c in clauses if not _embedded(tokens, c, ctx.lex)]
    main = [c for c in free if not is_outlet_np(ctx, c.np)]
    if not clauses:
        return _subject_speaking_by_participle(f, tokens, rule)
    if len(main) != 1 or main[0].np.kind not in ("name", "pronoun"):
        return None
    if any(_reports_first(tokens, c, main[0]) for c in free if c not in main):
        return None  # "The Gazette reported Cole opposes it": the outlet reports, Cole is its news
    if main[0].np.kind == "name" and not _known_person(ctx, main[0].np):
        return None
    return Found(rule, main[0].np, main[0].verb)


def _subject_speaking_by_participle(f: Frame, tokens: list[Token], rule: str) -> Found | None:
    """A sentence with no reporting clause whose subject, a person the article knows, speaks
    through a participle ("Cole distanced herself from the plan by saying she would wait.",
    "Cole backed Ward, telling donors he would win."): that person is speaking."""
    for k in range(2, len(tokens)):
        if _opened_participle(tokens, k, f.ctx.lex):
            np = _opening_subject(f.ctx, tokens, k)
            return Found(rule, np, tokens[k]) if np is not None else None
    return None


def _reports_first(tokens: list[Token], outlet: Clause, person: Clause) -> bool:
    """An outlet's reporting clause ahead of the person's, not an "as" aside ("As the Gazette
    reported, Cole …"): the person's clause is what the outlet reported, with no "that"."""
    first = _clause_start(tokens, outlet)
    if any(t.lower == "as" for t in tokens[max(0, first - 2) : first]):
        return False  # "As the Gazette reported, …"
    return outlet.verb.start < tokens[person.np.first].start


def _last_sentence_of_paragraph_before(f: Frame) -> list[Token] | None:
    """The tokens of the last sentence of the paragraph before the quote's, when the quote
    opens its own paragraph and that sentence holds no quote."""
    ctx, quote = f.ctx, f.quote
    para = ctx.paragraph_index(quote.span.start)
    if para == 0 or ctx.text[ctx.doc.paragraphs[para].span.start:quote.span.start].strip():
        return None
    before = ctx.doc.paragraphs[para - 1].span
    s_start = max(before.start, ctx.sentence_bounds(max(before.start, before.end - 1))[0])
    if f.index > 0 and f.quotes[f.index - 1].span.end > s_start:
        return None  # a quote in that sentence (or the paragraph is one): not read here
    return ctx.view(para - 1).tokens_between(s_start, before.end)


def _sentence_before(f: Frame) -> list[Token] | None:
    """The tokens of the sentence before the quote's, in its paragraph, if it holds no quote."""
    ctx, quote = f.ctx, f.quote
    para = ctx.paragraph_index(quote.span.start)
    s_start = ctx.sentence_bounds(quote.span.start)[0]
    para_start = ctx.doc.paragraphs[para].span.start
    if s_start <= para_start:
        return None
    p_start = max(para_start, ctx.sentence_bounds(s_start - 1)[0])
    if f.index > 0 and f.quotes[f.index - 1].span.end > p_start:
        return None  # the sentence before holds a quote: continues_previous_quote decides
    return ctx.view(para).tokens_between(p_start, s_start)


def dependency_subject(f: Frame) -> Found | None:
    """The parse, when the engine made one (stanza): the subject of the reporting verb that
    governs the quote, wherever the verb is ("Lavrov, who …, said: “…”")."""
    parsed = governing_subject(f.ctx, f.quote)
    if parsed is None or is_outlet_np(f.ctx, parsed[0]):
        return None
    return Found("dependency_subject", parsed[0], parsed[1], step=parsed[2])


def quoted_as_saying(f: Frame) -> Found | None:
    """ "The Valley Post quoted a senior official as saying the plan was “dead”": the one
    quoted speaks, not the one quoting (an outlet, most often). The last "quoted" in the
    lead, followed by a noun phrase (or an object pronoun), "as" and a participle of speech."""
    lead, lex = f.lead, f.ctx.lex
    for k in range(len(lead) - 3, -1, -1):
        if lead[k].lower != "quoted":
            continue
        np = parse_np(lead, k + 1, lex)
        if np is None and k + 1 < len(lead) and lead[k + 1].lower in lex.words["object_pronoun"]:
            t = lead[k + 1]  # "quoted her as saying": she speaks
            np = NounPhrase("pronoun", k + 1, k + 1, t.start, t.end)
        if np is None or np.last + 2 >= len(lead):
            return None
        as_, verb = lead[np.last + 1], lead[np.last + 2]
        if as_.lower != "as" or not _speech_participle(verb, lex):
            return None
        return Found("quoted_as_saying", np, verb)
    return None


def reported_speech(f: Frame) -> Found | None:
    """Reported speech around a partial quote: Lavrov clarified that … “signals” …; the
    sentence's main clause governs it ("Bilotserkivsky wrote on X that the Netherlands had
    agreed to fund “…”" is Bilotserkivsky's)."""
    ctx, lead, trail = f.ctx, f.lead, f.trail
    if _for_saying(lead, ctx.lex) is not None:
        return None  # "Cole attacked Price for saying “…”": the words are not the subject's
    chosen = _lead_clause(f)
    if chosen is None:
        chosen = None if _but_new_subject(trail, ctx.lex) else next(
            (c for c in find_clauses(_before_but(trail[:20], ctx.lex), ctx.lex)
             if c.order != "according_to" and not is_outlet_np(ctx, c.np)),
            None,
        ) or _passive_agent(ctx, lead, trail)
    if chosen is None or chosen.order == "possessive" and _participle_after(f, chosen.verb):
        return None  # "The board shrugged off Cole's remarks, telling reporters, “…”": not Cole
    return Found("possessive_speech_noun" if chosen.order == "possessive" else "reported_speech", chosen.np, chosen.verb)


def _participle_after(f: Frame, noun: Token) -> bool:
    """Whether a participle of speech after a comma closes the lead after ``noun``: its
    subject is the sentence's, not a possessor in the object ("…, telling reporters,")."""
    ing = _closing_participle(f)
    return ing is not None and _opened_participle(f.lead, ing, f.ctx.lex) and f.lead[ing].start > noun.start


def _but_new_subject(trail: list[Token], lex: Lexicon) -> bool:
    """ "“…,” but Cole said …": after the quote, "but" and a new subject open a clause of
    its own (not "“…” but to wait", which goes on with the quote's sentence)."""
    words = [t for t in trail[:3] if t.is_word]
    return len(words) > 1 and words[0].lower == "but" and (words[1].is_capital or words[1].lower in lex.words["pronoun"])


def _before_but(trail: list[Token], lex: Lexicon) -> list[Token]:
    """The trail up to a "but" that opens a clause with a subject of its own ("…” for
    private events, but Cole’s team denied it"): what follows is another statement."""
    for j in range(1, len(trail) - 1):
        nxt = trail[j + 1]
        if trail[j].lower == "but" and (nxt.is_capital or nxt.lower in lex.words["pronoun"]):
            return trail[:j]
    return trail


def _lead_clause(f: Frame) -> Clause | None:
    """The lead's first main reporting clause, else its last embedded one unless that sits
    in an opening clause before another subject (see :func:`_in_opening_clause`)."""
    ctx, lead = f.ctx, f.lead
    clauses = [c for c in f.lead_clauses() if not is_outlet_np(ctx, c.np)]
    clauses += possessive_speech(lead, ctx.lex)
    clauses.sort(key=lambda c: c.verb.start)
    main = [c for c in clauses if not _embedded(lead, c, ctx.lex)]
    if main:
        return main[0]
    return clauses[-1] if clauses and not _in_opening_clause(lead, clauses[-1], ctx.lex) else None


def _in_opening_clause(lead: list[Token], clause: Clause, lex: Lexicon) -> bool:
    """The clause is inside a subordinate clause that opens the sentence and is closed by
    a comma before a new subject ("After Ward criticised Cole in the debate, Price shot
    back, “…”"): the quote belongs to the main clause, whose verb the rules do not know."""
    first = _linked(lead, lex)
    if first >= len(lead) or lead[first].lower not in lex.words["subordinator"] or clause.verb.start < lead[first].start:
        return False
    comma = next((k for k, t in enumerate(lead) if t.start > clause.verb.start and t.text == ","), None)
    # the comma that closes the opening clause; a pronoun or a possessive after it most often
    # is that clause's subject again ("When Cole spoke, she called it “…”", "…, his reply
    # was …"): only a name starts a main clause about someone else
    return comma is not None and comma + 1 < len(lead) and lead[comma + 1].is_capital and (
        lead[comma + 1].lower not in lex.words["pronoun"])


def _passive_agent(ctx: ArticleContext, lead: list[Token], trail: list[Token]) -> Clause | None:
    """ "dismissed as ‘wishful thinking’ by the Royal College of Surgeons": the agent speaks."""
    if len(lead) < 2 or lead[-1].lower != "as" or len(trail) < 2 or trail[0].lower != "by":
        return None
    if not any(ctx.lex.verb_lemma(t.text) or t.lower.endswith("ed") for t in lead[-3:-1]):
        return None
    np = parse_np(trail, 1, ctx.lex)
    if np is None or np.kind not in ("name", "organization", "anonymous") or is_outlet_np(ctx, np):
        return None
    return Clause(np, lead[-2], "verb_np")


def document_voice(f: Frame) -> Found | None:
    """“…,” the statement said / The letter reads: “…” — a document speaks, and its words
    are whoever issued it, named in the latest sentence before, in the quote's paragraph or
    the two before, that mentions such a document outside quotes: the speaker of a quote in
    that sentence ("“…,” Acme said in a statement."), else the subject of its reporting
    clause ("Acme said, in a statement, …", "Acme issued a statement."). No such
    sentence: no speaker (who wrote it is not guessed)."""
    ctx = f.ctx
    if f.quote.form == "block":  # "The statement added:" closing the paragraph before
        window = _colon_sentence_before(f, 25)
        found = _document_lead(window, ctx.lex) if window else None
        here = window[0].start if window else 0
    else:
        found = _document_clause(f.trail, ctx.lex) or _document_lead(f.lead, ctx.lex)
        here = f.quote.span.start
    if found is None:
        return None
    noun, verb = found
    word = re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)
    para = ctx.paragraph_index(here)
    floor = ctx.doc.paragraphs[max(0, para - 2)].span.start
    pos = ctx.sentence_bounds(here)[0]
    while pos > floor:
        start, end = ctx.sentence_bounds(pos - 1)
        mention = next((m for m in word.finditer(ctx.text, max(start, floor), end) if not ctx.inside_quote(m.start())), None)
        if mention is not None:
            return _issuer(f, noun, verb, start, mention.start())
        pos = start
    return None


#: the kinds of phrase that can have issued a document
_ISSUERS = ("name", "organization", "pronoun", "role")


def _issuer(f: Frame, noun: str, verb: Token, start: int, at: int) -> Found | None:
    """Who issued the document mentioned at ``at`` in the sentence opening at ``start``:
    the speaker of a quote in that sentence, or the subject of "said in a statement",
    "In a statement, Acme said", "Acme issued a statement" (not of "The Post said Acme
    had a statement": that verb is another's)."""
    ctx = f.ctx
    for k in range(min(f.index, len(f.earlier)) - 1, -1, -1):
        earlier, decision = f.quotes[k], f.earlier[k]
        if earlier.span.end <= start:
            break
        if decision.speaker is not None and ctx.sentence_bounds(earlier.span.start)[0] == start:
            why = f"the {noun} speaks: issued by {decision.speaker.name!r}, who said the quote at {earlier.span.start}"
            return Found("document_voice", step=why, inherited=decision)
    view = ctx.view(ctx.paragraph_index(at))
    np = _document_giver(ctx, view.tokens_between(start, at), view.clauses_between(start, ctx.sentence_bounds(at)[1]), at)
    if np is None or np.kind not in _ISSUERS:
        return None
    why = f"the {noun} speaks: issued by {ctx.text[np.start : np.end]!r}, in the sentence at {start}"
    return Found("document_voice", np, verb, step=why)


def _document_giver(ctx: ArticleContext, tokens: list[Token], clauses: list[Clause], at: int) -> NounPhrase | None:
    """The phrase that gave the document: ``tokens`` run up to its noun, ``clauses`` are
    the sentence's reporting clauses."""
    lex = ctx.lex
    d = _document_determiner(tokens, lex)
    if d is None:
        return None
    if d == 0 or tokens[d - 1].lower == "in" and d - 1 == _linked(tokens, lex):
        # "In a statement, the mayor said": the clause after it
        return next((c.np for c in clauses if c.np.start > at and c.verb.start > c.np.start), None)
    if tokens[d - 1].lower == "in":
        return _said_in(tokens, clauses, tokens[d - 1].start, lex)
    if tokens[d - 1].lower in lex.words["issuing_verb"]:
        return _np_before(tokens, d - 1, lex)  # "Acme issued a statement"
    return None


def _document_determiner(tokens: list[Token], lex: Lexicon) -> int | None:
    """Where "a", "its", "her"… opens the document's phrase, at most two words before its
    noun ("a written", "its brief"); never "the", which points back to one named before."""
    for d in range(len(tokens) - 1, max(-1, len(tokens) - 4), -1):
        if tokens[d].lower in lex.words["determiner"]:
            return d if tokens[d].lower != "the" else None
    return None


def _said_in(tokens: list[Token], clauses: list[Clause], before: int, lex: Lexicon) -> NounPhrase | None:
    """ "Acme said on Monday in a statement": the last clause whose verb comes before
    ``before`` with no other verb in between."""
    for c in reversed(clauses):
        if c.verb.end <= before:
            between = (t for t in tokens if c.verb.end <= t.start < before)
            return None if any(t.is_word and lex.verb_lemma(t.text) for t in between) else c.np
    return None


def _np_before(tokens: list[Token], verb: int, lex: Lexicon) -> NounPhrase | None:
    """The subject right before the verb at ``verb``, or the sentence's opening subject."""
    found = np_ending_at(tokens, verb - 1, lex) if verb > 0 else None
    if found is None:
        after = _after_opening(tokens, lex)
        found = parse_np(tokens, after, lex) if after < verb else None
        if found is not None and found.last != verb - 1:
            return None
    return found


def _document_clause(tokens: list[Token], lex: Lexicon) -> tuple[str, Token] | None:
    """ "the statement said", "its letter added" opening ``tokens``: the noun and the verb."""
    words = [t for t in tokens[:5] if t.text != ","]
    if len(words) < 3 or words[0].lower not in lex.words["determiner"] or words[0].lower in ("a", "an"):
        return None
    if words[1].lower not in lex.words["document_noun"] or lex.verb_lemma(words[2].text) is None:
        return None
    return words[1].lower, words[2]


def _document_lead(lead: list[Token], lex: Lexicon) -> tuple[str, Token] | None:
    """A lead that is just "The statement said," or "The letter reads:"."""
    if not 4 <= len(lead) <= 5 or lead[-1].text not in (",", ":"):
        return None
    return _document_clause(lead[:-1], lex)


def continues_previous_quote(f: Frame) -> Found | None:
    """No clause of its own, after a quote in the same paragraph: the same speaker."""
    previous = _previous(f)
    if previous is None:
        return None
    prev, decision = previous
    ctx = f.ctx
    if ctx.paragraph_index(f.quote.span.start) != ctx.paragraph_index(prev.span.end - 1):
        return None
    if _new_subject_speaking(f, prev) or _new_subject_quoting(f, prev, decision) or _own_attribution(f):
        return None  # "“…” The crowd followed her by echoing, “…”": someone else speaks
    assert decision.speaker is not None
    why = (f"no clause of its own; continues the quote at {prev.span.start} in the same paragraph, "
           f"said by {decision.speaker.name!r}")
    return Found("continues_previous_quote", step=why, inherited=decision)


def _new_subject_speaking(f: Frame, prev: Quote) -> bool:
    """The quote's own sentence, after the previous quote's, has words before a closing
    participle of speech: someone the sieves could not name is doing the speaking ("The
    crowd followed her by echoing, “…”"), not the previous speaker going on ("Adding, “…”")."""
    if not _in_a_later_sentence(f, prev) or sum(t.is_word for t in f.lead) < 3:
        return False
    return _closing_participle(f) is not None or _ends_on_participle(f)


def _in_a_later_sentence(f: Frame, prev: Quote) -> bool:
    """The quote's own sentence starts after the previous quote ends."""
    return prev.span.end <= f.ctx.sentence_bounds(f.quote.span.start)[0]


def _own_attribution(f: Frame) -> bool:
    """The quote's own sentence goes on with a reporting verb ("“…,” Harbour Wire, the state
    news agency, wrote."): it names its own speaker, one the sieves could not read, so the
    previous quote's speaker is not assumed."""
    quote = f.quote
    if quote.form != "full" or f.ctx.text[quote.span.start : quote.span.end].rstrip("”\"’' ")[-1:] != ",":
        return False  # only a quote that closes on a comma, whose sentence goes on to say who
    verbs = f.ctx.lex.verb_forms
    return any(t.lower in verbs and not t.is_capital and not t.lower.endswith("ing") for t in f.trail[:12])


def _new_subject_quoting(f: Frame, prev: Quote, decision: SpeakerDecision) -> bool:
    """A partial quote in a new sentence whose subject is another person the article knows
    ("Former staff called it a “scheme.” Then Cole described the judge as “hostile.”"):
    the words are that sentence's business, not the previous speaker's going on."""
    if f.quote.form != "partial" or not _in_a_later_sentence(f, prev):
        return False
    np = _opening_subject(f.ctx, f.lead, len(f.lead))
    if np is None or np.kind != "name":
        return False
    entity, _mention = f.ctx.mention_entity(np.start, np.end)
    speaker = decision.speaker
    return entity is None or speaker is None or f.ctx.entities[entity].name != speaker.name


def _ends_on_participle(f: Frame) -> bool:
    """The lead's last word, before the quote, is a participle of speech ("… by softly
    echoing “…”", "… chanting, “…”"): the words are given by the one doing it."""
    words = [t for t in f.lead if t.is_word]
    return bool(words) and _speech_participle(words[-1], f.ctx.lex)


def floating_after_quote(f: Frame) -> Found | None:
    """A paragraph that holds a quote and nothing else (no narration, no attribution), right
    after a paragraph quoting someone: news convention for the same speaker going on."""
    previous = _previous(f)
    if previous is None:
        return None
    prev, decision = previous
    ctx, quote = f.ctx, f.quote
    para = ctx.paragraph_index(quote.span.start)
    if para != ctx.paragraph_index(prev.span.end - 1) + 1 or quote.span.start != ctx.doc.paragraphs[para].span.start:
        return None
    if any(t.is_word for t in ctx.view(para).tokens):
        return None
    assert decision.speaker is not None
    why = f"a quote paragraph with no attribution, right after a paragraph quoting {decision.speaker.name!r}"
    return Found("floating_after_quote", step=why, inherited=decision)


def _previous(f: Frame) -> tuple[Quote, SpeakerDecision] | None:
    if f.index == 0 or f.earlier[f.index - 1].speaker is None:
        return None
    return f.quotes[f.index - 1], f.earlier[f.index - 1]
