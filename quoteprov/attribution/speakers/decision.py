"""What the speaker stage decides for one quote, and what a mention sieve finds."""

from __future__ import annotations

import attrs

from ...records import Span, Speaker, SpeakerMention
from ..clauses import NounPhrase, Token
from ..entities import Effect

__all__ = ["Found", "SpeakerDecision", "unknown"]


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
    #: what deciding this quote taught the stage about the article ("he" is Ann Cole), for
    #: the decisions after it and the outlet stage to replay (see attribution.entities)
    effects: tuple[Effect, ...] = ()


@attrs.frozen
class Found:
    """What a mention sieve found: the speaker as written and its verb (or ``inherited``,
    a whole decision taken over from the quote before), under the rule's name."""

    rule: str
    np: NounPhrase | None = None
    verb: Token | None = None
    step: str | None = None
    inherited: SpeakerDecision | None = None


def unknown(steps: list[str], flags: tuple[str, ...] = ("no_speaker",)) -> SpeakerDecision:
    """No speaker: ``steps`` say why."""
    return SpeakerDecision(None, None, None, "none", 0.0, flags, tuple(steps))
