"""Every command's output on the seeds, the dev corpus and a generated corpus is the same
bytes as when tests/data/output_digests.json was last written: work meant to change no
answer (speed, memory, refactoring) is checked against the outputs as they were, not
against itself. The graph is also the same with ``--jobs 2``.

A change meant to alter an answer rewrites the digests, and says so in its commit:

    QUOTEPROV_WRITE_DIGESTS=1 python -m pytest tests/test_outputs_frozen.py
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from pathlib import Path

import pytest

from quoteprov.cli import main
from quoteprov.flags import FLAG_REASONS

ROOT = Path(__file__).resolve().parent.parent
DIGESTS = ROOT / "tests" / "data" / "output_digests.json"
WRITE = os.environ.get("QUOTEPROV_WRITE_DIGESTS") == "1"

#: each command as a user runs it (every flag reason, so that every finding shows)
COMMANDS = {
    "graph.json": ["graph", "{src}", "-o", "{out}"],
    "graph.graphml": ["graph", "{src}", "--format", "graphml", "-o", "{out}"],
    "report.html": ["report", "{src}", "-o", "{out}"],
    "extract.jsonl": ["extract", "{src}", "--format", "jsonl", "-o", "{out}"],
    "flag.jsonl": ["flag", "{src}", "--json", "--reasons", ",".join(FLAG_REASONS), "-o", "{out}"],
    "sources.json": ["sources", "{src}", "--format", "json", "-o", "{out}"],
}


def _generated(folder: Path) -> str:
    """60 generated articles (the corpus benchmark's generator) as a JSONL file."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_corpus import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    with open(folder / "generated.jsonl", "w", encoding="utf-8") as file:
        for article in generate(60, 11):
            file.write(json.dumps({"id": article.id, "text": article.text, "published": article.published},
                                  ensure_ascii=False) + "\n")
    return "generated.jsonl"


def _outputs(corpus: str, folder: Path, extra: list[str]) -> dict[str, str]:
    """sha256 and size of each command's output, run from ``folder`` on a relative path
    (the graph records each article's source path)."""
    found = {}
    for name, template in COMMANDS.items():
        out = folder / f"{corpus}.{name}"
        argv = [part.format(src=corpus, out=out.name) for part in template] + extra
        main(argv, stdout=io.StringIO(), stderr=io.StringIO())
        data = out.read_bytes()
        found[f"{corpus} {name}"] = f"{hashlib.sha256(data).hexdigest()} {len(data)}"
    return found


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("frozen")
    for corpus in ("seeds", "dev"):
        (folder / corpus).symlink_to(ROOT / ("seeds" if corpus == "seeds" else "tests/data/dev"))
    _generated(folder)
    here = Path.cwd()
    os.chdir(folder)
    try:
        found: dict[str, str] = {}
        for corpus in ("seeds", "dev", "generated.jsonl"):
            found.update(_outputs(corpus, folder, []))
        jobs = _outputs("generated.jsonl", folder, ["--jobs", "2"])
        found["generated.jsonl graph.json --jobs 2"] = jobs["generated.jsonl graph.json"]
    finally:
        os.chdir(here)
    if WRITE:
        DIGESTS.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return found


def test_every_output_is_the_same_bytes_as_recorded(outputs: dict[str, str]) -> None:
    recorded = json.loads(DIGESTS.read_text(encoding="utf-8"))
    changed = sorted(k for k in recorded.keys() | outputs.keys() if recorded.get(k) != outputs.get(k))
    assert not changed, (f"outputs changed: {changed}; if the change is meant, rewrite the digests "
                         "(see this module's docstring) and say so in the commit")


def test_the_graph_with_two_processes_is_the_serial_graph(outputs: dict[str, str]) -> None:
    assert outputs["generated.jsonl graph.json --jobs 2"] == outputs["generated.jsonl graph.json"]
