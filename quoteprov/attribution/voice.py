"""An outlet in its own voice: words quoted from an outlet's report with no person to say
them are the outlet's.

“…,” the Valley Post reported. / According to the Valley Post, “…” — when the speaker
sieves found nobody and the quote's own sentence credits a named outlet's report, the
outlet is the speaker (an organisation) as well as where the words were given. The same
holds for a quote that stands alone at the head of its paragraph right after the outlet's
report introduced it ("The Valley Post reported on Monday: ¶ “…”"), and for a quote that
goes on, in the next sentence, from one the outlet voiced (“…,” the Post wrote. “…”). Run
after the outlet stage, since it reads the outlet decided for the quote.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from ..records import OutletMention, Quote, Speaker, SpeakerMention
from .context import ArticleFacts
from .outlets.decide import OutletDecision
from .sieves import confidence
from .speakers.decision import SpeakerDecision

__all__ = ["introduced_voice", "outlet_voice"]

#: right after an outlet's cue, whom its report quotes: "…, the Gazette wrote, quoting an aide"
_QUOTING = regex.compile(r",?[ \t\xa0]{0,3}quoting\b", regex.IGNORECASE)

#: the outlet sieves that read the quote's own sentence
_OWN_SENTENCE = frozenset({"same_sentence", "same_sentence_according_to"})


def outlet_voice(speaker: SpeakerDecision, outlet: OutletDecision, disabled: frozenset[str], text: str = "") -> SpeakerDecision:
    """``speaker``, or, when it names nobody and the quote's sentence credits a named
    outlet's report ("reported", "according to"), that outlet as the speaker. Not when
    the sentence says whom the outlet quoted ("quoted her as saying", "the Gazette wrote,
    quoting an aide"): that one speaks, even when the pronoun finds no one. ``text`` is
    the article's."""
    given = outlet.outlet
    if (speaker.speaker is not None or speaker.rule == "quoted_as_saying" or given is None or given.name is None
            or "outlet_voice" in disabled
            or given.relation not in ("report", "according_to") or outlet.rule not in _OWN_SENTENCE
            or _QUOTING.match(text, given.span.end)):
        return speaker
    return _voiced(speaker, given, "outlet_voice", f"nobody speaks, {given.span.text!r} credits the words to {given.name}")


#: the speaker rules by which an outlet voices a quote
_VOICED = frozenset({"outlet_voice", "introduced_outlet_voice", "outlet_voice_goes_on"})


def introduced_voice(
    speaker: SpeakerDecision,
    outlet: OutletDecision,
    quote: Quote,
    before: tuple[Quote, SpeakerDecision, OutletDecision] | None,
    facts: ArticleFacts,
    disabled: frozenset[str],
) -> SpeakerDecision:
    """``speaker``, or, for a quote nobody speaks that stands alone as a sentence (nothing
    of the writer's after it in its sentence: not “…,” read one), the outlet whose report
    gave it: when it opens its paragraph right after that report introduced it with a
    colon, or runs on over paragraphs as an excerpt does (introduced_outlet_voice; a short
    quote after a report's news may be its subject's words), or opens the sentence right after the quote before, in its
    paragraph, which that outlet voiced through the same cue (outlet_voice_goes_on).
    ``before`` is the quote before this one with its final decisions."""
    given = outlet.outlet
    if (speaker.speaker is not None or speaker.rule == "quoted_as_saying" or given is None or given.name is None
            or given.relation not in ("report", "according_to")):
        return speaker
    text = facts.text
    para = _paragraph_span(facts, quote.span.start)
    if not _stands_alone(text, quote, para[1]):
        return speaker
    if (outlet.rule == "introduced_unspoken" and "introduced_outlet_voice" not in disabled
            and not text[para[0] : quote.span.start].strip()
            and (len(quote.parts) > 1 or text[: quote.span.start].rstrip().endswith(":"))):
        return _voiced(speaker, given, "introduced_outlet_voice",
                       f"nobody speaks, the paragraph opens with the words {given.span.text!r} introduced")
    if before is not None and "outlet_voice_goes_on" not in disabled and _goes_on(text, quote, before, given, para[0]):
        return _voiced(speaker, given, "outlet_voice_goes_on",
                       f"nobody speaks, the quote before was {given.name}'s through {given.span.text!r}")
    return speaker


def _voiced(speaker: SpeakerDecision, given: OutletMention, rule: str, why: str) -> SpeakerDecision:
    """``speaker`` made the outlet ``given``, an organisation, by ``rule``."""
    assert given.name is not None
    return attrs.evolve(
        speaker,
        mention=SpeakerMention(given.name_span or given.span, "organization"),
        speaker=Speaker(given.name, "organization"),
        cue=given.span,
        rule=rule,
        confidence=confidence(rule),
        flags=tuple(f for f in speaker.flags if f not in ("no_speaker", "unresolved_organization")),
        steps=(*speaker.steps, f"{rule}: {why}"),
    )


def _paragraph_span(facts: ArticleFacts, offset: int) -> tuple[int, int]:
    """The start and end of the paragraph around ``offset`` (from the starts the article's
    facts hold, not a list built again per quote)."""
    paragraphs = facts.doc.paragraphs
    if not paragraphs:
        return 0, len(facts.text)
    span = paragraphs[max(0, bisect.bisect_right(facts.para_starts, offset) - 1)].span
    return span.start, span.end


def _ends_sentence(text: str, quote: Quote) -> bool:
    """Whether the quote's own words end on a full stop, "?", "!" or an ellipsis."""
    return text[quote.content.start : quote.content.end].rstrip()[-1:] in (".", "?", "!", "…")


def _stands_alone(text: str, quote: Quote, para_end: int) -> bool:
    """Whether the quote is a sentence of its own: its words end a sentence, or run to the
    end of its paragraph, and nothing of the writer's follows before its paragraph ends or
    the next sentence starts."""
    after = text[quote.span.end : max(quote.span.end, para_end)].strip()
    if not after:
        return True
    return _ends_sentence(text, quote) and not after[0].islower() and after[0] not in ",;:—–-("


def _goes_on(text: str, quote: Quote, before: tuple[Quote, SpeakerDecision, OutletDecision], given: OutletMention,
             para_start: int) -> bool:
    """Whether the quote opens the sentence right after ``before``'s, in its paragraph, and
    the outlet voiced ``before`` through the same cue."""
    prev, said, went = before
    if prev.span.start < para_start or said.rule not in _VOICED or went.outlet is None:
        return False
    if said.speaker is None or said.speaker.name != given.name or went.outlet.span != given.span:
        return False
    between = text[prev.span.end : quote.span.start].strip()
    return between.endswith(".") or (not between and _ends_sentence(text, prev))
