"""The compact per-article result a corpus keeps (ArticleResult), and analysing in several
processes (jobs): nothing the graph, the report, the flags or the exports show is lost by
the reduction, the result survives pickle and JSON unchanged, and jobs=2 gives the serial
run's results, byte for byte."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from test_properties import ANY_TEXT

import quoteprov
from quoteprov.analysis import ArticleResult, analyze_article, analyze_articles
from quoteprov.corpus import Article, load_articles
from quoteprov.errors import TextTooLongError
from quoteprov.graph import analyze_corpus, build_graph, dumps
from quoteprov.parallel import analyze_results
from quoteprov.present import report_html

ROOT = Path(__file__).resolve().parent.parent


def _generated(n: int) -> list[Article]:
    """n articles made from the seeds with other names, numbers and outlets (the corpus
    benchmark's generator)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bench_corpus import corpus
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return corpus(n, 7)  # type: ignore[return-value]


CORPORA = {
    "seeds": lambda: list(load_articles([ROOT / "seeds"])),
    "dev": lambda: list(load_articles([ROOT / "tests" / "data" / "dev"])),
    "generated": lambda: _generated(90),
}


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_graph_report_and_table_from_compact_results_equal_those_from_whole_analyses(name: str) -> None:
    articles = CORPORA[name]()
    analyses = [analysis for _article, analysis in analyze_articles(articles)]
    compact = [analysis.compact() for analysis in analyses]
    assert [c.to_dict() for c in compact] == [a.to_dict() for a in analyses]
    whole = quoteprov.graph.Corpus(tuple(articles), tuple(analyses), build_graph(analyses, articles))
    kept = analyze_corpus(articles)
    assert kept.analyses == tuple(compact)
    assert dumps(kept.graph) == dumps(whole.graph)
    assert report_html(kept) == report_html(whole)
    pytest.importorskip("pandas")
    assert kept.to_frame().equals(whole.to_frame())


@pytest.mark.parametrize("name", ["seeds", "dev"])
def test_a_compact_result_survives_pickle_and_json_unchanged(name: str) -> None:
    for article in CORPORA[name]():
        result = analyze_article(article).compact()
        assert pickle.loads(pickle.dumps(result)) == result
        written = json.dumps(result.to_json(), ensure_ascii=False)
        assert ArticleResult.from_json(json.loads(written)) == result


@given(ANY_TEXT)
@settings(max_examples=150, deadline=None, derandomize=True)
def test_compact_results_of_any_text_round_trip_and_name_the_same_people(text: str) -> None:
    analysis = quoteprov.analyze(text, article_id="x")
    result = analysis.compact()
    assert pickle.loads(pickle.dumps(result)) == result
    assert ArticleResult.from_json(json.loads(json.dumps(result.to_json()))) == result
    assert result.to_dict() == analysis.to_dict()
    whole, kept = analysis.namer(), result.namer()
    for mention in analysis.outlets:  # the offsets the graph asks about
        assert kept(mention.span.start) == whole(mention.span.start)


def test_a_compact_result_is_a_small_part_of_the_analysis() -> None:
    for article in load_articles([ROOT / "seeds"]):
        analysis = analyze_article(article)
        assert len(pickle.dumps(analysis.compact())) < len(pickle.dumps(analysis)) / 2


def test_from_json_refuses_other_records() -> None:
    data = quoteprov.analyze("“No,” Jane Doe said.").to_dict()
    with pytest.raises(ValueError, match="not a quoteprov.result/1 record"):
        ArticleResult.from_json(data)


def test_two_jobs_give_the_serial_corpus_byte_for_byte() -> None:
    articles = [*CORPORA["seeds"](), *CORPORA["dev"](), *_generated(120)]
    sizes = [sys.getsizeof(a.text) for a in articles]
    pooled = analyze_corpus(articles, jobs=2)
    # sending the texts to the workers leaves no copy (a cached UTF-8 form) in them
    assert [sys.getsizeof(a.text) for a in articles] == sizes
    serial = analyze_corpus(articles)
    assert pooled.analyses == serial.analyses
    assert pooled.articles == serial.articles
    assert dumps(pooled.graph) == dumps(serial.graph)
    # the text is not sent back from the workers: each result holds its article's own copy
    assert all(r.text is a.text for a, r in zip(pooled.articles, pooled.analyses))


def test_an_article_that_fails_in_a_worker_is_reported_in_order_and_the_rest_go_on() -> None:
    articles = [Article(f"a{i}", "“No,” Jane Doe said. " * (40 if i % 7 == 3 else 1)) for i in range(80)]
    runs = {}
    for jobs in (1, 2):
        failed: list[tuple[str, str]] = []
        done = analyze_results(articles, jobs=jobs, max_chars=500,
                               on_error=lambda a, e: failed.append((a.id, type(e).__name__)))
        runs[jobs] = ([(a.id, r) for a, r in done], failed)
    assert runs[2] == runs[1]
    assert [i for i, _e in runs[1][1]] == [f"a{i}" for i in range(80) if i % 7 == 3]
    with pytest.raises(TextTooLongError):
        list(analyze_results(articles, jobs=2, max_chars=500))


@pytest.mark.parametrize("jobs", [0, -1, 1.5, True])
def test_jobs_must_be_a_whole_number_from_one(jobs: object) -> None:
    with pytest.raises(ValueError, match="jobs must be"):
        list(analyze_results([Article("a", "“No,” Jane Doe said.")], jobs=jobs))  # type: ignore[arg-type]


def test_jobs_needs_the_engine_by_name() -> None:
    engine = quoteprov.engines.get_engine("rules")
    with pytest.raises(ValueError, match="engine by name"):
        list(analyze_results([Article("a", "“No,” Jane Doe said.")], jobs=2, engine=engine))


@pytest.mark.parametrize("command", [["extract", "--format", "jsonl"], ["graph"], ["flag", "--json"]])
def test_the_command_with_jobs_writes_what_it_writes_serially(command: list[str]) -> None:
    runs = [
        subprocess.run([sys.executable, "-m", "quoteprov", *command, *jobs, "seeds", "tests/data/dev"],
                       capture_output=True, cwd=ROOT, timeout=300, check=False)
        for jobs in ([], ["--jobs", "2"])
    ]
    assert runs[0].returncode == runs[1].returncode
    assert runs[0].stdout and runs[1].stdout == runs[0].stdout
    assert runs[1].stderr == runs[0].stderr


def test_the_command_refuses_no_jobs() -> None:
    proc = subprocess.run([sys.executable, "-m", "quoteprov", "extract", "--jobs", "0", "seeds"],
                          capture_output=True, cwd=ROOT, timeout=60, check=False)
    assert proc.returncode == 2 and b"--jobs must be 1 or more" in proc.stderr


def test_a_worker_that_dies_stops_the_run_with_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # A pool whose worker died answers every future with BrokenProcessPool (killing a real
    # worker can deadlock CPython 3.11's executor itself, gh-94777, so the pool is a stand-in).
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    import quoteprov.parallel as parallel

    class DeadPool:
        def __init__(self, *args: object, **kwargs: object) -> None:
            self.shut = False

        def submit(self, *args: object) -> Future[object]:
            future: Future[object] = Future()
            future.set_exception(BrokenProcessPool("a process died"))
            return future

        def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
            self.shut = True

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", DeadPool)
    with pytest.raises(parallel.WorkerError, match="worker process stopped unexpectedly"):
        list(analyze_results(_generated(40), jobs=2))


def test_ctrl_c_stops_a_run_with_jobs_cleanly(tmp_path: Path) -> None:
    import os
    import signal

    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in _generated(600)))
    proc = subprocess.Popen([sys.executable, "-m", "quoteprov", "extract", "--jobs", "2", "--format", "jsonl",
                             str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            start_new_session=True,
                            # a shell's background job ignores SIGINT, and a child would inherit that
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout is not None and proc.stdout.readline()  # results are coming
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C reaches every process of the command
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert err.decode().strip().endswith("interrupted")


def test_graph_of_lets_each_analysis_go_once_its_article_is_in_the_graph() -> None:
    """graph_of (what `quoteprov graph` and `sources` run) holds no analysis by the time
    remarks are grouped, and makes the graph analyze_corpus makes."""
    import gc
    import weakref

    from quoteprov.graph import graph_of
    from quoteprov.remarks import group_remarks

    articles = CORPORA["generated"]()
    made: list[weakref.ref[ArticleResult]] = []

    def pairs():  # type: ignore[no-untyped-def]
        for article, result in analyze_results(articles):
            assert isinstance(result, ArticleResult)
            made.append(weakref.ref(result))
            yield article, result

    alive: list[int] = []

    def group(items):  # type: ignore[no-untyped-def]
        gc.collect()
        alive.append(sum(ref() is not None for ref in made))
        return group_remarks(items)

    streamed = graph_of(pairs(), group=group)
    assert len(made) == len(articles) and alive == [0]
    assert dumps(streamed) == dumps(analyze_corpus(articles).graph)
