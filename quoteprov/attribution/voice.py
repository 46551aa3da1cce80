"""An outlet in its own voice: words quoted from an outlet's report with no person to say
them are the outlet's.

“…,” the Valley Post reported. / According to the Valley Post, “…” — when the speaker
sieves found nobody and the quote's own sentence credits a named outlet's report, the
outlet is the speaker (an organisation) as well as where the words were given. Run after
the outlet stage, since it reads the outlet decided for the quote.
"""

from __future__ import annotations

import attrs

from ..records import Speaker, SpeakerMention
from .outlets.decide import OutletDecision
from .sieves import confidence
from .speakers.decision import SpeakerDecision

__all__ = ["outlet_voice"]

#: the outlet sieves that read the quote's own sentence
_OWN_SENTENCE = frozenset({"same_sentence", "same_sentence_according_to"})


def outlet_voice(speaker: SpeakerDecision, outlet: OutletDecision, disabled: frozenset[str]) -> SpeakerDecision:
    """``speaker``, or, when it names nobody and the quote's sentence credits a named
    outlet's report ("reported", "according to"), that outlet as the speaker. Not when
    the sentence says whom the outlet quoted ("quoted her as saying"): that one speaks,
    even when the pronoun finds no one."""
    given = outlet.outlet
    if (speaker.speaker is not None or speaker.rule == "quoted_as_saying" or given is None or given.name is None
            or "outlet_voice" in disabled
            or given.relation not in ("report", "according_to") or outlet.rule not in _OWN_SENTENCE):
        return speaker
    span = given.name_span or given.span
    return attrs.evolve(
        speaker,
        mention=SpeakerMention(span, "organization"),
        speaker=Speaker(given.name, "organization"),
        cue=given.span,
        rule="outlet_voice",
        confidence=confidence("outlet_voice"),
        flags=tuple(f for f in speaker.flags if f not in ("no_speaker", "unresolved_organization")),
        steps=(*speaker.steps, f"outlet_voice: nobody speaks, {given.span.text!r} credits the words to {given.name}"),
    )
