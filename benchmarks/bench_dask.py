"""Benchmark: a generated corpus through quoteprov on Dask — analysis on the workers, remark
grouping on the cluster, the rest of the graph on the client — with 1 and 2 workers.

Run: python benchmarks/bench_dask.py [--sizes 5000,10000] [--workers 1,2] [--seed 1]

The corpus is benchmarks/bench_corpus.py's (the seeds with new names, places and outlets,
about three articles a story), handed to the cluster as articles (the workers do not read
files here). Each size and worker count runs in a fresh process with its own LocalCluster
(one thread a worker). It prints, per run, the seconds spent analysing, grouping remarks
(on the cluster, with the client's replay of the union-find) and building the rest of the
graph on the client; articles per second over the whole run and over the analysis; the
peak resident memory of each worker and of the client; then the speed-up of 2 workers over
1, each stage's growth between sizes, and an estimate for 1,000,000 articles on 16
workers. Prints figures, never asserts.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _peak_mib() -> float:
    """This process's peak resident memory (Linux VmHWM; ru_maxrss elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(n: int, seed: int, workers: int) -> dict[str, Any]:
    """One size on one cluster, measured in this (fresh) process."""
    from bench_corpus import corpus
    from distributed import Client, LocalCluster

    import quoteprov.graph.build as build
    from quoteprov._runtime import paused_gc
    from quoteprov.distributed import analyze_results, group_remarks

    articles = corpus(n, seed)
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        client.run(lambda: None)  # the workers are up before the clock starts
        began = time.perf_counter()
        with paused_gc():
            pairs = list(analyze_results(articles, client=client))
        analysis_s = time.perf_counter() - began
        kept = [a for a, _r in pairs]
        results = [r for _a, r in pairs]
        grouping = [0.0]

        def timed(items):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return group_remarks(items, client=client)
            finally:
                grouping[0] += time.perf_counter() - started

        began = time.perf_counter()
        g = build.build_graph(results, kept, group=timed)
        graph_s = time.perf_counter() - began
        workers_peak = sorted(client.run(_peak_mib).values())
    total = analysis_s + graph_s
    return {"articles": n, "workers": workers, "quotes": sum(len(r.attributions) for r in results),
            "nodes": g.number_of_nodes(), "analysis": analysis_s, "grouping": grouping[0],
            "graph": graph_s - grouping[0], "total": total, "rate": n / total, "analysis_rate": n / analysis_s,
            "worker_peak_mib": workers_peak, "client_peak_mib": _peak_mib()}


def _estimate(rows: list[dict[str, Any]]) -> None:
    """1,000,000 articles on 16 workers, from the measured stages: the cluster's stages
    (analysis, grouping) grow by their exponent between the two largest sizes and divide by
    the workers at the efficiency measured from 1 to 2 workers; the client's (the rest of
    the graph) grow by theirs and do not divide."""
    by = {(r["articles"], r["workers"]): r for r in rows}
    sizes = sorted({r["articles"] for r in rows})
    if len(sizes) < 2 or (sizes[-1], 1) not in by or (sizes[-1], 2) not in by:
        print("\n(an estimate needs two sizes, each with 1 and 2 workers)")
        return
    small, large = sizes[-2], sizes[-1]
    scale = 1_000_000 / large
    one, two = by[(large, 1)], by[(large, 2)]
    print(f"\nestimate for 1,000,000 articles on 16 workers (from {small:,} → {large:,} articles):")
    total = 0.0
    for stage, spread in (("analysis", True), ("grouping", True), ("graph", False)):
        k = math.log(by[(large, 1)][stage] / by[(small, 1)][stage]) / math.log(large / small)
        at_scale = one[stage] * scale ** k
        if spread:
            efficiency = one[stage] / two[stage] / 2  # 1.0: two workers take half the time
            at_scale /= 16 * efficiency
            note = f"exponent {k:.2f}, 2-worker efficiency {efficiency:.2f}"
        else:
            note = f"exponent {k:.2f}, on the client"
        total += at_scale
        print(f"  {stage:<9} {at_scale / 60:7.1f} min  ({note})")
    kib = (one["client_peak_mib"] - by[(small, 1)]["client_peak_mib"]) * 1024 / (large - small)
    worker = max(two["worker_peak_mib"]) - max(by[(small, 2)]["worker_peak_mib"])
    print(f"  total     {total / 60:7.1f} min")
    print(f"  client memory about {kib * 1_000_000 / 2**20:.0f} GiB ({kib:.0f} KiB an article from {small:,} to "
          f"{large:,}: every result and the graph are kept there); a worker's peak grew {worker:+.0f} MiB "
          f"from {small:,} to {large:,} articles on 2 workers")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="5000,10000")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-workers", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.seed, args.child_workers)))
        return
    rows = []
    print(f"{'articles':>9} {'workers':>7} {'quotes':>8} {'analysis s':>11} {'grouping s':>11} {'graph s':>8} "
          f"{'total s':>8} {'articles/s':>10} {'analysed/s':>10} {'worker peak MiB':>16} {'client MiB':>10}")
    for n in (int(x) for x in args.sizes.split(",")):
        for workers in (int(x) for x in args.workers.split(",")):
            out = subprocess.run([sys.executable, __file__, "--child", str(n), "--child-workers", str(workers),
                                  "--seed", str(args.seed)], capture_output=True, text=True, check=True).stdout
            row = json.loads(out.splitlines()[-1])
            rows.append(row)
            peaks = "/".join(f"{p:.0f}" for p in row["worker_peak_mib"])
            print(f"{n:>9,} {workers:>7} {row['quotes']:>8,} {row['analysis']:>11.1f} {row['grouping']:>11.1f} "
                  f"{row['graph']:>8.1f} {row['total']:>8.1f} {row['rate']:>10.0f} {row['analysis_rate']:>10.0f} "
                  f"{peaks:>16} {row['client_peak_mib']:>10.0f}", flush=True)
    print("\n2 workers against 1 (articles/s over the whole run; the analysis alone):")
    by = {(r["articles"], r["workers"]): r for r in rows}
    for n in sorted({r["articles"] for r in rows}):
        if (n, 1) in by and (n, 2) in by:
            print(f"  {n:,}: {by[(n, 2)]['rate'] / by[(n, 1)]['rate']:.2f}x, "
                  f"analysis {by[(n, 2)]['analysis_rate'] / by[(n, 1)]['analysis_rate']:.2f}x")
    _estimate(rows)


if __name__ == "__main__":
    main()
