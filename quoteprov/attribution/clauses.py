"""Find reporting clauses — who (a noun phrase) and a reporting verb — in a stretch of text.

"Lavrov said", "said Timothy Ash", "the foreign minister emphasized", "a Trump team
member reportedly stated", "according to Lavrov", "Sen. JD Vance, now vice
president-elect, floated". The stretch is tokenised once; every search below looks at
a bounded number of tokens around each verb, so the work is linear in the stretch.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Mapping
from typing import Any, Literal, NamedTuple

import attrs
import regex

from ..lexicon import Lexicon
from ..records import MentionKind

__all__ = ["Token", "make_token", "NounPhrase", "Clause", "tokenize", "find_clauses", "parse_np"]

# Words keep inner hyphens, dots and apostrophes (U.S, won’t, president-elect) but a
# possessive ’s is its own token, so "Lavrov’s remarks" is owner, ’s, noun.
_TOKEN = regex.compile(
    r"[\p{L}\p{M}\p{N}]+(?:(?:[\-.]|[’'](?![sS](?![\p{L}\p{M}\p{N}])))[\p{L}\p{M}\p{N}]+)*\+?"
    r"|[’'][sS](?![\p{L}\p{M}\p{N}])|[^\s\p{L}\p{M}\p{N}]"
)

# Every word list here comes from the lexicon (lexicons/word_classes.tsv, organization_nouns.tsv,
# speech_nouns.tsv, anonymous.txt…), so a user's lexicon folder changes what the rules read.


class Token(NamedTuple):
    """A word or punctuation token with offsets; shape facts computed once."""

    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    is_capital: bool


def make_token(text: str, start: int, end: int) -> Token:
    return Token(text, start, end, text.lower(), text[:1].isalnum(), text[:1].isupper())


@attrs.frozen
class NounPhrase:
    """A speaker as written: its kind, where it is, and the token range it covers."""

    kind: MentionKind
    first: int
    last: int  # inclusive token index
    start: int
    end: int


@attrs.frozen
class Clause:
    """A reporting clause: its noun phrase, verb token, and the order they came in."""

    np: NounPhrase
    verb: Token
    order: Literal["np_verb", "verb_np", "according_to", "possessive", "dash", "colon_name"]


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Word and punctuation tokens of ``text[start:end]`` with offsets into ``text``."""
    # Column by column with map() over C functions, no Python call per token: this runs
    # over every paragraph of every article. tuple.__new__ skips the named tuple's __new__.
    if _WIDE.search(text, start, end) is None:
        matches: list[Any] = list(_fast_token().finditer(text, start, end))
        group, begin, finish = _RE_MATCH
    else:
        matches = list(_TOKEN.finditer(text, start, end))
        group, begin, finish = _REGEX_MATCH
    words = list(map(group, matches))
    firsts = list(map(_FIRST, words))
    return list(
        map(
            _NEW_TOKEN,
            zip(
                words, map(begin, matches), map(finish, matches), map(str.lower, words),
                map(str.isalnum, firsts), map(str.isupper, firsts),
            ),
        )
    )


# The stdlib engine runs _TOKEN about a third faster; it has no \p{…} classes, so for text
# below U+3000 (all but a few articles) the classes are spelt out, read off _TOKEN's own
# engine character by character, so the two patterns agree on every such text.
_FAST_BELOW = "\u3000"
_WIDE = re.compile(f"[{_FAST_BELOW}-\U0010ffff]")  # a character the stdlib pattern does not know


@functools.cache
def _fast_token() -> re.Pattern[str]:
    """:data:`_TOKEN` for text with no character at or above :data:`_FAST_BELOW` (built once)."""
    word = _char_class(regex.compile(r"[\p{L}\p{M}\p{N}]"))
    space = _char_class(regex.compile(r"\s"))
    return re.compile(
        rf"[{word}]+(?:(?:[\-.]|[’'](?![sS](?![{word}])))[{word}]+)*\+?"
        rf"|[’'][sS](?![{word}])|[^{space}{word}]"
    )


def _char_class(one: regex.Pattern[str]) -> str:
    """The characters below :data:`_FAST_BELOW` that ``one`` matches, as ranges for ``[…]``."""
    ranges: list[tuple[int, int]] = []
    for code in range(ord(_FAST_BELOW)):
        if one.match(chr(code)) is None:
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


#: a match's text, start and end, for map() (the two engines' matches are different types)
_MatchColumns = tuple[Callable[[Any], str], Callable[[Any], int], Callable[[Any], int]]
_RE_MATCH: _MatchColumns = (re.Match.group, re.Match.start, re.Match.end)
_REGEX_MATCH: _MatchColumns = (regex.Match.group, regex.Match.start, regex.Match.end)
_FIRST = operator.itemgetter(0)  # a token is never empty
_NEW_TOKEN = functools.partial(tuple.__new__, Token)


def parse_np(
    tokens: list[Token], i: int, lex: Lexicon, *, limit: int = 8, false_title: bool = False
) -> NounPhrase | None:
    """The noun phrase that starts at token ``i`` and can be the subject of a reporting verb;
    with ``false_title``, also a lower-case role before a name ("spokesman Ann Cole"), which
    only a verb-first clause reads ("…,” said spokesman Ann Cole): before the verb the name
    alone is the subject. Someone's unnamed spokesman or aide is an anonymous source of
    their own ("Cole’s spokeswoman", "the prime minister’s official spokesman")."""
    np = _parse_np(tokens, i, lex, limit=limit, false_title=false_title)
    if np is not None and np.kind in ("name", "role", "organization"):
        return _owned_source(tokens, np, lex, limit) or np
    return np


def _possessor(tokens: list[Token], np: NounPhrase) -> bool:
    """A name followed by a possessive and a lower-case word: it owns what speaks."""
    k = np.last + 1
    return (
        np.kind == "name"
        and k + 1 < len(tokens)
        and tokens[k].text in ("’s", "'s")
        and tokens[k + 1].is_word
        and not tokens[k + 1].is_capital
    )


def _owned_source(tokens: list[Token], np: NounPhrase, lex: Lexicon, limit: int) -> NounPhrase | None:
    """ "Cole’s spokeswoman", "the Prime Minister’s official spokesman": a possessor, at
    most three lower-case words, then a singular word for an unnamed source. A name right
    after the source or a title, or after a comma, says who it is ("Cole’s spokeswoman Ann
    Price", "Cole’s deputy campaign manager, Dan Reyes"): that person."""
    k = np.last + 1
    if k >= len(tokens) or tokens[k].text not in ("’s", "'s"):
        return None
    head, last = _owned_heads(tokens, k + 1, min(len(tokens), k + 5, np.first + limit + 4), lex)
    if last is None:
        return _owned_body(tokens, np, k + 1, lex)
    named = _name_after_head(tokens, NounPhrase("anonymous", np.first, last, np.start, tokens[last].end), lex, limit)
    if named is not None or head is None:
        return named
    if head + 1 < len(tokens) and tokens[head + 1].is_capital:
        return None
    return NounPhrase("anonymous", np.first, head, np.start, tokens[head].end)


def _owned_body(tokens: list[Token], np: NounPhrase, j: int, lex: Lexicon) -> NounPhrase | None:
    """ "Cole’s campaign", "Cole’s office": a body someone has (word class owned_body), as
    an organisation phrase, when no lower-case word goes on from it ("Cole’s campaign
    manager" is a person)."""
    if j >= len(tokens) or tokens[j].lower not in lex.words["owned_body"]:
        return None
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after.is_word and not after.is_capital and not lex.verb_lemma(after.text):
        return None
    return NounPhrase("organization", np.first, j, np.start, tokens[j].end)


def _owned_heads(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> tuple[int | None, int | None]:
    """Over the lower-case words from ``lo``: the last word for an unnamed source ("official
    spokesman"), and the last such word or title or description ("campaign manager")."""
    head = last = None
    for j in range(lo, hi):
        t = tokens[j]
        if not t.is_word or t.is_capital or lex.verb_lemma(t.text):
            break
        if t.lower in lex.anonymous and not t.lower.endswith("s"):
            head = last = j
        elif role_word(t.lower, lex) or t.lower in lex.words["owned_person"]:
            last = j  # a title, a description, or kin ("Cole’s son, Grant,")
    return head, last


def _name_after_head(tokens: list[Token], owned: NounPhrase, lex: Lexicon, limit: int) -> NounPhrase | None:
    """The name that closes an owned description, right after it or after a comma."""
    k = owned.last + 1
    if k < len(tokens) and tokens[k].is_capital:
        return _closing_name(tokens, owned, k, lex, limit, verb_closes=True)
    named = _named_after(tokens, owned, lex, limit)
    return named if named.kind == "name" else None


def _closing_name(
    tokens: list[Token], phrase: NounPhrase, k: int, lex: Lexicon, limit: int, *, verb_closes: bool
) -> NounPhrase | None:
    """``phrase`` run on into the name that starts at token ``k``, as one name phrase, when
    the name closes it: the end, a comma, full stop or semicolon, or (``verb_closes``) a
    lower-case verb; else None."""
    inner = _capitalised(tokens, k, lex, limit)
    if inner is None or inner.kind != "name":
        return None
    closes = _name_closes(tokens, inner.last + 1, lex) if verb_closes else _ends_clause(tokens, inner.last + 1)
    return NounPhrase("name", phrase.first, inner.last, phrase.start, inner.end) if closes else None


def _parse_np(
    tokens: list[Token], i: int, lex: Lexicon, *, limit: int = 8, false_title: bool = False
) -> NounPhrase | None:
    if i >= len(tokens) or not tokens[i].is_word:
        return None
    tok = tokens[i]
    low = tok.lower
    classes = lex.words
    if low in classes["pronoun"]:
        return NounPhrase("pronoun", i, i, tok.start, tok.end)
    if low in classes["definite"] or low in classes["indefinite"]:
        return _determined(tokens, i, lex, limit)
    if low in classes["pre_name"] and i + 1 < len(tokens) and tokens[i + 1].is_capital:
        # "former Ann Cole": the name after it, taken whole.
        inner = parse_np(tokens, i + 1, lex, limit=limit)
        if inner is not None and inner.kind == "name":
            return NounPhrase("name", i, inner.last, tok.start, inner.end)
        return None
    if tok.is_capital:
        return _capitalised(tokens, i, lex, limit)
    return _lower_case(tokens, i, lex, limit, false_title=false_title)


def _lower_case(tokens: list[Token], i: int, lex: Lexicon, limit: int, *, false_title: bool) -> NounPhrase | None:
    """A phrase opening with a lower-case word that is no determiner, pronoun or pre-name
    word: a false title when asked for, or an unnamed group ("officials said")."""
    tok = tokens[i]
    titled = _false_title(tokens, i, lex, limit) if false_title else None
    if titled is not None:
        return titled
    if tok.lower in lex.anonymous and tok.lower.endswith("s"):
        return NounPhrase("anonymous", i, i, tok.start, tok.end)  # "officials said"
    if tok.lower in lex.words["bare_body"] and tok.lower in lex.org_nouns:
        return NounPhrase("organization", i, i, tok.start, tok.end)  # "police said"
    return None


def _determined(tokens: list[Token], i: int, lex: Lexicon, limit: int) -> NounPhrase | None:
    """A phrase after a determiner: "the foreign minister", "a senior official", "the ministry"."""
    tok = tokens[i]
    indefinite = tok.lower in lex.words["indefinite"]
    words: list[str] = []
    best: NounPhrase | None = None
    for j in range(i + 1, min(len(tokens), i + limit)):
        t = tokens[j]
        if not t.is_word or (lex.verb_lemma(t.text) and not t.is_capital):
            break  # "the minister said": the verb ends the phrase
        words.append(t.lower)
        kind = _determined_head(t, " ".join(words), indefinite, lex)
        if kind is not None:
            best = NounPhrase(kind, i, j, tok.start, t.end)
    if best is not None and best.kind == "anonymous":
        best = _extend_anonymous(tokens, best, lex)
    return _named_after(tokens, best, lex, limit) if best is not None and best.kind != "organization" else best


def _named_after(tokens: list[Token], np: NounPhrase, lex: Lexicon, limit: int) -> NounPhrase:
    """A description and the name that follows it after a comma ("a spokesman, Dan Price",
    "another user of the site, Ann Cole,"): the name says who it is, so the phrase is a name
    phrase and the name mention inside it is the person (see ArticleContext.mention_entity).
    A definite title runs straight on into the name too ("the spokesman Dan Price.",
    "the former prime minister Ann Cole,"), when the name ends the clause."""
    if np.kind == "role" and _title_then_name(tokens, np, lex):
        # "the spokesman Dan Price.", but not "the spokesman Dan Price hired"
        return _closing_name(tokens, np, np.last + 1, lex, limit, verb_closes=False) or np
    j = np.last + 2
    if j >= len(tokens) or tokens[j - 1].text != "," or not tokens[j].is_capital:
        return np
    # not "a spokesman, Dan Price's aide": the name is not the whole of what follows
    return _closing_name(tokens, np, j, lex, limit, verb_closes=True) or np


def _title_then_name(tokens: list[Token], np: NounPhrase, lex: Lexicon) -> bool:
    """ "the spokesman Dan Price": "the", modifiers and a title, a capital right after; no
    preposition inside ("the top aide to President Ann Cole" is the aide, not Cole)."""
    k = np.last + 1
    return (
        k < len(tokens)
        and tokens[k].is_capital
        and tokens[np.first].lower == "the"
        and tokens[np.last].lower in lex.role_heads
        and not any(t.lower in lex.words["before_non_subject"] for t in tokens[np.first + 1 : np.last])
    )


def _name_closes(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether token ``k`` closes a name: the end, punctuation, or a lower-case verb."""
    return _ends_clause(tokens, k) or (not tokens[k].is_capital and lex.verb_lemma(tokens[k].text) is not None)


def _ends_clause(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` closes the phrase before it: the end, or a comma, full stop or
    semicolon ("said the spokesman Dan Price." but not "the spokesman Dan Price hired")."""
    return k >= len(tokens) or tokens[k].text in (",", ".", ";")


def _determined_head(t: Token, phrase: str, indefinite: bool, lex: Lexicon) -> MentionKind | None:
    """What a determiner phrase is if it ends at ``t``."""
    if indefinite:
        # "a Trump team member", "two diplomats", "a senior official"; a title with "a" or
        # "one" is someone left unnamed too ("one district party leader", "a Senate aide")
        source = t.lower in lex.anonymous or t.lower in lex.words["indefinite_source"] or _untitled(phrase, lex)
        return "anonymous" if source else None
    if (
        phrase in lex.organizations
        or t.lower in lex.org_nouns
        or phrase in lex.org_nouns
        or (t.is_capital and t.text in lex.org_heads)
    ):
        return "organization"
    if t.lower in lex.role_heads or _description_head(t.lower, lex) or (t.lower in lex.anonymous and not t.is_capital):
        return "role"  # "the foreign minister", "the person"; not "the Riverton Reader"
    return None


def _untitled(phrase: str, lex: Lexicon) -> bool:
    """A title after "a" or "one" and at most three modifiers, none a preposition or a
    determiner ("district party leader", "former president"; not "two weeks after its
    senior vice president", "spokesman for House Speaker")."""
    words = phrase.split()
    if words[-1] not in lex.role_heads or len(words) > 4:
        return False
    stops: frozenset[str] = lex.compiled("untitled_stops", _untitled_stops)
    return not any(w in stops for w in words[:-1])


def _untitled_stops(lex: Lexicon) -> frozenset[str]:
    """The words that keep a title from heading an "a …" phrase (see :func:`_untitled`)."""
    return frozenset(lex.words["before_non_subject"] | lex.words["determiner"] | lex.words["pronoun"])


def _name_run_end(tokens: list[Token], i: int, lex: Lexicon, limit: int) -> int:
    """The last token of the capitalised run from ``i``: "Sen.", "bin", "of" may join it."""
    n = len(tokens)
    j = i
    while j + 1 < n and j + 1 < i + limit:
        nxt = tokens[j + 1]
        if nxt.is_capital and nxt.is_word:
            j += 1
        elif j + 2 < n and tokens[j + 2].is_capital and _joins(tokens, j, lex):
            j += 2
        else:
            break
    return j


def _joins(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """Whether token ``j + 1`` joins token ``j`` to the capitalised word after it: "of" and
    name particles ("Bank of America", "Pieter van Aalst"), the dot of an abbreviation
    ("Sen. Cole") or of a middle initial ("Michael P. McDonald", not "Plan B. Then")."""
    nxt, word, after = tokens[j + 1], tokens[j], tokens[j + 2]
    if nxt.lower == "of" or nxt.lower in lex.words["name_particle"]:
        return True
    if nxt.text != ".":
        return False
    initial = len(word.text) == 1 and word.is_capital and after.text not in lex.not_names
    return (word.text + ".") in lex.abbreviations or initial


def _capitalised(tokens: list[Token], i: int, lex: Lexicon, limit: int) -> NounPhrase | None:
    """A phrase that opens with a capital: a name, a titled name, a group, an organisation."""
    tok = tokens[i]
    if tok.text in lex.not_names:
        return None  # "While NATO members…": a sentence word starts no name
    j = _name_run_end(tokens, i, lex, limit)
    titled = _titled_name(tokens, i, j, lex, limit)
    if titled is not None:
        return titled
    group = _capitalised_group(tokens, i, j, lex)
    if group is not None:
        return group
    if tok.lower in lex.anonymous and tok.lower.endswith("s"):
        return NounPhrase("anonymous", i, i, tok.start, tok.end)  # "Officials said"
    if j == i and tok.text in lex.nationalities and tok.lower not in lex.organizations:
        return None  # "Russian state media": an adjective, not a speaker (NATO still speaks)
    if " ".join(t.text for t in tokens[i : j + 1]).lower() in lex.organizations:
        return NounPhrase("organization", i, j, tok.start, tokens[j].end)
    return NounPhrase("name", i, j, tok.start, tokens[j].end)


def _capitalised_group(tokens: list[Token], i: int, j: int, lex: Lexicon) -> NounPhrase | None:
    """ "NATO members", "Ukrainian officials", "Kremlin officials": a body or an unnamed group."""
    if j + 1 >= len(tokens) or tokens[j + 1].lower not in lex.anonymous or not tokens[j + 1].lower.endswith("s"):
        return None
    group = " ".join(t.text for t in tokens[i : j + 1])
    known = group.lower() in lex.organizations or group.isupper() and len(group) > 1
    return NounPhrase("organization" if known else "anonymous", i, j + 1, tokens[i].start, tokens[j + 1].end)


def _titled_name(tokens: list[Token], i: int, j: int, lex: Lexicon, limit: int) -> NounPhrase | None:
    """ "Kremlin spokesman Dmitry Peskov", "White House press secretary Jane Doe": the name
    after lower-case role words, taken with them."""
    n = len(tokens)
    k = j + 1
    while k < n and k <= j + 3 and tokens[k].is_word and not tokens[k].is_capital:
        k += 1
    # The word before the name is a role or a description ("head coach", "strategist"),
    # the words before it its modifiers: "Riverton head coach Dan Price", "GOP strategist
    # Keith Noble" are Dan Price and Keith Noble, not Riverton or the GOP.
    if k == j + 1 or k >= n or not tokens[k].is_capital or not role_word(tokens[k - 1].lower, lex):
        return None
    inner = parse_np(tokens, k, lex, limit=limit)
    if inner is None or inner.kind != "name":
        return None
    return NounPhrase("name", i, inner.last, tokens[i].start, inner.end)


def _false_title(tokens: list[Token], i: int, lex: Lexicon, limit: int) -> NounPhrase | None:
    """ "spokesman John Kirby", "retired surgeon Ann Cole", "conservative activist Bo Lind":
    American news writes a lower-case role before a name with no determiner (a "false
    title"); the phrase is the name, taken with its role words. Up to three words before
    the name, the last of them a role or a description, none a verb of speech."""
    for k in range(i + 1, min(len(tokens), i + 5)):
        prev = tokens[k - 1]
        if not prev.is_word or lex.verb_lemma(prev.text):
            return None
        if tokens[k].is_capital:
            if _capital_modifier(tokens, k, lex):
                continue  # "undecided Republican voter Ann Cole": a party word before the role
            if not role_word(prev.lower, lex):
                return None
            inner = parse_np(tokens, k, lex, limit=limit)
            if inner is None or inner.kind != "name":
                return None
            return NounPhrase("name", i, inner.last, tokens[i].start, inner.end)
    return None


def _capital_modifier(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A capitalised party or nationality word with a lower-case word after it, inside a
    false title ("Republican voter", "French diplomat"), not the name it leads to."""
    word = tokens[k].lower
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].is_word
        and not tokens[k + 1].is_capital
        and (word in lex.descriptions or tokens[k].text in lex.nationalities)
    )


def role_word(word: str, lex: Lexicon) -> bool:
    """A word for a person's title, description or an unnamed source (singular)."""
    return word in lex.role_heads or word in lex.descriptions or (word in lex.anonymous and not word.endswith("s"))


def _description_head(word: str, lex: Lexicon) -> bool:
    return word in lex.descriptions or word.endswith("-year-old")


def _extend_anonymous(tokens: list[Token], np: NounPhrase, lex: Lexicon) -> NounPhrase:
    """Take in "familiar with the talks" / "close to the Kremlin" up to a reporting verb."""
    j = np.last + 1
    if j >= len(tokens) or tokens[j].lower not in lex.words["anonymous_tail"]:
        return np
    for k in range(j, min(len(tokens), j + 8)):
        t = tokens[k]
        if not t.is_word:
            return np
        if lex.verb_lemma(t.text) and k > j:
            if _own_subject(tokens, k, lex):
                return np  # "a voter … and let her ask": the verb is her own
            return NounPhrase(np.kind, np.first, k - 1, np.start, tokens[k - 1].end)
    return np


def _own_subject(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the verb at ``k`` has a pronoun of its own right before it, one no
    preposition governs ("… to have her ask", but not "close to him said")."""
    pronoun = tokens[k - 1].lower
    if pronoun not in lex.words["pronoun"] and pronoun not in lex.words["object_pronoun"]:
        return False
    return k < 2 or tokens[k - 2].lower not in lex.words["before_non_subject"]


def np_ending_at(tokens: list[Token], last: int, lex: Lexicon) -> NounPhrase | None:
    """The longest noun phrase whose last token is ``last``."""
    openers: frozenset[str] = lex.compiled("np_openers", _np_openers)
    lowest = last
    for first in range(last - 1, max(-1, last - 9), -1):
        tok = tokens[first]
        if not tok.is_word and tok.text not in (".", "’s", "'s"):
            break  # a possessive goes on to its owner: "Cole’s spokeswoman"
        lowest = first
    # The longest phrase is the one that starts first: try the starts from the furthest.
    for first in range(lowest, last + 1):
        tok = tokens[first]
        if not tok.is_capital and tok.lower not in openers:
            continue  # parse_np starts no phrase at a lower-case word it does not list ("minister")
        np = parse_np(tokens, first, lex, limit=last - first + 2)
        if np is not None and np.last == last:
            return np
    return None


def _np_openers(lex: Lexicon) -> frozenset[str]:
    """The lower-case words :func:`parse_np` can start a phrase at (a capitalised word aside)."""
    classes = lex.words
    anonymous = {w for w in lex.anonymous if w.endswith("s")}
    bodies = {w for w in classes["bare_body"] if w in lex.org_nouns}
    return frozenset(classes["pronoun"] | classes["definite"] | classes["indefinite"] | classes["pre_name"] | anonymous | bodies)


def find_clauses(tokens: list[Token], lex: Lexicon) -> list[Clause]:
    """Every reporting clause among ``tokens``, in text order (by verb)."""
    out: list[Clause] = []
    n = len(tokens)
    verbs = lex.verb_forms
    # Most tokens are neither a reporting verb nor "put" ("put it") nor "according"
    # ("according to"): the few that are are picked out in C, with no Python step per token.
    triggers: frozenset[str] = lex.compiled("clause_triggers", _clause_triggers)
    for k in itertools.compress(range(n), map(triggers.__contains__, map(_LOWER, tokens))):
        tok = tokens[k]
        low = tok.lower
        if low == "according" and k + 2 < n and tokens[k + 1].lower == "to":
            np = parse_np(tokens, k + 2, lex)
            if np is not None:
                out.append(Clause(np, tok, "according_to"))
            continue
        if not _speech_verb(tokens, k, verbs, lex):
            continue
        clause = _subject_before(tokens, k, lex) or _subject_after(tokens, k, lex)
        if clause is not None:
            out.append(clause)
    return out


_LOWER = operator.itemgetter(3)  # Token.lower


def _clause_triggers(lex: Lexicon) -> frozenset[str]:
    """The lower-case tokens :func:`find_clauses` looks at: reporting verbs, "put", "according"."""
    return frozenset(lex.verb_forms) | {"put", "according"} | lex.words["light_speech_verb"]


def _before_parenthetical(tokens: list[Token], b: int) -> int:
    """A short parenthesis after a name, with or without a comma after it ("Gov. John
    Kasich (R-Ohio) said", "Ann Cole (pictured), said"): the name's last token."""
    close = b - 1 if tokens[b].text == "," and b >= 1 and tokens[b - 1].text == ")" else b
    if tokens[close].text != ")":
        return b
    for j in range(close - 1, max(-1, close - 8), -1):
        if tokens[j].text == "(":
            return j - 1 if j >= 1 and tokens[j - 1].is_word else b
        if tokens[j].text in (")", ",", ";", ":"):
            break
    return b


def _speech_verb(tokens: list[Token], k: int, verbs: Mapping[str, str], lex: Lexicon) -> bool:
    """A reporting verb at ``k`` (or "put it": "as Cole put it"; or a light verb and its
    object: "Cole made the point that"), not a capitalised word inside a name."""
    tok = tokens[k]
    put_it = tok.lower == "put" and k + 1 < len(tokens) and tokens[k + 1].lower == "it"
    if not tok.is_word or (tok.lower not in verbs and not put_it and not light_speech(tokens, k, lex)):
        return False
    if (verbs.get(tok.lower) == "continue" and k + 2 < len(tokens) and tokens[k + 1].lower == "to"
            and tokens[k + 2].lower not in verbs):
        return False  # "Price continued to lose ground": going on doing (not "continued to insist")
    return not (tok.is_capital and k > 0 and tokens[k - 1].is_capital)


def light_speech(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """A light verb of speech at ``k`` with its object: "made the point", "made it clear"."""
    if tokens[k].lower not in lex.words["light_speech_verb"]:
        return False
    j = k + 1
    if j < len(tokens) and tokens[j].lower in ("the", "it"):
        j += 1
    if j >= len(tokens) or tokens[j].lower not in lex.words["light_speech_object"]:
        return False
    # "made clear his aim"; but "the point" and "the case" report only with "that" ("helped
    # the town make the case for a casino" argues, it quotes no one)
    return tokens[j].lower == "clear" or (j + 1 < len(tokens) and tokens[j + 1].lower == "that")


def _before_adverbs(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Where the subject before the verb at ``k`` ends, past up to four adverbs and time
    phrases ("he later said", "Imbert on Thursday urged", "Dahl last week said", "Cole
    later Thursday told", "Roe late Monday night said")."""
    between, when, when_lead = lex.words["between"], lex.words["when"], lex.words["when_lead"]
    b = k - 1
    while b >= 0 and b >= k - 4:
        t = tokens[b]
        if t.lower in between or (t.lower.endswith("ly") and t.is_word and not t.is_capital and t.lower not in lex.words["ly_noun"]):
            b -= 1
        elif t.text in when and b >= 1 and tokens[b - 1].lower in when_lead:
            b -= 2
        elif t.text in when and b >= 2 and tokens[b - 1].text in when and tokens[b - 2].lower in when_lead:
            b -= 3  # "late Monday night"
        else:
            break
    return b


def _is_date_word(word: str, lex: Lexicon) -> bool:
    return word in lex.words["when"] or word in lex.words["month"]


def _subject_before(tokens: list[Token], k: int, lex: Lexicon) -> Clause | None:
    """Noun phrase, adverbs, verb: "he later said", "NATO members have affirmed",
    "Imbert on Thursday urged", "Sen. JD Vance, now vice president-elect, floated"."""
    b = _before_adverbs(tokens, k, lex)
    if b < 0:
        return None
    b = _before_parenthetical(tokens, b)
    np = None
    if tokens[b].is_word:
        np = _unclosed_appositive(tokens, b, lex) or np_ending_at(tokens, b, lex)
        if np is not None and np.first == np.last and _is_date_word(tokens[np.first].text, lex):
            return None  # "a memo in April explaining …": a month or a weekday says nothing
        if np is not None and not tokens[k].lower.endswith("ing") and _preposition_object(tokens, np.first, np.last, lex):
            return None  # "Critics of Cole said": Cole is the preposition's object
        if np is not None and _passive_by(tokens, np.last + 1, k, lex):
            return None  # "Cole was criticised by Price": the one criticised does not speak
    elif tokens[b].text == "," and not tokens[k].lower.endswith("ing"):
        # "Ann Cole, the mayor, said" — but ", saying" after a comma is a participle of the
        # sentence's subject, never a verb whose subject ends an earlier phrase
        # ("Over in Milford, Cole spoke, saying …" is not Milford saying).
        np = _appositive_subject(tokens, b, lex)
    return Clause(np, tokens[k], "np_verb") if np is not None else None


def _preposition_object(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """Whether the phrase at ``first`` is a preposition's object after a common noun or an
    adjective ("critics of Cole", "sources close to Cole"), and so no subject of a finite
    verb after it. Not after a name, whose preposition joins it to its affiliation or runs
    inside it ("Ann Cole of the Valley Institute said", "the Council on Trade said"), nor
    after a number or quantifier ("some of the delegates said": part of them speaks), nor
    after a title and "of" when a person's name ends the phrase ("the mayor of Springfield
    Ann Cole said", not "chairman of Acme Holdings (…) said"); and
    before a participle the object is its subject ("with Cole saying"): the caller checks."""
    if first < 2 or tokens[first - 1].lower not in lex.words["object_preposition"]:
        return False
    owner = tokens[first - 2]
    if owner.lower in lex.words["indefinite"] or owner.lower in lex.words["quantity"] or owner.text[:1].isdigit():
        return False
    if tokens[first - 1].lower == "of" and role_word(owner.lower, lex) and _ends_in_person(tokens, first, last, lex):
        return False  # a title "of" a place, then the name: "the mayor of Springfield Ann Cole said"
    return owner.is_word and (not owner.is_capital or owner.lower in lex.anonymous)


def _ends_in_person(tokens: list[Token], first: int, last: int, lex: Lexicon) -> bool:
    """Whether the phrase from ``first`` to ``last`` runs on, after its first word (the
    place), into a given name and a surname ("Springfield Ann Cole")."""
    return last - first >= 2 and tokens[last - 1].text in lex.given_names and tokens[last].is_capital


def _passive_by(tokens: list[Token], lo: int, k: int, lex: Lexicon) -> bool:
    """Whether the verb at ``k`` is a passive with its agent after it: a form of "be"
    between ``lo`` and the verb, and "by" right after it ("was criticised by"). Not
    "quoted": "Cole was quoted by the Gazette as saying" is still Cole's."""
    return (k + 1 < len(tokens) and tokens[k + 1].lower == "by" and lex.verb_lemma(tokens[k].text) != "quote"
            and any(t.lower in lex.words["passive_be"] for t in tokens[lo:k]))


def _subject_after(tokens: list[Token], k: int, lex: Lexicon) -> Clause | None:
    """Verb, noun phrase: "said Timothy Ash", "said the minister" — only where the verb
    opens its clause (“…,” said X), never "and said members…", and never an -ing form with
    its object ("calling the figure “…”")."""
    if k + 1 >= len(tokens) or (k > 0 and tokens[k - 1].is_word) or tokens[k].lower.endswith("ing"):
        return None
    if lex.verb_lemma(tokens[k].text) == "tell":
        return None  # "…, told lawmakers": who is told, never who tells ("told X" never inverts)
    np = parse_np(tokens, k + 1, lex, false_title=True)
    if np is None or _possessor(tokens, np):
        return None  # "“…,” said Dan Price’s daughter, Ann": whoever it is, not Dan Price
    if _finite_after(tokens, np.last + 1, lex):
        return None  # "…, for example, said Trump has lost …": Trump is what was said
    return Clause(np, tokens[k], "verb_np")


def _finite_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether the token at ``k`` is an auxiliary in lower case ("has", "would"), so that the
    noun phrase before it is a clause's subject (a past form may be a participle that
    describes it: "said one delegate involved in the talks")."""
    return k < len(tokens) and tokens[k].is_word and not tokens[k].is_capital and tokens[k].lower in lex.words["auxiliary"]


def _unclosed_appositive(tokens: list[Token], b: int, lex: Lexicon) -> NounPhrase | None:
    """ "Dan Price, the spokesman for the party said": a full name opening the clause, then
    a description after a comma that the writer never closed, then the verb: the name
    speaks, not the party at the description's end. Not "Cole, a top aide said, “…”",
    where an unnamed source speaks about Cole."""
    for c in range(b - 1, max(0, b - 14), -1):
        t = tokens[c]
        if t.text == ",":
            return _opening_name(tokens, c, b, lex)
        if not t.is_word or (lex.verb_lemma(t.text) and not t.is_capital):
            return None
    return None


def _opening_name(tokens: list[Token], c: int, b: int, lex: Lexicon) -> NounPhrase | None:
    """The full name that opens ``tokens`` and ends at the comma ``c``, when a description
    that names no unnamed source runs from it to ``b``."""
    det = tokens[c + 1].lower
    if det not in ("the", "a", "an"):
        return None
    if det != "the" and any(t.lower in lex.anonymous for t in tokens[c + 2 : b + 1]) and not _after_preposition(tokens, c, b, lex):
        return None  # "Cole, a top aide said": the aide speaks, of Cole
    np = np_before_comma(tokens, c, lex)
    if np is None or np.kind != "name" or np.first == np.last or np.first != linked_start(tokens, lex):
        return None
    return np


def _after_preposition(tokens: list[Token], c: int, b: int, lex: Lexicon) -> bool:
    """Whether the description from the comma ``c`` ends on a name that a preposition opens
    ("Dan Price, a former agent for Mayor Ann Cole has written"): the name is the
    preposition's object, so the unclosed description is the opening name's."""
    np = np_ending_at(tokens, b, lex)
    return (np is not None and np.kind == "name" and np.first > c + 2
            and tokens[np.first - 1].lower in lex.words["before_non_subject"] and tokens[np.first - 1].lower not in ("the", "a", "an"))


def linked_start(tokens: list[Token], lex: Lexicon) -> int:
    """Where a clause's subject can start: after at most two words that join the sentence
    to the one before ("But Cole …", "And then Cole …"; word class sentence_link)."""
    k = 0
    while k < 2 and k < len(tokens) and tokens[k].lower in lex.words["sentence_link"]:
        k += 1
    return k


def _appositive_subject(tokens: list[Token], comma: int, lex: Lexicon) -> NounPhrase | None:
    """ "Sen. JD Vance, now vice president-elect, floated": the name before the appositive."""
    for c in range(comma - 1, max(-1, comma - 26), -1):
        if tokens[c].text == ",":
            np = np_before_comma(tokens, c, lex)
            if np is not None:
                return np
            # "His wife, Brenda Corliss, said": the name is the appositive itself.
            inner = parse_np(tokens, c + 1, lex)
            named = inner is not None and inner.kind == "name" and inner.last == comma - 1
            if inner is not None and named and not _town_or_state(tokens, inner, comma, False, lex):
                return inner
            # "Jordan Pike, 24, who organised …, said": the appositive has commas of its own.
            continue
        if tokens[c].text == "." and _abbreviation_dot(tokens, c, lex):
            continue  # "Ann Cole, 52, of Salem, Ore., said", "Ann Cole Jr., the mayor, said"
        if tokens[c].text in (".", ";", ":", "(", ")", "“", "”", '"'):
            return None
    return None


def np_before_comma(tokens: list[Token], c: int, lex: Lexicon) -> NounPhrase | None:
    """The speaker that ends right before the comma at ``c`` ("Ann Cole,", "Ann Cole Jr.,"),
    never a town that a state's abbreviation follows ("Salem, Ore.,") or a listed place."""
    last = c - 1
    abbreviated = last >= 1 and tokens[last].text == "." and _abbreviation_dot(tokens, last, lex)
    if abbreviated:
        last -= 1  # "Ann Cole Jr., the mayor, said"
    if last < 0 or not tokens[last].is_word:
        return None
    np = np_ending_at(tokens, last, lex)
    if np is None or np.kind not in ("name", "anonymous", "organization"):
        return None
    if _town_or_state(tokens, np, c, abbreviated, lex):
        return None
    return np


def _town_or_state(tokens: list[Token], np: NounPhrase, c: int, abbreviated: bool, lex: Lexicon) -> bool:
    """Whether ``np`` (its comma at ``c``) is half of a "town, state" pair in a description:
    the town a state follows ("Salem, Ore.,", "Milford, Vermont,"), or that state itself."""
    if _state_after(tokens, c, lex):
        return True
    after_town = np.first >= 2 and tokens[np.first - 1].text == "," and tokens[np.first - 2].is_capital
    return after_town and (abbreviated or _words(tokens, np) in lex.places)


def _state_after(tokens: list[Token], c: int, lex: Lexicon) -> bool:
    """A state right after the comma at ``c``: an abbreviation closed by a comma ("Ore.,",
    never "Mrs. Lund's aide") or a listed place ("Delaware")."""
    closed = c + 3 >= len(tokens) or tokens[c + 3].text == ","
    if c + 1 < len(tokens) and _party_label(tokens[c + 1].text):
        return False  # "Ann Cole, R-Ky., said": a lawmaker's party and state, not a town's state
    if closed and c + 2 < len(tokens) and tokens[c + 1].is_capital and _abbreviation_dot(tokens, c + 2, lex):
        return True
    after = parse_np(tokens, c + 1, lex) if c + 1 < len(tokens) else None
    return after is not None and _words(tokens, after) in lex.places


def _words(tokens: list[Token], np: NounPhrase) -> str:
    return " ".join(t.text for t in tokens[np.first : np.last + 1])


def _abbreviation_dot(tokens: list[Token], c: int, lex: Lexicon) -> bool:
    """Whether the dot at ``c`` closes an abbreviation ("Ore.", "Jr.", "Mrs.", "N.C.", a
    party and state label "R-Ky.") or a middle initial ("Ann B. Cole") rather than a sentence."""
    if c < 1 or not tokens[c - 1].is_word or tokens[c - 1].end != tokens[c].start:
        return False
    word = tokens[c - 1].text
    return word + "." in lex.abbreviations or (len(word) == 1 and word.isupper()) or _party_label(word)


#: a US party and state label after a lawmaker's name, as news writes it between commas:
#: "Ann Cole, R-Ky., said", "Sen. Dan Price, D-Ore., said"
_PARTY_STATE = regex.compile(r"[RDI]-[A-Z][a-z]{1,4}")


def _party_label(word: str) -> bool:
    return _PARTY_STATE.fullmatch(word) is not None


def possessive_speech(tokens: list[Token], lex: Lexicon) -> list[Clause]:
    """ "The Russian president's call for", "Lavrov's remarks": possessor of a speech noun."""
    out = []
    # The few speech nouns are picked out in C, as in find_clauses.
    nouns = lex.possessive_speech_nouns
    for k in itertools.compress(range(len(tokens)), map(nouns.__contains__, map(_LOWER, tokens))):
        if k < 2:
            continue
        poss = tokens[k - 1]
        if poss.lower in ("’s", "'s"):
            owner_last = k - 2
        elif poss.text.endswith(("’s", "'s")):
            continue
        else:
            continue
        np = np_ending_at(tokens, owner_last, lex)
        if np is not None:
            out.append(Clause(np, tokens[k], "possessive"))
    return out
