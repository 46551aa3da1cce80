"""The default engine: paragraphs, sentences and capitalised names found by rules, no model.

Every pattern here is linear in its input: runs are matched from their first character
only (a look-behind refuses to start inside a run) and repetitions are bounded, so no
hostile input makes them backtrack.
"""

from __future__ import annotations

from typing import cast

import regex

from ..lexicon import Lexicon, alternation
from ..records import Document, EntityKind, Mention, Paragraph, Sentence, Span

__all__ = ["build_document", "split_name"]

_PARAGRAPH = regex.compile(r"[^\r\n]+")
# A sentence ends at a run of . ! ? (plus closing marks) followed by white space (a
# no-break space too: web copy often puts one after a full stop) and a capital, a digit or
# an opening mark. The look-behind starts the run at its beginning.
_SENTENCE_END = regex.compile(
    r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=[ \t\xa0]++[\"“‘'«„(\[]{0,2}[\p{Lu}\p{N}])"
)
_NON_SPACE = regex.compile(r"\S+")
# Searched from the end ((?r)), as _LAST_WORD below: the same match as a search
# from the start, which tried every position of the stretch against the end anchor.
_WORD_BEFORE = regex.compile(r"(?r)[\p{L}\p{M}.\-]{1,20}$")

# Initialisms first, so "U.S." is one token and not "U." then "S.".
_TOKEN = r"(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{M}]*+(?:[’'\-][\p{L}\p{M}]++)*+(?:\.|(?<=s)[’'](?=[ \t]\p{Lu}))?)"
# A nickname printed inside a name (Frank "The Bulldozer" DeLuca) stays inside the mention.
_NICKNAME = r"[\"“‘'][\p{Lu}][^\"“”‘’\n]{0,30}[\"”’'](?=[ \t]\p{Lu})"


def _name_sequence(lex: Lexicon) -> regex.Pattern[str]:
    """A run of capitalised words, with the lexicon's name particles ("van", "bin") inside."""

    def build(lex: Lexicon) -> regex.Pattern[str]:
        particles = alternation(("of", "for", *sorted(lex.words["name_particle"]), "the", "and"))
        return regex.compile(
            rf"(?<![\p{{L}}\p{{M}}\p{{N}}_’'\-]){_TOKEN}"
            rf"(?:[ \t](?:{particles}[ \t](?=\p{{Lu}}))?(?:{_TOKEN}|{_NICKNAME})){{0,7}}"
        )

    found: regex.Pattern[str] = lex.compiled("name_sequence", build)
    return found


def _particles(lex: Lexicon) -> frozenset[str]:
    """Lower-case words that may stand inside a name but never end one (once per lexicon)."""
    found: frozenset[str] = lex.compiled("particles", lambda lex: lex.words["name_particle"] | {"of", "the", "and"})
    return found


def build_document(text: str, *, lexicon: Lexicon | None = None) -> Document:
    """Split ``text`` into paragraphs and sentences and find its capitalised names.

    >>> doc = build_document("Russian Foreign Minister Sergey Lavrov spoke. He left.")
    >>> [s.span.text for s in doc.sentences]
    ['Russian Foreign Minister Sergey Lavrov spoke.', 'He left.']
    >>> doc.mentions[0].name, doc.mentions[0].role, doc.mentions[0].kind
    ('Sergey Lavrov', 'Russian Foreign Minister', 'person')
    """
    lex = lexicon or Lexicon.default()
    names = _Names(lex)
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    for match in _PARAGRAPH.finditer(text):
        line = match.group()
        body = line.strip()
        if not body:
            continue
        start = match.start() + len(line) - len(line.lstrip())
        end = start + len(body)
        index = len(paragraphs)
        paragraphs.append(Paragraph(Span(start, end, body), index))  # inside the text
        sentences.extend(_sentences(text, start, end, index, lex))
        mentions.extend(_mentions(text, start, end, names))
    return Document(
        text=text,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        engine="rules",
    )


def _sentences(text: str, start: int, end: int, paragraph: int, lex: Lexicon) -> list[Sentence]:
    """The sentences of the paragraph ``text[start:end]``, each stripped of white space
    (str.strip's, str.isspace's) and left out if nothing is left."""
    out: list[Sentence] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        dot, cut = match.span()
        if text[dot] == "." and _is_abbreviation(text, dot, start, lex):
            continue
        stretch = text[begin:cut]
        body = stretch.strip()
        if body:
            s = begin + len(stretch) - len(stretch.lstrip())
            out.append(Sentence(Span(s, s + len(body), body), paragraph))  # inside the paragraph
        begin = cut
    stretch = text[begin:end]
    body = stretch.strip()
    if body:
        s = begin + len(stretch) - len(stretch.lstrip())
        out.append(Sentence(Span(s, s + len(body), body), paragraph))
    return out


def _is_abbreviation(text: str, dot: int, floor: int, lex: Lexicon) -> bool:
    word = _WORD_BEFORE.search(text, max(floor, dot - 20), dot)
    if word is None:
        return False
    token = word.group().rsplit(" ", 1)[-1] + "."
    token = token.lstrip("(")
    # An initial ("J. Smith") or a listed abbreviation ("Gen.", "Dec.", "U.S.").
    if len(token) == 2 and token[0].isupper():
        return True
    return token in lex.abbreviations


def split_name(tokens: list[str], lex: Lexicon) -> tuple[list[str], list[str]]:
    """Split capitalised tokens into (title, name): ``Russian Foreign Minister`` / ``Sergey Lavrov``.

    The title runs to the last title word that still leaves a name after it, so titles
    the lexicon does not list whole ("Polish Deputy Infrastructure Minister", "Green MP")
    are cut at their head word ("Minister", "MP").
    """
    cut = 0
    last_words = _title_last_words(lex)
    role_heads, descriptions = lex.role_heads, lex.descriptions
    for i in range(len(tokens) - 1):
        token = tokens[i]
        word = token.rstrip(".").lower()
        if word in role_heads or word in descriptions or (token in last_words and _ends_title(tokens, i, lex)):
            cut = i + 1
    if cut == 0:
        return [], tokens
    return tokens[:cut], tokens[cut:]


def _ends_title(tokens: list[str], i: int, lex: Lexicon) -> bool:
    """Whether a listed title of up to four words ends with ``tokens[i]``."""
    return any(tuple(tokens[j : i + 1]) in lex.titles for j in range(max(0, i - 3), i + 1))


def _title_last_words(lex: Lexicon) -> frozenset[str]:
    """The words a listed title ends with: no run of tokens ending in another word is a
    title, so split_name looks the runs up only after one of these."""
    found: frozenset[str] = lex.compiled("title_last_words", lambda lex: frozenset(t[-1] for t in lex.titles))
    return found


_AND = regex.compile(r"[ \t](?:and|of|for)[ \t]")
_THE_BEFORE = regex.compile(r"(?<![\p{L}])[Tt]he[ \t]$")


def _split_and(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Cut at and/of/for: "Putin and Fico" is two names, "Dina Seitkali of Halyk Finance" a
    person and a firm; "Department of Health and Social Care" is one body."""
    pieces = []
    whole = text[start:end].split()
    ends_as_body = whole[-1].rstrip("’'.") in lex.org_heads
    for match in _AND.finditer(text, start, end):
        before = text[start : match.start()].split()
        joiner = match.group().strip()
        if any(t.rstrip("’'") in lex.org_heads for t in before) or (joiner == "and" and ends_as_body):
            continue  # Ministry of Industry and Trade, National Snow and Ice Data Center
        after = text[match.end() : end].split()[:2]
        if joiner == "of" and any(
            tuple(before[-2:][k:] + [joiner] + after[:n]) in lex.titles for k in (0, 1) for n in (1, 2)
        ):
            continue  # Secretary of State, Chief of Staff
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, end))
    return pieces


class _Names:
    """What :func:`_mentions` reads, fetched once per document: the name pattern, the
    lexicon's memo of classified runs (read as two typed views) and the last two letters of
    the lexicon's descriptor nouns."""

    __slots__ = ("descriptor_ends", "lex", "pattern", "runs", "singles")

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.pattern = _name_sequence(lex)
        # one capitalised word → (characters to trim, kind); a run and whether "the" precedes
        # it → its mentions (_run_mentions); both bounded, pure functions of the key
        self.singles = cast("dict[str, tuple[int, EntityKind | None]]", lex.memo)
        self.runs = cast("dict[tuple[str, bool], list[_Found]]", lex.memo)
        self.descriptor_ends: frozenset[str] = lex.compiled(
            "descriptor_ends", lambda lex: frozenset(w[-2:] for w in lex.org_descriptors)
        )


def _mentions(text: str, floor: int, stop: int, names: _Names) -> list[Mention]:
    """The names of the paragraph ``text[floor:stop]``: each capitalised run is classified
    once per lexicon (the memo); here only its spans are built."""
    out: list[Mention] = []
    singles, ends = names.singles, names.descriptor_ends
    for match in names.pattern.finditer(text, floor, stop):
        start, end = match.span()
        word = text[start:end]
        if " " not in word and "\t" not in word:
            trim, kind = singles[word] if word in singles else _single(word, names.lex)
            if kind is None:
                continue
            end -= trim
            # the letters before a space: a descriptor noun could end there ("carmaker Vostrel")
            if kind == "unknown" and text[start - 3 : start - 1] in ends and _described(text, floor, start, names.lex):
                kind = "organization"
            name = text[start:end]
            span = Span(start, end, name)  # inside the match: no need for Span.of's check
            out.append(Mention(span, name, kind, None, span))
            continue
        out.extend(_run_at(text, floor, start, word, names))
    return out


def _run_at(text: str, floor: int, start: int, word: str, names: _Names) -> list[Mention]:
    """The mentions of the run of capitalised words ``word`` found at ``start``."""
    key = (word, text[start - 4 : start - 1] in _THE and _the_before(text, start))
    out = []
    # The offsets come from a match inside ``text``: the spans fit without Span.of's check.
    for s, e, name, kind, role, ns in names.runs[key] if key in names.runs else _run(key, names.lex):
        span = Span(start + s, start + e, text[start + s : start + e])
        if s == 0 and kind == "unknown" and role is None and text[start - 3 : start - 1] in names.descriptor_ends:
            kind = "organization" if _described(text, floor, start, names.lex) else kind
        # the name ends where the mention does: one span when there is no title before it
        name_span = span if ns == s else Span(start + ns, start + e, text[start + ns : start + e])
        out.append(Mention(span, name, kind, role, name_span))
    return out


_THE = ("the", "The")


def _single(word: str, lex: Lexicon) -> tuple[int, EntityKind | None]:
    """:func:`_classify_single`, remembered on the lexicon (bounded): news vocabulary repeats
    across articles."""
    found = _classify_single(word, lex)
    if len(lex.memo) < 50_000:
        lex.memo[word] = found
    return found


def _run(key: tuple[str, bool], lex: Lexicon) -> list[_Found]:
    """:func:`_run_mentions`, remembered on the lexicon (bounded)."""
    found = _run_mentions(key[0], key[1], lex)
    if len(lex.memo) < 100_000:
        lex.memo[key] = found
    return found


_LAST_WORD = regex.compile(r"(?r)(?<![\p{L}\p{M}\-])[\p{Ll}][\p{Ll}\-]{1,19}[ \t]$")


def _described(text: str, floor: int, start: int, lex: Lexicon) -> bool:
    """ "Czech carmaker Vostrel": a name the lists leave unknown, right after a noun that
    describes a company or body (lexicons/organization_nouns.tsv, use "descriptor"), is an
    organisation."""
    before = _LAST_WORD.search(text, max(floor, start - 22), start)
    return before is not None and before.group().strip() in lex.org_descriptors


def _run_mentions(word: str, the: bool, lex: Lexicon) -> list[_Found]:
    """The mentions in a run of capitalised words, as offsets into the run: a function of
    the run's text and of whether "the" precedes it (the only context the classification
    reads), so the caller remembers it on the lexicon.

    A run of plain words one space apart (nearly all of them) is cut and classified on its
    list of words; one with a tab or a nickname in quotes goes by character offsets."""
    if word[0] in _OPENING_MARKS or _ODD_RUN.search(word) is not None:
        return _run_mentions_by_offsets(word, the, lex)
    tokens = word.split(" ")
    starts = [0]
    at = 0
    for token in tokens[:-1]:
        at += len(token) + 1
        starts.append(at)
    found = []
    for first, last, trim in _token_pieces(tokens, lex):
        m = _classify_tokens(word, tokens, starts, first, last, trim, the, lex)
        if m is not None:
            found.append(m)
    return found


#: A tab, two spaces or a word opening with a quotation mark (a nickname): a run the
#: word-list path does not take.
_ODD_RUN = regex.compile("\t| [ \"“‘']")
_JOINERS = frozenset(("and", "of", "for"))
_POSSESSIVE = frozenset(("’s", "'s", "’S", "'S"))
_PLURAL_POSSESSIVE = frozenset(("s’", "s'"))


def _token_pieces(tokens: list[str], lex: Lexicon) -> list[tuple[int, int, int]]:
    """:func:`_split_and` then :func:`_split_sequence` on a run's words: the pieces as
    (first word, last word, characters to trim from the last word)."""
    pieces = []
    org_heads, abbreviations = lex.org_heads, lex.abbreviations
    for a, b in _token_groups(tokens, lex):
        first = a
        for j in range(a, b):
            token = tokens[j]
            ending = token[-2:]  # str.endswith of a two-letter ending, by slicing
            if ending in _POSSESSIVE and token[2:]:
                pieces.append((first, j, 2))
            elif ending in _PLURAL_POSSESSIVE and not (j + 1 < b and tokens[b - 1] in org_heads):
                pieces.append((first, j, 1))  # "the Smiths’ house": possessive
            elif ending[-1:] == "." and token not in abbreviations and not _initialism(token):
                pieces.append((first, j, 1))
            else:
                continue
            first = j + 1
        if first < b:
            pieces.append((first, b - 1, 0))
    return pieces


def _token_groups(tokens: list[str], lex: Lexicon) -> list[tuple[int, int]]:
    """:func:`_split_and` on a run's words: the groups as word ranges [a, b)."""
    if _JOINERS.isdisjoint(tokens):
        return [(0, len(tokens))]
    groups = []
    org_heads = lex.org_heads
    ends_as_body = tokens[-1].rstrip("’'.") in org_heads
    a = 0
    matched = -2
    for i in range(1, len(tokens) - 1):
        joiner = tokens[i]
        if joiner not in _JOINERS or matched == i - 1:
            continue  # the pattern's matches do not overlap: "and" right after "of" is none
        matched = i
        before = tokens[a:i]
        if any(t.rstrip("’'") in org_heads for t in before) or (joiner == "and" and ends_as_body):
            continue
        after = tokens[i + 1 : i + 3]
        if joiner == "of" and any(
            tuple(before[-2:][k:] + [joiner] + after[:n]) in lex.titles for k in (0, 1) for n in (1, 2)
        ):
            continue
        groups.append((a, i))
        a = i + 1
    groups.append((a, len(tokens)))
    return groups


def _classify_tokens(
    word: str, tokens: list[str], starts: list[int], first: int, last: int, trim: int, the: bool, lex: Lexicon
) -> _Found | None:
    """:func:`_classify` of the piece ``tokens[first:last + 1]`` (the last word cut by
    ``trim`` characters), offsets into ``word``."""
    words = tokens[first : last + 1]
    if trim:
        words[-1] = words[-1][:-trim]
    first, last = _name_words(words, first, last, lex)
    if not words:
        return None
    start = starts[first]
    title, name = split_name(words, lex)
    kind = _kind(" ".join(words), name, bool(title), lex)
    if kind == "person" and not title and (
        _the_before(("the " if the else "") + word, start + (4 if the else 0)) or name[-1].lower() in lex.descriptions
    ):
        kind = "unknown"  # "the Michigan Democrat" describes someone; it is not a name
    role = " ".join(title) if title else None
    return start, starts[last] + len(words[-1]), " ".join(name), kind, role, starts[first + len(title)]


def _name_words(words: list[str], first: int, last: int, lex: Lexicon) -> tuple[int, int]:
    """:func:`_name_tokens` on a piece's words (no nickname among them): drops, in place,
    particles at the end and sentence words at the start; the first and last word kept."""
    particles = _particles(lex)
    while words and words[-1] in particles:
        words.pop()
        last -= 1
    while words and (words[0] in lex.not_names or words[0] in ("The", "A", "An")):
        if words[0] == "The" and " ".join(words).lower() in lex.outlet_index:
            break
        words.pop(0)
        first += 1
    return first, last


def _run_mentions_by_offsets(word: str, the: bool, lex: Lexicon) -> list[_Found]:
    """:func:`_run_mentions` by character offsets, for any run."""
    pieces = [
        piece
        for part in _split_and(word, 0, len(word), lex)
        for piece in _split_sequence(word, part[0], part[1], lex)
    ]
    prefix = "the " if the else ""
    shift = len(prefix)
    found = []
    for s, e in pieces:
        m = _classify(prefix + word, s + shift, e + shift, lex)
        if m is not None:
            m_start, m_end, name, kind, role, n_start = m
            found.append((m_start - shift, m_end - shift, name, kind, role, n_start - shift))
    return found


# Classification of one capitalised word depends only on the word and the lexicon, so it
# is remembered on the lexicon (bounded): news vocabulary repeats across articles.


def _classify_single(word: str, lex: Lexicon) -> tuple[int, EntityKind | None]:
    """(characters to trim from the end, kind) for one capitalised word; kind None: not a name."""
    if word in lex.not_names or word in ("The", "A", "An"):
        return 0, None
    trim = 0
    if word.endswith(("’s", "'s", "’S", "'S")) and len(word) > 2:
        word, trim = word[:-2], 2
    elif word.endswith(".") and word not in lex.abbreviations and not _initialism(word):
        word, trim = word[:-1], 1
    if not word or word in lex.not_names:
        return 0, None
    return trim, _single_kind(word, lex)


def _single_kind(word: str, lex: Lexicon) -> EntityKind:
    low = word.lower()
    entry = lex.outlet_index.get(low)
    if entry is not None and not (entry.name == "X" and word != "X"):
        return "outlet"  # "X" is the platform only as written, never the letter x
    if low in lex.organizations or word in lex.org_heads:
        return "organization"
    if _place_token(word, lex):
        return "place"
    if word in lex.outlet_name_words:
        return "outlet"
    return "unknown"


def _split_sequence(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Cut a run of capitalised tokens at possessives and at sentence-final dots."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    pos = start
    for token in _NON_SPACE.finditer(text[start:end]):
        t_end = start + token.end()
        word = token.group()
        if word.endswith(("’s", "'s", "’S", "'S")) and len(word) > 2:
            pieces.append((piece_start, t_end - 2))
            piece_start = t_end + 1
        elif word.endswith(("s’", "s'")) and not _ends_with_org_head(text, t_end, end, lex):
            pieces.append((piece_start, t_end - 1))  # "the Smiths’ house": possessive
            piece_start = t_end + 1
        elif word.endswith(".") and word not in lex.abbreviations and not _initialism(word):
            pieces.append((piece_start, t_end - 1))
            piece_start = t_end + 1
        pos = t_end
    if piece_start < pos:
        pieces.append((piece_start, pos))
    return [(s, e) for s, e in pieces if s < e]


def _ends_with_org_head(text: str, pos: int, end: int, lex: Lexicon) -> bool:
    """ "Dutch Farmers’ Federation": a plural possessive inside an organisation's name."""
    rest = text[pos:end].split()
    return bool(rest) and rest[-1] in lex.org_heads


def _initialism(word: str) -> bool:
    return len(word) >= 2 and all(c.isupper() for c in word[0::2]) and all(c == "." for c in word[1::2])


_OPENING_MARKS = frozenset("\"“‘'")
_CLOSING_MARKS = frozenset("\"”’'")


#: A mention found in a run, as plain values: (start, end, name, kind, role, name start);
#: the name ends where the mention does.
_Found = tuple[int, int, str, EntityKind, "str | None", int]


def _classify(text: str, start: int, end: int, lex: Lexicon) -> _Found | None:
    tokens, offsets = _name_tokens(text, start, end, lex)
    if not tokens:
        return None
    start, end = offsets[0][0], offsets[-1][1]
    title, name = split_name(tokens, lex)
    if not name:
        return None
    kind = _kind(" ".join(tokens), name, bool(title), lex)
    if kind == "person" and not title and (_the_before(text, start) or name[-1].lower() in lex.descriptions):
        kind = "unknown"  # "the Michigan Democrat" describes someone; it is not a name
    role = text[start : offsets[len(title) - 1][1]] if title else None
    return start, end, " ".join(name), kind, role, offsets[len(title)][0]


def _the_before(text: str, start: int) -> bool:
    """Whether "the " (not the end of a longer word) ends at ``start``: the regex, asked
    only when the three letters and the space are there."""
    return (
        start >= 4
        and text[start - 1] in " \t"
        and text[start - 4 : start - 1] in ("the", "The")
        and _THE_BEFORE.search(text, start - 4, start) is not None
    )


def _name_tokens(text: str, start: int, end: int, lex: Lexicon) -> tuple[list[str], list[tuple[int, int]]]:
    """The words of a capitalised run that make its name: a nickname in quotes left out,
    particles at the end and sentence words at the start ("However", "On") dropped."""
    tokens: list[str] = []
    offsets: list[tuple[int, int]] = []
    in_nickname = False
    for match in _NON_SPACE.finditer(text[start:end]):
        token = match.group()
        if token[0] in _OPENING_MARKS and not in_nickname:
            in_nickname = True
        if not in_nickname:
            tokens.append(token)
            offsets.append((start + match.start(), start + match.end()))
        if in_nickname and token[-1] in _CLOSING_MARKS:
            in_nickname = False
    particles = _particles(lex)
    while tokens and tokens[-1] in particles:
        tokens.pop()
        offsets.pop()
    while tokens and (tokens[0] in lex.not_names or tokens[0] in ("The", "A", "An")):
        if tokens[0] == "The" and " ".join(tokens).lower() in lex.outlet_index:
            break
        tokens.pop(0)
        offsets.pop(0)
    return tokens, offsets


def _kind(full: str, name: list[str], titled: bool, lex: Lexicon) -> EntityKind:
    """What a (possibly titled) capitalised name is: person, organisation, outlet, place…"""
    low = " ".join(name).lower()
    body = not lex.org_heads.isdisjoint(name)
    if titled and not body:
        return "person"
    entry = lex.outlet_index.get(full.lower()) or lex.outlet_index.get(low)
    if entry is not None:
        # A podcast listed under its host ("Lex Fridman") is still a person when named.
        return "person" if entry.kind == "podcast" and len(name) >= 2 else "outlet"
    if body or low in lex.organizations:
        return "organization"
    if not lex.outlet_name_words.isdisjoint(name):
        return "outlet"
    if name[-1].lower() in lex.outlet_head_words and name[0] not in lex.given_names:
        return "outlet"  # "the Riverton Echo"; not a person whose surname is one ("Ann Star")
    return _place_or_person(name, lex)


def _place_or_person(name: list[str], lex: Lexicon) -> EntityKind:
    places = lex.places
    if " ".join(name) in places:
        return "place"
    place = _place_words(name, places)
    if all(place):
        return "place"
    if any(place) or not lex.not_names.isdisjoint(name):
        return "unknown"
    if len(name) < 2 or any(len(t) >= 3 and t.isupper() for t in name):
        return "unknown"  # one word, or an acronym inside: not enough to call it a person
    particles = _particles(lex)
    return "person" if all(t[0].isupper() for t in name if t not in particles) else "unknown"


def _place_words(name: list[str], places: frozenset[str]) -> list[bool]:
    """For each word, whether it is a place (:func:`_place_token`): "Riverton", or
    "Harbour-Riverton" of two."""
    return [t in places or ("-" in t and all(part in places for part in t.split("-"))) for t in name]


def _place_token(token: str, lex: Lexicon) -> bool:
    if token in lex.places:
        return True
    return "-" in token and all(part in lex.places for part in token.split("-"))
