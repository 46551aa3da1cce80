"""Print who said what, and where, for every article in a folder (default: seeds/).

Run: python examples/who_said_what.py [FOLDER]

A short tour of the public API: analyze(), the attributions with their speaker, outlet
and reasons, the article's citations, and the quotes flagged as unattributed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import quoteprov


def main(folder: Path) -> None:
    for path in sorted(folder.glob("*.txt")):
        analysis = quoteprov.analyze(path.read_text(encoding="utf-8"), article_id=path.stem)
        relays = ", ".join(f"{c.name} ({c.relation})" for c in analysis.citations if c.name)
        print(f"\n== {path.name}: {len(analysis.attributions)} quotes; relays: {relays or 'nothing named'}")
        for a in analysis.attributions:
            who = f"{a.speaker.name} [{a.speaker.kind}]" if a.speaker else "UNKNOWN"
            where = f"{a.outlet.name or '-'} ({a.outlet.relation})" if a.outlet else "no outlet"
            words = a.quote.content.text.split()
            snippet = " ".join(words[:9]) + (" …" if len(words) > 9 else "")
            print(f"  {a.quote.form:7} {who:32} {where:26} “{snippet}”")
            print(f"          why: {a.rule} ({a.confidence:.2f}); outlet: {a.outlet_rule or '-'}")
        for a in analysis.unattributed:
            print(f"  FLAG {', '.join(f for f in a.flags if f in ('no_speaker', 'anonymous_speaker', 'no_outlet'))}: "
                  f"offset {a.quote.span.start}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "seeds")
