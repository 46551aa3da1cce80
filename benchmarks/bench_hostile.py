"""Benchmark: analyze() on hostile input grows linearly with its size.

Run: python benchmarks/bench_hostile.py [--size 100000]

For each kind of hostile text, prints the time at size N and at 10 N and the ratio; a
ratio near 10 is linear, near 100 would be quadratic. The last lines do the same for
remark grouping (two "quotes" of N characters that differ by one word: what an unclosed
mark in two copies of a hostile text gives) and for the citation graph of one article
of N characters that names an intermediary and a source in every line. Prints figures,
never asserts.
"""

from __future__ import annotations

import argparse
import random
import time

import quoteprov
from quoteprov.corpus import Article
from quoteprov.graph import analyze_corpus
from quoteprov.remarks import Printed, group_remarks

KINDS = {
    "random text with marks": lambda n, rnd: "".join(rnd.choice('abc DEF "“”‘’\'«»„ .,:;\n—') for _ in range(n)),
    "unmatched “": lambda n, rnd: "“" * n,
    'straight "': lambda n, rnd: '"' * n,
    "apostrophes": lambda n, rnd: "’" * n,
    "one paragraph of quotes": lambda n, rnd: ("“a,” he said. " * (n // 14 + 1))[:n],
    "capitalised words": lambda n, rnd: ("Abc Def " * (n // 8 + 1))[:n],
    "colon lines": lambda n, rnd: ("Lavrov said:\nNo marks here.\n" * (n // 28 + 1))[:n],
    "one long line": lambda n, rnd: ("x" * n),
}


def timed(text: str) -> float:
    start = time.perf_counter()
    quoteprov.analyze(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="N, in characters")
    args = parser.parse_args()
    quoteprov.analyze("warm up")
    print(f"{'input':28} {'N':>9} {'t(N)':>8} {'t(10N)':>8} {'ratio':>6}")
    for name, make in KINDS.items():
        rnd = random.Random(7)
        small, large = make(args.size, rnd), make(10 * args.size, rnd)
        t1, t10 = timed(small), timed(large)
        print(f"{name:28} {args.size:>9,} {t1:8.3f} {t10:8.3f} {t10 / max(t1, 1e-9):6.1f}")
    t1, t10 = grouped(args.size), grouped(10 * args.size)
    print(f"{'grouping two giant quotes':28} {args.size:>9,} {t1:8.3f} {t10:8.3f} {t10 / max(t1, 1e-9):6.1f}")
    t1, t10 = graphed(args.size), graphed(10 * args.size)
    print(f"{'graph of one cited article':28} {args.size:>9,} {t1:8.3f} {t10:8.3f} {t10 / max(t1, 1e-9):6.1f}")


def graphed(n: int) -> float:
    line = "According to The Hill, Lavrov told TASS: “We are not happy.”\n"
    start = time.perf_counter()
    analyze_corpus([Article("a", (line * (n // len(line) + 1))[:n])])
    return time.perf_counter() - start


def grouped(n: int) -> float:
    rnd = random.Random(7)
    words = [f"w{rnd.randrange(50_000)}" for _ in range(n // 6)]
    a, b = " ".join(words), " ".join(words[1:] + ["extra"])
    start = time.perf_counter()
    group_remarks([Printed(a, "x"), Printed(b, "x")])
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
