"""A whole corpus on Dask: articles analysed on the workers, their quotes exported as
Parquet and JSON Lines, remarks grouped on the cluster and the citation graph built, with
what one process gives for the same input."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._runtime import paused_gc
from ..analysis import MAX_CHARS, ArticleResult, Result
from ..corpus import Article
from ..lexicon import Lexicon
from ..output import atomic_text_file, json_line
from .analysis import PARTITION, FileRef, analyze_results, file_refs
from .remarks import group_remarks

if TYPE_CHECKING:
    import pyarrow as pa
    from dask.bag import Bag
    from distributed import Client

    from ..graph import Corpus

__all__ = ["QUOTE_COLUMNS", "analyze_corpus", "connect", "quote_rows", "write_outputs", "write_quotes"]

#: the Parquet columns, one row per quote, and their types (pyarrow's names)
_COLUMNS = (("article", "string"), ("quote", "int32"), ("start", "int64"), ("end", "int64"), ("text", "string"),
            ("form", "string"), ("speaker", "string"), ("kind", "string"), ("outlet", "string"),
            ("relation", "string"), ("rule", "string"), ("confidence", "float64"), ("flags", "list<string>"))
QUOTE_COLUMNS = tuple(name for name, _type in _COLUMNS)
#: quotes per Parquet row group (fixed, so the file's bytes do not depend on the cluster)
ROW_GROUP = 65_536


@contextlib.contextmanager
def connect(*, workers: int | None = None, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the Dask scheduler at ``scheduler`` (``tcp://host:8786``), or of a local
    cluster of ``workers`` processes (one thread each: the analysis holds the GIL). The
    local cluster's web server takes any free port: on the default, 8787, a second cluster
    (another job, a notebook's) would warn, and fail where warnings are errors."""
    from distributed import Client, LocalCluster

    if scheduler is not None:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster, Client(cluster) as client:
        yield client


def _source(paths_or_bag: Any, errors: list[str] | None) -> Iterable[Article | FileRef] | Bag:
    if isinstance(paths_or_bag, (str, os.PathLike)):
        return file_refs([paths_or_bag], errors=errors)
    from dask.bag import Bag

    if isinstance(paths_or_bag, Bag):
        return paths_or_bag
    items = list(paths_or_bag)
    if all(isinstance(p, (str, os.PathLike)) for p in items):
        return file_refs(items, errors=errors)
    return items


def analyze_corpus(
    paths_or_bag: str | os.PathLike[str] | Iterable[str | os.PathLike[str] | Article | FileRef] | Bag,
    client: Client | None = None,
    *,
    out: str | os.PathLike[str] | None = None,
    workers: int | None = None,
    engine: str = "rules",
    models_dir: str | os.PathLike[str] | None = None,
    lexicon: Lexicon | None = None,
    disable: Iterable[str] = (),
    max_chars: int | None = MAX_CHARS,
    errors: list[str] | None = None,
    partition: int = PARTITION,
) -> Corpus:
    """:func:`quoteprov.graph.analyze_corpus` on Dask: the articles of files, folders and
    JSON Lines corpora (read by the workers), a list of articles, or a Dask bag of them,
    analysed one partition a task; remarks grouped on the cluster; the same corpus and
    graph as one process. With ``out``, the quotes are also written there as
    ``quotes.parquet`` (one row per quote, :data:`QUOTE_COLUMNS`) and the analyses as
    ``articles.jsonl`` (what ``quoteprov extract`` prints). Without ``client``, a local
    cluster of ``workers`` processes runs it.

    An input that cannot be read, and an article that fails, is one line in ``errors``
    (worded as the command line words it) and the run goes on; without ``errors`` the
    first one raises.
    """
    from ..graph import Corpus, build_graph

    if client is None:
        with connect(workers=workers) as own:
            return analyze_corpus(paths_or_bag, own, out=out, engine=engine, models_dir=models_dir,
                                  lexicon=lexicon, disable=disable, max_chars=max_chars, errors=errors,
                                  partition=partition)
    source = _source(paths_or_bag, errors)
    failed = None if errors is None else functools.partial(_failed, errors)
    articles: list[Article] = []
    results: list[Result] = []
    with paused_gc():  # every result is kept: see quoteprov.graph.analyze_corpus
        for article, result in analyze_results(
            source, client=client, engine=engine, models_dir=models_dir, lexicon=lexicon, disable=disable,
            max_chars=max_chars, on_error=failed, errors=errors, partition=partition,
        ):
            articles.append(article)
            results.append(result)
    if out is not None:
        write_outputs(results, out)
    graph = build_graph(results, articles, group=functools.partial(group_remarks, client=client))
    return Corpus(tuple(articles), tuple(results), graph)


def _failed(errors: list[str], article: Article, exc: Exception) -> None:
    """An article that failed, worded as the command line words it."""
    from ..errors import QuoteprovError

    if isinstance(exc, QuoteprovError):
        errors.append(f"{article.source}: {exc}; skipped")
    else:
        errors.append(f"{article.source}: internal error ({type(exc).__name__}: {exc}); skipped — "
                      f"please report it with the file")


def write_outputs(results: Iterable[Result], out: str | os.PathLike[str]) -> None:
    """``articles.jsonl`` (one analysis a line) and ``quotes.parquet`` into folder ``out``."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    kept = list(results)
    with atomic_text_file(folder / "articles.jsonl") as file:
        for result in kept:
            file.write(json_line(result.to_dict()) + "\n")
    write_quotes(kept, folder / "quotes.parquet")


def quote_rows(result: Result | ArticleResult) -> Iterator[dict[str, Any]]:
    """One row per quote: the article, the quote's number and outer span (``text`` is
    ``article_text[start:end]``), form, speaker and kind, outlet and relation, the speaker
    rule, its confidence and the flags.

    >>> from quoteprov import analyze
    >>> [r["speaker"] for r in quote_rows(analyze("“No,” Jane Doe said.", article_id="a"))]
    ['Jane Doe']
    """
    for number, a in enumerate(result.attributions, 1):
        span = a.quote.span
        yield {
            "article": result.article.id, "quote": number, "start": span.start, "end": span.end,
            "text": _utf8(span.text), "form": a.quote.form,
            "speaker": _utf8(a.speaker.name) if a.speaker else None, "kind": a.speaker.kind if a.speaker else None,
            "outlet": a.outlet.name if a.outlet else None, "relation": a.outlet.relation if a.outlet else None,
            "rule": a.rule, "confidence": a.confidence, "flags": list(a.flags),
        }


def _utf8(text: str) -> str:
    """Parquet strings are UTF-8: a lone surrogate (half an emoji in scraped text) is
    written as its escape, as the command line writes it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _schema() -> pa.Schema:
    import pyarrow as pa

    def typed(name: str) -> pa.DataType:
        return pa.list_(pa.string()) if name == "list<string>" else getattr(pa, name)()

    return pa.schema([(name, typed(kind)) for name, kind in _COLUMNS])


def write_quotes(results: Iterable[Result], path: str | os.PathLike[str]) -> None:
    """Every quote of ``results`` as a Parquet file (written to a temporary name, then
    moved: a failed run leaves any earlier file)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    rows: list[dict[str, Any]] = []
    with pq.ParquetWriter(partial, schema) as writer:
        for result in results:
            rows.extend(quote_rows(result))
            while len(rows) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(rows[:ROW_GROUP], schema=schema))
                del rows[:ROW_GROUP]
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    os.replace(partial, target)
