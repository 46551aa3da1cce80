"""Benchmark: analyze() on hostile input grows linearly with its size.

Run: python benchmarks/bench_hostile.py [--size 100000]

For each kind of hostile text, prints the time at size N and at 10 N and the ratio; a
ratio near 10 is linear, near 100 would be quadratic. Prints figures, never asserts.
"""

from __future__ import annotations

import argparse
import random
import time

import quoteprov

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


if __name__ == "__main__":
    main()
