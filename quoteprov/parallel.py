"""Analyse articles in several processes on one machine, with the serial run's results.

Each worker process loads the engine and the lexicons once, then analyses chunks of
articles and sends back their compact results (:class:`~quoteprov.analysis.ArticleResult`:
pickling a whole :class:`~quoteprov.analysis.Analysis` costs about as much as making it).
The results come back in the articles' order, whatever order the workers finish in, so
everything built from them — the graph, the exports, the report — is byte-identical to a
serial run. At most ``2 × jobs`` chunks are in flight: a corpus streams through, it is
never all in memory at once.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

import attrs

from .analysis import MAX_CHARS, ArticleResult, analyze_articles, shared_result
from .attribution.sieves import check_disabled
from .engines import Engine, EngineName, Progress
from .errors import QuoteprovError
from .lexicon import Lexicon

if TYPE_CHECKING:
    from .corpus import Article

__all__ = ["CHUNK", "WorkerError", "analyze_results", "sendable", "worker_settings"]

#: articles per task: large enough that sending a task costs little against analysing it
CHUNK = 32

#: what a worker sends back per article: its result, or the error that stopped it, and
#: whether the result's text was left out because it is the article's (the caller has it)
_Outcome = tuple[ArticleResult | None, BaseException | None, bool]

_worker: dict[str, Any] = {}  # in a worker process: the settings its initializer received


class WorkerError(QuoteprovError, RuntimeError):
    """A worker process died mid-run: the results stop at the last article before it."""


def analyze_results(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    engine: EngineName | Engine = "rules",
    models_dir: str | os.PathLike[str] | None = None,
    lexicon: Lexicon | None = None,
    disable: Iterable[str] = (),
    max_chars: int | None = MAX_CHARS,
    on_error: Callable[[Article, Exception], None] | None = None,
    progress: Progress | None = None,
) -> Iterator[tuple[Article, ArticleResult]]:
    """Each article with its compact result, in the articles' order: what
    :func:`~quoteprov.analysis.analyze_articles` gives, reduced as it is made, and with
    ``jobs`` > 1 made by that many worker processes (the same results).

    An article that fails raises, unless ``on_error`` is given (then it is called with the
    article and its error, in order, and the run goes on), as in ``analyze_articles``.
    ``progress`` hears of each chunk as it comes back. Workers need the engine by name
    (``"rules"`` or ``"stanza"``): an engine object cannot be sent to another process.

    >>> from quoteprov.corpus import Article
    >>> [(a.id, r.attributions[0].speaker.name) for a, r in analyze_results([Article("a", "“No,” Jane Doe said.")])]
    [('a', 'Jane Doe')]
    """
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a whole number from 1, got {jobs!r}")
    settings = worker_settings(engine, models_dir, lexicon, disable, max_chars)
    if jobs == 1:
        for article, analysis in analyze_articles(articles, on_error=on_error, progress=progress, **settings):
            yield article, analysis.compact()
        return
    if not isinstance(engine, str):
        raise ValueError("jobs > 1 needs the engine by name ('rules' or 'stanza'), not an engine object")
    yield from _pooled(articles, jobs, settings, on_error, progress)


def worker_settings(
    engine: str | Engine, models_dir: str | os.PathLike[str] | None, lexicon: Lexicon | None,
    disable: Iterable[str], max_chars: int | None,
) -> dict[str, Any]:
    """What every worker (a process here, or a Dask worker) analyses with: the keyword
    arguments of :func:`~quoteprov.analysis.analyze_articles` but the articles, the error
    handler and the progress. A misspelt sieve name in ``disable`` fails here, before any work."""
    return {"engine": engine, "models_dir": models_dir, "lexicon": lexicon,
            "disable": check_disabled(disable, lexicon), "max_chars": max_chars}


def sendable(exc: Exception) -> Exception:
    """``exc``, or a RuntimeError naming it when it cannot be pickled: an article's error
    travels back from the worker that met it to the caller."""
    try:
        pickle.dumps(exc)
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _pooled(
    articles: Iterable[Article], jobs: int, settings: dict[str, Any],
    on_error: Callable[[Article, Exception], None] | None, progress: Progress | None,
) -> Iterator[tuple[Article, ArticleResult]]:
    # spawn, not fork: a worker starts from a clean interpreter on every platform (no
    # copied locks or threads of the caller's), at the cost of one import per worker.
    context = multiprocessing.get_context("spawn")
    pending: deque[tuple[list[Article], Future[list[_Outcome]]]] = deque()
    remaining = iter(articles)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start, initargs=(settings,))
    broken = False
    try:
        while True:
            while len(pending) < 2 * jobs and (chunk := list(itertools.islice(remaining, CHUNK))):
                pending.append((chunk, pool.submit(_analyse_chunk, [_sent(a) for a in chunk])))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                broken = True
                raise WorkerError("a worker process stopped unexpectedly (killed, or out of memory?); "
                                  "nothing after the last article given out was analysed — run again, "
                                  "with fewer jobs if memory is short") from None
            if progress is not None:
                progress(len(chunk))
            for article, (result, error, same) in zip(chunk, outcomes):
                if result is not None:
                    # the text the worker left out is the article's own (one copy, shared),
                    # and the stock words are this process's copies (shared_result)
                    yield article, shared_result(attrs.evolve(result, text=article.text) if same else result)
                elif on_error is None or not isinstance(error, Exception):
                    raise error if error is not None else RuntimeError("a worker returned nothing")
                else:
                    on_error(article, error)
    finally:
        # Stopped early (an error, Ctrl-C, the caller done): the chunks not started are
        # dropped and the ones running finish (workers ignore Ctrl-C: see _start).
        # A broken pool is not waited for: its queue may never drain (CPython gh-94777).
        pool.shutdown(wait=not broken, cancel_futures=True)


def _sent(article: Article) -> tuple[Article, bytes]:
    """An article as sent to a worker: its text as UTF-8 bytes beside it. Pickling the
    ``str`` itself would leave a cached UTF-8 copy inside every text the caller keeps
    (half as much memory again for a corpus's texts)."""
    return attrs.evolve(article, text=""), article.text.encode("utf-8", "surrogatepass")


def _start(settings: dict[str, Any]) -> None:
    """A worker's initializer: keep the settings (engine and lexicons load on first use).
    Ctrl-C on a terminal reaches every process of the command; the caller alone handles
    it (it stops the run), so a worker never dies mid-chunk and leaves the pool hanging."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker.update(settings)


def _analyse_chunk(sent: list[tuple[Article, bytes]]) -> list[_Outcome]:
    """In a worker: each article's compact result, or its error (an error stays with its
    article: the rest of the chunk goes on)."""
    chunk = [attrs.evolve(article, text=data.decode("utf-8", "surrogatepass")) for article, data in sent]
    outcomes: dict[int, _Outcome] = {}

    def failed(article: Article, exc: Exception) -> None:
        outcomes[id(article)] = (None, sendable(exc), False)

    for article, analysis in analyze_articles(chunk, on_error=failed, **_worker):
        result = analysis.compact()
        same = result.text == article.text  # the caller has it: not sent back (see _pooled)
        outcomes[id(article)] = (attrs.evolve(result, text="") if same else result, None, same)
    return [outcomes[id(article)] for article in chunk]
