"""A/B benchmark: analyze() of two checkouts, run alternately, on the same texts.

Run: python benchmarks/bench_ab.py BASE_DIR NEW_DIR [--rounds 5] [--seeds-repeat 40]

Each round runs one fresh process per checkout (imported from that directory, so the two
never share a module or a warm cache), alternating the order, and times analyze() over the
real-news texts (the cache ``../shared/realnews/check`` fills; skipped when absent) and the
seeds ``--seeds-repeat`` times, in CPU seconds of that process after a warm-up. It prints
each checkout's median and the ratio NEW/BASE: on a shared machine one run of
bench_analyze.py can be 10% off, and alternating rounds with medians is what makes two
close figures comparable. Prints figures, never asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REALNEWS = Path.home() / ".cache" / "quoteprov-realnews" / "polnear-train.jsonl"

#: what one process runs: warm up, then CPU seconds of analyze() on each set
_CHILD = r"""
import json, sys, time
from pathlib import Path
import quoteprov
sets = json.loads(sys.argv[1])
out = {}
for name, (path, repeat) in sets.items():
    p = Path(path)
    texts = ([json.loads(line)["text"] for line in p.open(encoding="utf-8")] if p.suffix == ".jsonl"
             else [f.read_text(encoding="utf-8") for f in sorted(p.glob("*.txt"))])
    for text in texts[:10]:
        quoteprov.analyze(text)
    start = time.process_time()
    for _ in range(repeat):
        for text in texts:
            quoteprov.analyze(text)
    out[name] = time.process_time() - start
print(json.dumps(out))
"""


def _run(checkout: Path, sets: dict[str, tuple[str, int]]) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(checkout), PYTHONHASHSEED="0")
    done = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(sets)], env=env, cwd=checkout,
                          capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seeds-repeat", type=int, default=40)
    args = parser.parse_args()
    sets: dict[str, tuple[str, int]] = {"seeds": (str(args.new.resolve() / "seeds"), args.seeds_repeat)}
    if REALNEWS.exists():
        sets["real news"] = (str(REALNEWS), 1)
    else:
        print(f"real news: skipped ({REALNEWS} absent; ../shared/realnews/check fills it)")
    times: dict[str, dict[str, list[float]]] = {"base": {k: [] for k in sets}, "new": {k: [] for k in sets}}
    for r in range(args.rounds):
        order = [("base", args.base), ("new", args.new)]
        for label, checkout in order if r % 2 == 0 else order[::-1]:
            for name, seconds in _run(checkout.resolve(), sets).items():
                times[label][name].append(seconds)
    for name in sets:
        base, new = statistics.median(times["base"][name]), statistics.median(times["new"][name])
        print(f"{name}: base {base:.3f} s, new {new:.3f} s (medians of {args.rounds} CPU-second runs); "
              f"new/base {new / base:.3f} ({(base / new - 1) * 100:+.1f}% speed)")


if __name__ == "__main__":
    main()
