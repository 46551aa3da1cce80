"""Benchmark: words per second of quoteprov.analyze() against a regex word count, on the
seeds and on real news, end to end through ``quoteprov extract``, and peak memory as one
article grows to 10 MB.

Run: python benchmarks/bench_analyze.py [--repeat 200] [--no-big]

Prints figures, never asserts: timings on shared machines are noisy. The baseline in the
same run is a plain regex word count over the same texts (the floor any analyser pays
to read the text), so the speed ratio (baseline time / analyze time; 1.0 would be as fast
as counting the words) is comparable across machines.

- seeds: the five seed articles, ``--repeat`` times;
- real news: the PolNeAR train texts that ``../shared/realnews/check`` caches (skipped,
  with a line saying so, when the cache is absent; nothing is downloaded);
- extract: ``quoteprov extract --format jsonl`` in this process over a folder of the seeds
  copied 40 times (reading, analysing, writing JSON);
- memory: peak resident memory of a fresh process analysing one article made of the seeds
  repeated to 1, 2.5 and 10 MB (``max_chars=None``), and the MiB per MB of text.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import quoteprov  # noqa: E402  (the checkout's, not an installed copy)

REALNEWS = Path.home() / ".cache" / "quoteprov-realnews" / "polnear-train.jsonl"
WORD = regex.compile(r"\w+")


def _seeds() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def speed(name: str, texts: list[str], repeat: int) -> None:
    """analyze() over ``texts`` ``repeat`` times, against the regex count of the same."""
    words = sum(len(t.split()) for t in texts) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for text in texts:
            len(WORD.findall(text))
    baseline = time.perf_counter() - start
    start = time.perf_counter()
    quotes = 0
    for _ in range(repeat):
        for text in texts:
            quotes += len(quoteprov.analyze(text).attributions)
    elapsed = time.perf_counter() - start
    print(f"{name}: {len(texts)} texts x {repeat} = {words:,} words, {quotes:,} quotes")
    print(f"  analyze(): {elapsed:.2f} s, {words / elapsed:,.0f} words/s on one core")
    print(f"  baseline regex word count: {baseline:.3f} s, {words / baseline:,.0f} words/s")
    print(f"  speed ratio (baseline time / analyze time): {baseline / elapsed:.3f} "
          f"(analyze takes {elapsed / baseline:.1f}x the word count)")


def extract(texts: list[str], copies: int) -> None:
    """``quoteprov extract`` end to end on a folder of ``copies`` x the texts."""
    from quoteprov.cli import main

    folder = Path(tempfile.mkdtemp(prefix="quoteprov-bench-"))
    try:
        for n in range(copies):
            for i, text in enumerate(texts):
                (folder / f"a{n:04d}-{i}.txt").write_text(text, encoding="utf-8")
        words = sum(len(t.split()) for t in texts) * copies
        out = io.StringIO()
        start = time.perf_counter()
        code = main(["extract", str(folder), "--format", "jsonl"], stdout=out, stderr=io.StringIO())
        elapsed = time.perf_counter() - start
        print(f"extract: {copies * len(texts):,} files, {words:,} words: {elapsed:.2f} s, "
              f"{words / elapsed:,.0f} words/s end to end (exit {code}, {len(out.getvalue()) / 2**20:.1f} MiB of JSON)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _memory_child(size: int) -> None:
    """In a fresh process: analyse one ``size``-character article; print the peak RSS."""
    seeds = "\n\n".join(_seeds())
    text = (seeds * (size // len(seeds) + 1))[:size]
    quoteprov.analyze(text, max_chars=None)
    hwm = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
               if line.startswith("VmHWM:"))
    print(json.dumps({"chars": size, "peak_kib": hwm}))


def memory(sizes: list[int]) -> None:
    if not Path("/proc/self/status").exists():
        print("memory: skipped (needs Linux's /proc)")
        return
    rows = []
    for size in [1000] + sizes:  # a tiny article: what the interpreter and lexicons take
        out = subprocess.run([sys.executable, __file__, "--memory-child", str(size)],
                             capture_output=True, text=True, check=True).stdout
        rows.append(json.loads(out.splitlines()[-1]))
    floor = rows[0]["peak_kib"] / 1024
    print(f"memory: one article, peak RSS of a fresh process (floor {floor:.0f} MiB with a 1,000-char article)")
    for row in rows[1:]:
        mb = row["chars"] / 1e6
        peak = row["peak_kib"] / 1024
        print(f"  {mb:5.1f} MB article: {peak:7.0f} MiB peak, {(peak - floor) / mb:6.0f} MiB per MB above the floor")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="how many times to run over the seeds")
    parser.add_argument("--no-big", action="store_true", help="skip the growing-article memory figures")
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        _memory_child(args.memory_child)
        return
    seeds = _seeds()
    quoteprov.analyze(seeds[0])  # load the lexicon once, outside the timing
    speed("seeds", seeds, args.repeat)
    if REALNEWS.exists():
        real = [json.loads(line)["text"] for line in REALNEWS.read_text(encoding="utf-8").splitlines() if line]
        speed("real news (PolNeAR train)", real, 1)
    else:
        print(f"real news: skipped ({REALNEWS} is absent; ../shared/realnews/check fills it)")
    extract(seeds, 40)
    if not args.no_big:
        memory([1_000_000, 2_500_000, 10_000_000])


if __name__ == "__main__":
    main()
