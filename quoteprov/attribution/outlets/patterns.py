"""The outlet cue patterns ("told the New York Post", "in an interview with TASS", "according
to X"), built from the lexicon's word lists (lexicons/outlet_cues.tsv, time_words.tsv).

Every pattern is linear: repetitions are bounded or possessive, and each runs only in
windows around its keywords (see :mod:`.mentions`). Built once per lexicon and cached on it.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from ...lexicon import Lexicon
from ...lexicon import alternation as _alternation

def alternation(phrases: Iterable[str], *, space: str = r"[ \t\xa0]") -> str:
    """The lexicon's alternation, a phrase's spaces matching a no-break space too."""
    return _alternation(phrases, space=space)


__all__ = ["DESCRIBED", "OutletPattern", "NameFirstPattern", "OutletPatterns", "outlet_patterns"]

# A capitalised name of up to six words, optionally with "the", and a trailing
# descriptor ("Time magazine", "TASS news agency"). Bounded repetition only.
CAP = r"\p{Lu}[\p{L}\p{M}\p{N}&.’'\-]*+"
#: a station's number inside a name ("BBC Radio 4’s", "Channel 5 News"): only before a
#: possessive or another capitalised word, or after Channel, Radio or TV ("told Channel 5");
#: never a count ("told the Post 2 days later")
STATION_NUMBER = (r"\p{N}{1,2}(?![\p{N}])(?:(?=[’']s\b|[ \t\xa0]\p{Lu})(?:[’']s)?"
                  r"|(?<=(?i:channel|radio|tv)[ \t\xa0]\p{N}{1,2})(?![\p{L}\p{N}]))")
#: a capitalised word with no apostrophe, so that a possessive after it can be read
OWNER_WORD = r"\p{Lu}[\p{L}\p{M}\p{N}&.\-]*+"


#: What an article calls an outlet it has named ("the newspaper"), and the kinds of outlet
#: each word can stand for (empty: any kind but a platform).
DESCRIBED: dict[str, tuple[str, ...]] = {
    "newspaper": ("newspaper",), "paper": ("newspaper",), "daily": ("newspaper",),
    "network": ("broadcaster",), "broadcaster": ("broadcaster",), "station": ("broadcaster",),
    "news agency": ("agency",), "agency": ("agency",), "wire service": ("agency",),
    "magazine": ("magazine",), "news outlet": (), "outlet": (), "publication": ("newspaper", "magazine", "website"),
    "website": ("website",), "news site": ("website",),
    # "the magazine’s editorial board": the outlet in its own voice
    "editorial board": ("newspaper", "magazine"),
}


@attrs.frozen
class OutletPattern:
    """One cue pattern: its name, the relation it gives, the words that anchor its windows."""

    name: str
    relation: str
    keywords: tuple[str, ...]
    pattern: regex.Pattern[str]
    #: the outlet the cue's words imply without naming it ("tweeted": X)
    implied: str | None = None
    #: strings every match holds as written, one of each group: a window that lacks one
    #: is not tried (a cheap ``str.find`` where the pattern would try every position)
    needs: tuple[tuple[str, ...], ...] = ()
    #: every match holds one of the keywords at the start of a word, right after a space
    #: or a word boundary: the same letters inside a word ("had", "into", "Clinton")
    #: anchor no window for it
    word_start: bool = False
    #: strings (lower case) one of which every match opens with, right at its start: the
    #: pattern is then tried only where one starts (found with the keywords), not at every
    #: position of a window; empty: every position is tried
    starts: tuple[str, ...] = ()


#: Cues whose keywords are short and common inside words, and whose every match holds one
#: at a word's start ("told the Valley Post’s Ann Cole", "in a campaign ad", "On Harbour
#: TV’s “Morning Forum”"). Never a cue that a keyword can match inside a word
#: ("retweeted") or after one ("(AP) —").
_AT_WORD_START = frozenset({"person_on", "on_programme", "said_to_journalist", "call_to", "ad", "written", "document_speaks"})

def _opening_words(source: str) -> tuple[str, ...]:
    """The words (lower case) every match of the pattern ``source`` opens with, read off it
    when it opens with a word boundary and then one word or an alternation of words, in any
    capitalisation (``\\b(?i:told|tells)``, ``\\b(?:reported|published)``, ``\\b[Aa]ccording``)
    and has no other branch; each word cut where it stops being literal ("statements?" opens
    with "statement", "asked[ \\t]by" with "asked"). Any other pattern: none."""
    if not source.startswith("\\b") or _top_level_branch(source):
        return ()
    head = source[2:]
    if head.startswith("[Aa]"):
        words = ["a" + _literal_letters(head[4:])]
    else:
        words = _alternatives(head)
    if not words or min(len(w) for w in words) < _OPENING_LETTERS:
        return ()  # "in", "a", "on": found everywhere, they would narrow nothing
    return tuple(dict.fromkeys(words))


def _alternatives(head: str) -> list[str]:
    """The literal opening letters of each alternative of the group ``head`` opens with,
    when it is one plain alternation (no group in it, no "|" in a class, not optional); else none."""
    opener = next((o for o in ("(?i:", "(?:") if head.startswith(o)), None)
    close = head.find(")")
    if (opener is None or close == -1 or "(" in head[len(opener) : close] or head[close + 1 : close + 2] in _QUANTIFIERS
            or any("|" in c.group() for c in regex.finditer(r"\[[^\]]*\]", head[:close]))):
        return []
    words = [_literal_letters(alternative) for alternative in head[len(opener) : close].split("|")]
    return words if all(words) else []


def _literal_letters(source: str) -> str:
    """The lower-case letters ``source`` opens with that every match holds (a letter made
    optional or repeated by a quantifier after it is left out)."""
    run = regex.match(r"[a-z]*", source)
    word = run.group() if run else ""
    return word[:-1] if source[len(word) : len(word) + 1] in _QUANTIFIERS else word


#: the fewest letters an opening word has for a pattern to be tried only where its words start
_OPENING_LETTERS = 4
#: what makes the character before it optional or repeated
_QUANTIFIERS = ("?", "*", "+", "{")


def _top_level_branch(source: str) -> bool:
    """Whether ``source`` has a "|" outside every group: another branch, which may open otherwise."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


@attrs.frozen
class NameFirstPattern:
    """A cue that opens with the outlet's name ("The Journal reported"): found by its verb,
    the name then matched backwards over a bounded window."""

    name: str
    relation: str
    verb: regex.Pattern[str]
    name_before: regex.Pattern[str]
    #: the words every match of ``verb`` opens with (as written); empty: none known
    keywords: tuple[str, ...] = ()


@attrs.frozen
class OutletPatterns:
    """Every compiled pattern for one lexicon."""

    patterns: tuple[OutletPattern, ...]
    name_first: tuple[NameFirstPattern, ...]
    context: regex.Pattern[str]
    same_platform: regex.Pattern[str]
    acting_possessive: regex.Pattern[str]
    occasion: regex.Pattern[str]
    #: an occasion several speakers share, as a lede names it (see :func:`shared_occasion`)
    shared_occasion: regex.Pattern[str]
    #: words that put an occasion ahead, not behind: "ahead of Thursday's debate"
    ahead: regex.Pattern[str]
    #: the words a cue reports, opened by "that" right after it or after a time ("telling the
    #: Ledger on Monday that"), up to a quote in them (matched up to the quote, with ``$``); not
    #: "that" before a time noun ("at a forum that month"), nor another clause ("…, and Cole called")
    reported_that: regex.Pattern[str]


def outlet_patterns(lex: Lexicon) -> OutletPatterns:
    """The patterns of ``lex``, compiled once and cached on it."""
    found: OutletPatterns = lex.compiled("outlet_patterns", _build)
    return found


def _last_words(phrases: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.split()[-1].lower() for p in phrases))


def _first_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first word of each phrase, as written; none at all if a phrase has no word."""
    split = [p.split() for p in phrases]
    return tuple(dict.fromkeys(words[0] for words in split)) if all(split) else ()


def _spelled(phrases: Iterable[str]) -> tuple[str, ...]:
    """Each phrase as :func:`alternation` lets it be written: every space a space, a tab or
    a no-break space."""
    found: list[str] = []
    for phrase in phrases:
        out = [""]
        for k, word in enumerate(phrase.split()):
            out = [f"{head}{gap}{word}" for head in out for gap in ((" ", "\t", "\xa0") if k else ("",))]
        found += out
    return tuple(dict.fromkeys(found))


def _build(lex: Lexicon) -> OutletPatterns:
    p = lex.phrases
    # "on" joins a name ("Stratford on Avon Herald"), never a date: "told the Ledger on Monday".
    dates = alternation(sorted(lex.words["weekday"] | lex.words["month"])) + r"(?!\p{L})"
    # a day's possessive stands where a determiner would: "during Tuesday’s press conference"
    day_s = rf"{alternation(p['weekday'])}(?:[ \t\xa0](?i:night|morning|evening|afternoon))?(?:’s|'s)[ \t\xa0]"
    name = (
        rf"(?P<name>(?:[Tt]he[ \t\xa0])?{CAP}(?:[ \t\xa0](?:of[ \t\xa0]|the[ \t\xa0]|and[ \t\xa0]|&[ \t\xa0]|on[ \t\xa0](?!{dates}))?(?:{CAP}|{STATION_NUMBER})){{0,5}}"
        rf"(?:[ \t\xa0]{alternation(p['name_tail'])})?)"
    )
    descriptor = rf"(?:{alternation(p['descriptor'])}[ \t\xa0]){{1,5}}"
    # An outlet's name before its possessive: "CNN’s “State of the Union”" names CNN.
    owner = rf"(?P<name>(?:[Tt]he[ \t\xa0])?{OWNER_WORD}(?:[ \t\xa0]{OWNER_WORD}){{0,4}})(?:’s|'s|(?<=s)[’'](?!\p{{L}}))"
    platform = alternation(p["platform"])
    platform_named = alternation([w for w in p["platform"] if len(w) > 2])[3:-1]
    # when an interview was given, between the word and its outlet: "this month", "on Monday"
    when = (rf"(?:(?i:this|last|that|earlier|later)[ \t\xa0](?i:week|month|year|day|morning|afternoon|evening|night)"
            rf"|(?:on[ \t\xa0])?{alternation(p['weekday'])})")
    speaks = "said|says|stated|states|read|reads|argued|argues|added|adds|declared|declares|warned|warns|asked|asks|continued|continues"
    # a number of people ("several county chairs", "many of the delegates"), with no comma
    # or time word between the number and the verb
    group = rf"(?i:{alternation(p['group'])[3:-1]})\b"
    group_gap = rf"(?:[ \t\xa0](?!(?i:{alternation(p['group_not'])[3:-1]})\b)[\w\-’']+){{0,8}}?[ \t\xa0]"
    works = r"(?i:reports?|survey|poll|tally|count|analysis|review|story|investigation|estimate|audio|video)s?\b"
    # "a statement to the Press Association" is a remark given to an outlet: the remarks
    # pattern ("statements to X") takes it, not this one.
    documents = "|".join(
        alternation([d])[3:-1] + (r"(?![ \t\xa0]to[ \t\xa0](?:the[ \t\xa0])?\p{Lu})" if d == "statement" else "")
        for d in p["document"]
    )
    table: list[tuple[str, str, tuple[str, ...], str]] = [
        ("podcast_with", "podcast", ("podcast",),
         rf"\b(?i:during|in|on)[ \t\xa0](?i:an?[ \t\xa0]|his[ \t\xa0]|her[ \t\xa0]|their[ \t\xa0]|the[ \t\xa0])?(?:[\w\-]+[ \t\xa0]){{0,3}}?podcast(?:[ \t\xa0]interview)?[ \t\xa0](?:with|on|hosted[ \t\xa0]by)[ \t\xa0](?:{descriptor})?{name}"),
        ("interview_with", "interview", p["interview"],
         rf"\b(?i:in|during|at|on)[ \t\xa0](?i:an?[ \t\xa0]|his[ \t\xa0]|her[ \t\xa0]|their[ \t\xa0]|its[ \t\xa0]|the[ \t\xa0])?(?:[\w.\-]+[ \t\xa0]){{0,4}}?{alternation(p['interview'])}s?[ \t\xa0]"
         # "an interview last week with X", "an interview aired Sunday by X"
         rf"(?:{when}[ \t\xa0])?(?:(?i:published|aired|broadcast|conducted)[ \t\xa0](?:{when}[ \t\xa0])?by|(?i:filed|taped|recorded)[ \t\xa0]for"
         rf"|with|to|on|for)[ \t\xa0](?:{owner}(?=[ \t\xa0][“\"])|{day_s}{name}|(?:{descriptor})?{name})"),
        ("named_interview", "interview", p["appearance"],
         rf"\b(?i:in|during|on)[ \t\xa0](?i:an?[ \t\xa0]|his[ \t\xa0]|her[ \t\xa0]|their[ \t\xa0]|the[ \t\xa0])?(?:\p{{Ll}}+[ \t\xa0])?{name}[ \t\xa0]{alternation(p['appearance'])}s?\b"),
        ("interviewed_by", "interview", ("interview",),
         rf"\b(?i:interview|interviewed)[ \t\xa0](?:with|by|on)[ \t\xa0](?:{descriptor})?{name}"),
        ("on_show", "podcast", ("podcast", "show"), rf"\b(?i:on)[ \t\xa0]{name}(?:’s|'s)?[ \t\xa0](?:podcast|show)\b"),
        # "told Reuters"; "told ABC’s This Week": a programme of a named outlet, the outlet's
        ("told", "told", ("told", "tell", "telling"),
         rf"\b(?i:told|tells|telling)[ \t\xa0](?:{owner}(?=[ \t\xa0][“\"]?\p{{Lu}})|(?:{descriptor})?{name})"),
        # "Several county chairs told the Valley Post", "many of the dozen delegates that the
        # Ledger interviewed": the outlet talked to a number of people for the story, each of
        # them named after it a source of its own (the interviewed_group sieve).
        ("group_told", "told", ("told",),
         rf"\b{group}{group_gap}(?:(?:who|have|had)[ \t\xa0]){{0,2}}(?i:told)[ \t\xa0](?:{descriptor})?{name}"),
        # "In interviews, donors from both towns recalled …", "farmers interviewed at the
        # rally": people the writer talked to, no outlet named (the interviewed_group sieve).
        ("group_interviews", "interview", ("interviews",),
         r"\b(?i:in)[ \t\xa0](?:(?i:separate|recent|phone|telephone|later|brief)[ \t\xa0])?(?i:interviews),[ \t\xa0]"
         # the group's description: up to four words, none a verb in -ed ("several threatened")
         r"(?!\p{L}+ed\b)[\p{L}\-’']+(?:[ \t\xa0](?!\p{L}+ed\b)[\p{L}\-’']+){0,3}"),
        ("group_interviewed_at", "interview", ("interviewed",),
         rf"\b{group}{group_gap}(?:(?:who|were)[ \t\xa0])?(?i:interviewed)\b(?![ \t\xa0]by)"),
        ("group_interviewed", "interview", ("interviewed", "surveyed", "contacted"),
         rf"\b{group}{group_gap}(?i:that|whom|who)[ \t\xa0]{name}[ \t\xa0](?:(?:has|had)[ \t\xa0])?"
         rf"(?i:interviewed|surveyed|contacted)\b"),
        # "complained to Harbour News' Dan Price", "explained to the Ledger’s Ann Cole": words
        # said to an outlet's journalist, named after the outlet's possessive.
        ("said_to_journalist", "told", ("to",),
         rf"\b(?i:said|complained|explained|insisted|admitted|conceded|confided|acknowledged|confirmed|revealed)[ \t\xa0]to[ \t\xa0]"
         rf"{owner}(?=[ \t\xa0](?:\p{{Lu}}[\p{{L}}.\-]*[ \t\xa0]){{0,2}}\p{{Lu}})"),
        # "Dan Price, a columnist for the Valley Post, wrote": a journalist's written words went
        # out through their outlet.
        ("writer_for", "report", ("columnist", "writer", "editor", "correspondent", "commentator", "contributor", "reporter"),
         rf"\b(?i:columnist|writer|editor|correspondent|commentator|contributor|reporter)[ \t\xa0](?:for|at|with)[ \t\xa0]"
         rf"(?:(?i:the|an?)[ \t\xa0](?:\p{{Lu}}\p{{Ll}}+[ \t\xa0])?(?i:newspaper|daily|magazine|website|paper|weekly)[ \t\xa0])?"
         # a foreign name's particle ("Corriere della Sera"): the gazetteer knows the name by its head
         rf"{name}(?:[ \t\xa0](?:della|del|de|di|du|des|la|le|el|von|van)[ \t\xa0]{CAP})?,?[ \t\xa0](?:wrote|writes)\b"),
        # "told a Valley Post reporter", "asked by a KXYZ correspondent": the outlet's journalist.
        ("told_journalist", "told", ("reporter", "correspondent", "journalist", "interviewer"),
         rf"\b(?i:told|telling|asked[ \t\xa0]by|speaking[ \t\xa0]to|spoke[ \t\xa0]to)[ \t\xa0](?i:an?|the|one)[ \t\xa0]{name}(?:’s|'s)?[ \t\xa0](?i:reporter|correspondent|journalist|interviewer)s?\b"),
        # "told radio host Dan Price on Harbour FM", "in an interview with anchor Ann Cole on
        # KXYZ": a host named, then the outlet the programme went out on.
        ("told_host_on", "interview", ("host", "anchor", "presenter", "interviewer"),
         rf"\b(?i:told|telling|interview[ \t\xa0]with|speaking[ \t\xa0]to|spoke[ \t\xa0]to|spoke[ \t\xa0]with)[ \t\xa0]"
         rf"(?:(?i:radio|television|TV|cable|talk|talk-show|talk-radio|show|morning|late-night|news)[ \t\xa0]){{0,2}}"
         rf"(?i:host|anchor|presenter|interviewer)[ \t\xa0](?:\p{{Lu}}[\p{{L}}.’'\-]*[ \t\xa0]){{1,3}}on[ \t\xa0]{name}(?![’'])"),
        # "Valley Post’s Ann Cole asked the mayor", "a KXYZ News reporter then asked Reyes": an
        # outlet's journalist questioning someone, an interview with the outlet for both.
        ("journalist_asked", "interview", ("asked", "pressed", "questioned"),
         rf"(?:{owner}[ \t\xa0](?:\p{{Lu}}[\p{{L}}.\-]*[ \t\xa0]){{1,3}}|\b(?i:an?|the)[ \t\xa0]{name}[ \t\xa0]"
         rf"(?i:reporter|correspondent|anchor|host|interviewer)[ \t\xa0](?:\p{{Ll}}+[ \t\xa0])?)(?:asked|pressed|questioned)\b"),
        # "When reached by the Associated Press, Cole said": a conversation with the outlet.
        ("reached_by", "told", ("reached", "contacted"),
         rf"\b(?i:reached|contacted)[ \t\xa0](?:by[ \t\xa0](?:phone|telephone|email)[ \t\xa0])?by[ \t\xa0](?:{descriptor})?{name}"),
        # "said on Fox News", "said Sunday on MSNBC", "asked on Harbour TV’s “Sunday Hour”": words
        # given on a broadcast; the name must be an outlet (never "said on Monday").
        ("said_on", "interview", ("said", "says", "appeared", "appearing", "asked", "speaking"),
         rf"\b(?i:said|says|appeared|appearing|asked|speaking)[ \t\xa0](?:(?:\p{{Ll}}+|{alternation(p['weekday'])})[ \t\xa0]){{0,2}}?"
         rf"on[ \t\xa0](?!{platform}\b)(?:{owner}[ \t\xa0][“\"]|{name}(?![’']))"),
        # "Ann Cole, on Harbour TV, said", "Cole on “Sunday Hour” giving her answer": a person
        # on a broadcast, right after the name, then a comma, a colon or a participle; the name
        # must be an outlet.
        ("person_on", "interview", ("on",),
         rf"(?<=\b\p{{Lu}}[\p{{L}}\-]*),?[ \t\xa0]on[ \t\xa0](?:{owner}[ \t\xa0][“\"]|[“\"]?{name}[”\"]?(?![’'])"
         rf"(?=[,:]|[ \t\xa0]\p{{Ll}}+ing\b))"),
        # "On ABC’s “Good Morning America” Tuesday, he said": a programme of a named outlet.
        ("on_programme", "interview", ("On",), rf"\bOn[ \t\xa0]{owner}[ \t\xa0][“\"]"),
        ("call_to", "interview", ("call",),
         rf"\b(?i:a|his|her|their)[ \t\xa0](?:phone[ \t\xa0]|telephone[ \t\xa0])?call[ \t\xa0](?:to|with|into)[ \t\xa0](?:{owner}[ \t\xa0][“\"]|{name}(?![’']))"),
        ("spoke_to", "told", ("speaking", "talking", "spoke", "speaks", "talked"),
         rf"\b(?i:speaking|talking|spoke|speaks|talked)[ \t\xa0](?:to|with)[ \t\xa0](?:{descriptor})?{name}"),
        ("remarks_to", "remarks", ("remark", "comment", "statement", "quote"),
         rf"\b(?i:remarks|comments|statements?|quotes)[ \t\xa0](?:made[ \t\xa0])?(?:to|with|for)[ \t\xa0](?:{descriptor})?{name}"),
        ("transcript", "transcript", ("transcript",),
         rf"\b(?:an?|the)[ \t\xa0](?:{name}[ \t\xa0])?transcript(?:[ \t\xa0](?:of|from|released[ \t\xa0]by|published[ \t\xa0]by|by)[ \t\xa0](?:{descriptor})?(?P<name2>(?:the[ \t\xa0])?{CAP}(?:[ \t\xa0]{CAP}){{0,3}}))?"),
        # "according to audio released by Harbour Public Radio", "in a recording obtained by the
        # Valley Post": a record of the words, relayed by the outlet that holds it.
        ("recording_by", "transcript", ("audio", "recording", "tape", "footage"),
         rf"\b(?i:according[ \t\xa0]to|in|on)[ \t\xa0](?:(?i:an?|the)[ \t\xa0])?(?:[\w\-]+[ \t\xa0]){{0,2}}?"
         rf"(?i:audio|recording|tape|footage)s?[ \t\xa0](?i:provided|obtained|released|published|posted|aired)[ \t\xa0](?:by|to)[ \t\xa0]"
         rf"(?:{descriptor})?{name}"),
        # "On Twitter, she answered: …" opening its sentence, or "“…” on Facebook" right after
        # the quote: one post on the platform (never "X", which only "posted on X" names).
        ("on_platform", "social_media", p["platform"],
         rf"(?:(?<![^\n])|(?<=[.!?][”\"]?[ \t\xa0]))On[ \t\xa0](?P<name>{platform_named}),"
         rf"|(?<=[”\"])[ \t\xa0]+on[ \t\xa0](?P<name>{platform_named})\b"),
        ("posted_on", "social_media", p["platform"],
         rf"\b{alternation(p['platform_verb'])}[ \t\xa0](?:in[ \t\xa0]a[ \t\xa0]post[ \t\xa0]|in[ \t\xa0]a[ \t\xa0]message[ \t\xa0]|(?:\p{{Ll}}+[ \t\xa0]){{1,2}}?)?on[ \t\xa0](?:his[ \t\xa0]|her[ \t\xa0]|their[ \t\xa0]|its[ \t\xa0])?(?:official[ \t\xa0])?(?P<name>{platform[3:-1]})\b"),
        # "Cole took to Facebook, writing …", "taking to X, she wrote": the words went out
        # on the platform ("took to X" names it too: no letter is taken to).
        ("took_to", "social_media", ("took", "takes", "taking", "take"),
         rf"\b(?i:took|takes|taking|take)[ \t\xa0]to[ \t\xa0](?P<name>{platform[3:-1]})\b(?![’'\-])"),
        ("post_on", "social_media", p["platform"],
         rf"\b(?i:in[ \t\xa0]a|in[ \t\xa0]her|in[ \t\xa0]his|in[ \t\xa0]their|in[ \t\xa0]its|in[ \t\xa0]a[ \t\xa0]short|in[ \t\xa0]a[ \t\xa0]later)[ \t\xa0](?:\w+[ \t\xa0])?{alternation(p['post'])}[ \t\xa0]on[ \t\xa0](?P<name>{platform[3:-1]})\b"),
        # "In a Facebook post", "in an Instagram video": the platform named before the post.
        ("platform_post", "social_media", p["platform"],
         rf"\b(?i:in|via)[ \t\xa0](?i:an?|his|her|their|its|the|one|another)[ \t\xa0](?:[\w\-]+[ \t\xa0]){{0,2}}?(?P<name>{platform[3:-1]})[ \t\xa0]{alternation(p['post'])}s?\b"),
        ("document", "statement", ("statement", "written", "communiqu", *p["document"]),
         rf"\b(?i:in[ \t\xa0]a|in[ \t\xa0]an|in[ \t\xa0]its|in[ \t\xa0]their|in[ \t\xa0]his|in[ \t\xa0]her|in[ \t\xa0]another|a|the)[ \t\xa0](?:[\w\-]+[ \t\xa0]){{0,2}}?(?:{documents})\b"),
        # "said in an interview", "in phone interviews", "during the interview": words given
        # in an interview, the outlet not named (interview_with takes "… with TASS").
        ("interview_phrase", "interview", ("interview",),
         r"\b(?i:in|during)[ \t\xa0](?:(?i:an?|the|his|her|their|its|one|another)[ \t\xa0])?(?:[\w\-]+[ \t\xa0]){0,2}?(?i:interview)s?\b"),
        # "in her op-ed for the Valley Post", "in a recent essay from Harbour Review", "in a weekly
        # column for Sunday’s Valley Post": the writer's words went out through the outlet
        ("piece_in", "report", _last_words(p["published_piece"]),
         rf"\b(?i:in|via)[ \t\xa0](?:(?i:an?|the|his|her|their|its|one|another)[ \t\xa0])?(?:[\w\-]+[ \t\xa0]){{0,2}}?"
         rf"{alternation(p['published_piece'])}s?[ \t\xa0](?:(?i:published|that[ \t\xa0]ran|which[ \t\xa0]ran|that[ \t\xa0]appeared)[ \t\xa0])?"
         rf"(?i:in|for|from|on)[ \t\xa0](?:{day_s}|{descriptor})?{name}"),
        # "in a Valley Post op-ed", "in her weekly Harbour Review column": the outlet's name
        # before the piece (not a day: "in a Sunday op-ed"; the modifiers in lower case only,
        # so that "in a New Harbour Times essay" keeps its "New")
        ("outlet_piece", "report", _last_words(p["published_piece"]),
         rf"\b(?i:in|via)[ \t\xa0](?i:an?|the|his|her|their|its|one|another)[ \t\xa0](?:(?:recent|new|latest|weekly|guest)[ \t\xa0])?"
         rf"(?!{dates}){name}[ \t\xa0]{alternation(p['published_piece'])}s?\b"),
        ("written", "statement", _last_words(p["written"]),
         rf"\b(?i:in|via|through)[ \t\xa0](?:(?i:an?|the|his|her|their|its|one|another)[ \t\xa0])?(?:[\w\-]+[ \t\xa0]){{0,2}}?{alternation(p['written'])}s?\b"),
        # "“…,” the memo stated", "said the campaign's email", "The Reyes ad asks": a written
        # channel speaking for its author is where the words were given.
        ("document_speaks", "statement", _last_words(p["written"]),
         rf"\b(?:(?i:the|an?|his|her|their|its|that|this|one)[ \t\xa0](?:[\w\-’']+[ \t\xa0]){{0,3}}?{alternation(p['written'])}s?"
         rf"[ \t\xa0](?:{speaks})\b|\b(?:{speaks})[ \t\xa0](?i:the|an?|his|her|their|its)[ \t\xa0](?:[\w\-’']+[ \t\xa0]){{0,3}}?"
         rf"{alternation(p['written'])}s?\b)"),
        # "“…,” he told me": told to the article's writer, no outlet named
        ("told_me", "told", ("told", "asked"), r"\b(?:told|asked)[ \t\xa0]me\b"),
        ("told_press_conference", "press_conference", ("conference", "briefing"),
         r"\b(?i:told|addressed|telling)[ \t\xa0](?:an?[ \t\xa0]|the[ \t\xa0])(?:[\w\-]+[ \t\xa0]){0,2}?(?:press|news)[ \t\xa0](?:conference|briefing)\b"),
        # "at a town hall broadcast by Harbour TV", "during the debate, televised live on KXYZ":
        # remarks made before an audience that went out through the broadcaster (not one that
        # "sponsored" or "hosted" it: the words reached the public on air)
        ("broadcast_occasion", "remarks", ("broadcast", "televised", "aired", "streamed"),
         rf"\b(?i:at|during|in)[ \t\xa0](?:(?i:an?|the|his|her|their|its|this|last)[ \t\xa0]|{day_s})(?:[\w\-.’']+[ \t\xa0]){{0,3}}?"
         rf"{alternation(p['venue'])}s?(?:[ \t\xa0](?i:event|session|meeting))?,?[ \t\xa0](?:(?i:that|which)[ \t\xa0](?i:was|were)[ \t\xa0])?"
         rf"(?i:broadcast|televised|aired|streamed)(?:[ \t\xa0](?i:live|nationally))?[ \t\xa0](?i:by|on)[ \t\xa0](?:{descriptor})?{name}"),
        ("venue", "remarks", p["venue"],
         rf"\b(?i:at|during|in|attending)[ \t\xa0](?:an?[ \t\xa0]|the[ \t\xa0]|his[ \t\xa0]|her[ \t\xa0]|their[ \t\xa0]|its[ \t\xa0]|another[ \t\xa0]|one[ \t\xa0]of[ \t\xa0](?:his|her|their|its|the)[ \t\xa0]|{day_s})(?:[\w\-.,’']+[ \t\xa0]){{0,3}}?(?<!(?i:press|news)[ \t\xa0]){alternation(p['venue'])}s?\b(?![ \t\xa0]call\b)"
         # "in his remarks to TASS" is the remarks_to cue's: remarks given to an outlet
         r"(?!(?<=remarks)[ \t\xa0](?:to|with)[ \t\xa0])"),
        # "told reporters", "told a group of reporters", "speaking to reporters", "asserted to
        # the press": words told, no outlet named.
        ("told_reporters", "told", _last_words(p["reporters"]),
         rf"\b(?:(?i:told|telling|tells)|(?i:speaking|talking|spoke|speaks|talked|talks)[ \t\xa0](?:to|with)"
         rf"|(?i:said|says|asserted|insisted|explained|complained|conceded)[ \t\xa0]to)[ \t\xa0]{alternation(p['reporters'])}\b(?![ \t\xa0](?i:on|in|during|at)[ \t\xa0](?:an?|the)[ \t\xa0](?:[\w\-]+[ \t\xa0]){{0,2}}?(?:conference|briefing|call))"),
        ("audience", "remarks", _last_words(p["audience"]),
         rf"\b(?i:told|addressed|telling|tells|assured|assuring)[ \t\xa0](?:(?i:the|her|his|their|an?)[ \t\xa0])?(?:[\w\-]+[ \t\xa0]){{0,2}}?{alternation(p['audience'])}\b"),
        # "speaking from the Senate floor", "on the House floor": a speech in a chamber
        ("floor", "remarks", ("floor",),
         r"\b(?i:on|from)[ \t\xa0]the[ \t\xa0](?:Senate|House|Assembly|convention|chamber)[ \t\xa0]floor\b"),
        # "while stumping for her brother", "when campaigning in Elm": words said on the campaign
        # trail (not "whose rival is campaigning in Elm", someone's state)
        ("stumping", "remarks", ("stumping", "campaigning"),
         r"\b(?i:while|when)[ \t\xa0](?i:stumping|campaigning)[ \t\xa0](?:for|in|across|through)[ \t\xa0]"),
        # "took to the steps outside", "took the podium": a speaker addressing those present
        ("took_the_stage", "remarks", ("took",),
         r"\b(?i:took)[ \t\xa0](?:to[ \t\xa0])?the[ \t\xa0](?i:steps|stage|podium|lectern|microphone|mic|rostrum)\b"),
        # "during a media breakfast", "at a breakfast with reporters": a meeting with the press
        ("media_breakfast", "press_conference", ("breakfast", "lunch"),
         r"\b(?i:media|press|reporters[’']?)[ \t\xa0](?i:breakfast|lunch|luncheon)\b"
         r"|\b(?i:breakfast|lunch|luncheon)[ \t\xa0](?i:with)[ \t\xa0](?i:reporters|journalists)\b"),
        # "the narrator says in the ad", "with one of his ads charging": words of a campaign's
        # ad (never "an ad hoc committee")
        ("ad", "statement", ("ad",),
         r"\b(?:(?i:in|via)[ \t\xa0](?i:an?|the|his|her|their|its|another|one[ \t\xa0]of[ \t\xa0](?:his|her|their|its|the))"
         r"|(?i:with)[ \t\xa0](?i:one[ \t\xa0]of[ \t\xa0](?:his|her|their|its)))"
         r"[ \t\xa0](?:[\w\-]+[ \t\xa0]){0,2}?(?i:ad)s?\b(?![ \t\xa0]+(?i:hoc|nauseam|infinitum|lib)\b)"),
        # "released a memo", "put out a video", "an essay last year, in which she":
        # a written channel the speaker issued
        ("issued_document", "statement", ("memo", "op-ed", "video", "letter", "essay"),
         r"\b(?i:released|issued|sent|put[ \t\xa0]out|circulated|wrote|penned|published)[ \t\xa0](?i:an?|the|his|her|their|its)"
         r"[ \t\xa0](?:[\w\-]+[ \t\xa0]){0,2}?(?i:memo|op-ed|video|letter|essay)s?\b"
         r"|\b(?i:an?)[ \t\xa0](?i:op-ed|memo|essay|letter)[ \t\xa0](?:[\w\-,]+[ \t\xa0]){0,4}?(?i:in[ \t\xa0]which)\b"),
        # "after answering one reporter's question", "responding to reporters' questions": words told
        ("answering_reporter", "told", ("question",),
         r"\b(?i:answering|answered|responding[ \t\xa0]to|responded[ \t\xa0]to)[ \t\xa0](?i:an?|the)?[ \t\xa0]?"
         r"(?i:reporter|journalist)s?[’']s?[ \t\xa0]questions?\b"),
        # "the unions wrote to him", "Cole writes to Reyes": a letter or a mail to someone
        ("wrote_to", "statement", ("wrote", "writes", "writing"),
         r"\b(?i:wrote|writes|writing)[ \t\xa0]to[ \t\xa0](?:him|her|them|\p{Lu}[\p{L}\-]+)\b"),
        # "wrote on his blog", "blogged": the author's own written channel
        ("blog", "statement", ("blog",),
         r"\b(?i:blogged|(?:wrote|writes|said|says|posted)[ \t\xa0]on[ \t\xa0](?:his|her|their|its|a)[ \t\xa0](?:[\w\-]+[ \t\xa0]){0,2}?blog)\b"),
        # "Cole told “Morning Forum,” reminding its hosts": a programme's title after told.
        ("told_programme", "told", ("told", "tells", "telling"),
         r"\b(?i:told|tells|telling)[ \t\xa0][“\"](?P<name>\p{Lu}[\p{L}'’&\-]*(?:[ \t\xa0](?:\p{Lu}[\p{L}'’&\-]*|and|the|of|on|with|in|at|for|to|a)){0,7})[,.]?[”\"]"),
        # "said on “Harbour Hour,”", "appearing Sunday on “Ledger Live”": a programme's title
        # after "on" and a verb of saying or appearing; the words were said on it.
        ("said_on_programme", "interview", p["programme_verb"],
         rf"\b(?i:{alternation(p['programme_verb'])[3:-1]})[ \t\xa0]"
         rf"(?:(?:\p{{Ll}}+|{alternation(p['weekday'])})[ \t\xa0]){{0,2}}?on[ \t\xa0]"
         r"[“\"](?P<name>\p{Lu}[\p{L}'’&\-]*(?:[ \t\xa0](?:\p{Lu}[\p{L}'’&\-]*|and|the|of|on|with|in|at|for|to|a)){0,7})[,.]?[”\"]"),
        ("quoted_programme", "podcast", p["programme"],
         rf"\b(?i:on|during|in)[ \t\xa0](?:an?[ \t\xa0]|the[ \t\xa0])?(?:appearance[ \t\xa0]on[ \t\xa0](?:the[ \t\xa0])?)?[“\"](?P<name>[^”\"\n]{{1,40}})[”\"][ \t\xa0]{alternation(p['programme'])}\b"),
        # "on his weekly radio show, “Hour of Truth,”", "on her talk radio program, “Elm Talk”": a
        # programme named in quote marks after the word for it; the words were said on it.
        ("programme_title", "interview", p["programme"],
         rf"\b(?i:radio|television|TV|talk|weekly|daily|nightly|online|web|streaming)[ \t\xa0]{alternation(p['programme'])},?[ \t\xa0]"
         r"[“\"](?P<name>\p{Lu}[\p{L}'’&\-]*(?:[ \t\xa0](?:\p{Lu}[\p{L}'’&\-]*|and|the|of|on|with|in|at|for|to|a)){0,7})[,.]?[”\"]"),
        ("at_press_conference", "press_conference", ("conference", "briefing"),
         rf"\b(?i:at|during|in|on)[ \t\xa0](?:(?i:an?[ \t\xa0]|his[ \t\xa0]|her[ \t\xa0]|their[ \t\xa0]|its[ \t\xa0]|the[ \t\xa0])|{day_s})?(?:[\w\-]+[ \t\xa0]){{0,3}}?(?:(?:press|news)[ \t\xa0](?:conference|briefing)|conference[ \t\xa0]call)\b"),
        ("according_to", "according_to", ("according",), rf"\b[Aa]ccording[ \t\xa0]to[ \t\xa0](?:{descriptor})?{name}"),
        ("according_to_unnamed", "according_to", ("according",),
         rf"\b[Aa]ccording[ \t\xa0]to[ \t\xa0](?P<unnamed>(?:[\w\-]+[ \t\xa0]){{0,2}}?{alternation(p['unnamed_source'])})\b"),
        ("through", "report", ("through",), rf"\b(?i:through)[ \t\xa0](?:{descriptor})?{name}"),
        # "according to a Harbour Times survey", "according to a report in the Valley
        # Post": what the article draws on is the outlet's own work.
        ("according_to_work", "according_to", ("according",),
         rf"\b[Aa]ccording[ \t\xa0]to[ \t\xa0](?i:an?|the)[ \t\xa0](?:(?i:new|recent|latest|separate)[ \t\xa0])?"
         rf"(?:{name}[ \t\xa0](?:exit[ \t\xa0])?{works}|{works}[ \t\xa0](?:(?:in|by|from)|(?:provided|published|released|reported|conducted)[ \t\xa0]by)[ \t\xa0](?:{descriptor})?{name})"),
        # "“…,” wrote the Valley Post", "“…,” reported Harbour Weekly": right after a quote,
        # the outlet's own written words, the name after the verb and closing the clause
        # (a name's last word keeps its full stop: "Gazette." is matched whole).
        ("wrote_after_quote", "report", ("wrote", "writes", "reported", "reports"),
         rf"(?<=[”\"],?[ \t\xa0]{{1,3}})(?:wrote|writes|reported|reports)[ \t\xa0](?:{descriptor})?{name}(?:(?<=\.)|(?=[.,;:]))"),
        # "first reported by the Valley Post", "published by Harbour Weekly": the outlet's report.
        ("reported_by", "report", ("reported", "published", "detailed", "revealed"),
         rf"\b(?:reported|published|detailed|revealed)[ \t\xa0](?:by|in)[ \t\xa0](?:{descriptor})?{name}"),
        # "(h/t The Valley Post.)", "This essay originally appeared in Harbour Review", "Reprinted
        # courtesy of Example Books": a credit line names where the article's text came from.
        ("credit_line", "contributed", ("h/t", "hat tip", "appeared", "published", "reprinted"),
         rf"(?:\b(?i:h/t|hat[ \t\xa0]tip)(?:/?:)?[ \t\xa0]+(?:(?i:to)[ \t\xa0])?"
         rf"|\b(?i:first|originally)[ \t\xa0](?:appeared|published)[ \t\xa0](?:on|in)[ \t\xa0]"
         rf"|\b(?i:reprinted)[ \t\xa0](?:courtesy[ \t\xa0]of|with[ \t\xa0]permission[ \t\xa0](?:of|from)|from)[ \t\xa0])"
         rf"(?!{dates})(?:{descriptor})?{name}"),
        # "… a “dark day.” [Valley Post.]": a news digest's item ends with its source in brackets.
        ("digest_credit", "report", ("[",),
         rf"\[(?P<name>{CAP}(?:[ \t\xa0]{CAP}){{0,3}})\]\.?(?=[ \t\xa0]*(?:\n|$))"),
        # "WASHINGTON (AP) —": a dateline credits the wire the story is from.
        ("dateline", "report", (") —", ") –", ") -"),
         rf"(?<![^\n])(?:[\p{{Lu}}\p{{N}}][\p{{L}}\p{{N}}.,’' ]{{0,60}}?[ \t\xa0])?\((?P<name>{CAP}(?:[ \t\xa0]{CAP}){{0,3}})\)[ \t\xa0]*[—–\-]"),
    ]
    # "according to the newspaper", "the paper reported": an outlet named before, described.
    described = rf"(?:[\w\-]+[ \t\xa0]){{0,2}}?(?P<desc>{alternation(DESCRIBED)})\b(?![ \t\xa0]\p{{Lu}})"
    table += [
        ("described_according_to", "according_to", ("according",),
         rf"\b[Aa]ccording[ \t\xa0]to[ \t\xa0]the[ \t\xa0]{described}"),
        ("described_told", "told", ("told", "telling"), rf"\b(?i:told|telling)[ \t\xa0]the[ \t\xa0]{described}"),
    ]
    # What every match of a cue holds as written, for the cues whose keywords are also
    # pieces of common words ("ad" of "had", "on"): the pattern's own literals, outside (?i).
    written = _spelled(p["written"])
    needs = {"written": (written,), "document_speaks": (written, tuple(speaks.split("|"))),
             # an outlet's possessive ({owner}) and, on a programme, its title's quote mark
             "said_to_journalist": (("’", "'"),), "on_programme": (("On",), ("’", "'"), ("“", '"'))}
    patterns = tuple(
        OutletPattern(n, relation, tuple(dict.fromkeys(keywords)), regex.compile(source), needs=needs.get(n, ()),
                      word_start=n in _AT_WORD_START, starts=_opening_words(source))
        for n, relation, keywords, source in table
    ) + (
        # "he tweeted", "in a late-night tweet": the platform the verb or noun names. A
        # platform named after it ("tweeted on X") is the posted_on cue's.
        OutletPattern("tweeted", "social_media", ("tweet",), regex.compile(
            r"\b(?:(?i:(?:re)?tweeted|(?:re)?tweeting)|(?i:in|via)[ \t\xa0](?i:an?|his|her|their|its|one|another)[ \t\xa0](?:[\w\-]+[ \t\xa0]){0,3}?tweet)\b"
            rf"(?![ \t\xa0](?i:on|via)[ \t\xa0]{platform})"), implied="X"),
    )
    first = r"(?:first|originally)(?![\p{L}])"
    report_verb = regex.compile(rf"\b{alternation(p['report_verb'])}\b")  # "reported", "revealed"…
    report_words = _first_words(p["report_verb"])
    name_first = (
        NameFirstPattern(
            "reported", "report",
            report_verb,
            # one adverb may stand between ("The Ledger also reported"), never "first": that
            # is the first_reported cue's
            # an appositive may stand between too ("Xinhua, the official news agency, wrote")
            regex.compile(rf"{name}(?:,[ \t\xa0](?i:the|an?)[ \t\xa0][^,\n“”\"]{{1,60}}?,)?[ \t\xa0]"
                          rf"(?:\((?:[\p{{Lu}}]{{2,6}})\)[ \t\xa0])?(?:(?!{first})[\p{{Ll}}]+[ \t\xa0])?$"),
            report_words,
        ),
        # "the Valley Post first reported": the story the article follows, not where any of its
        # quotes were given (the reported_by cue reads "first reported by the Valley Post").
        NameFirstPattern(
            "first_reported", "report",
            regex.compile(rf"\b{first}[ \t\xa0](?:reported|published|revealed|broke)\b"),
            regex.compile(rf"{name}[ \t\xa0]$"),
            ("first", "originally"),
        ),
        # "a Harbour Times/Example poll", "the latest Valley Post survey": the outlet's poll
        # (the name after a slash is its partner; the first is the outlet credited).
        NameFirstPattern(
            "outlet_poll", "report",
            regex.compile(r"\b(?:poll|survey)s?\b"),
            regex.compile(rf"(?:(?:A|An)[ \t\xa0])?{name}(?:/{CAP}(?:[ \t\xa0]{CAP}){{0,4}})?[ \t\xa0](?:exit[ \t\xa0])?$"),
            ("poll", "polls", "survey", "surveys"),
        ),
        NameFirstPattern(
            "described_reported", "report",
            report_verb,
            regex.compile(rf"(?<![\p{{L}}\p{{N}}])[Tt]he[ \t\xa0](?:\p{{Ll}}[\w\-’']*[ \t\xa0]){{0,2}}?(?P<desc>{alternation(DESCRIBED)})[ \t\xa0]$"),
            report_words,
        ),
        NameFirstPattern(
            "contributed", "contributed",
            regex.compile(r"\b(?:contributed|contributes)[ \t\xa0]to[ \t\xa0]this[ \t\xa0](?:report|story|article)\b"),
            regex.compile(rf"{name}[ \t\xa0]$"),
            ("contributed", "contributes"),
        ),
    )
    contexts = alternation(p["context"], space=r"\s")
    weekdays = alternation(p["weekday"])
    months = alternation(p["month"])
    # "during Saturday night’s debate", "at a candidates forum", "held their first joint event":
    # a preposition (or "held") and a determiner, or a day's possessive, then up to four words.
    shared = (
        rf"\b(?:(?i:at|during|in|held)[ \t\xa0](?:(?i:an?|the|their|this|last)[ \t\xa0]|{day_s})|{day_s})"
        rf"(?:[\w.’'\-]+[ \t\xa0]){{0,4}}?(?i:{alternation(p['shared_occasion'])})s?\b"
    )
    return OutletPatterns(
        patterns=patterns,
        name_first=name_first,
        # Contexts in which an unlisted capitalised name is taken as an outlet anyway. Only
        # asked whether it matches at the end of a stretch, so searched from the end ((?r)).
        context=regex.compile(rf"(?r)(?i){contexts}\s$"),
        same_platform=regex.compile(rf"\b(?i:on)[ \t\xa0]the[ \t\xa0]same[ \t\xa0]{alternation(p['same_platform'])}\b"),
        acting_possessive=regex.compile(rf"(?:’s|'s)\s(?:\w+\s)?{alternation(lex.acting_speech_nouns)}\b"),
        shared_occasion=regex.compile(shared),
        ahead=regex.compile(r"\b(?i:will|ahead[ \t\xa0]of|before|upcoming|next|prepare[sd]?|preparing|planned|scheduled)\b"),
        reported_that=regex.compile(
            rf"(?:[ \t\xa0]+(?:on|last|this|earlier|later|{weekdays[3:-1]}|{alternation(p['part_of_time'])[3:-1]})\b){{0,3}}"
            rf"[ \t\xa0]+that[ \t\xa0](?!{alternation(p['part_of_time'])}\b)"
            # to the quote, within those words: not past another clause ("…, and Cole called")
            r"(?P<words>(?:(?![,;][ \t\xa0]+(?:and|but|while|as)\b)[^;])*+)$"),
        occasion=regex.compile(
            rf"\b(?:[Oo]n\s{weekdays}|[Oo]n\s{months}\s\d{{1,2}}|[Ll]ast\s(?:week|month|year|{weekdays[3:-1]})|"
            rf"[Ee]arlier\s(?:this|that|in\sthe)\s(?:week|month|year)|[Ii]n\s{months}|[Tt]his\s(?:week|month)|"
            # an earlier occasion counted back or dated by its year: "Six years ago", "in 2008"
            r"(?:years|decades|[Aa]\syear|[Aa]\sdecade)\sago|[Ii]n\s(?:19|20)\d\d|"
            # a later one: "Cole later said", but not "later in the interview"
            r"[Ll]ater(?![ \t\xa0]+(?:in|during|on)[ \t\xa0]+(?:the|that|this)\b))\b"
        ),
    )
