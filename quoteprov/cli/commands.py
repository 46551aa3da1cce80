"""The commands: how each reads its inputs, analyses them and writes what it found."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from ..analysis import ArticleResult, Result
from ..parallel import analyze_results
from ..attribution.sieves import SieveError, check_disabled
from ..corpus import Article, decode_text, load_articles
from ..errors import LexiconError, QuoteprovError
from ..fetch import fetch_article, is_url
from ..flags import CORPUS_FLAG_REASONS, DEFAULT_FLAG_REASONS, FLAG_REASONS, fidelity_flags, flag_reasons
from ..lexicon import Lexicon
from ..output import atomic_text_file, json_line
from ..records import Attribution

if TYPE_CHECKING:
    import networkx as nx

    from ..graph import Corpus
    from ..remarks import Printed, RemarkGroups

    Graph = nx.MultiDiGraph[str]

from .terminal import _Errors, _is_terminal, _LineIndex, _Progress, _shown

# Exit codes: 0 fine; 1 something flagged (flag) or some input failed (all commands);
# 2 usage error; 130 interrupted.
_INPUTS_HELP = ("files, folders (read recursively: .txt, .html, .htm, .jsonl), web page URLs (http:// or "
                "https://, downloaded once: needs the html extra) or - for standard input")


class _Usage(Exception):
    """A usage error: exit code 2."""


class _Failure(Exception):
    """The run cannot go on (an output file cannot be written): exit code 1."""


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:64].lower()
    return head.startswith(("<!doctype html", "<html"))


def _stdin(errors: list[str]) -> Article | None:
    """Standard input as an article: UTF-8 text, or a web page when it starts like one."""
    buffer = getattr(sys.stdin, "buffer", None)
    try:
        text = decode_text(buffer.read(), where="<stdin>") if buffer is not None else sys.stdin.read()
        if _looks_like_html(text):
            return Article.from_html(text, id="stdin", source="<stdin>")
    except QuoteprovError as exc:
        errors.append(str(exc))
        return None
    return Article("stdin", text, source="<stdin>")


def _articles(
    paths: Sequence[str], errors: list[str], progress: _Progress, *, outputs: Sequence[Path | int] = (),
    allow_private: bool = False, seen: dict[str, str] | None = None,
) -> Iterator[Article]:
    """Articles from files, folders (recursively: .txt and .html with a metadata file, .jsonl),
    web pages (``https://…``, downloaded) and ``-`` (standard input, read first). The files are read in one pass so that their ids
    are unique across all of them; this run's own output files are never read. ``seen``
    (id → where) collects the ids read."""
    seen = {} if seen is None else seen
    if "-" in paths:
        progress.file("<stdin>")
        article = _stdin(errors)
        if article is not None:
            seen[article.id] = "<stdin>"
            yield article
    for url in [p for p in paths if is_url(p)]:
        progress.file(url)
        try:
            article = fetch_article(url, allow_private=allow_private)
        except QuoteprovError as exc:
            errors.append(str(exc))
            continue
        if seen.setdefault(article.id, url) != url:
            errors.append(f"{url}: given twice; read once")
            continue
        yield article
    files = [p for p in paths if p != "-" and not is_url(p)]
    if files:
        notices = errors.notices if isinstance(errors, _Errors) else None
        yield from load_articles(files, errors=errors, on_file=progress.file, notices=notices,
                                 exclude=outputs, seen=seen)


def _outputs(args: argparse.Namespace, out: TextIO) -> list[Path | int]:
    """What this run writes to: ``-o`` and standard output (when it is a file)."""
    found: list[Path | int] = [Path(args.output)] if getattr(args, "output", None) else []
    try:
        found.append(out.fileno())
    except (AttributeError, OSError, ValueError):  # a StringIO, a closed stream: not a file
        pass
    return found


@contextlib.contextmanager
def _cluster(args: argparse.Namespace, errors: list[str]) -> Iterator[None]:
    """With --workers or --scheduler, a Dask client for the run (``args.client``)."""
    args.client = None
    workers, scheduler = getattr(args, "workers", None), getattr(args, "scheduler", None)
    if workers is None and scheduler is None:
        yield
        return
    if workers is not None and scheduler is not None:
        raise _Usage("give --workers N (a local cluster) or --scheduler ADDRESS (a running one), not both")
    if workers is not None and workers < 1:
        raise _Usage("--workers must be 1 or more")
    if args.jobs != 1:
        raise _Usage("--jobs is for one machine's processes; with --workers or --scheduler, Dask runs the work")
    try:
        from ..distributed import connect
    except QuoteprovError as exc:
        raise _Usage(str(exc)) from None
    with contextlib.ExitStack() as stack:
        try:
            args.client = stack.enter_context(connect(workers=workers, scheduler=scheduler))
        except OSError as exc:  # the scheduler could not be reached (a timeout is an OSError too)
            raise _Failure(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from None
        yield


def _dask_sources(
    args: argparse.Namespace, errors: list[str], progress: _Progress,
) -> tuple[list[Any], dict[str, str]]:
    """What the workers analyse: standard input and web pages read here (as the single
    process reads them), files as references the workers read; and the ids seen so far."""
    from ..corpus import _identity
    from ..distributed import file_refs

    paths = [p for p in args.paths if p != "-" and not is_url(p)]
    seen: dict[str, str] = {}
    given = list(_articles([p for p in args.paths if p not in paths], errors, progress,
                           allow_private=args.allow_private_urls, seen=seen))
    refs = file_refs(paths, errors=errors) if paths else []
    outputs = {_identity(p) for p in args.outputs} - {None}
    kept = []
    for ref in refs:
        if outputs and _identity(ref.path) in outputs:
            if isinstance(errors, _Errors):
                errors.notices.append(f"{ref.path}: this run's output; not read as input")
            continue
        kept.append(ref)
    return given + kept, seen


def _dask_analyses(
    args: argparse.Namespace, errors: list[str], progress: _Progress, settings: dict[str, Any],
) -> Iterator[tuple[Article, ArticleResult]]:
    from ..distributed import analyze_results as on_dask

    sources, seen = _dask_sources(args, errors, progress)
    notices = errors.notices if isinstance(errors, _Errors) else None
    draw = _dask_bar(progress, link=args.scheduler is not None) if progress.enabled else None
    progress.enabled = False  # Dask's bar instead of the files-read bar
    yield from on_dask(sources, client=args.client, errors=errors, notices=notices, futures=draw, seen=seen,
                       **settings)


def _dask_bar(progress: _Progress, *, link: bool) -> Any:
    """Dask's own progress bar, on the terminal's standard error, while the run goes on;
    on a cluster of one's own (``link``), first the address of its dashboard."""
    def start(futures: list[Any]) -> None:
        import threading

        from distributed.diagnostics.progressbar import TextProgressBar

        stream = progress.stream

        class _Bar(TextProgressBar):
            def _draw_bar(self, remaining: int, all: int, **kwargs: Any) -> None:
                frac = (1 - remaining / all) if all else 1.0
                bar = "#" * int(self.width * frac)
                stream.write(f"\r[{bar:<{self.width}}] | {frac * 100:.0f}% Completed | {self.elapsed:.1f}s")
                stream.flush()

            def _draw_stop(self, **kwargs: Any) -> None:
                stream.write("\33[2K\r")
                stream.flush()

        client = futures[0].client if futures else None
        if link and client is not None and "dashboard" in client.scheduler_info().get("services", {}):
            stream.write(f"quoteprov: Dask dashboard at {client.dashboard_link}\n")
        threading.Thread(target=_Bar, args=(futures,), kwargs={"interval": "200ms"}, daemon=True).start()

    return start


def _analyses(
    args: argparse.Namespace, errors: list[str], progress: _Progress
) -> Iterator[tuple[Article, ArticleResult]]:
    if args.max_chars < 0:
        raise _Usage("--max-chars must be 0 (no limit) or more")
    if args.jobs < 1:
        raise _Usage("--jobs must be 1 or more")
    try:  # a misspelt sieve or lexicon file is a usage error, found before any work
        lexicon = Lexicon.load(args.lexicon, replace=args.lexicon_replace) if args.lexicon else Lexicon.default()
        disable = check_disabled([name.strip() for name in args.disable.split(",") if name.strip()], lexicon)
    except (SieveError, LexiconError) as exc:
        raise _Usage(str(exc)) from None

    def failed(article: Article, exc: Exception) -> None:
        if isinstance(exc, QuoteprovError):  # e.g. a text over the size limit: say why, go on
            errors.append(f"{article.source}: {exc}; skipped")
        else:  # a bug must not end the run: report it and go on
            errors.append(
                f"{article.source}: internal error ({type(exc).__name__}: {exc}); skipped — "
                f"please report it with the file"
            )
        progress.article()

    if getattr(args, "client", None) is not None:
        settings = {"engine": args.engine, "models_dir": args.models_dir, "lexicon": lexicon, "disable": disable,
                    "max_chars": args.max_chars or None, "on_error": failed}
        for pair in _dask_analyses(args, errors, progress, settings):
            yield pair
        return
    for pair in analyze_results(
        _articles(args.paths, errors, progress, outputs=args.outputs, allow_private=args.allow_private_urls),
        jobs=args.jobs, engine=args.engine, models_dir=args.models_dir,
        lexicon=lexicon, disable=disable, max_chars=args.max_chars or None, on_error=failed, progress=progress.parsed,
    ):
        yield pair
        progress.article()


def _reasons(raw: str) -> list[str]:
    wanted = [r.strip() for r in raw.split(",") if r.strip()] if raw else list(DEFAULT_FLAG_REASONS)
    unknown = sorted(set(wanted) - set(FLAG_REASONS))
    if unknown:
        raise _Usage(f"unknown reason(s) {unknown}; choose from {','.join(FLAG_REASONS)}")
    if not wanted:
        raise _Usage(f"--reasons needs at least one of {','.join(FLAG_REASONS)}")
    return wanted


def _write(path: str, write: Callable[[TextIO], object]) -> None:
    """``write`` into the file ``path``; a failed write leaves the earlier file."""
    try:
        with atomic_text_file(path) as file:
            write(file)
    except OSError as exc:
        raise _Failure(f"cannot write {path!r}: {exc.strerror or exc}") from None


def _extract(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    fmt = args.format or ("table" if not args.output and _is_terminal(out) else "jsonl")
    if fmt == "table":  # a person reads this: one table per article (JSON Lines when piped)
        from .table import print_table

        for _article, analysis in _analyses(args, errors, progress):
            progress.before_output(out)
            print_table(analysis, out)
        return 0
    results = (analysis.to_dict() for _article, analysis in _analyses(args, errors, progress))
    if fmt == "json":
        collected = list(results)
        progress.clear()
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for result in results:
            progress.before_output(out)
            out.write(json_line(result) + "\n")
    return 0


def _flag(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    wanted = _reasons(args.reasons)
    if set(wanted) & set(CORPUS_FLAG_REASONS):
        # How a printing differs from its remark's primary wording needs every article first.
        from ..graph.schema import quote_node  # networkx is loaded only when needed

        corpus = _corpus(args, errors, progress)
        pairs: Iterable[tuple[Result, Any]] = ((a, corpus.graph) for a in corpus.analyses)
    else:
        pairs = ((analysis, None) for _article, analysis in _analyses(args, errors, progress))
    flagged = 0
    for analysis, g in pairs:
        position = _LineIndex(analysis.text)
        for number, attribution in enumerate(analysis.attributions, 1):
            reasons = flag_reasons(attribution, wanted)
            node = quote_node(analysis.article.id or "", number) if g is not None else ""
            if g is not None and node in g:
                reasons += fidelity_flags(g.nodes[node], wanted)
            if not reasons:
                continue
            flagged += 1
            progress.before_output(out)
            primary = _primary_of(g, node) if set(reasons) & set(CORPUS_FLAG_REASONS) else None
            out.write(_flag_line(args.format, analysis, attribution, reasons, position, primary) + "\n")
    return 1 if flagged else 0


def _primary_of(g: Any, node: str) -> dict[str, Any] | None:
    """The remark whose primary wording a printing was compared with, for the flag line."""
    if g is None or node not in g or "fidelity" not in g.nodes[node]:
        return None
    remark = next((v for _q, v, k in g.out_edges(node, keys=True) if k == "instance_of"), None)
    return dict(g.nodes[remark]) if remark is not None else None


def _flag_line(
    fmt: str, analysis: Result, attribution: Attribution, reasons: list[str], position: _LineIndex,
    primary: dict[str, Any] | None,
) -> str:
    line, col = position(attribution.quote.span.start)
    text = attribution.quote.content.text
    if fmt == "json":
        record: dict[str, Any] = {
            "path": analysis.article.source, "line": line, "col": col,
            "start": attribution.quote.span.start, "end": attribution.quote.span.end,
            "reasons": reasons, "quote": text,
        }
        if primary is not None:
            record["primary"] = {k: primary.get(f"primary_{k}") for k in ("text", "article", "start", "end", "basis")}
        return json_line(record)
    words = text.split()
    snippet = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
    why = ", ".join(FLAG_REASONS[r] for r in reasons)
    shown = f"{analysis.article.source}:{line}:{col}: {why}: “{snippet}”"
    if primary is not None:
        shown += f" — primary ({primary.get('primary_article')}): “{primary.get('primary_text')}”"
    return _shown(shown)


def _corpus(args: argparse.Namespace, errors: list[str], progress: _Progress) -> Corpus:
    # networkx is loaded only by the commands that need it.
    from .._runtime import paused_gc
    from ..graph import Corpus, build_graph

    articles: list[Article] = []
    results: list[Result] = []
    with paused_gc():  # every result is kept: see analyze_corpus
        for article, result in _analyses(args, errors, progress):
            articles.append(article)
            results.append(result)
    progress.clear()
    return Corpus(tuple(articles), tuple(results), build_graph(results, articles, group=_grouping(args)))


def _grouping(args: argparse.Namespace) -> Callable[[Sequence[Printed]], RemarkGroups]:
    """How remarks are grouped: in this process, or on the Dask cluster of ``--workers`` or
    ``--scheduler`` (the same groups)."""
    from ..remarks import group_remarks

    client = getattr(args, "client", None)
    if client is None:
        return group_remarks
    import functools

    from ..distributed import group_remarks as on_cluster

    return functools.partial(on_cluster, client=client)


def _streamed_graph(args: argparse.Namespace, errors: list[str], progress: _Progress) -> Graph:
    """The graph alone, each article's analysis let go once its article is in it: what
    ``graph`` and ``sources`` need, in the memory of the graph rather than of the corpus."""
    from .._runtime import paused_gc
    from ..graph import graph_of

    with paused_gc():  # the collector's passes over a growing graph: see paused_gc
        g = graph_of(_analyses(args, errors, progress), group=_grouping(args))
    progress.clear()
    return g


def _graph(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    from .. import graph as graphs
    from ..present import to_html

    if args.format in ("graphml", "gexf") and not args.output:
        raise _Usage(f"--format {args.format} writes a file: give it with -o FILE")
    g = _streamed_graph(args, errors, progress)
    if args.format in ("graphml", "gexf"):
        try:
            (graphs.write_graphml if args.format == "graphml" else graphs.write_gexf)(g, args.output)
        except OSError as exc:
            raise _Failure(f"cannot write {args.output!r}: {exc.strerror or exc}") from None
        return 0
    def write(file: TextIO) -> None:
        if args.format == "json":  # streamed: a corpus's graph as one string would double the peak
            graphs.write_json(g, file)
            file.write("\n")
        else:
            file.write(to_html(g) + "\n")

    if args.output:
        _write(args.output, write)
    else:
        write(out)
    return 0


def _report(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    from ..present import report_html

    wanted = _reasons(args.reasons)
    if not args.output and _is_terminal(out):
        raise _Usage("the report is an HTML page, not for a terminal: write it to a file with -o report.html")
    corpus = _corpus(args, errors, progress)
    page = report_html(corpus, title=args.title, reasons=wanted)
    if args.output:
        _write(args.output, lambda file: file.write(page))
    else:
        out.write(page)
    return 0


def _sources(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    """Each primary source, who spoke there, and the articles that relay it, by which route."""
    from ..graph import sources
    from ..present.sources import sources_text

    g = _streamed_graph(args, errors, progress)
    if args.format == "json":
        found = [attrs.asdict(source) for source in sources(g)]
        out.write(json.dumps(found, ensure_ascii=False, indent=1) + "\n")
    else:
        text = sources_text(g)
        out.write("\n".join(_shown(line) for line in text.split("\n")) + "\n" if text else "no quotes found\n")
    return 0


def _models(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    from ..engines.stanza_engine import download_models

    where = download_models(args.lang, models_dir=args.models_dir, processors=args.processors)
    out.write(f"stanza models for {args.lang!r} are in {where}\n")
    return 0
