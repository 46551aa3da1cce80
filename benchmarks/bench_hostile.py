"""Benchmark: analyze() on hostile input grows linearly with its size, in bounded memory.

Run: python benchmarks/bench_hostile.py [--sizes 100000,1000000,10000000] [--no-limit]

For each kind of hostile text and each size, one fresh child process analyses it and
reports the time, its peak resident memory and what came of it (how many quotes, or that
the text was refused as over ``quoteprov.analysis.MAX_CHARS``); the growth exponent
between sizes is log(t2/t1)/log(n2/n1): 1 is linear, 2 quadratic. ``--no-limit`` analyses
every size whole (``max_chars=None``), to see what the limit spares. The last lines time
remark grouping (two "quotes" of N characters that differ by one word: what an unclosed
mark in two copies of a hostile text gives) and the citation graph of one article of N
characters that names an intermediary and a source in every line, at N and 10 N. Prints
figures, never asserts.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import subprocess
import sys
import time

KINDS = {
    "random text with marks": lambda n, rnd: "".join(rnd.choice('abc DEF "“”‘’\'«»„ .,:;\n—') for _ in range(n)),
    "unmatched “": lambda n, rnd: "“" * n,
    'straight "': lambda n, rnd: '"' * n,
    'alternating "a"': lambda n, rnd: ('"a" ' * (n // 4 + 1))[:n],
    "nested quotes": lambda n, rnd: ("“a ‘b “c ‘d ’ c” b’ a” " * (n // 24 + 1))[:n],
    "apostrophes": lambda n, rnd: "’" * n,
    "one paragraph of quotes": lambda n, rnd: ("“a,” he said. " * (n // 14 + 1))[:n],
    "“q,” he said lines": lambda n, rnd: ("“q,” he said.\n" * (n // 14 + 1))[:n],
    "capitalised words": lambda n, rnd: ("Abc Def " * (n // 8 + 1))[:n],
    "capitalised run + reported": lambda n, rnd: ("Abc Bcd Cde Def Efg Fgh reported " * (n // 33 + 1))[:n],
    "giant paragraph, quote at ends": lambda n, rnd: (
        "“Start,” Jane Doe said " + ("Jane Doe met Bob Roe and the Mayor of Springfield and " * (n // 55 + 1))[:n]
        + " “End,” she said."
    ),
    "many speakers and outlets": lambda n, rnd: "\n".join(
        f"“Point {i},” Name{chr(65 + i % 26)}{i} Person{i} told Outlet{i} News." for i in range(n // 50 + 1)
    )[:n],
    "wire copy in one paragraph": lambda n, rnd: ("“We will win,” Jane Doe told Reuters. " * (n // 38 + 1))[:n],
    '"he told Reuters." repeated': lambda n, rnd: ("he told Reuters. " * (n // 17 + 1))[:n],
    "colon lines": lambda n, rnd: ("Lavrov said:\nNo marks here.\n" * (n // 28 + 1))[:n],
    # one phrase quoted thousands of times, told to an outlet and not: the repeated-words rule
    "one phrase quoted over and over": lambda n, rnd: (
        "“We will win the vote,” Ann Cole told the Valley Post.\n\nA sign read “we will win the vote” there.\n\n"
        * (n // 100 + 1))[:n],
    # a sentence that never ends, of relative clauses, programmes and "went on to say"
    "one sentence of relative clauses": lambda n, rnd: (
        "Ann Cole, who said it was “a wreck,” and Dan Lee on Harbour TV giving in, and she goes on to add “no more” "
        * (n // 105 + 1))[:n],
    "one long line": lambda n, rnd: ("x" * n),
}


def child(kind: str, n: int, limit: bool) -> dict[str, object]:
    import quoteprov

    quoteprov.analyze("warm up")
    text = KINDS[kind](n, random.Random(7))
    start = time.perf_counter()
    try:
        outcome = f"{len(quoteprov.analyze(text, **({} if limit else {'max_chars': None})).attributions)} quotes"
    except quoteprov.TextTooLongError:
        outcome = "refused: over max_chars"
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return {"seconds": seconds, "peak_mb": peak, "outcome": outcome}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000,10000000", help="N, in characters, comma-separated")
    parser.add_argument("--no-limit", action="store_true", help="analyse every size whole (max_chars=None)")
    parser.add_argument("--kinds", default="", help="only these kinds (comma-separated substrings)")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]), not args.no_limit)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    wanted = [k for k in KINDS if not args.kinds or any(w in k for w in args.kinds.split(","))]
    print(f"{'input':32} {'N':>11} {'seconds':>8} {'peak MB':>8} {'growth':>7}  outcome")
    for kind in wanted:
        previous: tuple[int, float] | None = None
        for n in sizes:
            command = [sys.executable, __file__, "--child", kind, str(n)] + (["--no-limit"] if args.no_limit else [])
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode:
                print(f"{kind:32} {n:>11,} failed: {done.stderr.strip().splitlines()[-1:]}")
                break
            r = json.loads(done.stdout)
            growth = ""
            if previous and previous[1] > 0.02 and not str(r["outcome"]).startswith("refused"):
                growth = f"{math.log(r['seconds'] / previous[1]) / math.log(n / previous[0]):.2f}"
            print(f"{kind:32} {n:>11,} {r['seconds']:8.2f} {r['peak_mb']:8.0f} {growth:>7}  {r['outcome']}", flush=True)
            previous = (n, r["seconds"])
    n = sizes[0]
    t1, t10 = grouped(n), grouped(10 * n)
    print(f"{'grouping two giant quotes':32} {n:>11,} {t1:8.3f} {t10:8.3f} (at 10 N) ratio {t10 / max(t1, 1e-9):.1f}")
    t1, t10 = graphed(n), graphed(10 * n)
    print(f"{'graph of one cited article':32} {n:>11,} {t1:8.3f} {t10:8.3f} (at 10 N) ratio {t10 / max(t1, 1e-9):.1f}")


def graphed(n: int) -> float:
    from quoteprov.corpus import Article
    from quoteprov.graph import analyze_corpus

    line = "According to The Hill, Lavrov told TASS: “We are not happy.”\n"
    start = time.perf_counter()
    analyze_corpus([Article("a", (line * (n // len(line) + 1))[:n])], max_chars=None)
    return time.perf_counter() - start


def grouped(n: int) -> float:
    from quoteprov.remarks import Printed, group_remarks

    rnd = random.Random(7)
    words = [f"w{rnd.randrange(50_000)}" for _ in range(n // 6)]
    a, b = " ".join(words), " ".join(words[1:] + ["extra"])
    start = time.perf_counter()
    group_remarks([Printed(a, "x"), Printed(b, "x")])
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
