"""Flag the quotes a reader cannot trace: no speaker, an anonymous speaker, or no outlet named
where no speaker is named either.

Run: python examples/flag_unattributed.py PATH...   (files or folders of .txt / .jsonl)

It prints one grep-friendly line per flagged quote, the same lines as `quoteprov flag`:

    seeds/002_5083800b47d63e8f.txt:15:466: anonymous speaker, no outlet named: “The barrel of the gun is going to…”

and exits with 1 when it flags anything, 0 when it flags nothing, and 2 when called
without a path, so it can gate a publishing pipeline. Copy it and change REASONS (or the
message) to suit your newsroom's rules.
"""

from __future__ import annotations

import sys

import quoteprov
from quoteprov.corpus import load_articles

# The flags that make a quote untraceable, and how to say them. A quote carries other
# flags too ("no_channel": a named speaker with no channel stated; "elided", "unclosed"…):
# add them here to be told about those as well.
REASONS = {
    "no_speaker": "no speaker",
    "anonymous_speaker": "anonymous speaker",
    "no_outlet": "no outlet named",
}


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, as editors and grep count them."""
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def first_words(quote: str, limit: int = 8) -> str:
    words = quote.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


def main(paths: list[str]) -> int:
    if not paths:
        print("usage: python examples/flag_unattributed.py PATH...", file=sys.stderr)
        return 2
    problems: list[str] = []  # unreadable inputs are reported, not fatal
    flagged = 0
    for article in load_articles(paths, errors=problems):
        analysis = quoteprov.analyze(article.text, article_id=article.id, outlet=article.outlet)
        for attribution in analysis.attributions:
            reasons = [REASONS[flag] for flag in attribution.flags if flag in REASONS]
            if not reasons:
                continue
            flagged += 1
            line, column = line_and_column(article.text, attribution.quote.span.start)
            words = first_words(attribution.quote.content.text)
            print(f"{article.source}:{line}:{column}: {', '.join(reasons)}: “{words}”")
    for problem in problems:
        print(f"flag_unattributed: {problem}", file=sys.stderr)
    return 1 if flagged or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
