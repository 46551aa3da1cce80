"""Mixed quotes: the reported clause around partial quotes, as one quote.

News paraphrases most of what people say and quotes a few of their words inside the
paraphrase: *Cole said the plan was “a slow disaster” for the town.* The quoted words are
found as partial quotes and attributed like any quote. This stage adds, for each clause of
reported speech that holds partial quotes, one quote of form ``mixed``: its span is the
reported clause (from "that", or the words after the speech verb and its outlet, to the
end of the clause), its ``nested`` spans are the partial quotes inside it, and it takes
their speaker and outlet. The partial quotes stay, each with its own record: a mixed
quote adds the whole of what was reported, it never replaces the quoted words.

A mixed quote's wording is the reporter's, not the speaker's, so it joins no remark and
is never compared word for word with a primary source (the graph and the fidelity check
read the partial quotes inside it instead).

The rule is ``reported_clause`` (a speech verb before the partial quotes: the clause
runs from it to the clause's end) or ``clause_before_cue`` (the cue follows: the clause
runs from the sentence's start to the speaker). One clause takes the partial quotes of
one cue on one side of it, in its sentence, up to a clause break between two of them.

Where it starts: after the verb's outlet ("told the Gazette"), after a participle of
speech (", saying", "quoted her as saying"), or at the "that" that opens it (near the
verb, after an aside between commas, or after an object with no verb of its own). Where
it ends: at a comma, semicolon, dash or another quote after its last partial quote, at a
verb of speech that "and" or a subordinator opens ("before claiming"), or at its last
quote after a naming verb ("called it “x”") or a speech noun ("Cole's claim that …").

Nothing is made where the words after the cue are not what was said or the partial
quotes' answers are not firm: a headline, a cue that closes an earlier quote of its
sentence or names its speaker after it, a word that takes no clause (speak, according),
a relative clause still open at the quote, a speech noun without "that", a channel named
paragraphs later, a pronoun whose channel comes from paragraphs before; nor when the
clause holds another quote or the partial quotes are all of it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from ..lexicon import Lexicon
from ..records import Attribution, Quote, Span
from .context import ArticleFacts

__all__ = ["mixed_quotes", "with_mixed_quotes"]

#: "that" opening the reported clause ("told the Gazette that the plan…").
_THAT = regex.compile(r"\bthat\b", regex.IGNORECASE)
#: Where a reported clause ends after its last partial quote: a comma, another quote, or
#: (group "break", which also splits two partial quotes into two clauses) a semicolon, a
#: dash, or "and" before a verb in the past ("and insisted").
_CLAUSE_END = regex.compile(r",|(?P<break>;|--|[—―]|\s[–-]\s|\s+and\s+(?:\w+ly\s+)?\w+(?:ed|ew|old|ote|aid)\b)|[“\"«]|''")
#: Words that join a next clause ("… a “fraud” and questioning …"): not the clause's.
_COORDINATORS = frozenset({"and", "or", "but", "then"})
#: The most words between the verb (and its outlet) and the "that" that opens its clause.
_THAT_REACH = 4
#: A participle of a speech verb after a comma or "as" opens a new reported clause (", saying
#: it was", "quoted her as saying it was").
_PARTICIPLE = regex.compile(r"(?:,|\bas)\s+(\w+ing)\b")
#: A relative clause still open at the quoted words (no comma closes it first): they may be
#: its subject's, not the speaker's ("praised Dan Price, who has called it “reckless”").
_RELATIVE = regex.compile(r",\s+(?:who|which|whose)\b[^,]*\Z")
#: Characters trimmed from a clause's ends (never the marks of a quote inside it).
_EDGE = " \t\n\xa0,:;.—–-"
#: A clause whose words outside its quotes number fewer than this is the quote itself.
_MIN_OWN_WORDS = 2
_WORD = regex.compile(r"\w+")
#: How a line of prose ends, once closing marks (_CLOSING) are stripped; a line that ends
#: otherwise is a headline.
_SENTENCE_END = frozenset(".!?…:)]")
_CLOSING = "”\"’'» \t\xa0"
#: Outlet sieves that carry a channel from before the quote's sentence.
_CARRIED = frozenset({"same_speaker_earlier", "same_paragraph", "same_paragraph_appearance",
                      "next_paragraph_appearance", "same_speaker_later"})
#: The speaker rules that read "…,” Cole said" after the quote (clause_before_cue).
_TRAILING = frozenset({"trailing_np_verb", "trailing_verb_np"})
#: How far from its quotes a clause's words are read (characters): bounded work per quote
#: in a text with no full stops.
_REACH = 400


def mixed_quotes(
    facts: ArticleFacts, attributions: Sequence[Attribution], disable: frozenset[str] = frozenset(),
) -> list[tuple[int, Attribution]]:
    """The mixed quotes of an article, each with the index of the first partial quote it
    holds (the mixed quote goes just before it); ``disable`` names rules not to use."""
    if {"reported_clause", "clause_before_cue"} <= disable:
        return []
    groups: dict[tuple[int, int], list[int]] = {}
    for i, a in enumerate(attributions):
        if a.quote.form == "partial" and a.speaker is not None and a.cue is not None:
            groups.setdefault((a.cue.start, a.cue.end), []).append(i)
    found = []
    for members in groups.values():
        made = _mixed(facts, attributions, members)
        if made is not None and made.quote.form_rule not in disable:
            found.append((members[0], made))
    return sorted(found, key=lambda t: t[0])


def with_mixed_quotes(
    facts: ArticleFacts, attributions: Sequence[Attribution], disable: frozenset[str] = frozenset(),
) -> tuple[Attribution, ...]:
    """``attributions`` with each mixed quote placed before the first partial quote it holds."""
    before: dict[int, Attribution] = dict(mixed_quotes(facts, attributions, disable))
    out: list[Attribution] = []
    for i, a in enumerate(attributions):
        if i in before:
            out.append(before[i])
        out.append(a)
    return tuple(out)


def _mixed(facts: ArticleFacts, attributions: Sequence[Attribution], members: list[int]) -> Attribution | None:
    first = attributions[members[0]]
    if not _firm(first):
        return None
    assert first.cue is not None
    sentence = facts.sentence_around(first.cue.start)
    members = _one_clause(facts, attributions, members, sentence[1])
    inside = [attributions[i].quote.span for i in members]
    found = _clause(facts, first, attributions[members[-1]], inside, sentence)
    if found is None:
        return None
    start, end, rule = found
    text = facts.text
    own = text[start:inside[0].start] + " " + text[inside[-1].end:end] + " ".join(
        text[a.end:b.start] for a, b in zip(inside, inside[1:]))
    if len(_WORD.findall(own)) < _MIN_OWN_WORDS or _other_quote(facts, start, end, inside):
        return None
    span = Span.of(text, start, end)
    quote = Quote(span=span, content=span, parts=(span,), form="mixed", marks="", nested=tuple(inside),
                  form_rule=rule)
    return attrs.evolve(
        first, quote=quote, flags=(),  # what is missing is flagged once, on its partial quotes
        steps=(f"form mixed: {rule}: the reported clause around {len(inside)} partial "
               f"quote{'s' if len(inside) > 1 else ''}, with their speaker and outlet",) + first.steps[1:],
    )


def _firm(first: Attribution) -> bool:
    """Whether the partial quotes' answers are firm enough to repeat: not a channel named
    paragraphs later, nor "He called it …" with a channel carried from paragraphs before."""
    if first.outlet_rule == "same_speaker_later":
        return False
    return not (first.mention is not None and first.mention.kind == "pronoun" and first.outlet_rule in _CARRIED)


def _clause(
    facts: ArticleFacts, first: Attribution, last: Attribution, inside: list[Span], sentence: tuple[int, int],
) -> tuple[int, int, str] | None:
    """The reported clause around the partial quotes ``inside`` and its rule, if the cue
    reports one: the cue and the quotes in its ``sentence``, near each other, not a headline."""
    cue = first.cue
    assert cue is not None
    s_start, s_end = sentence
    if (first.quote.span.start - cue.end > _REACH or cue.start - last.quote.span.end > _REACH
            or inside[0].start < s_start or inside[-1].end > s_end + 1 or _headline(facts, cue.start)):
        return None  # "Cole slams plan as ‘reckless’": a headline reports no clause
    if cue.end <= first.quote.span.start:
        if not _opens_clause(facts, first, s_start):
            return None
        start = _clause_start(facts, first)
        if start is None:
            return None
        return start, _clause_end(facts, first, last.quote.span.end, s_end), "reported_clause"
    if cue.start >= last.quote.span.end and _speaker_after(facts, first, last):
        start, end = _before_cue(facts, first, s_start)
        return (start, end, "clause_before_cue") if start <= inside[0].start and inside[-1].end <= end else None
    return None


def _clause_start(facts: ArticleFacts, first: Attribution) -> int | None:
    """Where the clause after the speech verb starts: past the verb's outlet ("told the
    Gazette"), after a participle of speech (", saying"), at the last "that"; None when a
    relative clause comes first (", who has called it “…”": its subject's words)."""
    cue, text = first.cue, facts.text
    assert cue is not None
    start = cue.end
    evidence = first.outlet.span if first.outlet is not None else None
    if evidence is not None and cue.start <= evidence.start and evidence.end <= first.quote.span.start:
        start = max(start, evidence.end)
    opens = first.quote.span.start
    for m in _PARTICIPLE.finditer(text, start, opens):
        if facts.lex.verb_lemma(m.group(1)) is not None:
            start = m.end()
    if _RELATIVE.search(text[start:opens]) is not None:
        return None
    that = _THAT.search(text, start, opens)
    if that is not None and _opens_with(facts, start, that.start()):
        start = that.start()  # "told the Gazette on Monday that …"; a later "that" is inside the clause
    while start < opens and text[start] in _EDGE:
        start += 1
    return start


def _joins(word: str, lex: Lexicon) -> bool:
    """A word that opens a next clause: a subordinator or a coordinator."""
    return word in lex.words["subordinator"] or word in _COORDINATORS


def _opens_with(facts: ArticleFacts, start: int, that: int) -> bool:
    """Whether the "that" at ``that`` opens the reported clause: near the verb, after an
    aside between commas, or after its object with no verb of its own ("told diplomats at
    the talks that …"; not "said the costs are so high that …", inside the clause)."""
    words = _WORD.findall(facts.text, start, that)
    if len(words) <= _THAT_REACH or _aside(facts.text, start, that):
        return True
    return not any(w.lower() in facts.lex.words["passive_be"] for w in words)


def _aside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an aside between commas ("stated, while testifying
    last month, that …")."""
    between = text[start:end].strip(" \t\xa0")
    return len(between) > 2 and between[0] == "," and between[-1] == ","


def _clause_end(facts: ArticleFacts, first: Attribution, last_end: int, s_end: int) -> int:
    """Where the clause ends: at the next clause of the sentence after its last quote, or
    at the last quote after a naming verb or a speech noun."""
    cue, text = first.cue, facts.text
    assert cue is not None
    end = max(min(s_end, last_end + _REACH), last_end)
    if first.rule == "possessive_speech_noun" or _ends_with_quote(facts, cue):
        end = last_end  # "Cole's claim that it was “over” spread fast": the clause is the noun's
    elif first.rule == "relative_speech" and text[max(0, last_end - 8) : last_end].rstrip(_CLOSING).endswith(","):
        end = last_end  # "Cole, who said it was “over,” left": the comma closes the relative clause
    stop = _CLAUSE_END.search(text, last_end, end)
    if stop is not None:
        end = stop.start()
    lex = facts.lex
    words = list(_WORD.finditer(text, last_end, end))
    for k, w in enumerate(words):
        # "… on Twitter before claiming", "… and questioning": a verb of speech that a
        # subordinator or "and" opens is a clause of its own (not "once revealed")
        if k > 0 and lex.verb_lemma(w.group()) is not None and _joins(words[k - 1].group().lower(), lex):
            while k > 0 and _joins(words[k - 1].group().lower(), lex):
                k -= 1
            end = words[k].start()
            break
    while end > last_end and text[end - 1] in _EDGE:
        end -= 1
    return end


def _opens_clause(facts: ArticleFacts, first: Attribution, s_start: int) -> bool:
    """Whether the words after the cue are what was said: not when the cue closes an
    earlier quote of its sentence ("“No,” Cole said after a “long” day"), names its speaker
    after it ("said Ann Cole, author of “Tides”"), takes no clause ("as she spoke", "according
    to"), or is a speech noun with no "that" ("Cole's appeal for “calm”")."""
    cue, quote = first.cue, first.quote
    assert cue is not None
    if first.mention is not None and cue.end <= first.mention.span.start < quote.span.start:
        return False
    lemma = facts.lex.verb_lemma(cue.text) or cue.text.lower()
    if lemma in facts.lex.words["no_clause_verb"]:
        return False
    if first.rule == "possessive_speech_noun" and _THAT.search(facts.text, cue.end, quote.span.start) is None:
        return False
    i = bisect.bisect_left(facts.quote_starts, s_start)
    return not (i < len(facts.quote_starts) and facts.quote_starts[i] < cue.start)


def _headline(facts: ArticleFacts, offset: int) -> bool:
    """Whether ``offset`` is on a line that ends with no full stop: a headline (short, so
    only the next :data:`_REACH` characters are read)."""
    text = facts.text
    i = bisect.bisect_right(facts.para_starts, offset) - 1
    paragraphs = facts.doc.paragraphs
    limit = min(paragraphs[i].span.end if 0 <= i < len(paragraphs) else len(text), offset + _REACH)
    end = text.find("\n", offset, limit)
    if end < 0:
        if limit < len(text) and limit == offset + _REACH:
            return False  # a long line is no headline
        end = limit
    return text[offset:end].rstrip().rstrip(_CLOSING)[-1:] not in _SENTENCE_END


def _one_clause(facts: ArticleFacts, attributions: Sequence[Attribution], members: list[int], s_end: int) -> list[int]:
    """The partial quotes of ``members`` up to the first clause break between two of them
    ("said he would “try” and insisted that it was “over”": the first only), all on the
    same side of the cue and in its sentence, which ends at ``s_end`` ("the “woman card,”
    Cole said, adding that …": the first only)."""
    cue = attributions[members[0]].cue
    assert cue is not None
    text, lex = facts.text, facts.lex
    before = attributions[members[0]].quote.span.end <= cue.start
    kept = members[:1]
    for i in members[1:]:
        quote = attributions[i].quote.span
        if (quote.end <= cue.start) != before or quote.start >= s_end:
            break
        gap_start, gap_end = attributions[kept[-1]].quote.span.end, quote.start
        if gap_end - gap_start > _REACH or any(m.group("break") for m in _CLAUSE_END.finditer(text, gap_start, gap_end)):
            break
        if any(lex.verb_lemma(w.group()) is not None for w in _WORD.finditer(text, gap_start, gap_end)):
            break  # another verb of speech: another clause ("said it was “x” before claiming “y”")
        kept.append(i)
    return kept


def _ends_with_quote(facts: ArticleFacts, cue: Span) -> bool:
    """Whether the reported words end with the last quote: after a naming verb ("called the
    plan a “slow disaster”") or a participle that is no clause of its own ("voters saying
    “…” rose to a third": a reduced relative, its sentence goes on with its own verb)."""
    word = cue.text.lower()
    if word in facts.lex.words["naming_verb"]:
        return True
    before = facts.text[max(0, cue.start - 4) : cue.start].rstrip()
    return word.endswith("ing") and not (before.endswith(",") or before.lower().endswith(" as"))


def _speaker_after(facts: ArticleFacts, first: Attribution, last: Attribution) -> bool:
    """Whether the sentence closes with its speaker after the quotes: "…,” Cole said, or
    "The plan is “a slow disaster” for the town, Cole said" (the comma before the name)."""
    if first.rule in _TRAILING:
        return True
    mention = first.mention
    return (first.rule == "reported_speech" and mention is not None and mention.span.start >= last.quote.span.end
            and facts.text[max(0, mention.span.start - _REACH) : mention.span.start].rstrip()[-1:] == ",")


def _before_cue(facts: ArticleFacts, first: Attribution, s_start: int) -> tuple[int, int]:
    """From the sentence's start to the speaker (or the verb) that follows the quotes."""
    text = facts.text
    end = first.cue.start if first.cue is not None else first.quote.span.end
    if first.mention is not None and first.quote.span.end <= first.mention.span.start < end:
        end = first.mention.span.start
    start = max(s_start, first.quote.span.start - _REACH)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in " \t\n\xa0,":
        end -= 1
    return start, end


def _other_quote(facts: ArticleFacts, start: int, end: int, inside: Sequence[Span]) -> bool:
    """Whether a quote that is not one of ``inside`` lies in ``start``–``end``."""
    mine = {(s.start, s.end) for s in inside}
    bounds = facts.quote_bounds
    lo = max(0, bisect.bisect_left(facts.quote_starts, start) - 1)  # quotes do not overlap: one may open before
    hi = bisect.bisect_left(facts.quote_starts, end)
    return any(start < bounds[i][1] and bounds[i] not in mine for i in range(lo, hi))
