"""Where each quote was first given: the outlet sieves, tried in the order of
:data:`quoteprov.attribution.sieves.SIEVES` — a cue in the quote's own sentence first,
then one about the same speaker earlier in its paragraph, then the speaker's earlier
quotes and cues, then a cue named after the quote.

A stage of its own: it reads the article's facts with the speaker stage's decisions
replayed on them (their effects), never the speaker stage's private state.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs
import regex

from ...lexicon import Lexicon
from ...records import QUOTE_RELATIONS, OutletMention, Quote, Relation, Span
from ..clauses import NounPhrase
from ..context import ArticleContext, ArticleFacts
from ..sieves import check_disabled, confidence
from ..speakers import SpeakerDecision
from ..speakers.pronouns import resolve_pronoun
from .mentions import resolve_outlet_name
from .patterns import outlet_patterns

__all__ = ["OUTLET_SIEVES", "OutletDecision", "OutletPlan", "attribute_outlets", "decide_outlet", "plan_outlets"]


@attrs.frozen
class OutletDecision:
    """Where one quote was first given, and why."""

    outlet: OutletMention | None
    rule: str | None
    confidence: float
    steps: tuple[str, ...] = ()


SpeakerKey = object  # a person's entity id, or (kind, name) for an unnamed source or a body


@attrs.frozen
class OutletPlan:
    """What every outlet decision of an article reads: the cues by paragraph, and which
    speaker each cue's sentence is about."""

    ctx: ArticleContext
    by_paragraph: dict[int, list[OutletMention]]  # cues of where words were given
    sentence_only: dict[int, list[OutletMention]]  # "according to X": only for its own sentence
    by_key: dict[SpeakerKey, list[tuple[int, OutletMention]]]  # speaker → (position, cue), in text order
    disabled: frozenset[str] = frozenset()
    #: an occasion several speakers share, named in the lede ("during Saturday's debate")
    shared: OutletMention | None = None
    #: speaker → (position, cue) of one appearance ("said on Fox News"; :data:`SENTENCE_ONLY_CUES`)
    appearances: dict[SpeakerKey, list[tuple[int, OutletMention]]] = attrs.field(factory=dict)
    #: paragraph → the source credited in brackets at its end ("[Valley Post.]": :func:`_digest_credit`)
    credits: dict[int, OutletMention] = attrs.field(factory=dict)
    #: outlets a number of people talked to ("several county chairs told the Ledger"), in text order
    groups: list[OutletMention] = attrs.field(factory=list)
    #: batches of e-mails or documents a named body released, in text order (:func:`released_batches`)
    batches: list[OutletMention] = attrs.field(factory=list)
    #: the shared occasion's cue, when it names the broadcaster it went out on (:func:`_broadcast`)
    shared_on: OutletMention | None = None


#: Cues of one broadcast appearance ("said on Fox News", "On ABC’s “This Week”", "in a call to
#: CNN"): they name where their own sentence's words were given, and are not carried to
#: the speaker's other quotes, which a news story often takes from other occasions. So are
#: those of one post ("tweeted", "took to Facebook").
SENTENCE_ONLY_CUES = frozenset({"said_on", "on_programme", "call_to", "tweeted", "on_platform", "took_to"})

#: Cues of what the article itself draws on, never where a quote was given: a wire's
#: dateline ("WASHINGTON (AP) —"), an outlet's poll ("a Valley Post poll"), a report
#: "first reported by" an outlet or "the Valley Post first reported" (the story, not the words in it).
ARTICLE_ONLY_CUES = frozenset({"dateline", "outlet_poll", "reported_by", "first_reported"})

#: Cues of an outlet that talked to a number of people ("several delegates told the Ledger"):
#: no one speaker's, but the channel of those it names afterwards (:func:`_interviewed_group`).
GROUP_CUES = frozenset({"group_told", "group_interviewed", "group_interviews", "group_interviewed_at"})


#: "as" (and "first" or "originally") right before "reported by": the sentence's relay
_AS_REPORTED = regex.compile(r"\b[Aa]s[ \t\xa0]+(?:(?:first|originally)[ \t\xa0]+)?\Z")
#: the same words opening a sentence, before the cue: "As first reported by …, Cole said"
_AS_OPENING = regex.compile(r"[Aa]s(?:[ \t\xa0]+(?:first|originally))?")


def _relays_its_sentence(mention: OutletMention, text: str) -> bool:
    """A named outlet that relays the words of its own sentence's quotes, and no others:
    "…,” Ahadi later said, according to Reuters; "…, the Gazette first reported"; "…,"
    Ahadi said, as first reported by Harbour Weekly."""
    if mention.name is None:
        return False
    if mention.rule == "first_reported" or mention.rule == "reported_by" and _as_reported(text, mention.span.start):
        return True
    return mention.relation == "according_to" and mention.rule not in ARTICLE_ONLY_CUES and mention.rule != "digest_credit"


def plan_outlets(
    facts: ArticleFacts,
    speakers: Sequence[SpeakerDecision],
    mentions: Sequence[OutletMention],
    disabled: frozenset[str] = frozenset(),
) -> OutletPlan:
    """The article's outlet cues, arranged for :func:`decide_outlet`."""
    ctx = ArticleContext(facts, (effect for decision in speakers for effect in decision.effects))
    by_paragraph: dict[int, list[OutletMention]] = {}
    sentence_only: dict[int, list[OutletMention]] = {}
    credits: dict[int, OutletMention] = {}
    for mention in mentions:
        para = ctx.paragraph_index(mention.span.start)
        if _relays_its_sentence(mention, ctx.text):
            sentence_only.setdefault(para, []).append(mention)
        if mention.rule in ARTICLE_ONLY_CUES:
            continue  # the article's citation (see article_citations), no quote's channel
        if mention.rule == "digest_credit":
            credits[para] = mention  # its own item's source, no speaker's channel to carry on
            continue
        if mention.relation in QUOTE_RELATIONS:
            by_paragraph.setdefault(para, []).append(mention)
    # The decisions look cues up by position: each list is in text order.
    for lists in (by_paragraph, sentence_only):
        for items in lists.values():
            items.sort(key=lambda m: m.span.start)
    by_key, appearances = _link_cues(ctx, by_paragraph)
    groups = [m for items in by_paragraph.values() for m in items if m.rule in GROUP_CUES]
    groups.sort(key=lambda m: m.span.start)
    shared = shared_occasion(ctx)
    return OutletPlan(ctx, by_paragraph, sentence_only, by_key, disabled, shared, appearances, credits,
                      groups, released_batches(ctx), _broadcast(shared, mentions))


def _broadcast(shared: OutletMention | None, mentions: Sequence[OutletMention]) -> OutletMention | None:
    """The shared occasion's cue when it names the broadcaster it went out on ("During a
    town hall broadcast by Harbour TV, the candidates …": remarks, given on Harbour TV)."""
    if shared is None:
        return None
    return next((m for m in mentions if m.rule == "broadcast_occasion" and m.span.start <= shared.span.start < m.span.end),
                None)


Links = dict[SpeakerKey, list[tuple[int, OutletMention]]]


def _link_cues(ctx: ArticleContext, by_paragraph: dict[int, list[OutletMention]]) -> tuple[Links, Links]:
    """Which speaker each outlet cue belongs to (the subject of its sentence), in text order:
    the cues that stand until another channel is named, and the appearances, which name
    where their own paragraph's words were given, no more (see _same_paragraph_appearance)."""
    links: list[tuple[int, SpeakerKey, OutletMention]] = []
    for para, items in by_paragraph.items():
        for mention in items:
            if mention.rule in GROUP_CUES:
                continue  # several people's, none in particular
            appearance = mention.rule in SENTENCE_ONLY_CUES
            key = _appearance_subject(ctx, para, mention) if appearance else _sentence_speaker(ctx, para, mention)
            # "Cole and Reyes said in interviews": the cue is every coordinated subject's
            keys = _coordinated(ctx, mention, key) if key is not None else []
            if mention.rule == "journalist_asked":  # "… asked Reyes": the one asked, too
                keys += [r.entity for r in ctx.refs_between(mention.span.end, ctx.sentence_bounds(mention.span.start)[1])[:1]]
            for each in keys:
                links.append((mention.span.start, each, mention))
    links.sort(key=lambda link: link[0])
    by_key: Links = {}
    appearances: Links = {}
    for pos, key, mention in links:
        into = appearances if mention.rule in SENTENCE_ONLY_CUES else by_key
        into.setdefault(key, []).append((pos, mention))
    return by_key, appearances


#: at most how many paragraphs open an article (headline, standfirst, byline, lede), and how
#: many words make the first paragraph that is a lede
_LEDE_PARAGRAPHS = 4
_LEDE_WORDS = 15


def _lede_end(ctx: ArticleContext) -> int:
    """Where the article's opening ends: its first paragraph of at least
    :data:`_LEDE_WORDS` words (the lede), with the short lines before it (headline, byline)."""
    end, long = 0, 0
    for paragraph in ctx.doc.paragraphs[1:_LEDE_PARAGRAPHS + 2]:
        end = paragraph.span.end
        long += len(paragraph.span.text.split()) >= _LEDE_WORDS
        if long == 2:
            break
    return end


def shared_occasion(ctx: ArticleContext) -> OutletMention | None:
    """The occasion an article reports, when its headline or lede names one that several
    speakers share: "Rivals traded barbs during Thursday night’s debate", "Cole and Reyes held a
    joint rally in Akron", "At a press conference on Friday, the families said". Its speakers'
    quotes with no channel of their own are remarks made there, or words at the press
    conference (the :func:`_article_occasion` sieve). An occasion still ahead ("ahead of
    Thursday's debate") is none, and so is a press conference in a sentence that quotes
    someone: that one speaker's channel ("“…,” Cole said at a press conference").
    """
    compiled = outlet_patterns(ctx.lex)
    text = ctx.text
    end = _lede_end(ctx)
    if not _may_name_occasion(text[:end], ctx.lex):
        return None
    for match in compiled.shared_occasion.finditer(text, 0, end):
        s_start, s_end = ctx.sentence_bounds(match.start())
        if compiled.ahead.search(text, s_start, s_end) is not None:
            continue
        relation: Relation = "remarks"
        if match.group().lower().endswith(("conference", "conferences")):
            if ctx.facts.quote_between(s_start, s_end):
                continue
            relation = "press_conference"
        return OutletMention(None, relation, Span.of(text, match.start(), match.end()), rule="shared_occasion")
    return None


def _may_name_occasion(lede: str, lex: Lexicon) -> bool:
    """Whether the lede may hold a shared occasion: every match of the pattern holds the
    last word of one of its phrases, in any case, which the lower-cased lede then holds
    (a plain search, where the pattern is slow to try at every position). Where lower-casing
    is no sure guide ("ſ", which the pattern's case-blind match reads as "s"; a letter
    whose lower case is longer; a word not in ASCII), the pattern is always tried."""
    words: tuple[str, ...] | None = lex.compiled("shared_occasion_words", _occasion_words)
    low = lede.lower()
    if words is None or len(low) != len(lede) or "ſ" in lede:
        return True
    return any(word in low for word in words)


def _occasion_words(lex: Lexicon) -> tuple[str, ...] | None:
    """The last word of each shared occasion's phrase, lower-cased; None if one is not ASCII."""
    words = tuple(dict.fromkeys(phrase.split()[-1].lower() for phrase in lex.phrases["shared_occasion"]))
    return words if all(word.isascii() and word.isalpha() for word in words) else None


#: what a body releases in batches, and the release: "the department released a fifth batch
#: of the e-mails", "documents released by the Harbour Council"
_PAPERS = r"(?:e-?mails|messages|documents|cables|memos|pages|transcripts|records|files|letters)"
_RELEASED = regex.compile(
    rf"\breleased[ \t\xa0](?:[\w,\-’']+[ \t\xa0]){{0,6}}?{_PAPERS}\b"
    rf"|\b{_PAPERS}[ \t\xa0](?:(?:were|was|had[ \t\xa0]been|have[ \t\xa0]been|publicly)[ \t\xa0])*released[ \t\xa0]by[ \t\xa0]"
    r"(?P<by>(?:the[ \t\xa0])?\p{Lu}(?:[\p{L}’'\-]|\.(?=\p{L}))*(?:[ \t\xa0](?:of[ \t\xa0])?\p{Lu}(?:[\p{L}’'\-]|\.(?=\p{L}))*){0,4})"
)
#: a body named by its kind, standing for the one named before: "the agency released"
_BODY_WORD = regex.compile(r"(?i:the)[ \t\xa0](?:agency|department|ministry|committee|bureau|office|council|commission)[ \t\xa0]"
                           r"(?:(?:publicly|quietly|also|has|had|formally|then|later)[ \t\xa0]){0,2}$")
#: a capitalised run that may be a body's name ("the Water Board", "Harbour Council")
_BODY_NAME = regex.compile(r"(?:[Tt]he[ \t\xa0])?\p{Lu}[\p{L}.’'\-]*(?:[ \t\xa0](?:of[ \t\xa0])?\p{Lu}[\p{L}.’'\-]*){0,4}")


def released_batches(ctx: ArticleContext) -> list[OutletMention]:
    """The batches of e-mails or documents the article says a named body released ("the Harbour
    Council released a third set of its e-mails", "e-mails released by the Harbour
    Council"), each with the body as its outlet (kind official): the words quoted from
    them came through that body (the :func:`_released_batch` sieve). A body named only by
    its kind ("the agency released") is the last known body named before it."""
    found: list[OutletMention] = []
    text = ctx.text
    for match in _released_matches(text):
        if ctx.inside_quote(match.start()):
            continue
        if match.group("by"):
            name = _body(ctx, match.group("by"))
        else:
            s_start = ctx.sentence_bounds(match.start())[0]
            name = _body_before(ctx, s_start, match.start())
        if name is not None:
            found.append(OutletMention(name, "report", Span.of(text, match.start(), match.end()), kind="official",
                                       rule="released_batch"))
    return found


def _released_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``_RELEASED.finditer(text)``, looked for only in the lines that hold
    "released": every match holds the word (as written) and no match crosses a line break
    (its white space is [ \t\xa0] only), so the other lines hold none."""
    at = text.find("released")
    while at != -1:
        lo = text.rfind("\n", 0, at) + 1
        hi = text.find("\n", at)
        hi = len(text) if hi == -1 else hi
        yield from _RELEASED.finditer(text, lo, hi)
        at = text.find("released", hi)


def _body(ctx: ArticleContext, written: str) -> str | None:
    """The known body (or listed outlet) a name stands for, if any, or a name of two words
    or more ending in a word for a body ("Harbour Council", "Elm Water Board")."""
    words = written.removeprefix("the ").removeprefix("The ")
    for size in range(len(words.split()), 0, -1):
        head = " ".join(words.split()[:size]).rstrip(".,’'")
        org = ctx.lex.organizations.get(head.lower())
        if org is not None:
            return org
        entry = ctx.lex.outlet_index.get(head.lower())
        if entry is not None and size > 1:
            return entry.name
    if len(words.split()) >= 2 and words.split()[-1].rstrip(".,’'") in ctx.lex.org_heads:
        return words.rstrip(".,’'")  # "Harbour Council": a body the lexicon does not list
    return None


def _body_before(ctx: ArticleContext, s_start: int, at: int) -> str | None:
    """Who released: the body named right before "released" in its sentence, or for "the
    agency" the last body named in the text before."""
    lead = ctx.text[s_start:at]
    if _BODY_WORD.search(lead):
        names = [_body(ctx, m.group()) for m in _BODY_NAME.finditer(ctx.text, 0, s_start + len(lead))]
        return next((n for n in reversed(names) if n is not None), None)
    last = list(_BODY_NAME.finditer(lead))
    if last and not lead[last[-1].end():].strip(" \t\xa0").replace("publicly", "").strip():
        return _body(ctx, last[-1].group())
    return None


def attribute_outlets(
    facts: ArticleFacts,
    quotes: Sequence[Quote],
    speakers: Sequence[SpeakerDecision],
    mentions: Sequence[OutletMention],
    *,
    disable: Iterable[str] = (),
) -> tuple[OutletDecision, ...]:
    """One :class:`OutletDecision` per quote, in order (``disable``: sieve names to switch off)."""
    plan = plan_outlets(facts, speakers, mentions, check_disabled(disable, facts.lex))
    decisions: list[OutletDecision] = []
    memory = _Memory()
    sieves = _live_sieves(plan.disabled)
    for index in range(len(quotes)):
        decision = _decide(plan, quotes[index], speakers[index], memory, sieves)
        decisions.append(decision)
        _remember(memory, quotes[index], speakers[index], decision)
    if "repeated_words" not in plan.disabled:  # see OUTLET_AFTER
        _repeated_words(quotes, speakers, decisions)
    return tuple(decisions)


#: the fewest words a quote must share with another for the two to be one utterance
_REPEATED_MIN_WORDS = 3
#: the fewest for a quote with no speaker, which takes a channel from anyone's quote
_REPEATED_UNSPOKEN_WORDS = 5
#: how many of the nearest quotes that share its first words are tried for one quote
_REPEATED_TRIES = 32
_QUOTE_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[’'][\p{L}]+)?")


def _repeated_words(quotes: Sequence[Quote], speakers: Sequence[SpeakerDecision], decisions: list[OutletDecision]) -> None:
    """Lashing out, Cole said the mayor's “mind is gone.” ¶ “… His mind is gone — resign!”
    Cole tweeted. — a quote that no sieve gave a channel, whose words (three or more) the
    same speaker's quote elsewhere in the article holds (anyone's, for a quote of five words
    or more whose speaker was not found), was given where that quote was:
    the same words are the same utterance (a lede often quotes a few words of what the
    body quotes in full). Filled in after every quote's own decision, from the nearest such
    quote; never from a quote that itself got its channel this way."""
    if _nothing_to_fill(decisions):
        return
    # only the quotes read below: those with no channel and those with a named one
    words = [_quote_words(q.content.text) if d.outlet is None or d.outlet.name is not None else ()
             for q, d in zip(quotes, decisions)]
    keys = [speaker_key(s) for s in speakers]
    by_run = _named_runs(words, decisions)
    found: dict[int, OutletDecision] = {}
    for i, decision in enumerate(decisions):
        j = _holder(i, words, keys, by_run) if decision.outlet is None else None
        if j is not None:
            m = decisions[j].outlet
            assert m is not None
            found[i] = _found("repeated_words", m, (*decision.steps, f"repeated_words: the words are in the quote at "
                                                    f"{quotes[j].span.start}, given through {m.span.text!r}"))
    for i, decision in found.items():
        decisions[i] = decision


def _nothing_to_fill(decisions: list[OutletDecision]) -> bool:
    """No quote lacks a channel, or none has a named one to give it."""
    return all(d.outlet is not None for d in decisions) or not any(
        d.outlet is not None and d.outlet.name is not None for d in decisions)


def _quote_words(text: str) -> tuple[str, ...]:
    """A quote's words, lower-cased: the whole text lower-cased at once where that is the same
    as word by word (no letter whose lower case is longer, none of the "Σ" that lower-case by
    their neighbours; lower-casing keeps a character a letter, a digit or neither)."""
    low = text.lower()
    if len(low) == len(text) and "Σ" not in text:
        return tuple(_QUOTE_WORD.findall(low))
    return tuple(w.lower() for w in _QUOTE_WORD.findall(text))


def _named_runs(words: list[tuple[str, ...]], decisions: list[OutletDecision]) -> dict[tuple[str, ...], list[int]]:
    """The quotes with a named channel, by each run of three words they hold (linear in the text)."""
    by_run: dict[tuple[str, ...], list[int]] = {}
    for j, decision in enumerate(decisions):
        if decision.outlet is not None and decision.outlet.name is not None:
            for k in range(len(words[j]) - _REPEATED_MIN_WORDS + 1):
                by_run.setdefault(words[j][k : k + _REPEATED_MIN_WORDS], []).append(j)
    return by_run


def _holder(i: int, words: list[tuple[str, ...]], keys: list[SpeakerKey | None],
            by_run: dict[tuple[str, ...], list[int]]) -> int | None:
    """The nearest quote with a named channel that holds quote ``i``'s words: the same
    speaker's, or anyone's for a quote nobody was found to say (five words or more)."""
    need = _REPEATED_MIN_WORDS if keys[i] is not None else _REPEATED_UNSPOKEN_WORDS
    if len(words[i]) < need:
        return None
    found = by_run.get(words[i][:_REPEATED_MIN_WORDS], [])
    # outward from quote i, nearest first, and at most a bounded number of candidates:
    # bounded work per quote on a text that repeats one phrase thousands of times
    at = bisect.bisect_left(found, i)
    lo, hi, tried = at - 1, at, 0
    while (lo >= 0 or hi < len(found)) and tried < _REPEATED_TRIES:
        if hi >= len(found) or (lo >= 0 and i - found[lo] <= found[hi] - i):
            j, lo = found[lo], lo - 1
        else:
            j, hi = found[hi], hi + 1
        tried += 1
        if (j != i and (keys[i] is None or keys[j] == keys[i]) and len(words[j]) >= len(words[i])
                and _holds(words[j], words[i])):
            return j
    return None


def _holds(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether ``shorter`` is a run of consecutive words of ``longer``."""
    n = len(shorter)
    return any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))


def decide_outlet(
    plan: OutletPlan,
    quotes: Sequence[Quote],
    speakers: Sequence[SpeakerDecision],
    index: int,
    earlier: Sequence[OutletDecision],
) -> OutletDecision:
    """Where ``quotes[index]`` was first given, given the outlet decisions before it."""
    memory = _Memory()
    for k, decision in enumerate(earlier[:index]):
        _remember(memory, quotes[k], speakers[k], decision)
    return _decide(plan, quotes[index], speakers[index], memory)


@attrs.define
class _Memory:
    """What the decisions so far leave for the next quotes."""

    #: each speaker's latest quote's outlet
    latest: dict[SpeakerKey, tuple[int, OutletMention]] = attrs.field(factory=dict)
    #: the quote before, who said it (None: nobody the sieves found) and its decision
    previous: tuple[Quote, SpeakerKey | None, OutletDecision] | None = None


def _remember(memory: _Memory, quote: Quote, speaker: SpeakerDecision, decision: OutletDecision) -> None:
    """A speaker's latest quote's outlet, for their later quotes (not one appearance's:
    see :data:`SENTENCE_ONLY_CUES`); and the quote itself, for the one after it."""
    key = speaker_key(speaker)
    memory.previous = (quote, key, decision)
    latest = memory.latest
    if (key is not None and decision.outlet is not None and decision.outlet.rule not in SENTENCE_ONLY_CUES
            and decision.rule not in _NOT_CARRIED):
        latest[key] = (quote.span.start, decision.outlet)


#: Outlet decisions that are not the speaker's own channel, so not carried to their later
#: quotes: the article's occasion, a digest item's source, a released batch, a piece the
#: quote's sentence opens inside, and what goes on from one of those.
_NOT_CARRIED = frozenset({"article_occasion", "digest_credit", "released_batch", "piece_goes_on", "goes_on_saying"})


def speaker_key(decision: SpeakerDecision) -> SpeakerKey | None:
    """Who a quote's outlet may be inherited from: a person, or an unnamed source by its words."""
    if decision.entity is not None:
        return decision.entity
    if decision.speaker is not None:
        return (decision.speaker.kind, decision.speaker.name.lower())
    return None


# --- one quote ---------------------------------------------------------------------------


@attrs.frozen
class _Quote:
    """One quote as the outlet sieves read it."""

    plan: OutletPlan
    quote: Quote
    para: int  # for a block quote: the paragraph that introduces it
    last_para: int
    s_start: int  # the quote's own sentence (a block's: its introducing sentence)
    s_end: int
    speaker: SpeakerDecision
    key: SpeakerKey | None
    before: list[tuple[int, OutletMention]]  # up to eight cues about the speaker before the quote
    after: list[tuple[int, OutletMention]]  # the first cue about the speaker after it
    latest: tuple[int, OutletMention] | None  # the speaker's latest quote's outlet
    steps: list[str]
    #: the quote before this one, its speaker and its decision (see :class:`_Memory`)
    previous: tuple[Quote, SpeakerKey | None, OutletDecision] | None = None
    #: where the sentence the quote starts in starts (a block's too: not its introducing one)
    opens_at: int = 0


def _read(plan: OutletPlan, quote: Quote, speaker: SpeakerDecision, memory: _Memory) -> _Quote:
    ctx = plan.ctx
    para = ctx.paragraph_index(quote.span.start)
    last_para = ctx.paragraph_index(quote.span.end - 1)
    opens_at = ctx.sentence_bounds(quote.span.start)[0]
    if quote.form == "block" and para > 0:
        # A block's own sentence is the one that introduces it: "In a post on X, he wrote:"
        para = last_para = para - 1
        intro_end = ctx.doc.paragraphs[para].span.end
        s_start, s_end = ctx.sentence_bounds(intro_end - 1)[0], intro_end
    else:
        s_start = opens_at
        s_end = ctx.sentence_bounds(max(quote.span.start, quote.span.end - 1))[1]
    key = speaker_key(speaker)
    own = plan.by_key.get(key, []) if key is not None else []
    cut = bisect.bisect_left(own, quote.span.start, key=lambda link: link[0])
    after_cut = bisect.bisect_left(own, quote.span.end, key=lambda link: link[0])
    return _Quote(plan, quote, para, last_para, s_start, s_end, speaker, key, own[max(0, cut - 8) : cut],
                  own[after_cut : after_cut + 1], memory.latest.get(key) if key is not None else None, [], memory.previous,
                  opens_at)


Outcome = OutletDecision | None
Sieve = Callable[[_Quote], Outcome]


def _live_sieves(disabled: frozenset[str]) -> list[Sieve]:
    """The sieves not switched off, in order: picked once per article, not once per quote."""
    return [sieve for name, sieve in OUTLET_SIEVES if name is None or name not in disabled]


def _decide(
    plan: OutletPlan, quote: Quote, speaker: SpeakerDecision, memory: _Memory, sieves: Sequence[Sieve] | None = None
) -> OutletDecision:
    q = _read(plan, quote, speaker, memory)
    for sieve in _live_sieves(plan.disabled) if sieves is None else sieves:
        outcome = sieve(q)
        if outcome is not None:
            return outcome
    return OutletDecision(None, None, 0.0, ("no outlet is named for this quote or its speaker",))


def _found(name: str, mention: OutletMention, steps: Sequence[str]) -> OutletDecision:
    return OutletDecision(mention, name, confidence(name), tuple(steps))


def _none(why: str) -> OutletDecision:
    return OutletDecision(None, None, 0.0, (why,))


def _in_sentence(mentions: list[OutletMention], q: _Quote) -> list[OutletMention]:
    """The cues (in text order) that start in the quote's sentence: two binary searches,
    not a pass over every cue of a long paragraph for every quote in it."""
    lo = bisect.bisect_left(mentions, q.s_start, key=lambda m: m.span.start)
    hi = bisect.bisect_left(mentions, q.s_end, lo, key=lambda m: m.span.start)
    return mentions[lo:hi]


def _digest_credit(q: _Quote) -> Outcome:
    """A news digest's item: “OIL PRICES FALL Ann Cole said the market was “tired.” [Valley
    Post.]” — every quote of a paragraph that ends with a source in brackets came through
    that source, whoever says it (the outlet relays the words: see the annotation's
    "the outlet wins")."""
    credit = q.plan.credits.get(q.last_para)
    if credit is None or credit.span.start < q.quote.span.end:
        return None
    return _found("digest_credit", credit, (f"digest_credit: the paragraph ends with {credit.span.text!r}",))


def _same_sentence(q: _Quote) -> Outcome:
    """“…,” Lavrov said in an interview with TASS — unless another person named between
    the quote and the cue owns it. A cue that names an outlet beats one that names none in
    the same sentence ("told reporters, according to a Kremlin transcript": the transcript),
    and a report that says it first carried the words beats a named channel ("said on her
    show, “Harbour Hour,” the Valley Post first reported": the Valley Post, as the
    annotation guidelines have it: the relaying outlet wins)."""
    quote = q.quote
    for k in range(q.para, q.last_para + 1):
        found: list[OutletMention] = []
        for mention in _in_sentence(q.plan.by_paragraph.get(k, []), q):
            if quote.span.start <= mention.span.start < quote.span.end:
                continue
            other = _other_person_between(q.plan.ctx, quote, mention, q.speaker.entity)
            if other is not None:
                q.steps.append(f"{mention.span.text!r} is in the sentence but belongs to {other!r}")
                continue
            found.append(mention)
        if found:
            mention = next((m for m in found if m.name is not None), found[0])
            relay = _according_to(q)
            if mention.name is not None and (relay is None or relay.rule != "first_reported"):
                relay = None  # a named channel yields only to a report that says it relays the words
            if relay is not None:
                return _through_report(q, relay)  # "said in a speech, according to the Valley Post": the relaying outlet wins
            return _found("same_sentence", mention, (*q.steps, f"same_sentence: {mention.span.text!r}"))
    return None


def _same_sentence_according_to(q: _Quote) -> Outcome:
    """“…,” Ahadi said, according to Reuters: the quote came through Reuters's report. So
    did a quote nobody speaks right after "According to the Valley Post," (the outlet's own
    words), and one whose sentence opens with it ("According to the Valley Post, Cole said
    the plan was “…”")."""
    mention = _according_to(q)
    return _through_report(q, mention) if mention is not None else None


def _through_report(q: _Quote, mention: OutletMention) -> Outcome:
    """A quote's words "according to" an outlet reached us through its report."""
    return _found("same_sentence_according_to", attrs.evolve(mention, relation="report"),
                  (*q.steps, f"same_sentence: {mention.span.text!r}"))


def _according_to(q: _Quote) -> OutletMention | None:
    """The "according to" cue that names the outlet the quote's own sentence came through."""
    text = q.plan.ctx.text
    for k in range(q.para, q.last_para + 1):
        for mention in _in_sentence(q.plan.sentence_only.get(k, []), q):
            before = mention.span.end <= q.quote.span.start
            if mention.span.start >= q.quote.span.end or (
                    before and q.key is None and not text[mention.span.end : q.quote.span.start].strip(" \t\xa0,:")):
                return mention
            if before and q.key is not None and _according_opens(text, q, mention):
                return mention
    return None


def _as_reported(text: str, start: int) -> bool:
    """Whether "as" (or "as first") stands right before the cue at ``start``."""
    return _AS_REPORTED.search(text[max(0, start - 24) : start]) is not None


def _according_opens(text: str, q: _Quote, mention: OutletMention) -> bool:
    """ "According to the Valley Post, Cole said …" (or "As first reported by Harbour
    Weekly, …"): the cue opens the quote's sentence, a comma after it, and no other quote
    stands between it and this one."""
    opening = text[q.s_start : mention.span.start].strip(" \t\xa0")
    return ((not opening or mention.rule == "reported_by" and _AS_OPENING.fullmatch(opening) is not None)
            and text[mention.span.end : mention.span.end + 1] == ","
            and not any(mark in text[mention.span.end : q.quote.span.start] for mark in "“”\"«»"))


def _introduced_unspoken(q: _Quote) -> Outcome:
    """“…” with nobody to say it, after "The Valley Post reported:" or in the paragraph of
    "CNN reported that the banners read": the words came through the outlet named just
    before them — the nearest named cue in the sentence before, or, for a quote opening its
    paragraph, in the last sentence of the paragraph before (all of it when it ends in a colon)."""
    if q.key is not None or q.plan.ctx.text[q.s_start : q.quote.span.start].strip():
        return None  # a speaker, or a sentence that opens with its own source ("A study said: “…”")
    # a named outlet; not words "told" to one, which need a teller this quote does not have
    cues = [m for m in _cues_just_before(q) if m.name is not None and m.relation != "told"]
    if not cues:
        return None
    m = cues[-1]
    return _found("introduced_unspoken", m, (f"introduced_unspoken: nobody speaks, {m.span.text!r} comes before",))


def _unspoken_goes_on(q: _Quote) -> Outcome:
    """CNN reported that the banners carried slogans. ¶ “Go home,” read one. “Not here,” was
    another. — a quote nobody speaks, in a later sentence of the paragraph whose quote before
    it, nobody's either, came through an outlet named before them, came through it too:
    the items of one list an outlet's report gives. Not a quote in the same sentence as that
    one ("“Not here,” a site run by a group called “Harbour First”": a name, no item)."""
    if q.key is not None or q.previous is None:
        return None
    before, key, decision = q.previous
    if key is not None or decision.rule not in ("introduced_unspoken", "unspoken_goes_on") or decision.outlet is None:
        return None
    ctx = q.plan.ctx
    if ctx.paragraph_index(before.span.start) != q.para or before.span.end > q.s_start:
        return None  # another paragraph, or the same sentence as the quote before
    if _cue_between(q, before.span.end):
        return None  # a channel named between
    m = decision.outlet
    return _found("unspoken_goes_on", m, (f"unspoken_goes_on: nobody speaks, the quote before came through {m.span.text!r}",))


def _unspoken_continues(q: _Quote) -> Outcome:
    """“We regret the decision,” the council's letter says. “It was rushed.” — a quote nobody
    speaks that opens the sentence right after the quote before it, in its paragraph, goes
    on with the words its own sentence gave a channel (a letter, an e-mail, a statement)."""
    if q.key is not None or q.previous is None:
        return None
    before, _key, decision = q.previous
    if decision.outlet is None or decision.rule != "same_sentence":
        return None
    ctx = q.plan.ctx
    if ctx.paragraph_index(before.span.start) != q.para:
        return None
    since = ctx.sentence_bounds(before.span.end - 1)[1]
    if since > q.quote.span.start or ctx.text[since : q.quote.span.start].strip():
        return None  # not the next sentence, or words of the writer's before this quote
    m = decision.outlet
    return _found("unspoken_continues", m, (f"unspoken_continues: the quote before was given through {m.span.text!r}",))


def _cues_just_before(q: _Quote) -> list[OutletMention]:
    """The cues of the sentence before the quote's, in its paragraph, else (for a quote that
    opens its paragraph) of the paragraph before's last sentence, or all of it after a colon."""
    ctx = q.plan.ctx
    before = ctx.sentence_bounds(q.s_start - 1)[0] if q.s_start > 0 else q.s_start
    cues = [m for m in q.plan.by_paragraph.get(q.para, []) if before <= m.span.start and m.span.end <= q.quote.span.start]
    if cues or q.para == 0 or q.s_start != ctx.doc.paragraphs[q.para].span.start:
        return cues
    last = ctx.doc.paragraphs[q.para - 1].span
    lo = last.start if last.text.rstrip().endswith(":") else ctx.sentence_bounds(last.end - 1)[0]
    return [m for m in q.plan.by_paragraph.get(q.para - 1, []) if m.span.start >= lo]


#: what an outlet published, standing for it as a sentence's subject: "The piece then calls …"
_PIECE = regex.compile(r"\b[Tt]he[ \t\xa0](?:\p{Ll}+[ \t\xa0])?(?:piece|editorial|article|column|op-ed|story|report|excerpt)\b")


def _piece_goes_on(q: _Quote) -> Outcome:
    """“…,” the Valley Post wrote in an editorial. The piece then calls the plan “a
    fraud.” — a quote nobody speaks, in a sentence about the piece an outlet published, came
    through the outlet whose report was named last, in its paragraph or the one before. So
    did a speaker's quote in a sentence that opens inside the piece: "The Valley Post
    published pages of her memoir. In the excerpt, Cole writes, “…”"."""
    ctx = q.plan.ctx
    if q.key is not None:
        if _IN_PIECE.match(ctx.text, q.s_start) is None:
            return None  # a speaker's words, unless the sentence opens inside the piece
    elif _PIECE.search(ctx.text, q.s_start, q.quote.span.start) is None:
        return _piece_it_goes_on(q)
    for para in (q.para, q.para - 1):
        cues = [m for m in q.plan.by_paragraph.get(para, []) if m.relation == "report" and m.name is not None
                and m.span.end <= q.s_start]
        if cues:
            m = cues[-1]
            return _found("piece_goes_on", m, (f"piece_goes_on: the piece of {m.span.text!r}",))
    return None


#: a sentence that opens inside a piece: "In the excerpt, …", "In the editorial, …"
_IN_PIECE = regex.compile(r"[Ii]n[ \t\xa0]the[ \t\xa0](?:\p{Ll}+[ \t\xa0])?(?:piece|editorial|article|column|op-ed|excerpt|essay)\b")

#: a sentence about "it", the piece the sentence before was about: "It also calls …", "And it accuses …"
_IT_OPENS = regex.compile(r"(?:(?:And|But|Then)[ \t\xa0]+it|It)[ \t\xa0]")


def _piece_it_goes_on(q: _Quote) -> Outcome:
    """The piece then calls the plan “a fraud.” And it accuses the mayor of “bad faith.” — a
    quote nobody speaks, in a sentence that opens with "it" right after the sentence of a
    quote that came through a piece, in its paragraph, came through that piece too."""
    if q.previous is None or _IT_OPENS.match(q.plan.ctx.text, q.s_start) is None:
        return None
    before, key, decision = q.previous
    ctx = q.plan.ctx
    if key is not None or decision.rule != "piece_goes_on" or decision.outlet is None:
        return None
    if ctx.paragraph_index(before.span.start) != q.para or ctx.sentence_bounds(before.span.end - 1)[1] > q.s_start:
        return None
    if ctx.text[ctx.sentence_bounds(before.span.end - 1)[1] : q.s_start].strip():
        return None  # not the next sentence
    m = decision.outlet
    return _found("piece_goes_on", m, (f"piece_goes_on: 'it', the piece of {m.span.text!r}",))


#: a quote read from an e-mail or message: "Cole writes to Reyes", "in a March e-mail", "under subject line"
_MAIL_CONTEXT = regex.compile(
    r"\b(?:writes|wrote|responds|responded|replies|replied|forwards|forwarded|e-?mailed|subject[ \t\xa0]line)\b"
    r"|\b(?i:an?|the|another|one|that|this)[ \t\xa0](?:[\w.,\-’']+[ \t\xa0]){0,4}?(?:e-?mail|message)s?\b"
)


def _released_batch(q: _Quote) -> Outcome:
    """The Harbour Council released its third batch of the mayor's e-mails. … In one, Cole
    writes to Reyes: “Not now.” — a quote read from an e-mail or message, after the article
    says a body released a batch of them, came through that body (relation report): the body
    that released the e-mail relays it, even when its sentence names the e-mail ("In a March
    e-mail, …"); another channel in its sentence stands."""
    ctx = q.plan.ctx
    before = [m for m in q.plan.batches if m.span.start < q.quote.span.start]
    if not before:
        return None
    # its own sentence may name the e-mail ("In a March e-mail, Cole …"), no other channel
    if any(m.name is not None or m.relation != "statement" for m in _in_sentence(q.plan.by_paragraph.get(q.para, []), q)):
        return None
    lo = ctx.sentence_bounds(q.s_start - 1)[0] if q.s_start > ctx.doc.paragraphs[q.para].span.start else q.s_start
    # after the quote: to the end of its clause, even when its "?" or "!" ended a sentence
    # inside the marks ("“Why not?” Cole writes to Reyes.")
    rest = ctx.text[q.quote.span.end : q.quote.span.end + 40]
    after = q.quote.span.end + len(rest) - len(rest.lstrip(" \t\xa0"))  # where the words after the quote start
    hi = max(q.s_end, ctx.sentence_bounds(min(after, len(ctx.text) - 1))[1])
    hi = min(hi, ctx.doc.paragraphs[q.last_para].span.end)
    if _MAIL_CONTEXT.search(ctx.text, lo, q.quote.span.start) is None and _MAIL_CONTEXT.search(
            ctx.text, q.quote.span.end, hi) is None:
        return None
    m = before[-1]
    return _found("released_batch", m, (f"released_batch: read from what {m.span.text!r} names",))


def _needs_speaker(q: _Quote) -> Outcome:
    """Every later sieve inherits through the speaker."""
    return _none("no speaker, so no outlet can be inherited") if q.key is None else None


def _cue_between(q: _Quote, lo: int) -> bool:
    """Whether a cue starts between ``lo`` and the quote (read in the paragraphs from
    ``lo``'s to the quote's)."""
    by_paragraph = q.plan.by_paragraph
    return any(lo <= m.span.start < q.quote.span.start
               for k in range(q.plan.ctx.paragraph_index(lo), q.para + 1) for m in by_paragraph.get(k, []))


#: a writer's words in the quote's own sentence: "Cole wrote", "In her post, Cole said"
_WRITES = regex.compile(r"\b(?:wrote|writes|writing)\b|\b(?i:in)[ \t\xa0](?:his|her|their)[ \t\xa0](?:\p{Ll}+[ \t\xa0])?"
                        r"(?:post|column|piece|article|essay|op-ed|blog|story|report)\b")
#: an outlet's writer named by the outlet before the name: "Valley Post columnist ", "Gazette.com writer "
_WRITER_OF = regex.compile(r"(?P<outlet>(?:\p{Lu}[\p{L}.\-]*[ \t\xa0]){1,4}?)(?:columnist|writer|reporter|correspondent|editor)"
                           r"[ \t\xa0]$")


#: the kinds of outlet whose writers' words are written ones
_WRITTEN_KINDS = frozenset({"newspaper", "magazine", "website", "agency"})


def _journalist_writes(q: _Quote) -> Outcome:
    """Harbour.com writer Ann Cole … ¶ In her post, Cole said, “…” — the written words of a
    person the article introduced as an outlet's writer ("Valley Post columnist Ann Cole"),
    a quote whose own sentence says she wrote them, went out through that outlet."""
    if not isinstance(q.key, int):
        return None
    ctx = q.plan.ctx
    # the look at the few words before the person's first mention first: most people
    # are introduced with no outlet, and the quote's whole sentence is then never read
    first = ctx.entities[q.key].first_at
    found = _WRITER_OF.search(ctx.text, max(0, first - 60), first) if first > 0 else None
    if found is None or _WRITES.search(ctx.text, q.opens_at, q.s_end) is None:
        return None
    resolved = resolve_outlet_name(found.group("outlet").strip(), ctx.lex)
    if resolved is None:
        return None
    kind = resolved[1] or ctx.lex.outlet_kind_words.get(resolved[0].split()[-1].lower())
    if kind not in _WRITTEN_KINDS:
        return None  # a written outlet (not a network's "correspondent"), by the gazetteer or its name's last word
    end = found.start() + len(found.group().rstrip(" \t\xa0"))  # "Valley Post columnist"
    m = OutletMention(resolved[0], "report", Span.of(ctx.text, found.start(), end), kind=resolved[1], rule="writer_of")
    return _found("journalist_writes", m, (f"journalist_writes: introduced as {found.group()!r}",))


def _continues_quote(q: _Quote) -> Outcome:
    """“The plan is dead,” Cole tweeted. “Bury it.” — a quote with no clause of its own that
    goes on from the speaker's quote right before it, in its paragraph, is the same
    utterance: it was given where that one was (an appearance too: the same tweet), unless
    a channel is named between."""
    if q.speaker.rule != "continues_previous_quote" or q.previous is None or q.quote.form == "partial":
        return None  # a phrase quoted in the writer's sentence is no part of the utterance
    before, key, decision = q.previous
    if key != q.key or decision.outlet is None or q.plan.ctx.paragraph_index(before.span.start) != q.para:
        return None
    since = q.plan.ctx.sentence_bounds(before.span.end - 1)[1]  # after the sentence of the quote before
    if _cue_between(q, since):
        return None  # a channel named between
    m = decision.outlet
    return _found("continues_quote", m, (f"continues_quote: the quote it goes on from was given through {m.span.text!r}",))


#: how far before its quote "went on to say" is looked for (characters)
_GOES_ON_REACH = 200
#: "went on to say", "goes on to write": the speaker continues what the quote before said
_GOES_ON = regex.compile(r"\b(?:went|goes|go|going)[ \t\xa0]+on[ \t\xa0]+to[ \t\xa0]+\p{Ll}+")


def _goes_on_saying(q: _Quote) -> Outcome:
    """In the excerpt, Cole writes, “…” ¶ Cole goes on to write, “…” — a quote whose own
    sentence says the speaker went on saying, right after the same speaker's quote in its
    paragraph or the one before, continues that quote's utterance: it was given where that
    one was (an appearance or a piece too), unless a channel is named between."""
    if q.previous is None:
        return None
    before, key, decision = q.previous
    if key != q.key or decision.outlet is None or q.para - q.plan.ctx.paragraph_index(before.span.start) > 1:
        return None
    ctx = q.plan.ctx
    if _GOES_ON.search(ctx.text, max(q.opens_at, q.quote.span.start - _GOES_ON_REACH), q.quote.span.start) is None:
        return None  # (read near the quote only: bounded work in a sentence of thousands of quotes)
    if _cue_between(q, ctx.sentence_bounds(before.span.end - 1)[1]):
        return None  # a channel named between
    m = decision.outlet
    return _found("goes_on_saying", m, (f"goes_on_saying: goes on from the quote at {before.span.start}, "
                                        f"given through {m.span.text!r}",))


def _same_paragraph(q: _Quote) -> Outcome:
    """Lavrov … in an interview with TASS. “…,” Lavrov stated."""
    ctx = q.plan.ctx
    same = [m for pos, m in q.before if ctx.paragraph_index(pos) == q.para]
    if not same:
        return None
    return _found("same_paragraph", same[-1], (f"same_paragraph: {same[-1].span.text!r} names the same speaker",))


def _same_paragraph_appearance(q: _Quote) -> Outcome:
    """Cole said on Fox News that the plan was dead. “We warned them,” she added. — one
    appearance ("said on", "tweeted", "On Harbour TV’s “Sunday Hour”") goes on in the speaker's later
    quotes of its own paragraph, unless another channel is named between. (A later paragraph
    may be another occasion: news stories gather quotes from many.)"""
    own = q.plan.appearances.get(q.key, []) if q.key is not None else []
    ctx = q.plan.ctx
    near = [(pos, m) for pos, m in own if pos < q.quote.span.start and ctx.paragraph_index(pos) == q.para]
    if not near:
        return None
    pos, m = near[-1]
    if any(pos < c.span.start < q.quote.span.start for c in q.plan.by_paragraph.get(q.para, [])):
        return None  # another channel named since ("At a rally, he…"): the later sieves weigh it
    return _found("same_paragraph_appearance", m, (f"same_paragraph_appearance: {m.span.text!r}",))


def _next_paragraph_appearance(q: _Quote) -> Outcome:
    """Cole tweeted that the plan was dead. ¶ “We warned them,” Cole said. “Twice.” — a
    paragraph that opens with the speaker's quote, and names nobody else before this one,
    goes on from the appearance that ended the paragraph before, unless another channel is
    named between."""
    ctx = q.plan.ctx
    start = ctx.doc.paragraphs[q.para].span.start
    if q.para == 0 or not ctx.inside_quote(start) and ctx.text[start : q.quote.span.start].strip():
        return None
    if any(ref.entity != q.key for ref in ctx.refs_between(start, q.quote.span.start)):
        return None
    own = q.plan.appearances.get(q.key, []) if q.key is not None else []
    near = [(pos, m) for pos, m in own if ctx.paragraph_index(pos) == q.para - 1]
    if not near:
        return None
    pos, m = near[-1]
    between = [*q.plan.by_paragraph.get(q.para - 1, []), *q.plan.by_paragraph.get(q.para, [])]
    if any(pos < c.span.start < q.quote.span.start for c in between):
        return None
    return _found("next_paragraph_appearance", m, (f"next_paragraph_appearance: {m.span.text!r} ends the paragraph before",))


def _answers_journalist(q: _Quote) -> Outcome:
    """Harbour TV’s Dan Price asked the mayor about the cuts. “Did you know?” Price asked. ¶
    “It was fine to know,” Cole said in reply. — a person's quote right after the question a
    named outlet's journalist put (a quote ending in a question mark, its outlet from "X's
    Price asked"), in its paragraph or the one before, with no channel named between, is
    the answer, given in that interview."""
    if q.previous is None or q.key is None:
        return None
    question, key, decision = q.previous
    asked = decision.outlet
    if key is None or key == q.key or asked is None or asked.name is None or asked.rule != "journalist_asked":
        return None
    ctx = q.plan.ctx
    if not question.span.text.rstrip(" \t\xa0”“\"'’").endswith("?"):
        return None  # a question, not the journalist's own remark
    if all(ref.entity != key for ref in ctx.refs_between(asked.span.start, asked.span.end)):
        return None  # the quote before is not the journalist's, who is named in "X's Price asked"
    para = ctx.paragraph_index(question.span.start)
    if q.para - para > 1:
        return None
    cues = [*q.plan.by_paragraph.get(para, []), *(q.plan.by_paragraph.get(q.para, []) if q.para != para else [])]
    if any(question.span.end <= m.span.start < q.quote.span.start for m in cues):
        return None  # a channel named since the question
    return _found("answers_journalist", asked, (f"answers_journalist: the answer to {asked.span.text!r}",))


def _new_occasion(q: _Quote) -> Outcome:
    """A time phrase in the quote's own sentence ("On Saturday, he accused…") is another
    occasion: the speaker's earlier outlet is not inherited."""
    ctx = q.plan.ctx
    match = outlet_patterns(ctx.lex).occasion.search(ctx.text, q.opens_at, q.quote.span.start)
    if match is None:
        return None
    return _none(f"{match.group()!r} marks another occasion: the speaker's earlier outlet is not inherited")


def _same_passage_anonymous(q: _Quote) -> Outcome:
    """An unnamed source keeps an outlet only within its own passage (this paragraph or the one before)."""
    if isinstance(q.key, int):
        return None
    ctx = q.plan.ctx
    near = [(pos, m) for pos, m in q.before if ctx.paragraph_index(pos) >= q.para - 1]
    if not near:
        return None
    m = near[-1][1]
    return _found("same_passage_anonymous", m, (f"same_passage_anonymous: {m.span.text!r}",))


def _anonymous_stops(q: _Quote) -> Outcome:
    return None if isinstance(q.key, int) else _none("an unnamed source with no outlet in its passage")


def _same_speaker_earlier(q: _Quote) -> Outcome:
    """The same speaker's earlier quote, or an earlier cue about the same speaker."""
    candidates: list[tuple[int, OutletMention, str]] = [(pos, m, "speaker_cue") for pos, m in q.before]
    if q.latest is not None:
        candidates.append((*q.latest, "earlier_quote"))
    if not candidates:
        return None
    _pos, m, how = max(candidates, key=lambda c: c[0])
    return _found("same_speaker_earlier", m, (f"same_speaker_earlier ({how}): {m.span.text!r}",))


def _same_speaker_later(q: _Quote) -> Outcome:
    if not q.after:
        return None
    m = q.after[0][1]
    return _found("same_speaker_later", m, (f"same_speaker_later: {m.span.text!r}",))


def _interviewed_group(q: _Quote) -> Outcome:
    """Several county chairs told the Valley Post that … ¶ “We need him,” said Ann Cole, a
    county chair. — once a story says its outlet talked to a number of people, a quote with
    no channel of its own from a person first named after that, with a word of the group's
    description in that sentence or before it in its paragraph, is one of those talks."""
    groups = q.plan.groups
    if not groups or not isinstance(q.key, int):
        return None
    ctx = q.plan.ctx
    first = ctx.entities[q.key].first_at
    if first < 0:
        return None
    s_start, s_end = ctx.sentence_bounds(first)
    # the sentence that first names the person, and its paragraph before it ("In Elm, local
    # GOP leaders say … ¶ “…” Ann Cole, the county chair, said")
    p_start = ctx.doc.paragraphs[ctx.paragraph_index(first)].span.start
    introduced = _words(ctx.text[min(p_start, s_start):s_end])
    for m in reversed(groups):
        if m.span.start < first and m.span.start < q.quote.span.start and _one_of(_group_words(m, ctx.lex), introduced):
            return _found("interviewed_group", m, (f"interviewed_group: first named as one of {m.span.text!r}",))
    return None


_WORD = regex.compile(r"[\p{L}][\p{L}\-]*")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _group_words(mention: OutletMention, lex: Lexicon) -> set[str]:
    """What a group's description says its members are: "several party officers in Elm County
    told the Ledger" → party, officer, county (a word of four letters or more, or an acronym,
    without a plural's s, nor one of the word class group_filler)."""
    cut = mention.name_span.start - mention.span.start if mention.name_span is not None else len(mention.span.text)
    found = set()
    for word in _WORD.findall(mention.span.text[:cut]):
        low = word.lower()
        if low in lex.words["group_filler"] or not (len(word) >= 4 or word.isupper() and len(word) >= 2):
            continue
        found.add(low[:-1] if low.endswith("s") and len(low) > 4 else low)
    return found


def _one_of(group: set[str], introduced: set[str]) -> bool:
    """A person introduced with a word of the group's description ("the county's GOP chairman"
    for "GOP leaders", "the Democratic chairwoman" for "Democratic chairs") is one of them."""
    return any(w.startswith(g) for g in group for w in introduced)


#: a person introduced as one more of a kind: "Another delegate, …", "And a third, …"
_ONE_MORE = regex.compile(r"\b(?:[Aa]nother|[Aa][ \t\xa0](?:second|third|fourth|fifth|sixth))\b")
_ONE_MORE_AFTER = regex.compile(r",[ \t\xa0]+(?:another|a[ \t\xa0](?:second|third|fourth|fifth|sixth))\b")


def _one_more_told(q: _Quote) -> Outcome:
    """Dan Price, a delegate, told the Ledger, “…” ¶ Another delegate, Ann Cole, said she was
    “undecided.” — a person introduced as one more of the kind ("another", "a third") right
    after the quote of someone who told an outlet, when the article says that outlet talked
    to several people (two tellers or more, or a group: "several delegates told the Ledger"),
    told it too: one more of the outlet's interviews."""
    if q.previous is None or not isinstance(q.key, int):
        return None
    before, key, decision = q.previous
    told = decision.outlet
    if key == q.key or told is None or told.name is None or told.relation != "told":
        return None
    ctx = q.plan.ctx
    if q.para - ctx.paragraph_index(before.span.start) > 1 or not _introduced_as_one_more(q, before.span.end):
        return None
    if not _talked_to_several(q, told):
        return None  # one person's talk with the outlet, no series of them
    return _found("one_more_told", told, (f"one_more_told: introduced as one more after {told.span.text!r}",))


def _introduced_as_one_more(q: _Quote, since: int) -> bool:
    """Whether the speaker is first named after ``since`` and before the quote, as one more of
    a kind: "Another delegate, Ann Cole, …", "Ann Cole, a third delegate, …"."""
    ctx = q.plan.ctx
    first = ctx.entities[q.key].first_at if isinstance(q.key, int) else -1
    if not since <= first < q.quote.span.start:
        return False
    return (_ONE_MORE_AFTER.match(ctx.text, ctx.mention_end(first)) is not None
            or _ONE_MORE.search(ctx.text, ctx.sentence_bounds(first)[0], first) is not None)


def _talked_to_several(q: _Quote, told: OutletMention) -> bool:
    """Whether, before the quote, two people or more told the outlet, or a group did."""
    cues = [m for items in q.plan.by_paragraph.values() for m in items
            if m.name == told.name and m.relation == "told" and m.span.start < q.quote.span.start]
    return len(cues) >= 2 or any(m.rule in GROUP_CUES for m in cues)


def _article_occasion(q: _Quote) -> Outcome:
    """Cole, in a debate article: the occasion its lede names, when nothing names another for
    this speaker (see :func:`shared_occasion`)."""
    shared = q.plan.shared
    if shared is None:
        return None
    on = q.plan.shared_on
    if on is not None and q.key is not None:
        # its broadcaster is the channel of those the lede names taking part, no one else's
        s_start, s_end = q.plan.ctx.sentence_bounds(on.span.start)
        if any(ref.entity == q.key for ref in q.plan.ctx.refs_between(s_start, s_end)):
            shared = on
    return _found("article_occasion", shared, (f"article_occasion: the lede names {shared.span.text!r}",))


#: The outlet rules that run after every quote's own decision, reading the others' (named
#: as sieves, and switched off by name, like those of :data:`OUTLET_SIEVES`).
OUTLET_AFTER: tuple[str, ...] = ("repeated_words",)

#: The outlet sieves in order; an entry named None is a gate that no sieve after it passes
#: (no speaker; a new occasion; an unnamed source beyond its passage).
OUTLET_SIEVES: tuple[tuple[str | None, Sieve], ...] = (
    ("digest_credit", _digest_credit),
    ("released_batch", _released_batch),
    ("same_sentence", _same_sentence),
    ("same_sentence_according_to", _same_sentence_according_to),
    ("introduced_unspoken", _introduced_unspoken),
    ("unspoken_goes_on", _unspoken_goes_on),
    ("unspoken_continues", _unspoken_continues),
    ("piece_goes_on", _piece_goes_on),
    (None, _needs_speaker),
    ("journalist_writes", _journalist_writes),
    ("continues_quote", _continues_quote),
    ("goes_on_saying", _goes_on_saying),
    ("same_paragraph", _same_paragraph),
    (None, _new_occasion),
    ("same_paragraph_appearance", _same_paragraph_appearance),
    ("next_paragraph_appearance", _next_paragraph_appearance),
    ("answers_journalist", _answers_journalist),
    ("same_passage_anonymous", _same_passage_anonymous),
    (None, _anonymous_stops),
    ("same_speaker_earlier", _same_speaker_earlier),
    ("same_speaker_later", _same_speaker_later),
    ("one_more_told", _one_more_told),
    ("interviewed_group", _interviewed_group),
    ("article_occasion", _article_occasion),
)


# --- whose cue is it -----------------------------------------------------------------------


def _sentence_speaker(ctx: ArticleContext, para: int, mention: OutletMention) -> SpeakerKey | None:
    """The speaker whose words the outlet cue's sentence is about, if the sentence says."""
    s_start, s_end = ctx.sentence_bounds(mention.span.start)
    best = _clause_subject(ctx, para, s_start, s_end, mention.span.start)
    if best is not None:
        return best
    # "Lavrov reinforced Putin’s stance in an interview with TASS": the sentence's first person.
    for ref in ctx.refs_between(s_start, min(s_end, mention.span.start)):
        if not _is_possessive(ctx, ref.pos):
            return ref.entity
    # "Speaking at a security forum in Sochi, Sergei Voronin went further.": the cue
    # opens the sentence as an introductory phrase; the subject follows its comma.
    opening = ctx.text[s_start : mention.span.start].split()
    following = ctx.refs_between(mention.span.end, s_end, limit=1)
    if len(opening) <= 2 and following and not _is_possessive(ctx, following[0].pos):
        if ctx.text[mention.span.end : following[0].pos].rstrip().endswith(","):
            return following[0].entity
    if len(opening) <= 2:
        after = _pronoun_after_opening(ctx, mention.span.end, s_end)
        if after is not None:
            return after
    return _pronoun_subject(ctx, s_start, mention.span.start)


#: the rest of an opening phrase, its comma, and "he" or "she" as the sentence's subject
_PRONOUN_AFTER_COMMA = regex.compile(r"[^,.;:!?“”\"\n]{0,60},[ \t\xa0]+(he|she)\b")


def _pronoun_after_opening(ctx: ArticleContext, cue_end: int, s_end: int) -> SpeakerKey | None:
    """ "In a spring interview with the Gazette, she praised the plan": a cue that opens
    the sentence is about its subject, here a pronoun, resolved as a quote's "she said" is."""
    match = _PRONOUN_AFTER_COMMA.match(ctx.text, cue_end, s_end)
    if match is None:
        return None
    return _pronoun_at(ctx, match.start(1), match.group(1))


#: what stands between two coordinated names: "Cole and Reyes", "Cole, Reyes and Dr. Lin",
#: "Ann Cole and Valley Post columnist Mark Reyes"
_COORDINATION = regex.compile(
    r"(?:[ \t\xa0]*,)?[ \t\xa0]+(?:and|&)[ \t\xa0]+(?:[\w.\-’']+[ \t\xa0]+){0,6}|[ \t\xa0]*,[ \t\xa0]+(?:\p{Lu}[\p{L}.]*[ \t\xa0]+){0,2}"
)


def _coordinated(ctx: ArticleContext, mention: OutletMention, key: SpeakerKey) -> list[SpeakerKey]:
    """``key``, and every person named in coordination with it before the cue in its sentence
    ("Cole and Reyes both appeared in their Harbour Radio slots"): the cue is each one's."""
    s_start, _s_end = ctx.sentence_bounds(mention.span.start)
    refs = [r for r in ctx.refs_between(s_start, mention.span.start) if not _is_possessive(ctx, r.pos)]
    at = next((k for k in range(len(refs) - 1, -1, -1) if refs[k].entity == key), None)  # the nearest
    if at is None:
        return [key]
    gaps = [ctx.text[ctx.mention_end(left.pos) : right.pos] for left, right in zip(refs, refs[1:])]
    lo = hi = at
    while lo > 0 and _COORDINATION.fullmatch(gaps[lo - 1]):
        lo -= 1
    while hi < len(gaps) and _COORDINATION.fullmatch(gaps[hi]):
        hi += 1
    if not any(regex.search(r"\b(?:and|&)[ \t\xa0]", gap) for gap in gaps[lo:hi]):
        return [key]  # commas alone are no list ("In a message to Cole, Reyes wrote")
    return list(dict.fromkeys(r.entity for r in refs[lo : hi + 1]))


#: a description between a subject and its verb: ", the mayor of Elm, ", ", R-Ohio, "
_APPOSITIVE = regex.compile(r",[^,;:!?\n“”\"]{2,80}(?:,[^,;:!?\n“”\"]{2,40})?,[ \t\xa0]*")


def _appearance_subject(ctx: ArticleContext, para: int, mention: OutletMention) -> SpeakerKey | None:
    """Who made one appearance: the person named right before its words ("Cole tweeted",
    "Cole said on Fox News", "she tweeted"), or after them when they open the sentence ("On
    Harbour TV’s “Sunday Hour,” Cole said"). Not the sentence's other subject: in "After Cole tweeted,
    Reyes said" the tweet is Cole's."""
    s_start, s_end = ctx.sentence_bounds(mention.span.start)
    before = ctx.refs_between(s_start, mention.span.start)
    if before:
        gap = ctx.text[ctx.mention_end(before[-1].pos) : mention.span.start]
        lead = ctx.text[s_start : before[-1].pos].lower().split()
        if any(w in ctx.lex.words["adverbial"] for w in lead):
            return None  # "Not long after Cole tweeted, …": the sentence tells of something else
        if len(gap.split()) <= 2 and "," not in gap and not _is_possessive(ctx, before[-1].pos):
            return before[-1].entity
        opening = ctx.text[s_start : before[0].pos].split()
        if len(opening) <= 1 and _APPOSITIVE.fullmatch(ctx.text, ctx.mention_end(before[0].pos), mention.span.start):
            return before[0].entity  # "Ann Cole, the mayor of Elm, tweeted": the subject, described
    if len(ctx.text[s_start : mention.span.start].split()) <= 2:
        return _sentence_speaker(ctx, para, mention)
    word = ctx.text[max(s_start, mention.span.start - 4) : mention.span.start].split()[-1:]
    if word and word[0] in ("he", "she"):
        at = mention.span.start - len(ctx.text[:mention.span.start]) + len(ctx.text[:mention.span.start].rstrip()) - len(word[0])
        return _pronoun_at(ctx, at, word[0])
    return None


def _pronoun_subject(ctx: ArticleContext, s_start: int, cue: int) -> SpeakerKey | None:
    """ "She went further at the weekend, telling the Harbour Times that …": a sentence that opens
    with "he" or "she" is about the person the pronoun stands for (resolved as a quote's
    "she said" would be)."""
    first = ctx.text[s_start:cue].split()[:1]
    if not first or first[0] not in ("He", "She"):
        return None
    return _pronoun_at(ctx, ctx.text.index(first[0], s_start), first[0])


def _pronoun_at(ctx: ArticleContext, at: int, word: str) -> SpeakerKey | None:
    """The person "he" or "she" written at ``at`` stands for, resolved as a quote's "she said" is."""
    entity, _why = resolve_pronoun(ctx, NounPhrase("pronoun", 0, 0, at, at + len(word)), word)
    return entity


def _clause_subject(ctx: ArticleContext, para: int, s_start: int, s_end: int, cue: int) -> SpeakerKey | None:
    """The subject of the last reporting clause before the cue in its sentence, else of the first after it."""
    best: SpeakerKey | None = None
    for clause in ctx.view(para).clauses_between(s_start, s_end):
        entity: SpeakerKey | None
        entity = _person_of_body(ctx, clause.np.start)
        if entity is None:
            entity, _m = ctx.mention_entity(clause.np.start, clause.np.end)
        if entity is None and clause.np.kind in ("pronoun", "role"):
            found = ctx.refs_between(clause.np.start, clause.np.start + 1)
            entity = found[0].entity if found else None
        if entity is None and clause.np.kind == "anonymous":
            entity = ("anonymous", ctx.text[clause.np.start : clause.np.end].lower())
        if entity is not None:
            best = entity
            if clause.np.start >= cue or clause.verb.start == cue:
                break  # "Cole told the Ledger, reminding them that Reyes …": the cue's own clause
    return best


#: what joins a person to the body or place named after them: " of ", " of the People’s "
_OF_BODY = regex.compile(r"[ \t\xa0]of[ \t\xa0](?:[\w’'.\-]+[ \t\xa0]?){0,4}")


def _person_of_body(ctx: ArticleContext, np_start: int) -> int | None:
    """ "Party leader Dan Price of the Harbour Party told deputies": a clause whose subject
    the clause parser reads as the body ("Party") is the person's named before "of"."""
    person = next((m for m in ctx.mentions_before(np_start, max(0, np_start - 60), limit=4) if m.kind == "person"), None)
    if person is None or not _OF_BODY.fullmatch(ctx.text, person.span.end, np_start):
        return None
    return ctx.registry.mention_entity_at.get(person.span.start)


def _is_possessive(ctx: ArticleContext, pos: int) -> bool:
    """ "Trump’s team" is not Trump acting; "Lavrov’s comments" still is Lavrov speaking."""
    end = ctx.mention_end(pos)
    if ctx.text[end : end + 2] not in ("’s", "'s"):
        return False
    return outlet_patterns(ctx.lex).acting_possessive.match(ctx.text, end, end + 40) is None


def _opens_sentence(ctx: ArticleContext, mention: OutletMention) -> bool:
    """ "In an interview with Harbour TV, …", "On Friday, at a rally, …": at most two words before the
    cue in its sentence."""
    s_start = ctx.sentence_bounds(mention.span.start)[0]
    return len(ctx.text[s_start : mention.span.start].split()) <= 2


def _other_person_between(ctx: ArticleContext, quote: Quote, mention: OutletMention, entity: int | None) -> str | None:
    """Another person named between the quote and a cue in its sentence owns the cue; but a
    cue that opens the sentence before the speaker's name is the speaker's, whoever the
    speaker then names ("In an interview with Harbour TV, Cole attacked Reyes: “…”"), and so
    is a cue right after the speaker's name, up to the quote within the same clause ("Cole
    tweeted back at Reyes, mocking him: “…”")."""
    if mention.span.start >= quote.span.end:
        lo, hi = quote.span.end, mention.span.start
    else:
        lo = mention.span.end
        reach = _owners_reach(ctx, mention, quote.span.start, entity)
        if reach is None:
            return None
        hi = reach
    refs = ctx.refs_between(lo, hi)
    if (entity is not None and refs and lo == mention.span.end and refs[0].entity == entity
            and not _is_possessive(ctx, refs[0].pos) and _opens_sentence(ctx, mention)):
        return None  # the first person after an opening cue is the speaker: the cue's subject
    for ref in refs:
        if ref.entity != entity:
            return ctx.entities[ref.entity].name
    return None


#: another clause joined on: ", and Reyes said", "; but"
_NEXT_CLAUSE = regex.compile(r"[,;][ \t\xa0]+(?:and|but|while|as|then)\b|;")


def _owners_reach(ctx: ArticleContext, mention: OutletMention, quote_start: int, entity: int | None) -> int | None:
    """How far after a cue, toward the quote after it, a person named would own the cue: None
    when the cue is the speaker's own, right after the speaker's name and within the clause
    that ends on the quote ("Cole tweeted at Reyes: “…”"); the start of the words the cue
    reports, when they are the quote's ("Cole told CNN that Reyes is a “fake”": Reyes is in
    what was told); else the quote."""
    lo = mention.span.end
    if (entity is not None and not ctx.facts.quote_between(lo, quote_start)
            and _NEXT_CLAUSE.search(ctx.text, lo, quote_start) is None and _told_by(ctx, mention, entity)):
        return None
    that = outlet_patterns(ctx.lex).reported_that.match(ctx.text, lo, quote_start)
    if that is not None and _told_by(ctx, mention, entity):
        return that.start("words")
    return quote_start


def _told_by(ctx: ArticleContext, mention: OutletMention, entity: int | None) -> bool:
    """Whether the words a cue reports may be the quote's, whoever they name: when the quote
    has no speaker of its own, or its speaker is the person named last before the cue in its
    sentence ("Cole told CNN that Reyes …"; not "Lin tweeted that …, and Cole called …")."""
    if entity is None:
        return True
    s_start = ctx.sentence_bounds(mention.span.start)[0]
    refs = [r for r in ctx.refs_between(s_start, mention.span.start) if not _is_possessive(ctx, r.pos)]
    return bool(refs) and refs[-1].entity == entity
