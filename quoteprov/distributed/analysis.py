"""Analyse articles on a Dask cluster: one task per partition of articles or files, the
results back in the input's order, so everything built from them is the single process's."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ..analysis import MAX_CHARS, ArticleResult, analyze_articles, shared_result
from ..corpus import Article, _read_file, article_ids, find_inputs
from ..lexicon import Lexicon
from ..parallel import sendable, worker_settings

if TYPE_CHECKING:
    from dask.bag import Bag
    from distributed import Client, Future

__all__ = ["PARTITION", "FileRef", "analyze_results", "file_refs"]

#: articles (or files) per task: a task costs the scheduler about a millisecond, an article
#: about seven, so a partition of this many keeps the scheduler's share small
PARTITION = 64


@attrs.frozen
class FileRef:
    """A file for a worker to read, with the article id the whole run gave it
    (:func:`quoteprov.corpus.article_ids`: ids depend on every file, so they are set here)."""

    path: str
    id: str | None


@attrs.frozen
class Entry:
    """What a task reports, in input order: an ``error`` or ``notice`` line (``message``),
    or an article read from a file (``read``) or given, with its ``result`` or the
    ``error`` that stopped it. The article comes back without its text when its result
    holds the same text (one copy travels)."""

    kind: str
    message: str = ""
    article: Article | None = None
    result: ArticleResult | None = None
    error: BaseException | None = None
    read: bool = False


def file_refs(
    paths: Iterable[str | os.PathLike[str]], *, errors: list[str] | None = None,
) -> list[FileRef]:
    """The files :func:`~quoteprov.corpus.load_articles` would read for ``paths``, with
    their ids; missing paths and empty folders go to ``errors`` (raised if None).

    >>> [r.id for r in file_refs(["seeds"])][:2]
    ['000_af5b5a21a34f328c', '001_9d08bd687a90a578']
    """
    files = find_inputs([Path(p) for p in paths], errors=errors)
    ids = article_ids(files)
    return [FileRef(str(f), ids.get(f)) for f in files]


class _Log:
    """Where a worker's reading errors and notices go: into the task's entries, in order."""

    def __init__(self, entries: list[Entry], kind: str) -> None:
        self.entries, self.kind = entries, kind

    def append(self, message: str) -> None:
        self.entries.append(Entry(self.kind, message))


def _read(items: Sequence[Article | FileRef], entries: list[Entry]) -> list[Article]:
    """The articles of a partition, reading its files; read errors join ``entries``."""
    articles: list[Article] = []
    cache: dict[Path, dict[str, dict[str, Any]]] = {}
    errors, notices = _Log(entries, "error"), _Log(entries, "notice")
    for item in items:
        if isinstance(item, Article):
            articles.append(item)
            entries.append(Entry("article", article=item))
            continue
        for article in _read_file(Path(item.path), item.id, cache, errors, notices):  # type: ignore[arg-type]
            articles.append(article)
            entries.append(Entry("article", article=article, read=True))
    return articles


def analyse_partition(items: Sequence[Article | FileRef], settings: dict[str, Any]) -> list[Entry]:
    """On a worker: read and analyse one partition; every article's result or error, and
    every reading error, in input order. A failing article costs that article only.
    ``settings`` (engine name, lexicon, …) is one object per worker: the client scatters
    it to every worker once, so the lexicon is unpickled and indexed once per worker."""
    entries: list[Entry] = []
    articles = _read(items, entries)
    done: dict[int, Entry] = {}
    read = {id(e.article) for e in entries if e.read}

    def failed(article: Article, exc: Exception) -> None:
        done[id(article)] = Entry("failed", article=article, error=sendable(exc), read=id(article) in read)

    for article, analysis in analyze_articles(articles, on_error=failed, **settings):
        result = analysis.compact()
        same = result.text == article.text  # one copy of the text travels back
        sent = attrs.evolve(article, text="") if same else article
        done[id(article)] = Entry("result", article=sent, result=result, read=id(article) in read)
    return [done[id(e.article)] if e.kind == "article" else e for e in entries]


def submit_partitions(
    client: Client, source: Iterable[Article | FileRef] | Bag, settings: dict[str, Any],
    partition: int = PARTITION,
) -> list[Future[Any]]:
    """One task per partition of ``source`` (articles, files, or a Dask bag of either)."""
    from dask.bag import Bag

    [shared] = client.scatter([settings], broadcast=True, hash=False)
    if isinstance(source, Bag):
        parts = source.map_partitions(_bag_partition, shared).to_delayed()
        return list(client.compute(parts))
    items = list(source)
    chunks = [items[i : i + partition] for i in range(0, len(items), partition)]
    return [client.submit(analyse_partition, chunk, shared, pure=False) for chunk in chunks]


def _bag_partition(items: Iterable[Article | FileRef], settings: dict[str, Any]) -> list[Entry]:
    return analyse_partition(list(items), settings)


def analyze_results(
    source: Iterable[Article | FileRef] | Bag,
    *,
    client: Client,
    engine: str = "rules",
    models_dir: str | os.PathLike[str] | None = None,
    lexicon: Lexicon | None = None,
    disable: Iterable[str] = (),
    max_chars: int | None = MAX_CHARS,
    on_error: Callable[[Article, Exception], None] | None = None,
    errors: list[str] | None = None,
    notices: list[str] | None = None,
    partition: int = PARTITION,
    futures: Callable[[list[Future[Any]]], None] | None = None,
    seen: dict[str, str] | None = None,
) -> Iterator[tuple[Article, ArticleResult]]:
    """Each article with its compact result, in the input's order, analysed on the cluster
    behind ``client``: what :func:`quoteprov.parallel.analyze_results` gives for the same
    articles. ``source`` holds articles, :class:`FileRef` (read by the workers: see
    :func:`file_refs`), or is a Dask bag of either.

    Reading errors go to ``errors`` (one line each, as :func:`~quoteprov.corpus.load_articles`
    words them; raised if None), an article that fails to ``on_error`` (raised if None);
    an id read twice from files (or read once and in ``seen``, id → where, as
    :func:`~quoteprov.corpus.load_articles` takes it) is an error line and the second
    article is skipped. ``futures`` is
    called with the tasks' futures once they are submitted (for a progress bar).
    """
    settings = worker_settings(engine, models_dir, lexicon, disable, max_chars)
    pending = submit_partitions(client, source, settings, partition)
    if futures is not None:
        futures(pending)
    seen = {} if seen is None else seen
    sent: set[str] = set()
    for index, future in enumerate(pending):
        entries = future.result()
        pending[index] = None  # type: ignore[call-overload]  # its result may be freed
        yield from _collect(entries, seen, sent, errors, notices, on_error)


def _collect(
    entries: list[Entry], seen: dict[str, str], sent: set[str], errors: list[str] | None,
    notices: list[str] | None, on_error: Callable[[Article, Exception], None] | None,
) -> Iterator[tuple[Article, ArticleResult]]:
    """One task's entries, as the single-process reading and analysis report them."""
    for entry in entries:
        article = entry.article
        if article is None:
            _report(entry.kind, entry.message, sent, errors, notices)
            continue
        where = article.source or article.id
        if entry.read and seen.setdefault(article.id, where) != where:  # as load_articles checks
            _report("error", f"{article.source}: article id {article.id!r} is already the id of "
                             f"{seen[article.id]}; skipped (give each article its own id)", sent, errors, notices)
        elif entry.result is not None:
            # the stock words are this process's copies, as results from worker processes get them
            yield (article if article.text else attrs.evolve(article, text=entry.result.text)), shared_result(entry.result)
        elif on_error is None or not isinstance(entry.error, Exception):
            raise entry.error if entry.error is not None else RuntimeError("a task returned nothing")
        else:
            on_error(article, entry.error)


def _report(kind: str, message: str, sent: set[str], errors: list[str] | None, notices: list[str] | None) -> None:
    """An error or notice line, once: every task reads its folders' metadata file again,
    and a broken one would otherwise be reported once per task."""
    if message in sent:
        return
    sent.add(message)
    if kind == "notice":
        if notices is not None:
            notices.append(message)
    elif errors is not None:
        errors.append(message)
    else:
        from ..corpus import CorpusError

        raise CorpusError(message)
