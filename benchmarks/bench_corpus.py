"""Benchmark: a whole corpus through quoteprov — analysis, remark grouping, the graph —
at growing sizes, each size in a fresh process, with each stage's growth exponent.

Run: python benchmarks/bench_corpus.py [--sizes 1000,10000,50000] [--seed 1] [--jobs N] [--keep]

The corpus is generated from the five seed articles: article i is seed i % 5 with the
names of its people, places and outlets replaced by those of story i // 3 (so about three
articles tell each story, relaying each other's quotes, and a surname is shared by a few
hundred people at 50,000 articles, as in a real archive), and a story-specific number in
its quotes; "Trump" is kept in every story, as a head of state is quoted across an
archive, so a few remarks gather thousands of printings.

By default the corpus runs as `quoteprov graph -o` runs it: the articles come one at a
time, each analysis is let go once its article is in the graph (graph_of), and the
node-link JSON is streamed out (to /dev/null here). ``--keep`` runs it as
analyze_corpus does instead, every article and result kept beside the graph (what the
report and the notebook need). Per size it prints the seconds spent analysing, grouping
remarks (group_remarks), building the rest of the graph and writing its JSON, the total,
and the peak resident memory of the process (Linux VmHWM); then the exponent of each stage
between consecutive sizes (1.0 = linear), and a guess at a million articles. Prints
figures, never asserts.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# What the seeds name, and the pools the generated stories draw from instead.
SEED_NAMES = {
    "Sergey Lavrov": "person", "Sergei Lavrov": "person", "Lavrov": "surname",
    "Volodymyr Zelensky": "person", "Zelensky": "surname", "Vladimir Putin": "person", "Putin": "surname",
}
GIVEN = ["Mara", "Tomas", "Ilse", "Ravi", "Odile", "Kenji", "Petra", "Anouk", "Bram", "Celia", "Dmitri", "Esme",
         "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaia", "Lars", "Mina", "Nadia", "Oskar", "Paula", "Quentin"]
FAMILY = ["Keel", "Varga", "Ostrander", "Mbeki", "Lindqvist", "Quarrie", "Tesfaye", "Halloran", "Brisk", "Duvall",
          "Ferrante", "Gosling", "Hartigan", "Ivers", "Jablonski", "Kettering", "Lowell", "Marchetti", "Nyland",
          "Orsini", "Pellegrin", "Rasmussen", "Sorensen", "Thackeray", "Umberto", "Valdez", "Whitlock", "Yardley"]
PLACES = ["Lorvania", "Castelmar", "Ostreva", "Brindle", "Quorra", "Valmont", "Teskar", "Amberly"]
OUTLETS = ["TASS", "The Hill", "Just The News", "New York Post", "Time", "Sky News"]
NEW_OUTLETS = ["Reuters", "Agence France-Presse", "The Guardian", "Bloomberg", "Politico", "Axios", "CNN", "BBC"]


def corpus(n: int, seed: int) -> list[object]:
    """The generated corpus as a list."""
    return list(generate(n, seed))


def generate(n: int, seed: int) -> Iterator[Any]:
    """The generated articles one at a time (as a folder's files are read)."""
    from quoteprov.corpus import Article, load_articles

    seeds = sorted(load_articles([ROOT / "seeds"]), key=lambda a: a.id)
    rng = random.Random(seed)
    for i in range(n):
        story = i // 3
        srng = random.Random(seed * 1_000_003 + story)
        people = {k: (srng.choice(GIVEN), srng.choice(FAMILY)) for k in ("Lavrov", "Zelensky", "Putin")}
        text = seeds[i % len(seeds)].text
        for name, kind in SEED_NAMES.items():
            surname = name.split()[-1]
            given, family = people[surname]
            text = text.replace(name, family if kind == "surname" else f"{given} {family}")
        text = text.replace("Ukraine", PLACES[story % len(PLACES)]).replace("20 years", f"{srng.randint(2, 90)} years")
        for outlet in OUTLETS:
            text = text.replace(outlet, NEW_OUTLETS[(story + OUTLETS.index(outlet)) % len(NEW_OUTLETS)])
        yield Article(f"a{i:07d}", text, published=f"2025-01-{1 + rng.randrange(28):02d}")


def _status_mib(field: str) -> float | None:
    """A memory figure of this process from Linux's /proc/self/status (None elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _peak_mib() -> float:
    found = _status_mib("VmHWM")
    if found is not None:
        return found
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mib() -> float:
    found = _status_mib("VmRSS")
    return found if found is not None else float("nan")


class _Clock:
    """Seconds spent inside an iterator's next() and inside a function, kept apart."""

    def __init__(self) -> None:
        self.analysis = 0.0
        self.grouping = 0.0

    def through(self, items: Iterator[Any]) -> Iterator[Any]:
        while True:
            began = time.perf_counter()
            try:
                item = next(items)
            except StopIteration:
                self.analysis += time.perf_counter() - began
                return
            self.analysis += time.perf_counter() - began
            yield item

    def group(self, items: Any) -> Any:
        from quoteprov.remarks import group_remarks

        began = time.perf_counter()
        try:
            return group_remarks(items)
        finally:
            self.grouping += time.perf_counter() - began


def child(n: int, seed: int, jobs: int, keep: bool) -> dict[str, float]:
    """One size, measured in this (fresh) process: as `quoteprov graph -o` runs (articles
    read one at a time, each analysis let go once its article is in the graph, the JSON
    streamed to a file), or with ``keep`` as analyze_corpus runs (every article and
    result kept beside the graph, as the report needs them)."""
    from quoteprov._runtime import paused_gc
    from quoteprov.graph import build_graph, graph_of, write_json
    from quoteprov.parallel import analyze_results

    texts = [0]

    def articles() -> Iterator[Any]:
        for article in generate(n, seed):
            texts[0] += sys.getsizeof(article.text)
            yield article

    clock = _Clock()
    began = time.perf_counter()
    with paused_gc():  # as the command and analyze_corpus do
        pairs = clock.through(analyze_results(articles(), jobs=jobs))
        if keep:
            kept = list(pairs)
            g = build_graph([r for _a, r in kept], [a for a, _r in kept], group=clock.group)
        else:
            g = graph_of(pairs, group=clock.group)
    graph_s = time.perf_counter() - began - clock.analysis - clock.grouping
    began = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        write_json(g, sink)
    write_s = time.perf_counter() - began
    quotes = sum(1 for _n, d in g.nodes(data=True) if d.get("kind") == "quote")
    return {"articles": n, "quotes": quotes, "nodes": g.number_of_nodes(),
            "analysis": clock.analysis, "grouping": clock.grouping, "graph": graph_s, "write": write_s,
            "total": clock.analysis + clock.grouping + graph_s + write_s, "peak_mib": _peak_mib(),
            "texts_mib": texts[0] / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1, help="processes analysing the articles (default 1)")
    parser.add_argument("--keep", action="store_true",
                        help="keep every article and result beside the graph, as analyze_corpus does")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.seed, args.jobs, args.keep)))
        return
    rows = []
    print(f"jobs {args.jobs}; " + ("every article and result kept (analyze_corpus)" if args.keep
                                   else "streamed, as `quoteprov graph -o` runs"))
    print(f"{'articles':>9} {'quotes':>8} {'analysis s':>11} {'grouping s':>11} {'graph s':>8} {'write s':>8} "
          f"{'total s':>8} {'peak MiB':>9} {'texts MiB':>10}")
    for n in (int(x) for x in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--child", str(n), "--seed", str(args.seed),
                              "--jobs", str(args.jobs), *(["--keep"] if args.keep else [])],
                             capture_output=True, text=True, check=True).stdout
        row = json.loads(out.splitlines()[-1])
        rows.append(row)
        print(f"{n:>9,} {row['quotes']:>8,} {row['analysis']:>11.1f} {row['grouping']:>11.2f} {row['graph']:>8.2f} "
              f"{row['write']:>8.2f} {row['total']:>8.1f} {row['peak_mib']:>9.0f} {row['texts_mib']:>10.0f}",
              flush=True)
    print("\ngrowth exponents (time ∝ articles^k; 1.0 = linear):")
    for a, b in zip(rows, rows[1:]):
        ratio = math.log(b["articles"] / a["articles"])
        parts = [f"{stage} {math.log(max(b[stage], 1e-9) / max(a[stage], 1e-9)) / ratio:.2f}"
                 for stage in ("analysis", "grouping", "graph", "write", "total", "peak_mib")]
        print(f"  {a['articles']:,} → {b['articles']:,}: " + ", ".join(parts))
    if len(rows) >= 2:
        last, prev = rows[-1], rows[-2]
        k = math.log(last["total"] / prev["total"]) / math.log(last["articles"] / prev["articles"])
        per = (last["peak_mib"] - prev["peak_mib"]) / (last["articles"] - prev["articles"])
        print(f"\nat 1,000,000 articles, by the last exponent ({k:.2f}): "
              f"~{last['total'] * (1_000_000 / last['articles']) ** k / 60:.0f} minutes; peak memory by the last "
              f"growth ({per * 1024:.1f} KiB an article): ~{(last['peak_mib'] + per * (1_000_000 - last['articles'])) / 1024:.1f} GiB")


if __name__ == "__main__":
    main()
