"""The vocabulary the rules read (verbs, outlets, titles, nouns, word classes), from data files.

Every word list the rules use lives in ``quoteprov/lexicons/`` (its README says what each
file holds) or is derived from those files here; no rule keeps a list of its own. A folder
of your own with files of the same names extends them (or replaces them) through
:meth:`Lexicon.load`, so a newsroom adds an outlet, a speech verb or a company noun
without reading the code.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import regex

from .errors import LexiconError
from .names import norm_name

__all__ = ["FILES", "Lexicon", "OutletEntry", "alternation"]


@attrs.frozen
class OutletEntry:
    """One outlet of the gazetteer: canonical name, kind, and the other ways it is written."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()


OUTLET_KINDS = frozenset(
    {"agency", "newspaper", "magazine", "broadcaster", "website", "podcast", "official"}
)

#: Every lexicon file quoteprov reads, and what one of its lines is (lexicons/README.md).
FILES: dict[str, str] = {
    "reporting_verbs.txt": "a verb's forms, space separated, lemma first",
    "outlets.tsv": "name<TAB>kind<TAB>aliases",
    "organizations.tsv": "name<TAB>aliases",
    "titles.txt": "a title as printed",
    "title_abbreviations.tsv": "abbreviation<TAB>word",
    "org_heads.txt": "a word that makes a capitalised name an organisation",
    "nationalities.txt": "an adjective or possessive before a title",
    "abbreviations.txt": "an abbreviation with its dot",
    "not_names.txt": "a capitalised word that is never a name",
    "places.txt": "a place name",
    "given_names.tsv": "name<TAB>m|f|mf",
    "numbers.tsv": "word<TAB>value",
    "nicknames.tsv": "short<TAB>full names",
    "anonymous.txt": "a head noun of an unnamed source",
    "descriptions.txt": "a head noun of a description of a named person",
    "organization_nouns.tsv": "noun<TAB>uses",
    "speech_nouns.tsv": "noun<TAB>uses",
    "outlet_words.tsv": "word<TAB>uses",
    "word_classes.tsv": "class<TAB>words",
    "time_words.tsv": "class<TAB>words",
    "outlet_cues.tsv": "class<TAB>phrase",
    "quote_contexts.tsv": "class<TAB>phrase",
}

# The kinds of outlet a word of a name may give (outlet_words.tsv)
_OUTLET_KINDS = ("newspaper", "broadcaster", "magazine", "agency")
# The uses a noun may have in the files of nouns, and the classes of the class files; a
# line naming another is an error (a typo would otherwise be a silently dead entry).
_USES: dict[str, tuple[str, ...]] = {
    "organization_nouns.tsv": ("speaker", "refers", "company", "descriptor"),
    "speech_nouns.tsv": ("possessive", "acting"),
    "outlet_words.tsv": ("name", "cue", "station", "head", *_OUTLET_KINDS),
}
# A line with no uses gets these (a new company noun should work everywhere at once).
_DEFAULT_USES: dict[str, tuple[str, ...]] = {
    "organization_nouns.tsv": ("speaker", "refers", "company", "descriptor"),
    "speech_nouns.tsv": ("possessive", "acting"),
    "outlet_words.tsv": ("name", "cue"),
}
_CLASSES: dict[str, tuple[str, ...]] = {
    "word_classes.tsv": (
        "pronoun", "definite", "indefinite", "pre_name", "between", "when_lead", "anonymous_tail",
        "subordinator", "adverbial", "name_particle", "org_determiner", "corporate", "male", "female",
        "title_minor", "negation", "before_non_subject", "speech_particle", "speech_adjunct", "indefinite_source",
        "quoting_verb", "clause_tail", "place_head", "group_name", "determiner", "group_filler", "sentence_link", "presenting", "object_pronoun", "declining",
        "given_name_title", "participle_preposition", "blame_preposition", "passive_be",
        "passive_speech", "document_noun", "issuing_verb", "naming_verb", "no_clause_verb",
        "light_speech_verb", "light_speech_object", "auxiliary", "owned_person",
        "object_preposition", "ly_noun", "quantity", "bare_body", "owned_body", "narrating_verb",
    ),
    "time_words.tsv": ("weekday", "month", "part_of_time"),
    "outlet_cues.tsv": (
        "descriptor", "name_tail", "context", "platform", "platform_verb", "post", "same_platform",
        "interview", "appearance", "document", "written", "venue", "shared_occasion", "audience", "reporters", "programme", "programme_verb", "report_verb",
        "unnamed_source", "group", "group_not", "published_piece",
    ),
    "quote_contexts.tsv": (
        "scare", "nickname", "term", "work", "work_after", "work_released", "work_event", "gloss",
        "programme_before",
    ),
}

Sources = Mapping[str, tuple[tuple[str, str], ...]]  # file name → (where, text) in load order


def _lines(text: str, where: str) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if line.strip():
            yield number, line


def _read_package_file(name: str) -> str:
    return resources.files("quoteprov").joinpath("lexicons", name).read_text(encoding="utf-8")


def _parse_outlets(sources: Iterable[tuple[str, str]]) -> list[OutletEntry]:
    entries = []
    for where, text in sources:
        for number, line in _lines(text, where):
            cells = line.split("\t")
            if len(cells) < 2 or not cells[0].strip():
                raise LexiconError(f"{where}:{number}: expected 'name<TAB>kind<TAB>aliases', got {line!r}")
            name, kind = cells[0].strip(), cells[1].strip()
            if kind not in OUTLET_KINDS:
                raise LexiconError(f"{where}:{number}: outlet kind {kind!r} is not one of {sorted(OUTLET_KINDS)}")
            aliases = tuple(a.strip() for a in (cells[2] if len(cells) > 2 else "").split("|"))
            entries.append(OutletEntry(name, kind, tuple(a for a in aliases if a)))
    return entries


def _parse_pairs(sources: Iterable[tuple[str, str]]) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for where, text in sources:
        for _number, line in _lines(text, where):
            cells = line.split("\t")
            aliases = cells[1].split("|") if len(cells) > 1 else []
            out.append((cells[0].strip(), tuple(a.strip() for a in aliases if a.strip())))
    return out


def _words(sources: Iterable[tuple[str, str]]) -> list[str]:
    return [line.strip() for where, text in sources for _n, line in _lines(text, where)]


def _uses(name: str, sources: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """word<TAB>uses files: the words of each use, in file order."""
    out: dict[str, list[str]] = {use: [] for use in _USES[name]}
    for where, text in sources:
        for number, line in _lines(text, where):
            word, _tab, rest = line.partition("\t")
            uses = rest.split() or list(_DEFAULT_USES[name])
            for use in uses:
                if use not in out:
                    raise LexiconError(f"{where}:{number}: {use!r} is not one of {list(_USES[name])}")
                out[use].append(word.strip())
    return out


def _classes(name: str, sources: Iterable[tuple[str, str]], *, phrases: bool) -> dict[str, tuple[str, ...]]:
    """class<TAB>words (or class<TAB>phrase) files: the entries of each class, in file order."""
    out: dict[str, list[str]] = {cls: [] for cls in _CLASSES[name]}
    for where, text in sources:
        for number, line in _lines(text, where):
            cls, _tab, rest = line.partition("\t")
            if cls.strip() not in out:
                raise LexiconError(f"{where}:{number}: class {cls.strip()!r} is not one of {list(_CLASSES[name])}")
            out[cls.strip()].extend([rest.strip()] if phrases else rest.split())
    return {cls: tuple(dict.fromkeys(entries)) for cls, entries in out.items()}


def _verb_forms(sources: Iterable[tuple[str, str]]) -> dict[str, str]:
    verb_forms: dict[str, str] = {}
    for where, text in sources:
        for _n, line in _lines(text, where):
            forms = line.lower().split()
            for form in forms:
                verb_forms.setdefault(form, forms[0])
    return verb_forms


def _outlet_index(outlets: Iterable[OutletEntry]) -> dict[str, OutletEntry]:
    index: dict[str, OutletEntry] = {}
    for entry in outlets:
        for alias in (entry.name, *entry.aliases):
            index[alias.lower()] = entry
            if not alias.lower().startswith("the "):
                index.setdefault("the " + alias.lower(), entry)
    return index


def _role_head(title: tuple[str, ...]) -> str:
    """The word that names the role: "minister" of Foreign Minister, "secretary" of Secretary of State."""
    words = [w.lower().rstrip(".") for w in title]
    if "of" in words[1:]:
        words = words[: words.index("of")]
    return words[-1]


def _capitalised(words: Iterable[str]) -> frozenset[str]:
    """The forms a lower-case word takes at the head of a name: "news" → News; "tv" → Tv, TV."""
    out: set[str] = set()
    for word in words:
        out.add(word[:1].upper() + word[1:])
        if len(word) <= 3:
            out.add(word.upper())
    return frozenset(out)


def alternation(phrases: Iterable[str], *, space: str = r"[ \t]") -> str:
    """``(?:a|b c)`` of the phrases in order, each escaped, spaces as ``space``.

    >>> alternation(["press release", "letter"])
    '(?:press[ \\\\t]release|letter)'
    """
    return "(?:" + "|".join(space.join(regex.escape(w) for w in p.split()) for p in phrases) + ")"


@attrs.frozen(eq=False)
class Lexicon:
    """The word lists, indexed for look-up. Build with :meth:`default` or :meth:`load`.

    Every field is derived from the files in ``sources`` (file name → its texts, the
    package's first); the README of ``quoteprov/lexicons`` says what each file holds.
    """

    sources: Sources = attrs.field(repr=False)
    verb_forms: dict[str, str]
    outlets: tuple[OutletEntry, ...]
    outlet_index: dict[str, OutletEntry]
    organizations: dict[str, str]
    org_heads: frozenset[str]
    org_heads_lower: frozenset[str]
    titles: frozenset[tuple[str, ...]]
    role_heads: frozenset[str]
    title_words: frozenset[str]
    descriptions: frozenset[str]
    title_abbreviations: dict[str, str]
    nationalities: frozenset[str]
    anonymous: frozenset[str]
    abbreviations: frozenset[str]
    not_names: frozenset[str]
    places: frozenset[str]
    #: given names and the sex each is most often given to: "m", "f", or "mf" (both, or an East
    #: Asian surname written first: no gender) (given_names.tsv)
    given_names: Mapping[str, str]
    #: number words and their values as digits (numbers.tsv)
    number_words: Mapping[str, str]
    #: a given name's short forms and full forms, both ways, as norm_name keys (nicknames.tsv)
    nicknames: Mapping[str, frozenset[str]]
    #: organisation nouns by use (organization_nouns.tsv)
    org_nouns: frozenset[str]
    org_refer_nouns: frozenset[str]
    company_nouns: frozenset[str]
    org_descriptors: frozenset[str]
    #: speech nouns by use (speech_nouns.tsv)
    possessive_speech_nouns: frozenset[str]
    acting_speech_nouns: tuple[str, ...]
    #: outlet words by use (outlet_words.tsv): capitalised forms, lower-case words, stations
    outlet_name_words: frozenset[str]
    outlet_cue_words: frozenset[str]
    station_words: frozenset[str]
    #: outlet words that mark an outlet only as a name's last word ("the Riverton Echo",
    #: not "Echo Park")
    outlet_head_words: frozenset[str]
    #: the kind an outlet not in outlets.tsv is taken for by its name's last word
    #: ("Riverton Gazette": newspaper), for a description to stand for it
    outlet_kind_words: Mapping[str, str]
    #: word_classes.tsv and time_words.tsv, each class as a set (and "when": weekdays and
    #: parts of time, the time words that may stand between a speaker and a verb)
    words: Mapping[str, frozenset[str]]
    #: the ordered phrase classes of outlet_cues.tsv, quote_contexts.tsv and time_words.tsv
    phrases: Mapping[str, tuple[str, ...]]
    #: memo of pure look-ups and compiled patterns over this lexicon
    memo: dict[object, object] = attrs.field(factory=dict, repr=False)

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon shipped with quoteprov (read once, then cached)."""
        return _default_lexicon()

    @classmethod
    def load(
        cls,
        folder: str | Path | None = None,
        *,
        replace: bool = False,
        outlets: Iterable[str | Path] = (),
        reporting_verbs: Iterable[str | Path] = (),
        organizations: Iterable[str | Path] = (),
        titles: Iterable[str | Path] = (),
        base: Lexicon | None = None,
    ) -> Lexicon:
        """The default lexicon (or ``base``) extended with files of your own, in the same formats.

        ``folder`` holds files named as the package's (``outlets.tsv``,
        ``organization_nouns.tsv``…; see :data:`FILES`): each extends the list of its name,
        or replaces it with ``replace=True``. A file quoteprov does not know is an error, so
        a misspelt name is never silently ignored. ``outlets=``, ``reporting_verbs=``,
        ``organizations=`` and ``titles=`` add single files.

        >>> lex = Lexicon.load()
        >>> lex.outlet_index["tass"].name
        'TASS'
        """
        base = base or cls.default()
        sources = {name: list(texts) for name, texts in base.sources.items()}
        if folder is not None:
            for name, text in _folder_files(Path(folder)):
                sources[name] = ([] if replace else sources.get(name, [])) + [(str(Path(folder) / name), text)]
        for name, paths in (("outlets.tsv", outlets), ("reporting_verbs.txt", reporting_verbs),
                            ("organizations.tsv", organizations), ("titles.txt", titles)):
            sources[name] = sources.get(name, []) + [(str(p), _read(Path(p))) for p in paths]
        return _build({name: tuple(texts) for name, texts in sources.items()})

    def verb_lemma(self, word: str) -> str | None:
        """The lemma of a reporting verb form ("told" → "tell"), or None if not one."""
        return self.verb_forms.get(word.lower())

    def compiled(self, key: str, make: Callable[[Lexicon], Any]) -> Any:
        """``make(self)``, computed once per lexicon (patterns built from its word lists)."""
        found = self.memo.get(("compiled", key))
        if found is None:
            found = self.memo[("compiled", key)] = make(self)
        return found


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read the lexicon file ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"{path}: not UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start})") from None


def _folder_files(folder: Path) -> list[tuple[str, str]]:
    if not folder.is_dir():
        raise LexiconError(f"{folder}: not a folder; expected a folder of lexicon files named like {sorted(FILES)[:3]}…")
    found = []
    for path in sorted(folder.iterdir()):
        if path.name == "README.md" or path.name.startswith(".") or path.is_dir():
            continue
        if path.name not in FILES:
            raise LexiconError(
                f"{path}: not a lexicon file quoteprov knows; expected one of {sorted(FILES)} "
                f"(see quoteprov/lexicons/README.md)"
            )
        found.append((path.name, _read(path)))
    return found


def _build(sources: Sources) -> Lexicon:
    def get(name: str) -> tuple[tuple[str, str], ...]:
        return sources.get(name, ())

    outlets = _parse_outlets(get("outlets.tsv"))
    return Lexicon(
        sources=sources,
        verb_forms=_verb_forms(get("reporting_verbs.txt")),
        outlets=tuple(outlets),
        outlet_index=_outlet_index(outlets),
        organizations={alias.lower(): name for name, aliases in _parse_pairs(get("organizations.tsv"))
                       for alias in (name, *aliases)},
        title_abbreviations={k.lower(): v[0].lower() for k, v in _parse_pairs(get("title_abbreviations.tsv")) if v},
        **_name_lists(get),
        **_noun_uses(get),
        **_word_classes(get),
    )


Get = Callable[[str], tuple[tuple[str, str], ...]]


def _name_lists(get: Get) -> dict[str, Any]:
    """The one-word-a-line files, and what the titles give: role heads and title words."""
    titles = frozenset(tuple(w.split()) for w in _words(get("titles.txt")))
    org_heads = frozenset(_words(get("org_heads.txt")))
    return {
        "org_heads": org_heads,
        "org_heads_lower": frozenset(w.lower() for w in org_heads),
        "titles": titles,
        "role_heads": frozenset(_role_head(t) for t in titles),
        "title_words": frozenset(w.lower().rstrip(".") for t in titles for w in t),
        "descriptions": frozenset(w.lower() for w in _words(get("descriptions.txt"))),
        "nationalities": frozenset(_words(get("nationalities.txt"))),
        "anonymous": frozenset(w.lower() for w in _words(get("anonymous.txt"))),
        "abbreviations": frozenset(_words(get("abbreviations.txt"))),
        "not_names": frozenset(_words(get("not_names.txt"))),
        "places": frozenset(_words(get("places.txt"))),
        "given_names": _given_names(get("given_names.tsv")),
        "number_words": _number_words(get("numbers.tsv")),
        "nicknames": _nicknames(get("nicknames.tsv")),
    }


def _given_names(sources: Iterable[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for where, text in sources:
        for number, line in _lines(text, where):
            name, _tab, sex = line.partition("\t")
            if sex.strip() not in ("m", "f", "mf"):
                raise LexiconError(f"{where}:{number}: expected 'name<TAB>m', 'name<TAB>f' or 'name<TAB>mf', got {line!r}")
            out[name.strip()] = sex.strip()
    return out


def _nicknames(sources: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Each short form's full forms and each full form's short forms (norm_name keys)."""
    pairs: dict[str, set[str]] = {}
    for where, text in sources:
        for number, line in _lines(text, where):
            short, _tab, full = line.partition("\t")
            if not full.split():
                raise LexiconError(f"{where}:{number}: expected 'short<TAB>full names', got {line!r}")
            for name in full.split():
                pairs.setdefault(norm_name(short.strip()), set()).add(norm_name(name))
                pairs.setdefault(norm_name(name), set()).add(norm_name(short.strip()))
    return {k: frozenset(v) for k, v in pairs.items()}


def _number_words(sources: Iterable[tuple[str, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for where, text in sources:
        for number, line in _lines(text, where):
            word, _tab, value = line.partition("\t")
            if not value.strip().isdigit():
                raise LexiconError(f"{where}:{number}: expected 'word<TAB>digits', got {line!r}")
            out[word.strip().lower()] = value.strip()
    return out


def _noun_uses(get: Get) -> dict[str, Any]:
    """The noun<TAB>uses files, one set per use."""
    org = _uses("organization_nouns.tsv", get("organization_nouns.tsv"))
    speech = _uses("speech_nouns.tsv", get("speech_nouns.tsv"))
    outlet = _uses("outlet_words.tsv", get("outlet_words.tsv"))

    def lower(words: Iterable[str]) -> frozenset[str]:
        return frozenset(w.lower() for w in words)

    return {
        "org_nouns": lower(org["speaker"]),
        "org_refer_nouns": lower(org["refers"]),
        "company_nouns": lower(org["company"]),
        "org_descriptors": lower(org["descriptor"]),
        "possessive_speech_nouns": lower(speech["possessive"]),
        "acting_speech_nouns": tuple(dict.fromkeys(w.lower() for w in speech["acting"])),
        "outlet_name_words": _capitalised(w.lower() for w in outlet["name"]),
        "outlet_cue_words": lower(outlet["name"] + outlet["cue"]),
        "station_words": lower(outlet["station"]),
        "outlet_head_words": lower(outlet["head"]),
        "outlet_kind_words": {w.lower(): kind for kind in _OUTLET_KINDS for w in outlet[kind]},
    }


def _word_classes(get: Get) -> dict[str, Any]:
    """The class files: word classes as sets, phrase classes in order."""
    classes = {**_classes("word_classes.tsv", get("word_classes.tsv"), phrases=False),
               **_classes("time_words.tsv", get("time_words.tsv"), phrases=False)}
    phrases = {**_classes("outlet_cues.tsv", get("outlet_cues.tsv"), phrases=True),
               **_classes("quote_contexts.tsv", get("quote_contexts.tsv"), phrases=True),
               **{c: classes[c] for c in _CLASSES["time_words.tsv"]}}
    words = {cls: frozenset(entries) for cls, entries in classes.items()}
    words["when"] = words["weekday"] | words["part_of_time"]
    return {"words": words, "phrases": phrases}


@functools.lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return _build({name: ((f"quoteprov/lexicons/{name}", _read_package_file(name)),) for name in FILES})
