"""Load the word lists the rule engine reads (reporting verbs, outlets, titles…) from data files."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

import attrs

from .errors import LexiconError

__all__ = ["Lexicon", "OutletEntry"]


@attrs.frozen
class OutletEntry:
    """One outlet of the gazetteer: canonical name, kind, and the other ways it is written."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()


OUTLET_KINDS = frozenset(
    {"agency", "newspaper", "magazine", "broadcaster", "website", "podcast", "official"}
)


def _lines(text: str, where: str) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if line.strip():
            yield number, line


def _read_package_file(name: str) -> str:
    return resources.files("quoteprov").joinpath("lexicons", name).read_text(encoding="utf-8")


def _parse_outlets(text: str, where: str) -> list[OutletEntry]:
    entries = []
    for number, line in _lines(text, where):
        cells = line.split("\t")
        if len(cells) < 2 or not cells[0].strip():
            raise LexiconError(
                f"{where}:{number}: expected 'name<TAB>kind<TAB>aliases', got {line!r}"
            )
        name, kind = cells[0].strip(), cells[1].strip()
        if kind not in OUTLET_KINDS:
            raise LexiconError(
                f"{where}:{number}: outlet kind {kind!r} is not one of {sorted(OUTLET_KINDS)}"
            )
        aliases = tuple(a.strip() for a in (cells[2] if len(cells) > 2 else "").split("|"))
        entries.append(OutletEntry(name, kind, tuple(a for a in aliases if a)))
    return entries


def _parse_pairs(text: str, where: str) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for _number, line in _lines(text, where):
        cells = line.split("\t")
        aliases = cells[1].split("|") if len(cells) > 1 else []
        out.append((cells[0].strip(), tuple(a.strip() for a in aliases if a.strip())))
    return out


def _words(text: str, where: str) -> list[str]:
    return [line.strip() for _n, line in _lines(text, where)]


@attrs.frozen(eq=False)
class Lexicon:
    """The word lists, indexed for look-up. Build with :meth:`default` or :meth:`load`."""

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
    #: lower-case nouns that, right before an unknown capitalised name, make it an organisation
    org_descriptors: frozenset[str] = frozenset()
    #: memo of pure look-ups over this lexicon (one capitalised word → its kind)
    memo: dict[object, object] = attrs.field(factory=dict, repr=False)

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon shipped with quoteprov (read once, then cached)."""
        return _default_lexicon()

    @classmethod
    def load(
        cls,
        *,
        outlets: Iterable[str | Path] = (),
        reporting_verbs: Iterable[str | Path] = (),
        organizations: Iterable[str | Path] = (),
        titles: Iterable[str | Path] = (),
        base: Lexicon | None = None,
    ) -> Lexicon:
        """The default lexicon (or ``base``) extended with files of your own, in the same formats.

        >>> lex = Lexicon.load()
        >>> lex.outlet_index["tass"].name
        'TASS'
        """
        base = base or cls.default()
        sources = {
            "outlets": [(str(p), Path(p).read_text(encoding="utf-8")) for p in outlets],
            "verbs": [(str(p), Path(p).read_text(encoding="utf-8")) for p in reporting_verbs],
            "orgs": [(str(p), Path(p).read_text(encoding="utf-8")) for p in organizations],
            "titles": [(str(p), Path(p).read_text(encoding="utf-8")) for p in titles],
        }
        return _build(base, sources)

    def verb_lemma(self, word: str) -> str | None:
        """The lemma of a reporting verb form ("told" → "tell"), or None if not one."""
        return self.verb_forms.get(word.lower())


def _build(base: Lexicon | None, extra: dict[str, list[tuple[str, str]]]) -> Lexicon:
    verb_forms: dict[str, str] = dict(base.verb_forms) if base else {}
    for where, text in extra.get("verbs", []):
        for _n, line in _lines(text, where):
            forms = line.lower().split()
            for form in forms:
                verb_forms.setdefault(form, forms[0])
    outlets: list[OutletEntry] = list(base.outlets) if base else []
    for where, text in extra.get("outlets", []):
        outlets.extend(_parse_outlets(text, where))
    outlet_index: dict[str, OutletEntry] = {}
    for entry in outlets:
        for alias in (entry.name, *entry.aliases):
            outlet_index[alias.lower()] = entry
            if not alias.lower().startswith("the "):
                outlet_index.setdefault("the " + alias.lower(), entry)
    organizations: dict[str, str] = dict(base.organizations) if base else {}
    for where, text in extra.get("orgs", []):
        for name, aliases in _parse_pairs(text, where):
            for alias in (name, *aliases):
                organizations[alias.lower()] = name
    titles: set[tuple[str, ...]] = set(base.titles) if base else set()
    for where, text in extra.get("titles", []):
        titles.update(tuple(w.split()) for w in _words(text, where))

    def words(key: str) -> frozenset[str]:
        found: set[str] = set()
        for where, text in extra.get(key, []):
            found.update(_words(text, where))
        return frozenset(found)

    return Lexicon(
        verb_forms=verb_forms,
        outlets=tuple(outlets),
        outlet_index=outlet_index,
        organizations=organizations,
        org_heads=(base.org_heads if base else frozenset()) | words("org_heads"),
        org_heads_lower=frozenset(
            w.lower() for w in (base.org_heads if base else frozenset()) | words("org_heads")
        ),
        titles=frozenset(titles),
        role_heads=frozenset(_role_head(t) for t in titles),
        title_words=frozenset(w.lower().rstrip(".") for t in titles for w in t),
        title_abbreviations={
            **(base.title_abbreviations if base else {}),
            **{k.lower(): v[0].lower() for where, text in extra.get("title_abbreviations", []) for k, v in _parse_pairs(text, where) if v},
        },
        descriptions=(base.descriptions if base else frozenset())
        | frozenset(w.lower() for w in words("descriptions")),
        nationalities=(base.nationalities if base else frozenset()) | words("nationalities"),
        anonymous=(base.anonymous if base else frozenset())
        | frozenset(w.lower() for w in words("anonymous")),
        abbreviations=(base.abbreviations if base else frozenset()) | words("abbreviations"),
        not_names=(base.not_names if base else frozenset()) | words("not_names"),
        places=(base.places if base else frozenset()) | words("places"),
        org_descriptors=(base.org_descriptors if base else frozenset())
        | frozenset(w.lower() for w in words("org_descriptors")),
    )


def _role_head(title: tuple[str, ...]) -> str:
    """The word that names the role: "minister" of Foreign Minister, "secretary" of Secretary of State."""
    words = [w.lower().rstrip(".") for w in title]
    if "of" in words[1:]:
        words = words[: words.index("of")]
    return words[-1]


@functools.lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    files = {
        "verbs": "reporting_verbs.txt",
        "outlets": "outlets.tsv",
        "orgs": "organizations.tsv",
        "org_heads": "org_heads.txt",
        "titles": "titles.txt",
        "nationalities": "nationalities.txt",
        "anonymous": "anonymous.txt",
        "abbreviations": "abbreviations.txt",
        "not_names": "not_names.txt",
        "places": "places.txt",
        "descriptions": "descriptions.txt",
        "org_descriptors": "org_descriptors.txt",
        "title_abbreviations": "title_abbreviations.tsv",
    }
    extra = {key: [(f"quoteprov/lexicons/{name}", _read_package_file(name))] for key, name in files.items()}
    return _build(None, extra)
