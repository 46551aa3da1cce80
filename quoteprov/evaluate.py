"""Score quoteprov against gold annotations (format: tests/data/README.md).

Quote precision/recall/F1 under an overlap rule (a found quote and a gold quote match
when they overlap by at least half of the longer one; each matches once), exact-span
F1, speaker accuracy, outlet accuracy, and the count of quotes given a wrong person.

Run ``python -m quoteprov.evaluate GOLD.jsonl`` to print the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .analysis import Analysis, analyze
from .names import same_name
from .engines import get_engine
from .errors import GoldError, QuoteprovError
from .lexicon import Lexicon
from .records import Attribution

__all__ = ["GoldQuote", "GoldArticle", "Scores", "load_gold", "evaluate", "main"]

FORMS = frozenset({"full", "partial", "block"})
KINDS = frozenset({"person", "organization", "anonymous"})
RELATIONS = frozenset(
    {"interview", "told", "remarks", "statement", "transcript", "podcast", "press_conference",
     "social_media", "report"}
)


@attrs.frozen
class GoldQuote:
    start: int
    end: int
    text: str
    form: str
    speaker: str | None
    speaker_kind: str | None
    outlet: str | None
    relation: str | None


@attrs.frozen
class GoldArticle:
    id: str
    text: str
    outlet: str | None
    quotes: tuple[GoldQuote, ...]
    non_quotes: tuple[tuple[int, int, str], ...] = ()


@attrs.frozen
class Scores:
    """The figures for one gold file; ``errors`` lists every mismatch in words."""

    gold_quotes: int
    found_quotes: int
    matched: int
    exact: int
    speaker_correct: int
    outlet_correct: int
    wrong_person: int
    non_quotes_found: int
    errors: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.matched / self.found_quotes if self.found_quotes else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_quotes if self.gold_quotes else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def exact_f1(self) -> float:
        p = self.exact / self.found_quotes if self.found_quotes else 1.0
        r = self.exact / self.gold_quotes if self.gold_quotes else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Of the gold quotes that were found, the share whose speaker is right."""
        return self.speaker_correct / self.matched if self.matched else 1.0

    @property
    def outlet_accuracy(self) -> float:
        """Of the gold quotes that were found, the share whose outlet is right."""
        return self.outlet_correct / self.matched if self.matched else 1.0

    def summary(self) -> dict[str, Any]:
        return {
            "gold_quotes": self.gold_quotes,
            "found_quotes": self.found_quotes,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "exact_f1": round(self.exact_f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "outlet_accuracy": round(self.outlet_accuracy, 4),
            "wrong_person": self.wrong_person,
            "non_quotes_taken_as_quotes": self.non_quotes_found,
        }


def load_gold(path: str | Path, *, root: str | Path | None = None) -> list[GoldArticle]:
    """Read and check a gold file; raises :class:`GoldError` saying which line is wrong.

    An article given as ``"file"`` is read from a path relative to the gold file, which must
    stay inside ``root`` (default: the gold file's folder), so a gold file from elsewhere
    cannot make quoteprov read any file on the machine.
    """
    path = Path(path)
    limit = Path(root if root is not None else path.parent).resolve()
    articles = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not JSON ({exc.msg})") from None
        articles.append(_article(raw, path.parent, limit, where))
    return articles


def _article(raw: dict[str, Any], folder: Path, limit: Path, where: str) -> GoldArticle:
    if "text" in raw:
        text = raw["text"]
    elif "file" in raw:
        file = (folder / str(raw["file"])).resolve()
        if not file.is_relative_to(limit):
            raise GoldError(f"{where}: the file {raw['file']!r} is outside {limit}; allow it with root= "
                            f"(command line: --root DIR)")
        try:
            with open(file, encoding="utf-8", newline="") as handle:
                text = handle.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise GoldError(f"{where}: cannot read {raw['file']!r} ({exc})") from None
    else:
        raise GoldError(f"{where}: an article needs 'text' or 'file'")
    quotes = []
    for i, q in enumerate(raw.get("quotes", [])):
        start, end = q.get("start"), q.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
            raise GoldError(f"{where}: quote {i}: bad span ({start!r}, {end!r}) for a text of {len(text)}")
        if text[start:end] != q.get("text"):
            raise GoldError(
                f"{where}: quote {i}: text[{start}:{end}] is {text[start:end]!r:.60}, "
                f"but the gold says {q.get('text')!r:.60}"
            )
        if q.get("form") not in FORMS:
            raise GoldError(f"{where}: quote {i}: form {q.get('form')!r} is not one of {sorted(FORMS)}")
        if q.get("speaker_kind") not in KINDS | {None}:
            raise GoldError(f"{where}: quote {i}: speaker_kind {q.get('speaker_kind')!r} is not one of {sorted(KINDS)}")
        if q.get("relation") not in RELATIONS | {None}:
            raise GoldError(f"{where}: quote {i}: relation {q.get('relation')!r} is not one of {sorted(RELATIONS)}")
        quotes.append(
            GoldQuote(start, end, text[start:end], q["form"], q.get("speaker"), q.get("speaker_kind"),
                      q.get("outlet"), q.get("relation"))
        )
    non_quotes = tuple((n["start"], n["end"], n.get("reason", "")) for n in raw.get("non_quotes", []))
    return GoldArticle(str(raw.get("id", where)), text, raw.get("outlet"), tuple(quotes), non_quotes)


def _same_outlet(gold: str, found: str, lex: Lexicon) -> bool:
    def canonical(name: str) -> str:
        entry = lex.outlet_index.get(name.lower()) or lex.outlet_index.get(name.lower().removeprefix("the "))
        return entry.name if entry else name

    return same_name(canonical(gold), canonical(found))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evaluate(
    gold: Sequence[GoldArticle],
    *,
    analyzer: Callable[[GoldArticle], Analysis] | None = None,
    lexicon: Lexicon | None = None,
) -> Scores:
    """Run quoteprov on every gold article and score it.

    >>> art = GoldArticle("x", '“No,” Jane Doe said.', None,
    ...                   (GoldQuote(1, 4, "No,", "full", "Jane Doe", "person", None, None),))
    >>> evaluate([art]).speaker_accuracy
    1.0
    """
    lex = lexicon or Lexicon.default()
    run = analyzer or (lambda g: analyze(g.text, article_id=g.id, outlet=g.outlet, lexicon=lex))
    totals: Counter[str] = Counter()
    errors: list[str] = []
    for article in gold:
        # A mixed quote is the reporter's clause around partial quotes; the gold marks quoted words.
        found = [a for a in run(article).attributions if a.quote.form != "mixed"]
        totals["gold"] += len(article.quotes)
        totals["found"] += len(found)
        pairs = _match(article.quotes, found)
        for gi, fi in pairs:
            _score_pair(article, article.quotes[gi], found[fi], lex, totals, errors)
        _unmatched(article, found, pairs, totals, errors)
    return Scores(
        totals["gold"], totals["found"], totals["matched"], totals["exact"], totals["speaker"],
        totals["outlet"], totals["wrong"], totals["nonq"], tuple(errors),
    )


def _match(gold: Sequence[GoldQuote], found: Sequence[Attribution]) -> list[tuple[int, int]]:
    """Gold and found quotes paired one to one, greatest overlap first; a pair overlaps by
    at least half of the longer of the two."""
    pairs = []
    for gi, g in enumerate(gold):
        for fi, f in enumerate(found):
            span = (f.quote.content.start, f.quote.content.end)
            ov = _overlap((g.start, g.end), span)
            if ov * 2 >= max(g.end - g.start, span[1] - span[0]):
                pairs.append((ov, gi, fi))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_f: set[int] = set()
    matched = []
    for _ov, gi, fi in pairs:
        if gi in used_g or fi in used_f:
            continue
        used_g.add(gi)
        used_f.add(fi)
        matched.append((gi, fi))
    return matched


def _score_pair(
    article: GoldArticle, g: GoldQuote, f: Attribution, lex: Lexicon, totals: Counter[str], errors: list[str]
) -> None:
    totals["matched"] += 1
    label = f"{article.id} {g.text[:50]!r}"
    if (g.start, g.end) == (f.quote.content.start, f.quote.content.end):
        totals["exact"] += 1
    ok, wrong = _speaker_ok(g, f.speaker)
    totals["speaker"] += ok
    totals["wrong"] += wrong
    if not ok:
        got = f"{f.speaker.name} ({f.speaker.kind})" if f.speaker else None
        errors.append(f"{label}: speaker {got!r}, gold {g.speaker!r} [{f.rule}]")
    if _outlet_ok(g, f.outlet, lex):
        totals["outlet"] += 1
    else:
        found_outlet = (f.outlet.name, f.outlet.relation) if f.outlet else None
        errors.append(f"{label}: outlet {found_outlet!r}, gold {(g.outlet, g.relation)!r} [{f.outlet_rule}]")


def _unmatched(
    article: GoldArticle, found: Sequence[Attribution], pairs: list[tuple[int, int]],
    totals: Counter[str], errors: list[str],
) -> None:
    used_g = {gi for gi, _fi in pairs}
    used_f = {fi for _gi, fi in pairs}
    for gi, g in enumerate(article.quotes):
        if gi not in used_g:
            errors.append(f"{article.id} missed {g.text[:60]!r} at {g.start}")
    for fi, f in enumerate(found):
        if fi not in used_f:
            errors.append(f"{article.id} extra {f.quote.content.text[:60]!r} at {f.quote.content.start}")
            if any(_overlap((s, e), (f.quote.content.start, f.quote.content.end)) for s, e, _r in article.non_quotes):
                totals["nonq"] += 1


def _speaker_ok(g: GoldQuote, speaker: Any) -> tuple[bool, bool]:
    """(right, wrong person): a wrong person is a named person where the gold names another."""
    if g.speaker is None:
        return speaker is None, False
    if speaker is None:
        return False, False
    if g.speaker_kind == "anonymous":
        return speaker.kind == "anonymous", speaker.kind == "person"
    right = same_name(speaker.name, g.speaker)
    return right, (not right and speaker.kind == "person")


def _outlet_ok(g: GoldQuote, outlet: Any, lex: Lexicon) -> bool:
    if g.outlet is None and g.relation is None:
        return outlet is None
    if outlet is None:
        return False
    if g.outlet is None:
        return outlet.name is None and outlet.relation == g.relation
    return outlet.name is not None and _same_outlet(g.outlet, outlet.name, lex)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m quoteprov.evaluate GOLD.jsonl [--errors] [--engine stanza]``: print the scores as JSON."""
    parser = argparse.ArgumentParser(prog="python -m quoteprov.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold JSON Lines files")
    parser.add_argument("--errors", action="store_true", help="also list every mismatch")
    parser.add_argument("--root", help="the folder the gold's article files must be in (default: each gold file's own)")
    parser.add_argument("--engine", choices=("rules", "stanza"), default="rules",
                        help="the engine to score (stanza needs quoteprov[stanza] and its models)")
    parser.add_argument("--models-dir", help="stanza's model folder (default: $STANZA_RESOURCES_DIR)")
    args = parser.parse_args(argv)
    try:
        engine = get_engine(args.engine, models_dir=args.models_dir)
        lex = Lexicon.default()

        def run(g: GoldArticle) -> Analysis:
            return analyze(g.text, article_id=g.id, outlet=g.outlet, engine=engine, lexicon=lex)

        for path in args.gold:
            scores = evaluate(load_gold(path, root=args.root), analyzer=run)
            print(json.dumps({"gold": path, **scores.summary()}))
            if args.errors:
                for error in scores.errors:
                    print("  " + error)
    except QuoteprovError as exc:  # a bad gold file, stanza or its models missing: say what to do
        print(f"python -m quoteprov.evaluate: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
