"""quoteprov on Dask gives what one process gives: the same quotes, remark groups, remark ids,
graph and exported bytes, on a real LocalCluster of two worker processes with different
PYTHONHASHSEEDs; a worker killed mid-run loses and duplicates nothing; bad input is one
line per article and the run goes on. No timing is asserted (benchmarks/bench_dask.py)."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from quoteprov.cli import main  # noqa: E402
from quoteprov.corpus import Article, load_articles  # noqa: E402
from quoteprov.distributed import (  # noqa: E402
    FileRef,
    analyze_corpus,
    analyze_results,
    connect,
    file_refs,
    group_remarks,
    write_outputs,
)
from quoteprov.graph import analyze_corpus as analyze_single  # noqa: E402
from quoteprov.graph import dumps, to_json  # noqa: E402
from quoteprov.parallel import analyze_results as analyze_serial  # noqa: E402
from quoteprov.remarks import Printed, RemarkGroups  # noqa: E402
from quoteprov.remarks import group_remarks as group_single  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
#: generated articles (benchmarks/bench_corpus.py: about three a story, relaying each other)
GENERATED = 2_000


def _generated(n: int, seed: int) -> list[Article]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_corpus import corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return corpus(n, seed)  # type: ignore[no-any-return]


def _probe() -> tuple[str | None, int, int]:
    return os.environ.get("PYTHONHASHSEED"), hash("quoteprov"), os.getpid()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A LocalCluster of two worker processes, the first with PYTHONHASHSEED 1, the second
    with 2. (Dask's nanny gives every worker 6640 unless its config names a seed; the
    parent's environment variable, read when each nanny is made, takes precedence.)"""
    before = os.environ.get("PYTHONHASHSEED")
    with dask.config.set({"distributed.nanny.pre-spawn-environ.PYTHONHASHSEED": "1"}):
        os.environ["PYTHONHASHSEED"] = "1"
        cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                           dashboard_address=":0")
        os.environ["PYTHONHASHSEED"] = "2"
        cluster.scale(2)
        client = distributed.Client(cluster)
        client.wait_for_workers(2)
    if before is None:
        os.environ.pop("PYTHONHASHSEED", None)
    else:
        os.environ["PYTHONHASHSEED"] = before
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def test_workers_hash_strings_differently(client: Any) -> None:
    seeds = sorted(client.run(_probe).values())
    assert [s[0] for s in seeds] == ["1", "2"]
    assert seeds[0][1] != seeds[1][1]  # so a key made with hash(str) would differ between them


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds and the dev corpus as files, and the generated articles as JSON Lines
    files of 250 (one task reads one file), all read by the workers."""
    folder = tmp_path_factory.mktemp("corpus")
    generated = _generated(GENERATED, 11)
    for start in range(0, len(generated), 250):
        lines = [json.dumps({"id": a.id, "text": a.text, "published": a.published}) for a in generated[start : start + 250]]
        (folder / f"generated_{start:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _paths(corpus_dir: Path) -> list[Path]:
    return [ROOT / "seeds", ROOT / "tests" / "data" / "dev", corpus_dir]


def _sorted_json(g: Any) -> str:
    data = to_json(g)
    nodes = sorted(json.dumps(n, sort_keys=True, ensure_ascii=False) for n in data["nodes"])
    edges = sorted(json.dumps(e, sort_keys=True, ensure_ascii=False) for e in data["edges"])
    return "\n".join(nodes + edges)


def test_same_quotes_remarks_and_graph_as_one_process(client: Any, corpus_dir: Path) -> None:
    grouped: list[tuple[Sequence[Printed], RemarkGroups]] = []

    def recording(items: Sequence[Printed]) -> RemarkGroups:
        found = group_remarks(items, client=client, partition=4_000)  # several partitions: real shuffles
        grouped.append((items, found))
        return found

    import quoteprov.distributed.corpus as on_dask

    errors: list[str] = []
    original = on_dask.group_remarks
    on_dask.group_remarks = lambda items, client: recording(items)  # type: ignore[assignment]
    try:
        spread = analyze_corpus(_paths(corpus_dir), client, errors=errors)
    finally:
        on_dask.group_remarks = original
    single = analyze_single(list(load_articles(_paths(corpus_dir))))
    assert errors == []
    assert len(spread.analyses) == len(single.analyses) == 5 + 22 + GENERATED
    assert [a.id for a in spread.articles] == [a.id for a in single.articles]
    assert [r.to_dict() for r in spread.analyses] == [r.to_dict() for r in single.analyses]
    [(items, found)] = grouped
    assert found == group_single(items)  # groups, their order, links and link kinds
    assert len(found.groups) < len(items)  # remarks were grouped across articles
    remarks = sorted(n for n in spread.graph if n.startswith("remark:"))
    assert remarks == sorted(n for n in single.graph if n.startswith("remark:"))
    assert _sorted_json(spread.graph) == _sorted_json(single.graph)
    assert dumps(spread.graph) == dumps(single.graph)  # and in the same order


def test_grouping_on_synthetic_quotes(client: Any) -> None:
    """Speakers known and unknown, copies, elisions, re-wordings and stock phrases."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import synthetic
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    made = synthetic.build(6_000, 5)
    items = [Printed(t, s, o) for t, s, o in zip(made.texts, made.speakers, made.outlets)]
    assert group_remarks(items, client=client, partition=1_500) == group_single(items)
    assert group_remarks([], client=client) == group_single([])


def _cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _run(argv: list[str], seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "quoteprov", *argv], cwd=ROOT, env=env, capture_output=True,
                          check=True, timeout=300)
    return done.stdout


def test_exports_are_byte_identical_across_hash_seeds_and_dask(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(ROOT)  # the articles' source paths, as given, are in the exports
    paths = ["seeds", "tests/data/dev"]
    first = _run(["graph", *paths], "1")
    assert _run(["graph", *paths], "2") == first
    assert _run(["graph", *paths, "--workers", "2"], "3") == first
    code, out, _err = _cli(["graph", *paths, "--scheduler", client.scheduler.address])
    assert code == 0 and out.encode() == first
    extract = _run(["extract", *paths], "4")
    code, out, _err = _cli(["extract", *paths, "--scheduler", client.scheduler.address])
    assert code == 0 and out.encode() == extract
    # Parquet and JSON Lines: from the cluster and from one process, byte for byte
    analyze_corpus(paths, client, out=tmp_path / "dask", errors=[])
    write_outputs([r for _a, r in analyze_serial(load_articles(paths))], tmp_path / "one")
    for name in ("quotes.parquet", "articles.jsonl"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "one" / name).read_bytes()
    assert (tmp_path / "dask" / "articles.jsonl").read_bytes() == extract
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "dask" / "quotes.parquet")
    texts = {a.id: a.text for a in load_articles(paths)}
    for row in table.to_pylist():
        assert texts[row["article"]][row["start"] : row["end"]] == row["text"]


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(client: Any) -> None:
    articles = _generated(400, 3)
    expected = [(a.id, r.to_dict()) for a, r in analyze_serial(articles)]
    pids = {pid for _seed, _hash, pid in client.run(_probe).values()}
    killed: list[int] = []

    def kill_one(futures: list[Any]) -> None:
        distributed.wait(futures, return_when="FIRST_COMPLETED")
        victim = min(pids)
        os.kill(victim, signal.SIGKILL)  # the nanny starts another; the scheduler reruns its tasks
        killed.append(victim)

    got = [(a.id, r.to_dict()) for a, r in analyze_results(articles, client=client, partition=16, futures=kill_one)]
    assert killed
    assert got == expected
    client.wait_for_workers(2)
    assert {pid for _seed, _hash, pid in client.run(_probe).values()} != pids


def test_bad_input_is_reported_per_article_and_the_run_goes_on(client: Any, tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "a_good.txt").write_text("“We will win,” Jane Doe told Reuters.", encoding="utf-8")
    (folder / "b_broken.txt").write_bytes(b"abc \xff\xfe not UTF-8")
    (folder / "c_long.txt").write_text("“Yes,” Ann Lee said. " * 20, encoding="utf-8")
    (folder / "d_lines.jsonl").write_text('{"id": "j1", "text": "“No,” Bo Ek said."}\nnot json\n'
                                          '{"id": "j1", "text": "again"}\n', encoding="utf-8")
    argv = ["extract", str(folder), "--max-chars", "200"]
    single = _cli(argv)
    spread = _cli([*argv, "--scheduler", client.scheduler.address])
    assert single[0] == spread[0] == 1
    assert spread[1] == single[1]
    assert spread[2] == single[2]
    assert [json.loads(line)["article"]["id"] for line in spread[1].splitlines()] == ["a_good", "j1"]
    assert spread[2].count("\n") == 4, spread[2]  # broken encoding, too long, bad JSON, id given twice
    # a file that vanished before its worker read it: one line, and the rest goes on
    errors: list[str] = []
    refs = [FileRef(str(tmp_path / "gone.txt"), "gone"), *file_refs([folder / "a_good.txt"])]
    done = list(analyze_results(refs, client=client, errors=errors))
    assert [a.id for a, _r in done] == ["a_good"]
    assert errors == [f"{tmp_path / 'gone.txt'}: cannot read (No such file or directory); skipped"]


def test_a_user_built_bag(client: Any) -> None:
    import dask.bag as db

    articles = list(load_articles([ROOT / "seeds"]))
    bag = db.from_sequence(articles, npartitions=3)
    got = [(a.id, r.to_dict()) for a, r in analyze_results(bag, client=client)]
    assert got == [(a.id, r.to_dict()) for a, r in analyze_serial(articles)]


def test_a_local_cluster_starts_while_the_dashboard_port_is_taken() -> None:
    # another cluster (a notebook's, another job's) holds 8787; warnings are errors here
    import socket

    with socket.socket() as held:
        try:
            held.bind(("0.0.0.0", 8787))
            held.listen()
        except OSError:
            pass  # already taken by someone else: the same situation
        with connect(workers=1) as client:
            assert client.submit(len, "abc").result() == 3


def test_usage_errors() -> None:
    assert _cli(["graph", "seeds", "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"])[0] == 2
    assert _cli(["graph", "seeds", "--workers", "0"])[0] == 2
    assert _cli(["graph", "seeds", "--workers", "2", "--jobs", "2"])[0] == 2


def test_importing_quoteprov_does_not_import_dask() -> None:
    code = "import sys, quoteprov, quoteprov.graph, quoteprov.cli; print(any(m.split('.')[0] in ('dask', 'distributed', 'pyarrow') for m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
