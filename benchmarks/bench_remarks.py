"""Benchmark: group_remarks() at 10k, 100k and 1M printed quotes, timed and scored.

Run: python benchmarks/bench_remarks.py [--sizes 10000,100000,1000000] [--seed 1]

Each size runs in its own child process (a fresh interpreter, so one size's memory does
not weigh on the next). The child builds a synthetic corpus with known remark groups
(see benchmarks/synthetic.py: originals and their exact, shortened, elided, bracketed-
insertion and re-worded variants, group sizes 1–8, about N/3.2 remarks), then:

- times one call of group_remarks() with time.perf_counter (corpus building excluded);
- measures memory in that same run without tracemalloc: the peak resident set size of
  the process while grouping (Linux VmHWM, reset through /proc/self/clear_refs after the
  corpus is built, so it is the corpus plus everything grouping needs at its peak; where
  the reset is not allowed it falls back to resource.getrusage's ru_maxrss, which also
  counts corpus building). "grouping MiB" is that peak minus the resident size before
  the call. Optionally (--tracemalloc-max) a second child per size measures the peak of
  Python allocations inside group_remarks with tracemalloc, which slows the call down,
  so its time is not reported;
- scores the grouping by pairs: precision = true pairs among the pairs within predicted
  groups, recall = predicted pairs among the pairs within true groups, F1. All counted
  from group sizes per (predicted, true) cell, in O(N), never by listing pairs; likewise
  recall and precision of the pairs involving each kind of variant (a pair involves kind
  k if either quote is of kind k; in a group of n with m such quotes, C(n,2) - C(n-m,2)),
  and the share of each kind's variants that end up with their own original;
- times, in the same child and before grouping, a linear baseline pass over the same quotes (normalise each
  and file it in one dict): its growth from one size to the next is the machine's own
  cost of a larger heap, printed beside grouping's growth.

Prints figures, never asserts. Targets (issue): 10x the quotes costs at most 12x the
time; 1M quotes in under 10 minutes; pairwise F1 >= 0.9. --remarks-module PATH groups
with a copy of quoteprov/remarks.py at PATH instead (to measure a proposed change).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib.util
import itertools
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402  (found through the sys.path line above)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def load_remarks(path: str | None) -> Any:
    if path is None:
        from quoteprov import remarks

        return remarks
    spec = importlib.util.spec_from_file_location("remarks_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # attrs needs the module registered
    spec.loader.exec_module(module)
    return module


def _status_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak_rss() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def pair_scores(pred: list[int], truth: list[int], kinds: list[int]) -> dict[str, Any]:
    """Pairwise precision, recall and F1, overall and for pairs involving each kind."""

    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    # Group sizes keyed by (predicted,), (true,) and (predicted, true); the same with the kind appended.
    Sizes = Counter[tuple[int, ...]]
    pred_size: Sizes = Counter((p,) for p in pred)
    true_size: Sizes = Counter((t,) for t in truth)
    cell: Sizes = Counter(zip(pred, truth))
    pred_kind: Sizes = Counter(zip(pred, kinds))
    true_kind: Sizes = Counter(zip(truth, kinds))
    cell_kind: Sizes = Counter(zip(pred, truth, kinds))

    tp = sum(pairs(c) for c in cell.values())
    predicted = sum(pairs(c) for c in pred_size.values())
    actual = sum(pairs(c) for c in true_size.values())

    def involving(size: Sizes, of_kind: Sizes, k: int) -> int:
        """Pairs involving a quote of kind k: in a group of n holding m of them, C(n,2) - C(n-m,2)."""
        return sum(pairs(size[key[:-1]]) - pairs(size[key[:-1]] - m) for key, m in of_kind.items() if key[-1] == k)

    per_kind: dict[str, dict[str, float | int | None]] = {}
    for k, name in enumerate(synthetic.KINDS):
        tp_k = involving(cell, cell_kind, k)
        pred_k = involving(pred_size, pred_kind, k)
        true_k = involving(true_size, true_kind, k)
        per_kind[name] = {
            "true_pairs": true_k,
            "recall": tp_k / true_k if true_k else None,
            "precision": tp_k / pred_k if pred_k else None,
        }
    # Recall of the pair (original, variant) by variant kind: does each variant join its own original?
    original_of: dict[int, int] = {}
    for i, (t, k) in enumerate(zip(truth, kinds)):
        if k == 0:
            original_of[t] = i
    direct_hit: Counter[int] = Counter()
    direct_all: Counter[int] = Counter()
    for i, (t, k) in enumerate(zip(truth, kinds)):
        if k and t in original_of:
            direct_all[k] += 1
            direct_hit[k] += pred[i] == pred[original_of[t]]
    for k, name in enumerate(synthetic.KINDS):
        if k:
            per_kind[name]["with_original"] = direct_hit[k] / direct_all[k] if direct_all[k] else None

    precision = tp / predicted if predicted else 1.0
    recall = tp / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    impure = sum(1 for n in Counter(p for p, _t in cell).values() if n > 1)
    return {
        "precision": precision, "recall": recall, "f1": f1, "true_pairs": actual, "predicted_pairs": predicted,
        "true_groups": len(true_size), "predicted_groups": len(pred_size),
        "largest_group": max(pred_size.values(), default=0),
        "impure_groups": impure, "per_kind": per_kind,
    }


def child(n: int, seed: int, mode: str, module_path: str | None) -> dict[str, Any]:
    remarks = load_remarks(module_path)
    log(f"N={n:,}: building corpus ({mode} run)")
    start = time.perf_counter()
    corpus = synthetic.build(n, seed)
    items = [remarks.Printed(t, s, o) for t, s, o in zip(corpus.texts, corpus.speakers, corpus.outlets)]
    built = time.perf_counter() - start
    log(f"N={n:,}: {len(set(corpus.truth)):,} remarks built in {built:.1f} s; grouping")
    gc.collect()
    result: dict[str, Any] = {"n": n, "mode": mode, "build_seconds": built}
    if mode == "trace":
        import tracemalloc

        tracemalloc.start()
        remarks.group_remarks(items)
        result["traced_peak_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        log(f"N={n:,}: traced peak {result['traced_peak_mib']:.0f} MiB")
        return result
    # A linear baseline in the same process, before grouping: one pass that normalises
    # every quote and files it in one dict. How its time grows with N is this machine's
    # own cost of a larger heap, the floor against which grouping's growth is read.
    start = time.perf_counter()
    filed = {remarks.normalise(text): i for i, text in enumerate(corpus.texts)}
    result["baseline_seconds"] = time.perf_counter() - start
    del filed
    gc.collect()
    reset = _reset_peak_rss()
    before = _status_kib("VmRSS")
    start = time.perf_counter()
    grouped = remarks.group_remarks(items)
    seconds = time.perf_counter() - start
    peak = _status_kib("VmHWM") if reset else None
    if peak is None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        result["memory_source"] = "ru_maxrss (includes building)"
    else:
        result["memory_source"] = "VmHWM reset after building"
    result.update(seconds=seconds, peak_mib=peak / 1024, base_mib=(before or 0) / 1024)
    log(f"N={n:,}: grouped in {seconds:.1f} s into {len(grouped.groups):,} groups; scoring")
    pred = [0] * n
    for g, group in enumerate(grouped.groups):
        for i in group:
            pred[i] = g
    result.update(pair_scores(pred, corpus.truth, corpus.kinds))
    result["links"] = dict(Counter(link.method for link in grouped.links))
    return result


def run_child(n: int, args: argparse.Namespace, mode: str) -> dict[str, Any] | None:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", str(n), "--seed", str(args.seed), "--mode", mode]
    if args.remarks_module:
        cmd += ["--remarks-module", args.remarks_module]
    proc = subprocess.run(cmd, check=False, stdout=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        log(f"N={n:,}: child exited with {proc.returncode}")
        return None
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def fmt(x: float | None, spec: str) -> str:
    return "—" if x is None else format(x, spec)


def report(results: list[dict[str, Any]], traced: dict[int, float], args: argparse.Namespace) -> None:
    module = Path(args.remarks_module or load_remarks(None).__file__)
    digest = hashlib.md5(module.read_bytes()).hexdigest()[:12]
    runs = f"best of {args.repeat} runs" if args.repeat > 1 else "one run"
    print(f"group_remarks() from {module} (md5 {digest}) on synthetic corpora, seed {args.seed}; "
          f"time and RSS: {runs} per size, each in a fresh child process")
    head = (f"{'N':>9} {'remarks':>8} {'seconds':>8} {'quotes/s':>9} {'peak MiB':>9} {'grouping':>9} {'traced':>8} "
            f"{'precision':>9} {'recall':>7} {'F1':>6} {'t ratio':>8} {'groups':>8} {'largest':>7}")
    print(head)
    print("-" * len(head))
    prev = None
    for r in results:
        ratio = None
        if prev is not None:
            ratio = r["seconds"] / prev["seconds"]
        print(f"{r['n']:>9,} {r['true_groups']:>8,} {r['seconds']:>8.2f} {r['n'] / r['seconds']:>9,.0f} "
              f"{r['peak_mib']:>9.0f} {r['peak_mib'] - r['base_mib']:>9.0f} {fmt(traced.get(r['n']), '8.0f'):>8} "
              f"{r['precision']:>9.4f} {r['recall']:>7.4f} {r['f1']:>6.4f} "
              f"{(fmt(ratio, '.2f') + 'x') if ratio else '—':>8} {r['predicted_groups']:>8,} {r['largest_group']:>7,}")
        prev = r
    print()
    print("peak MiB: peak RSS of the child while grouping (corpus included); grouping: that peak minus RSS before "
          "the call;\ntraced: tracemalloc peak inside group_remarks (separate run). t ratio: time / time of the "
          "previous size;\ngroups: predicted groups; largest: size of the largest predicted group (true groups have "
          "at most 8).")
    if results:
        print(f"memory source: {results[0]['memory_source']}")
    print()
    kinds = synthetic.KINDS
    print("per kind of quote: recall (precision) of pairs involving one; 'with original': share of such variants "
          "grouped with their original")
    print(f"{'N':>9} " + " ".join(f"{k:>19}" for k in kinds))
    for r in results:
        cells = []
        for k in kinds:
            pk = r["per_kind"][k]
            cells.append(f"{fmt(pk['recall'], '.4f')} ({fmt(pk['precision'], '.4f')})")
        print(f"{r['n']:>9,} " + " ".join(f"{c:>19}" for c in cells))
    print(f"{'':>9} " + " ".join(f"{'with original':>19}" if k != 'original' else f"{'':>19}" for k in kinds))
    for r in results:
        cells = [fmt(r["per_kind"][k].get("with_original"), ".4f") if k != "original" else "" for k in kinds]
        print(f"{r['n']:>9,} " + " ".join(f"{c:>19}" for c in cells))
    print()
    for r in results:
        links = ", ".join(f"{m} {c:,}" for m, c in sorted(r["links"].items(), key=lambda x: -x[1]))
        print(f"N={r['n']:,}: links by method: {links}; impure predicted groups: {r['impure_groups']:,}")
    print()
    for a, b in itertools.pairwise(results):
        ratio = b["seconds"] / a["seconds"]
        scale = b["n"] / a["n"]
        allowed = 1.2 * scale
        base = ""
        if a.get("baseline_seconds") and b.get("baseline_seconds"):
            base = f"; the linear baseline pass: {b['baseline_seconds'] / a['baseline_seconds']:.2f}x"
        print(f"scaling {a['n']:,} -> {b['n']:,} ({scale:.0f}x quotes): {ratio:.2f}x time "
              f"(target <= {allowed:.0f}x): {'met' if ratio <= allowed else 'NOT met'}{base}")
    for r in results:
        if r["n"] >= 1_000_000:
            print(f"{r['n']:,} quotes in {r['seconds'] / 60:.1f} min (target < 10 min): "
                  f"{'met' if r['seconds'] < 600 else 'NOT met'}")
    for r in results:
        print(f"N={r['n']:,}: pairwise F1 {r['f1']:.4f} (target >= 0.9): {'met' if r['f1'] >= 0.9 else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=1,
                        help="timed runs per size, each in its own child; the fastest is shown")
    parser.add_argument("--tracemalloc-max", type=int, default=100_000,
                        help="also measure the tracemalloc peak, in a separate run, for sizes up to this (0: never)")
    parser.add_argument("--remarks-module", help="path of a copy of quoteprov/remarks.py to benchmark instead")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="time", choices=("time", "trace"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.seed, args.mode, args.remarks_module)))
        return
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    log(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; remarks module: "
        f"{args.remarks_module or 'quoteprov.remarks'}")
    results: list[dict[str, Any]] = []
    traced: dict[int, float] = {}
    for n in sizes:
        runs = [r for r in (run_child(n, args, "time") for _ in range(max(1, args.repeat))) if r is not None]
        if runs:
            best = min(runs, key=lambda r: r["seconds"])
            if len(runs) > 1:
                log(f"N={n:,}: times of the runs: " + ", ".join(f"{r['seconds']:.2f}" for r in runs))
            results.append(best)
        if n <= args.tracemalloc_max:
            t = run_child(n, args, "trace")
            if t is not None:
                traced[n] = t["traced_peak_mib"]
    report(results, traced, args)


if __name__ == "__main__":
    main()
