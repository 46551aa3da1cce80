"""Every rule that decides a speaker or an outlet, by name, in the order it is tried, with
its confidence: one table, the way CoreNLP's quote attribution and coreference run precise
passes before loose ones.

The name of the sieve that decided is the ``rule`` (or ``outlet_rule``) recorded on the
attribution, and any sieve can be switched off by name (``analyze(text, disable=…)``,
``quoteprov extract --disable NAME``) to see what the others make of an article. The
functions live with their stage (``speakers/``, ``outlets/``); this table is the one place
their confidences are set.

What a confidence means: roughly how often, on news prose, the sieve's answer is right
when it fires — 0.95 for a reporting clause right after the quote, down to 0.6 for an
outlet named only after the quote, for the same speaker. For a resolution sieve (a pronoun
or a title standing for a name) it is a cap: the attribution's confidence is the lower of
the mention sieve's and the cap, since every step of inference can go wrong.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import attrs

from ..errors import QuoteprovError
from ..lexicon import Lexicon

__all__ = ["SIEVES", "Sieve", "SieveError", "check_disabled", "confidence", "cue_names", "names"]

#: "voice": decided after the outlet stage, from the outlet it found (attribution/voice.py);
#: "mixed": the clause around partial quotes, made last (attribution/mixed.py)
Stage = Literal["speaker", "resolution", "outlet", "outlet_cue", "voice", "mixed"]


class SieveError(QuoteprovError, ValueError):
    """A sieve name quoteprov does not know."""


@attrs.frozen
class Sieve:
    """One named rule: the stage it belongs to, its confidence, the convention it reads."""

    name: str
    stage: Stage
    confidence: float
    means: str


SIEVES: tuple[Sieve, ...] = (
    # Quote → the speaker's mention, in this order. The first that finds a mention decides.
    Sieve("name_line", "speaker", 0.9, "“Sergey Lavrov:” alone on the line before the quote's paragraph"),
    Sieve("colon_introduction", "speaker", 0.9, "a paragraph with no marks after “Lavrov said:” (block quotes only)"),
    Sieve("trailing_np_verb", "speaker", 0.95, "right after the quote: “…,” Lavrov said"),
    Sieve("trailing_verb_np", "speaker", 0.95, "right after the quote: “…,” said Timothy Ash"),
    Sieve("trailing_dash", "speaker", 0.95, "a dash after the quote: “…” — Ann Cole"),
    Sieve("trailing_appositive", "speaker", 0.9, "right after the quote, a long description before the verb: “…,” Ann Cole, who …, said"),
    Sieve("trailing_quoting", "speaker", 0.85, "the one a clause right after the quote passes the words on from: “…,” the agency said, quoting Ann Cole"),
    Sieve("trailing_manner_verb", "speaker", 0.85, "right after a quote its sentence goes on from, a person and any verb: “…,” Cole shot back"),
    Sieve("trailing_manner_verb_first", "speaker", 0.8, "right after a quote its sentence goes on from, an unlisted past-tense verb and a known person: “…!” beamed Ann Cole"),
    Sieve("surname_word", "speaker", 0.85, "right after the quote, a surname that is also a word, of the one person named in full with it: “…,” English said"),
    Sieve("trailing_after_full_stop", "speaker", 0.8, "a quote closed by a full stop, then a sentence that is only its reporting clause: “…” Cole said."),
    Sieve("dash_line_after", "speaker", 0.85, "a paragraph of quote only, signed on the next line: “…” ¶ - Ann Cole."),
    Sieve("leading_np_verb", "speaker", 0.9, "right before the quote: Lavrov said: “…”"),
    Sieve("leading_verb_np", "speaker", 0.9, "right before the quote: said Lavrov, “…”"),
    Sieve("leading_according_to", "speaker", 0.9, "right before the quote: According to Lavrov, “…”"),
    Sieve("leading_manner_verb", "speaker", 0.85, "right before the quote, a person and any verb: Cole shot back, “…”"),
    Sieve("name_colon", "speaker", 0.85, "a name and a colon opening the paragraph or after a dash: Ann Cole: “…”"),
    Sieve("colon_paragraph_before", "speaker", 0.85, "the paragraph before ends in a speaker's clause and a colon: Cruz continued: ¶ “…”"),
    Sieve("colon_clause", "speaker", 0.85, "a clause ending in a colon a few words after its verb: Roe told Fox News: “…”"),
    Sieve("blamed_for_words", "speaker", 0.75, "the object of the main verb, before for/of and a participle of speech: Cole attacked Price for saying “…”"),
    Sieve("participle_speech", "speaker", 0.8, "a participle of speech after a comma, the sentence's subject first: Cole smiled, saying: “…”"),
    Sieve("issued_statement", "speaker", 0.8, "the lead ends on a noun of speech and a comma or colon, the sentence's subject first: Cole issued a statement, “…”"),
    Sieve("infinitive_speech", "speaker", 0.75, "the lead ends on “to” and a verb of speech, the sentence's subject first: Cole was prompted to say, “…”"),
    Sieve("coordinated_speech", "speaker", 0.8, "a speech verb joined by “and” to the subject's earlier verb closes the lead: Cole paused and said, “…”"),
    Sieve("colon_subject", "speaker", 0.7, "a short sentence about one person, ending in a colon before the quote: Cole was blunt: “…”"),
    Sieve("as_clause", "speaker", 0.8, "an “as” clause before the quote: As the Gazette's Ann Cole puts it, “…”"),
    Sieve("dependency_subject", "speaker", 0.85, "the parse's subject of the verb that governs the quote (stanza engine)"),
    Sieve("quoted_as_saying", "speaker", 0.85, "the one an outlet quoted, not the outlet: the Valley Post quoted a senior official as saying it was “dead”"),
    Sieve("reported_speech", "speaker", 0.85, "the main clause of the quote's sentence: Lavrov said the plan was “dead”"),
    Sieve("possessive_speech_noun", "speaker", 0.85, "Lavrov's remarks that the plan was “dead”"),
    Sieve("relative_speech", "speaker", 0.75, "a quote in a relative clause of speech after a comma: the plan drew fire from Cole, who said it was “a disaster”"),
    Sieve("document_voice", "speaker", 0.75, "“…,” the statement said: whoever issued the statement, as the latest earlier quote said in one"),
    Sieve("continues_previous_quote", "speaker", 0.85, "no clause of its own, after a quote in the same paragraph"),
    Sieve("participle_reported", "speaker", 0.8, "a partial quote in the clause of a participle or infinitive of speech, the sentence's subject first: Cole left, telling the Gazette that it was a “fraud”"),
    Sieve("coordinated_reported", "speaker", 0.75, "a partial quote in the clause of a speech verb that “and” joins to the subject's earlier verb: Cole defended the levy and said it was “fair”"),
    Sieve("previous_sentence_speech", "speaker", 0.8, "a quote opening its sentence after a sentence of a person speaking: Cole disagreed. “…”"),
    Sieve("paragraph_before_speech", "speaker", 0.75, "a paragraph of quote only, after a paragraph ending on a person speaking: Cole disagreed. ¶ “…”"),
    Sieve("paragraph_before_subject", "speaker", 0.65, "a paragraph of quote only, after a paragraph whose last sentence a person opens: Cole walked jurors through the records. ¶ “…”"),
    Sieve("floating_after_quote", "speaker", 0.7, "a paragraph of quote only, right after a quoted paragraph"),
    # Mention → speaker: caps for the mentions that stand for a name.
    Sieve("pronoun", "resolution", 0.8, "“he”/“she”: the latest speaker, else the only person, in this or the two paragraphs before"),
    Sieve("plural_pronoun", "resolution", 0.7, "“they”: the subject of the last reporting clause"),
    Sieve("role", "resolution", 0.8, "“the foreign minister”: the person introduced with that title"),
    Sieve("anonymous_role", "resolution", 0.8, "“the official”: the unnamed source described before"),
    Sieve("described_before", "resolution", 0.75, "“the senior Cole adviser”: the unnamed source a quote was given to as “a senior Cole adviser”, when no one was introduced with the title"),
    Sieve("introduced_description", "resolution", 0.75, "“the banker”: the person named before as one (Ann Cole, a banker, …), not an unnamed source"),
    Sieve("salient_namesake", "resolution", 0.75, "“Cole said” among several Coles, none the one who spoke: the one named at least twice as often so far"),
    Sieve("coreference", "resolution", 0.75, "a coreference chain names one person (stanza engine with coref)"),
    # Quote → where it was first given, in this order.
    Sieve("digest_credit", "outlet", 0.8, "a news digest's item ending with its source in brackets: … a “dark day.” [Valley Post.]"),
    Sieve("released_batch", "outlet", 0.5, "read from an e-mail of a batch a named body released: that body"),
    Sieve("same_sentence", "outlet", 0.9, "“…,” Lavrov told TASS — a cue in the quote's own sentence"),
    Sieve("same_sentence_according_to", "outlet", 0.75, "“…,” Ahadi said, according to Reuters (or: …, Reuters first reported)"),
    Sieve("introduced_unspoken", "outlet", 0.6, "nobody speaks: the outlet named before it in its paragraph, or ending the paragraph before with a colon"),
    Sieve("unspoken_goes_on", "outlet", 0.6, "nobody speaks, in a later sentence of its paragraph after a quote that came through an outlet named before: “…,” read one. “…,” was another"),
    Sieve("unspoken_continues", "outlet", 0.7, "nobody speaks, opening the sentence right after a quote whose own sentence named its channel: “…,” the letter says. “…”"),
    Sieve("piece_goes_on", "outlet", 0.6, "nobody speaks, the sentence is about the piece: the outlet whose report was named just before"),
    Sieve("journalist_writes", "outlet", 0.7, "words the quote's sentence says were written, by a person introduced as an outlet's writer (Valley Post columnist Ann Cole): that outlet"),
    Sieve("continues_quote", "outlet", 0.85, "no clause of its own, going on from the speaker's quote right before it in its paragraph: that quote's channel (“…,” Cole tweeted. “…”)"),
    Sieve("goes_on_saying", "outlet", 0.75, "“…” ¶ Cole goes on to write, “…”: the speaker's quote right before it, the same utterance"),
    Sieve("same_paragraph", "outlet", 0.85, "a cue earlier in the paragraph about the same speaker"),
    Sieve("same_paragraph_appearance", "outlet", 0.75, "one appearance (said on Fox News, tweeted) goes on in the speaker's later quotes of its paragraph"),
    Sieve("next_paragraph_appearance", "outlet", 0.65, "a paragraph opening with the speaker's quote goes on from their appearance in the paragraph before"),
    Sieve("answers_journalist", "outlet", 0.7, "right after a question put by a named outlet's journalist (Harbour TV's Dan Price asked), the other person's answer: “…,” Cole said in reply"),
    Sieve("same_passage_anonymous", "outlet", 0.75, "an unnamed source keeps a cue only within its passage"),
    Sieve("same_speaker_earlier", "outlet", 0.7, "the same speaker's earlier quote or cue"),
    Sieve("same_speaker_later", "outlet", 0.6, "a cue about the same speaker after the quote"),
    Sieve("one_more_told", "outlet", 0.55, "introduced as one more (another delegate, a third) right after a quote told to an outlet that talked to several: told it too"),
    Sieve("interviewed_group", "outlet", 0.5, "no channel of the speaker's own, first named after the outlet talked to a number of people: several chairs told the Ledger"),
    Sieve("article_occasion", "outlet", 0.55, "no channel of the speaker's own: the occasion the lede names, shared by its speakers (a debate, a joint event)"),
    Sieve("repeated_words", "outlet", 0.7, "a quote with no channel whose words (three or more) the same speaker's quote elsewhere holds: given where that one was"),
    # After the outlets: a quote nobody speaks may be the outlet's own words.
    Sieve("outlet_voice", "voice", 0.7, "nobody speaks and the sentence credits an outlet's report: “…,” the Valley Post reported"),
    Sieve("introduced_outlet_voice", "voice", 0.6, "nobody speaks, a quote alone opening its paragraph right after an outlet's report introduced it: the Valley Post reported: ¶ “…”"),
    Sieve("outlet_voice_goes_on", "voice", 0.65, "nobody speaks, a quote alone in the sentence right after one an outlet voiced: “…,” the Valley Post wrote. “…”"),
    # Last: the clause of reported speech around partial quotes, one more quote (form
    # "mixed") with their speaker and outlet; a cap, as it keeps their confidences.
    Sieve("reported_clause", "mixed", 1.0, "Cole said the plan was “a slow disaster” for the town: from the verb (or \"that\") to the clause's end"),
    Sieve("clause_before_cue", "mixed", 1.0, "The plan is “a slow disaster” for the town, Cole said: from the sentence's start to the speaker"),
)

_BY_NAME = {s.name: s for s in SIEVES}


def names(stage: Stage | None = None) -> tuple[str, ...]:
    """The sieve names of ``stage`` (every stage if None), in order."""
    return tuple(s.name for s in SIEVES if stage is None or s.stage == stage)


def confidence(name: str) -> float:
    """The confidence (or cap) of sieve ``name``."""
    return _BY_NAME[name].confidence


def cue_names(lex: Lexicon) -> tuple[str, ...]:
    """The names of the outlet cue patterns (``outlets/patterns.py``), which can be switched
    off like the sieves: a cue they no longer find is no evidence for any sieve."""
    from .outlets.patterns import outlet_patterns

    compiled = outlet_patterns(lex)
    return (*(p.name for p in compiled.patterns), *(p.name for p in compiled.name_first), "same_platform")


def check_disabled(disable: Iterable[str], lex: Lexicon | None = None) -> frozenset[str]:
    """``disable`` as a set, after checking every name is a sieve or an outlet cue.

    >>> sorted(check_disabled(["pronoun", "told"]))
    ['pronoun', 'told']
    """
    if isinstance(disable, str):
        disable = [disable]
    wanted = frozenset(disable)
    if not wanted:
        return wanted
    cues = cue_names(lex or Lexicon.default())
    unknown = sorted(wanted - set(_BY_NAME) - set(cues))
    if unknown:
        raise SieveError(
            f"unknown sieve name(s) {unknown}; the sieves are {list(_BY_NAME)} and the outlet cues {list(cues)}"
        )
    return wanted
