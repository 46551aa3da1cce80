"""The outlet cue patterns ("told the New York Post", "in an interview with TASS", "according
to X"), built from the lexicon's word lists (lexicons/outlet_cues.tsv, time_words.tsv).

Every pattern is linear: repetitions are bounded or possessive, and each runs only in
windows around its keywords (see :mod:`.mentions`). Built once per lexicon and cached on it.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from ...lexicon import Lexicon, alternation

__all__ = ["OutletPattern", "NameFirstPattern", "OutletPatterns", "outlet_patterns"]

# A capitalised name of up to six words, optionally with "the", and a trailing
# descriptor ("Time magazine", "TASS news agency"). Bounded repetition only.
CAP = r"\p{Lu}[\p{L}\p{M}\p{N}&.’'\-]*+"
#: a capitalised word with no apostrophe, so that a possessive after it can be read
OWNER_WORD = r"\p{Lu}[\p{L}\p{M}\p{N}&.\-]*+"


@attrs.frozen
class OutletPattern:
    """One cue pattern: its name, the relation it gives, the words that anchor its windows."""

    name: str
    relation: str
    keywords: tuple[str, ...]
    pattern: regex.Pattern[str]


@attrs.frozen
class NameFirstPattern:
    """A cue that opens with the outlet's name ("The Journal reported"): found by its verb,
    the name then matched backwards over a bounded window."""

    name: str
    relation: str
    verb: regex.Pattern[str]
    name_before: regex.Pattern[str]


@attrs.frozen
class OutletPatterns:
    """Every compiled pattern for one lexicon."""

    patterns: tuple[OutletPattern, ...]
    name_first: tuple[NameFirstPattern, ...]
    context: regex.Pattern[str]
    same_platform: regex.Pattern[str]
    acting_possessive: regex.Pattern[str]
    occasion: regex.Pattern[str]


def outlet_patterns(lex: Lexicon) -> OutletPatterns:
    """The patterns of ``lex``, compiled once and cached on it."""
    found: OutletPatterns = lex.compiled("outlet_patterns", _build)
    return found


def _last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.split()[-1].lower() for p in phrases))


def _build(lex: Lexicon) -> OutletPatterns:
    p = lex.phrases
    # "on" joins a name ("Stratford on Avon Herald"), never a date: "told the Ledger on Monday".
    dates = alternation(sorted(lex.words["weekday"] | lex.words["month"])) + r"(?!\p{L})"
    name = (
        rf"(?P<name>(?:[Tt]he[ \t])?{CAP}(?:[ \t](?:of[ \t]|the[ \t]|and[ \t]|&[ \t]|on[ \t](?!{dates}))?{CAP}){{0,5}}"
        rf"(?:[ \t]{alternation(p['name_tail'])})?)"
    )
    descriptor = rf"(?:{alternation(p['descriptor'])}[ \t]){{1,5}}"
    # An outlet's name before its possessive: "CNN’s “State of the Union”" names CNN.
    owner = rf"(?P<name>(?:[Tt]he[ \t])?{OWNER_WORD}(?:[ \t]{OWNER_WORD}){{0,4}})(?:’s|'s)"
    platform = alternation(p["platform"])
    # "a statement to the Press Association" is a remark given to an outlet: the remarks
    # pattern ("statements to X") takes it, not this one.
    documents = "|".join(
        alternation([d])[3:-1] + (r"(?![ \t]to[ \t](?:the[ \t])?\p{Lu})" if d == "statement" else "")
        for d in p["document"]
    )
    table: list[tuple[str, str, tuple[str, ...], str]] = [
        ("podcast_with", "podcast", ("podcast",),
         rf"\b(?i:during|in|on)[ \t](?i:an?[ \t]|his[ \t]|her[ \t]|their[ \t]|the[ \t])?(?:[\w\-]+[ \t]){{0,3}}?podcast(?:[ \t]interview)?[ \t](?:with|on|hosted[ \t]by)[ \t](?:{descriptor})?{name}"),
        ("interview_with", "interview", p["interview"],
         rf"\b(?i:in|during|at|on)[ \t](?i:an?[ \t]|his[ \t]|her[ \t]|their[ \t]|its[ \t]|the[ \t])?(?:[\w.\-]+[ \t]){{0,4}}?{alternation(p['interview'])}s?[ \t](?:with|to|on|for)[ \t](?:{descriptor})?{name}"),
        ("named_interview", "interview", p["appearance"],
         rf"\b(?i:in|during|on)[ \t](?i:an?[ \t]|his[ \t]|her[ \t]|their[ \t]|the[ \t])?(?:\p{{Ll}}+[ \t])?{name}[ \t]{alternation(p['appearance'])}s?\b"),
        ("interviewed_by", "interview", ("interview",),
         rf"\b(?i:interview|interviewed)[ \t](?:with|by|on)[ \t](?:{descriptor})?{name}"),
        ("on_show", "podcast", ("podcast", "show"), rf"\b(?i:on)[ \t]{name}(?:’s|'s)?[ \t](?:podcast|show)\b"),
        # "told Reuters"; "told ABC’s This Week": a programme of a named outlet, the outlet's
        ("told", "told", ("told", "tell", "telling"),
         rf"\b(?i:told|tells|telling)[ \t](?:{owner}(?=[ \t][“\"]?\p{{Lu}})|(?:{descriptor})?{name})"),
        # "When reached by the Associated Press, Cole said": a conversation with the outlet.
        ("reached_by", "told", ("reached", "contacted"),
         rf"\b(?i:reached|contacted)[ \t](?:by[ \t](?:phone|telephone|email)[ \t])?by[ \t](?:{descriptor})?{name}"),
        # "said on Fox News", "appearing on MSNBC", "asked on CNN’s “State of the Union”": words
        # given on a broadcast; the name must be an outlet (never "said on Monday").
        ("said_on", "interview", ("said", "says", "appeared", "appearing", "asked", "speaking"),
         rf"\b(?i:said|says|appeared|appearing|asked|speaking)[ \t](?:\p{{Ll}}+[ \t]){{0,2}}?on[ \t](?:{owner}[ \t][“\"]|{name}(?![’']))"),
        # "On ABC’s “Good Morning America” Tuesday, he said": a programme of a named outlet.
        ("on_programme", "interview", ("On",), rf"\bOn[ \t]{owner}[ \t][“\"]"),
        ("call_to", "interview", ("call",),
         rf"\b(?i:a|his|her|their)[ \t](?:phone[ \t]|telephone[ \t])?call[ \t](?:to|with|into)[ \t](?:{owner}[ \t][“\"]|{name}(?![’']))"),
        ("spoke_to", "told", ("speaking", "talking", "spoke", "speaks", "talked"),
         rf"\b(?i:speaking|talking|spoke|speaks|talked)[ \t](?:to|with)[ \t](?:{descriptor})?{name}"),
        ("remarks_to", "remarks", ("remark", "comment", "statement", "quote"),
         rf"\b(?i:remarks|comments|statements?|quotes)[ \t](?:made[ \t])?(?:to|with|for)[ \t](?:{descriptor})?{name}"),
        ("transcript", "transcript", ("transcript",),
         rf"\b(?:an?|the)[ \t](?:{name}[ \t])?transcript(?:[ \t](?:of|from|released[ \t]by|published[ \t]by|by)[ \t](?:{descriptor})?(?P<name2>(?:the[ \t])?{CAP}(?:[ \t]{CAP}){{0,3}}))?"),
        ("posted_on", "social_media", p["platform"],
         rf"\b{alternation(p['platform_verb'])}[ \t](?:in[ \t]a[ \t]post[ \t]|in[ \t]a[ \t]message[ \t])?on[ \t](?:his[ \t]|her[ \t]|their[ \t]|its[ \t])?(?:official[ \t])?(?P<name>{platform[3:-1]})\b"),
        ("post_on", "social_media", p["platform"],
         rf"\b(?i:in[ \t]a|in[ \t]her|in[ \t]his|in[ \t]their|in[ \t]its|in[ \t]a[ \t]short|in[ \t]a[ \t]later)[ \t](?:\w+[ \t])?{alternation(p['post'])}[ \t]on[ \t](?P<name>{platform[3:-1]})\b"),
        ("document", "statement", ("statement", "written", "communiqu", *p["document"]),
         rf"\b(?i:in[ \t]a|in[ \t]an|in[ \t]its|in[ \t]their|in[ \t]his|in[ \t]her|a|the)[ \t](?:[\w\-]+[ \t]){{0,2}}?(?:{documents})\b"),
        ("told_press_conference", "press_conference", ("conference", "briefing"),
         r"\b(?i:told|addressed|telling)[ \t](?:an?[ \t]|the[ \t])(?:[\w\-]+[ \t]){0,2}?(?:press|news)[ \t](?:conference|briefing)\b"),
        ("venue", "remarks", p["venue"],
         rf"\b(?i:at|during|in)[ \t](?:an?[ \t]|the[ \t]|his[ \t]|her[ \t]|their[ \t]|its[ \t])(?:[\w\-]+[ \t]){{0,3}}?{alternation(p['venue'])}\b"),
        ("audience", "remarks", _last_words(p["audience"]),
         rf"\b(?i:told|addressed|telling)[ \t](?:the[ \t])?{alternation(p['audience'])}\b"),
        # "Cole told “Morning Forum,” reminding its hosts": a programme's title after told.
        ("told_programme", "told", ("told", "tells", "telling"),
         r"\b(?i:told|tells|telling)[ \t][“\"](?P<name>\p{Lu}[\p{L}'’&\-]*(?:[ \t](?:\p{Lu}[\p{L}'’&\-]*|and|the|of|on|with|in|at|for|to|a)){0,7})[,.]?[”\"]"),
        ("quoted_programme", "podcast", p["programme"],
         rf"\b(?i:on|during|in)[ \t](?:an?[ \t]|the[ \t])?(?:appearance[ \t]on[ \t](?:the[ \t])?)?[“\"](?P<name>[^”\"\n]{{1,40}})[”\"][ \t]{alternation(p['programme'])}\b"),
        ("at_press_conference", "press_conference", ("conference", "briefing"),
         r"\b(?i:at|during|in)[ \t](?i:an?[ \t]|his[ \t]|her[ \t]|their[ \t]|its[ \t]|the[ \t])?(?:[\w\-]+[ \t]){0,3}?(?:press|news)[ \t](?:conference|briefing)\b"),
        ("according_to", "according_to", ("according",), rf"\b[Aa]ccording[ \t]to[ \t](?:{descriptor})?{name}"),
        ("according_to_unnamed", "according_to", ("according",),
         rf"\b[Aa]ccording[ \t]to[ \t](?P<unnamed>(?:[\w\-]+[ \t]){{0,2}}?{alternation(p['unnamed_source'])})\b"),
        ("through", "report", ("through",), rf"\b(?i:through)[ \t](?:{descriptor})?{name}"),
    ]
    patterns = tuple(
        OutletPattern(n, relation, tuple(dict.fromkeys(keywords)), regex.compile(source))
        for n, relation, keywords, source in table
    )
    name_first = (
        NameFirstPattern(
            "reported", "report",
            regex.compile(rf"\b{alternation(p['report_verb'])}\b"),
            regex.compile(rf"{name}[ \t](?:\((?:[\p{{Lu}}]{{2,6}})\)[ \t])?(?:[\p{{Ll}}]+[ \t])?$"),
        ),
        NameFirstPattern(
            "contributed", "contributed",
            regex.compile(r"\b(?:contributed|contributes)[ \t]to[ \t]this[ \t](?:report|story|article)\b"),
            regex.compile(rf"{name}[ \t]$"),
        ),
    )
    contexts = alternation(p["context"], space=r"\s")
    weekdays = alternation(p["weekday"])
    months = alternation(p["month"])
    return OutletPatterns(
        patterns=patterns,
        name_first=name_first,
        # Contexts in which an unlisted capitalised name is taken as an outlet anyway.
        context=regex.compile(rf"(?i){contexts}\s$"),
        same_platform=regex.compile(rf"\b(?i:on)[ \t]the[ \t]same[ \t]{alternation(p['same_platform'])}\b"),
        acting_possessive=regex.compile(rf"(?:’s|'s)\s(?:\w+\s)?{alternation(lex.acting_speech_nouns)}\b"),
        occasion=regex.compile(
            rf"\b(?:[Oo]n\s{weekdays}|[Oo]n\s{months}\s\d{{1,2}}|[Ll]ast\s(?:week|month|year|{weekdays[3:-1]})|"
            rf"[Ee]arlier\s(?:this|that|in\sthe)\s(?:week|month|year)|[Ii]n\s{months}|[Tt]his\s(?:week|month)|"
            # an earlier occasion counted back or dated by its year: "Six years ago", "in 2008"
            r"(?:years|decades|[Aa]\syear|[Aa]\sdecade)\sago|[Ii]n\s(?:19|20)\d\d)\b"
        ),
    )
