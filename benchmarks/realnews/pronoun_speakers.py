"""How quoteprov resolves the 425 pronoun speakers of PolNeAR train read into
polnear-train-resolved-names.jsonl: of those it finds as direct quotes (a quote of its
own, not partial, overlapping the annotated one), the share whose speaker is the person
the pronoun stands for, judged by the workplace scorer's own rule (score.judge_speaker).

Run from the project's root, after ../shared/realnews/check has filled its cache:

    python benchmarks/realnews/pronoun_speakers.py

Prints figures, never asserts; reads the article texts from the checker's cache only.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "realnews"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "quoteprov-realnews" / "polnear-train.jsonl"


def main() -> None:
    import quoteprov

    sys.path.insert(0, str(SHARED))
    from score import judge_speaker  # type: ignore[import-not-found]

    texts = {d["id"]: d["text"] for d in map(json.loads, CACHE.open(encoding="utf-8"))}
    rows = [json.loads(line) for line in (Path(__file__).parent / "polnear-train-resolved-names.jsonl").open()]
    analyses: dict[str, quoteprov.Analysis] = {}
    verdicts: Counter[str] = Counter()
    for row in rows:
        if row["id"] not in analyses:
            analyses[row["id"]] = quoteprov.analyze(texts[row["id"]], article_id=row["id"])
        found = next((a for a in analyses[row["id"]].attributions if a.quote.form != "partial"
                      and min(a.quote.span.end, row["end"]) > max(a.quote.span.start, row["start"])), None)
        if found is None:
            verdicts["not found"] += 1
        else:
            verdicts[judge_speaker(found.speaker.name if found.speaker else None, row["speaker"])] += 1
    matched = sum(n for k, n in verdicts.items() if k != "not found")
    print(f"{len(rows)} pronoun speakers; {matched} found as direct quotes ({verdicts['not found']} not)")
    for verdict in ("correct", "wrong", "pronoun", "missing"):
        print(f"  {verdict:8} {verdicts[verdict]:4}  {100 * verdicts[verdict] / max(matched, 1):5.1f}%")


if __name__ == "__main__":
    main()
