"""Benchmark: words per second and peak memory of quoteprov.analyze() on the seeds.

Run: python benchmarks/bench_analyze.py [--repeat 200]

Prints figures, never asserts: timings on shared machines are noisy. The baseline in the
same run is a plain regex word count over the same texts (the floor any analyser pays
to read the text), so the ratio is comparable across machines.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from pathlib import Path

import regex

import quoteprov

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="how many times to run over the seeds")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    words_per_pass = sum(len(t.split()) for t in texts)
    quoteprov.analyze(texts[0])  # load the lexicon once, outside the timing

    start = time.perf_counter()
    for _ in range(args.repeat):
        for text in texts:
            len(regex.findall(r"\w+", text))
    baseline = time.perf_counter() - start

    start = time.perf_counter()
    quotes = 0
    for _ in range(args.repeat):
        for text in texts:
            quotes += len(quoteprov.analyze(text).attributions)
    elapsed = time.perf_counter() - start

    tracemalloc.start()
    for text in texts:
        quoteprov.analyze(text)
    big = "\n".join(texts * 20)
    quoteprov.analyze(big)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    words = words_per_pass * args.repeat
    print(f"texts: {len(texts)} seeds x {args.repeat} = {words:,} words, {quotes:,} quotes")
    print(f"analyze(): {elapsed:.2f} s, {words / elapsed:,.0f} words/s on one core")
    print(f"baseline regex word count: {baseline:.2f} s, {words / baseline:,.0f} words/s")
    print(f"ratio analyze/baseline time: {elapsed / baseline:.1f}x")
    print(f"peak traced memory (one pass, plus one {len(big):,}-char article): {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
