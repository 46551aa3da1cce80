"""The ``quoteprov`` command: ``extract`` quotes as JSON, ``flag`` quotes with no speaker or
source, ``graph`` the citation graph of a corpus, ``report`` a corpus as one HTML page,
``models download`` for the stanza engine."""

from __future__ import annotations

import argparse
import contextlib
import bisect
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO


from .analysis import MAX_CHARS, Analysis, analyze_articles
from .attribution.sieves import SieveError, check_disabled
from .corpus import Article, decode_text, find_inputs, load_articles
from .errors import LexiconError, QuoteprovError
from .flags import DEFAULT_FLAG_REASONS, FLAG_REASONS, flag_reasons
from .lexicon import Lexicon
from .output import write_text_atomic

if TYPE_CHECKING:
    from .graph import Corpus

__all__ = ["main"]

# Exit codes: 0 fine; 1 something flagged (flag) or some input failed (all commands);
# 2 usage error; 130 interrupted.
_INPUTS_HELP = "files, folders (read recursively: .txt, .html, .htm, .jsonl) or - for standard input"


class _Usage(Exception):
    """A usage error: exit code 2."""


class _Failure(Exception):
    """The run cannot go on (an output file cannot be written): exit code 1."""


class _Lines(list[str]):
    """Messages, each written to standard error as one line the moment it happens."""

    def __init__(self, command: str, stream: TextIO, progress: _Progress) -> None:
        super().__init__()
        self.command = command
        self.stream = stream
        self.progress = progress

    def append(self, message: str) -> None:
        super().append(message)
        self.progress.clear()
        self.stream.write(_shown(f"quoteprov {self.command}: {message}") + "\n")
        self.stream.flush()


class _Errors(_Lines):
    """Input errors (the run goes on; the exit code says some input failed), and
    ``notices``: what was skipped on purpose, which is no failure."""

    def __init__(self, command: str, stream: TextIO, progress: _Progress) -> None:
        super().__init__(command, stream, progress)
        self.notices = _Lines(command, stream, progress)


class _Progress:
    """A progress line on a terminal's standard error: files read, texts parsed (an engine
    that batches reports them through :meth:`parsed`), articles done, time spent.

    Drawn only when the stream is a terminal and the run has lasted ``DELAY`` seconds, so
    short runs and piped or redirected runs stay quiet; redrawn at most ten times a second.
    """

    DELAY = 0.5
    WIDTH = 24

    def __init__(self, stream: TextIO, command: str, *, total: int | None, enabled: bool) -> None:
        self.stream = stream
        self.command = command
        self.total = total
        self.enabled = enabled
        self.files = 0
        self.parsed_texts = 0
        self.articles = 0
        self.current = ""
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.shown = False

    @classmethod
    def for_run(cls, stream: TextIO, command: str, paths: Sequence[str]) -> _Progress:
        enabled = _is_terminal(stream) and os.environ.get("TERM") != "dumb"
        total = None
        if enabled:
            total = len(find_inputs([p for p in paths if p != "-"], errors=[])) + list(paths).count("-")
        return cls(stream, command, total=total, enabled=enabled)

    def file(self, path: Path | str) -> None:
        self.files += 1
        self.current = Path(path).name if isinstance(path, Path) else path
        self.draw()

    def parsed(self, count: int) -> None:
        """The engine's progress callback (see :class:`quoteprov.engines.Engine`)."""
        self.parsed_texts += count
        self.draw()

    def article(self) -> None:
        self.articles += 1
        self.draw()

    def draw(self, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and (now - self.started < self.DELAY or now - self.drawn_at < 0.1):
            return
        self.drawn_at = now
        columns = shutil.get_terminal_size((80, 24)).columns
        total = self.total or 0
        done = min(self.files, total)
        bar = ""
        if total:
            filled = self.WIDTH * done // total
            bar = f"[{'#' * filled}{'-' * (self.WIDTH - filled)}] {done}/{total} files · "
        seconds = int(now - self.started)
        parsed = f"{self.parsed_texts} parsed · " if self.parsed_texts else ""
        line = (f"quoteprov {self.command} {bar}{parsed}{self.articles} articles · "
                f"{seconds // 60}:{seconds % 60:02d} · {self.current}")
        self.stream.write("\r" + line[: max(columns - 1, 10)].ljust(max(columns - 1, 10)))
        self.stream.flush()
        self.shown = True

    def before_output(self, out: TextIO) -> None:
        """Clear the line before output goes to the same screen (not when it is piped)."""
        if self.shown and _is_terminal(out):
            self.clear()

    def clear(self) -> None:
        if self.shown:
            columns = shutil.get_terminal_size((80, 24)).columns
            self.stream.write("\r" + " " * max(columns - 1, 10) + "\r")
            self.stream.flush()
            self.shown = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        return False


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
    paths: Sequence[str], errors: list[str], progress: _Progress, *, outputs: Sequence[Path | int] = ()
) -> Iterator[Article]:
    """Articles from files, folders (recursively: .txt and .html with a metadata file, .jsonl)
    and ``-`` (standard input, read first). The files are read in one pass so that their ids
    are unique across all of them; this run's own output files are never read."""
    seen: dict[str, str] = {}
    if "-" in paths:
        progress.file("<stdin>")
        article = _stdin(errors)
        if article is not None:
            seen[article.id] = "<stdin>"
            yield article
    files = [p for p in paths if p != "-"]
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


def _analyses(
    args: argparse.Namespace, errors: list[str], progress: _Progress
) -> Iterator[tuple[Article, Analysis]]:
    if args.max_chars < 0:
        raise _Usage("--max-chars must be 0 (no limit) or more")
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

    for pair in analyze_articles(
        _articles(args.paths, errors, progress, outputs=args.outputs), engine=args.engine, models_dir=args.models_dir,
        lexicon=lexicon, disable=disable, max_chars=args.max_chars or None, on_error=failed, progress=progress.parsed,
    ):
        yield pair
        progress.article()


class _LineIndex:
    """Line and column (1-based, as editors count them) of offsets in one text; a line ends
    at \\n, \\r\\n or a lone \\r. Built once per article, each look-up a binary search."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Control characters (C0 but tab, DEL, C1) and lone surrogates: shown escaped, so text from
# an article or a file name cannot move the cursor, recolour or clear the reader's terminal.
_UNSHOWABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


def _shown(text: str) -> str:
    """``text`` with control characters and lone surrogates written as escapes (\\x1b…)."""
    return _UNSHOWABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def _reasons(raw: str) -> list[str]:
    wanted = [r.strip() for r in raw.split(",") if r.strip()] if raw else list(DEFAULT_FLAG_REASONS)
    unknown = sorted(set(wanted) - set(FLAG_REASONS))
    if unknown:
        raise _Usage(f"unknown reason(s) {unknown}; choose from {','.join(FLAG_REASONS)}")
    if not wanted:
        raise _Usage(f"--reasons needs at least one of {','.join(FLAG_REASONS)}")
    return wanted


def _write(path: str, text: str) -> None:
    try:
        write_text_atomic(path, text)  # a failed write leaves the earlier file
    except OSError as exc:
        raise _Failure(f"cannot write {path!r}: {exc.strerror or exc}") from None


def _extract(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    results = (analysis.to_dict() for _article, analysis in _analyses(args, errors, progress))
    if args.format == "json":
        collected = list(results)
        progress.clear()
        json.dump(collected, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for result in results:
            progress.before_output(out)
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def _flag(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    wanted = _reasons(args.reasons)
    flagged = 0
    for _article, analysis in _analyses(args, errors, progress):
        position = _LineIndex(analysis.document.text)
        for attribution in analysis.attributions:
            reasons = flag_reasons(attribution, wanted)
            if not reasons:
                continue
            flagged += 1
            line, col = position(attribution.quote.span.start)
            words = attribution.quote.content.text.split()
            snippet = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
            progress.before_output(out)
            if args.json:
                out.write(json.dumps({
                    "path": analysis.article.source, "line": line, "col": col,
                    "start": attribution.quote.span.start, "end": attribution.quote.span.end,
                    "reasons": reasons, "quote": attribution.quote.content.text,
                }, ensure_ascii=False) + "\n")
            else:
                why = ", ".join(FLAG_REASONS[r] for r in reasons)
                out.write(_shown(f"{analysis.article.source}:{line}:{col}: {why}: “{snippet}”") + "\n")
    return 1 if flagged else 0


def _corpus(args: argparse.Namespace, errors: list[str], progress: _Progress) -> Corpus:
    # networkx is loaded only by the commands that need it.
    from .graph import Corpus, build_graph

    pairs = list(_analyses(args, errors, progress))
    articles = tuple(article for article, _analysis in pairs)
    analyses = tuple(analysis for _article, analysis in pairs)
    progress.clear()
    return Corpus(articles, analyses, build_graph(analyses, articles))


def _graph(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    from . import graph as graphs
    from .present import to_html

    if args.format in ("graphml", "gexf") and not args.output:
        raise _Usage(f"--format {args.format} writes a file: give it with -o FILE")
    corpus = _corpus(args, errors, progress)
    g = corpus.graph
    if args.format in ("graphml", "gexf"):
        try:
            (graphs.write_graphml if args.format == "graphml" else graphs.write_gexf)(g, args.output)
        except OSError as exc:
            raise _Failure(f"cannot write {args.output!r}: {exc.strerror or exc}") from None
        return 0
    text = graphs.dumps(g) if args.format == "json" else to_html(g)
    if args.output:
        _write(args.output, text + "\n")
    else:
        out.write(text + "\n")
    return 0


def _report(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    from .present import report_html

    wanted = _reasons(args.reasons)
    corpus = _corpus(args, errors, progress)
    page = report_html(corpus, title=args.title, reasons=wanted)
    if args.output:
        _write(args.output, page)
    else:
        out.write(page)
    return 0


def _models(args: argparse.Namespace, out: TextIO, errors: list[str], progress: _Progress) -> int:
    from .engines.stanza_engine import download_models

    where = download_models(args.lang, models_dir=args.models_dir, processors=args.processors)
    out.write(f"stanza models for {args.lang!r} are in {where}\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteprov",
        description="Find quotes in news articles, who said them and where they were first given.",
        epilog="Run 'quoteprov COMMAND --help' for each command's options and examples. Exit codes: 0 "
        "fine, 1 some input failed (or, for flag, something was flagged), 2 usage error.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, summary: str, description: str, examples: Sequence[str]) -> argparse.ArgumentParser:
        made = sub.add_parser(
            name, help=summary, description=description,
            epilog="examples:\n" + "\n".join(f"  {example}" for example in examples),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        made.add_argument("paths", nargs="+", metavar="PATH", help=_INPUTS_HELP)
        made.add_argument("--engine", choices=("rules", "stanza"), default="rules",
                          help="rules (default, no model) or stanza (needs quoteprov[stanza] and its models)")
        made.add_argument("--models-dir", help="stanza's model folder (default: $STANZA_RESOURCES_DIR)")
        made.add_argument("--lexicon", metavar="FOLDER",
                          help="a folder of word lists named as quoteprov/lexicons/ ones: each extends its list")
        made.add_argument("--lexicon-replace", action="store_true",
                          help="the --lexicon folder's lists replace quoteprov's instead of extending them")
        made.add_argument("--disable", default="", metavar="SIEVES",
                          help="comma-separated sieve or outlet cue names to switch off (README \"Sieves\")")
        made.add_argument("--max-chars", type=int, default=MAX_CHARS, metavar="N",
                          help=f"skip, with a message, any article longer than N characters (default {MAX_CHARS:,}; 0: no limit)")
        return made

    extract = command(
        "extract", "print every quote with speaker and outlet as JSON",
        "Print one JSON object per article (schema in README): every quote with its speaker, "
        "the outlet it was first given to, offsets and the rules that decided.",
        ["quoteprov extract seeds/",
         "quoteprov extract --format json saved_page.html > quotes.json",
         "echo '“Yes,” Jane Doe told Reuters.' | quoteprov extract -"],
    )
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl",
                         help="jsonl: one object a line (default); json: one array")
    reasons_help = (f"comma-separated reasons to report, of {','.join(FLAG_REASONS)} "
                    f"(default: {','.join(DEFAULT_FLAG_REASONS)})")
    flag = command(
        "flag", "list quotes with no speaker, an anonymous speaker or no outlet",
        "One line per finding, path:line:col: reason: “quote…”. Exit code 1 when anything is "
        "flagged (or an input failed), 0 when nothing is, 2 on usage errors, so it can gate a "
        "publishing pipeline.",
        ["quoteprov flag drafts/",
         "quoteprov flag --reasons no_speaker,anonymous_speaker story.txt",
         "quoteprov flag --json drafts/ | jq .reasons"],
    )
    flag.add_argument("--json", action="store_true", help="one JSON object per finding")
    flag.add_argument("--reasons", default="", help=reasons_help)
    graph = command(
        "graph", "build the citation graph of a corpus (JSON, GraphML, GEXF or an HTML page)",
        "Analyse every article and write the citation graph: articles, outlets, speakers, "
        "remarks, quotes.",
        ["quoteprov graph seeds/ > seeds.json",
         "quoteprov graph seeds/ --format graphml -o seeds.graphml",
         "quoteprov graph seeds/ --format html -o graph.html"],
    )
    graph.add_argument("--format", choices=("json", "graphml", "gexf", "html"), default="json")
    graph.add_argument("-o", "--output", help="write to this file (needed for graphml and gexf)")
    report = command(
        "report", "write one self-contained HTML page for a corpus",
        "Write one HTML page (offline, no external files): each article with its quotes "
        "highlighted by speaker and flagged quotes marked, a table of remarks and their "
        "sources, and the citation graph.",
        ["quoteprov report seeds/ -o report.html",
         "quoteprov report --reasons no_speaker --title 'Desk review' drafts/ > review.html"],
    )
    report.add_argument("-o", "--output", help="write to this file (default: standard output)")
    report.add_argument("--title", default="quoteprov report", help="the page's title")
    report.add_argument("--reasons", default="", help=reasons_help.replace("report", "mark"))
    models = sub.add_parser("models", help="fetch the stanza engine's models (needs internet)",
                            description="quoteprov never downloads on its own; this is the one way to.")
    download = models.add_subparsers(dest="action", required=True).add_parser(
        "download", help="run stanza.download into the model folder",
        description="Example: python -m quoteprov models download --models-dir ~/stanza_resources",
    )
    download.add_argument("--lang", default="en", help="language code (default: en)")
    download.add_argument("--models-dir", help="where to put them (default: $STANZA_RESOURCES_DIR or stanza's own)")
    download.add_argument("--processors", help="stanza processors (default: the engine's; add coref for chains)")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command; returns the exit code (0 fine, 1 flagged or input failed, 2 usage)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    for stream in (out, err):
        # A lone surrogate (half an emoji in scraped text, a file name that was not UTF-8)
        # is written as its escape, never a crash mid-run: in JSON the escape reads back.
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    progress = _Progress.for_run(err, args.command, getattr(args, "paths", []))
    errors = _Errors(args.command, err, progress)
    args.outputs = _outputs(args, out)
    run = {"extract": _extract, "flag": _flag, "graph": _graph, "report": _report, "models": _models}[args.command]
    try:
        code = run(args, out, errors, progress)
        out.flush()
    except _Usage as exc:
        progress.clear()
        err.write(f"quoteprov {args.command}: {exc}\n")
        return 2
    except (_Failure, QuoteprovError) as exc:
        progress.clear()
        err.write(f"quoteprov {args.command}: {exc}\n")
        return 1
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as other Unix tools do.
        if out is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        progress.clear()
        err.write(f"quoteprov {args.command}: interrupted\n")
        return 130
    finally:
        progress.clear()
    if errors:
        return max(code, 1)
    return code


if __name__ == "__main__":
    sys.exit(main())
