"""The ``quoteprov`` command: ``extract`` quotes as JSON, ``flag`` quotes with no speaker or
source, ``graph`` the citation graph of a corpus, ``report`` a corpus as one HTML page,
``models download`` for the stanza engine.

The package: ``commands`` (what each command does), ``terminal`` (what it shows on a
terminal: messages, the progress line, escaped text)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from ..analysis import MAX_CHARS
from ..errors import QuoteprovError
from ..flags import DEFAULT_FLAG_REASONS, FLAG_REASONS
from .. import __version__
from ..output import atomic_text_file
from .commands import _INPUTS_HELP, _cluster, _Failure, _Usage, _extract, _flag, _graph, _models, _outputs, _report, _sources
from .terminal import _Errors, _Progress

__all__ = ["main"]

# The commands that write to standard output as they go; with -o they write to a file.
_STREAMED = ("extract", "flag", "sources")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteprov",
        description="Find quotes in news articles, who said them and where they were first given.",
        epilog="Run 'quoteprov COMMAND --help' for each command's options and examples. Exit codes: 0 "
        "fine, 1 some input failed, 2 usage error; flag: 1 something was flagged, 2 usage or input error.",
    )
    parser.add_argument("--version", action="version", version=f"quoteprov {__version__}",
                        help="print the version and exit")
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
        made.add_argument("--jobs", type=int, default=1, metavar="N",
                          help="analyse the articles in N processes (default 1); the output is the same")
        made.add_argument("--workers", type=int, metavar="N",
                          help="run on Dask: a local cluster of N worker processes (needs quoteprov[dask]; "
                               "the output is the same)")
        made.add_argument("--scheduler", metavar="ADDRESS",
                          help="run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786; "
                               "README \"Big corpora\")")
        made.add_argument("--allow-private-urls", action="store_true",
                          help="download URLs on this machine or a private network too (refused by default, "
                               "so a shared service cannot be made to read internal pages)")
        return made

    extract = command(
        "extract", "print every quote with speaker and outlet as JSON",
        "Print one JSON object per article (schema in README): every quote with its speaker, "
        "the outlet it was first given to, offsets and the rules that decided.",
        ["quoteprov extract seeds/",
         "quoteprov extract --format json saved_page.html > quotes.json",
         "echo '“Yes,” Jane Doe told Reuters.' | quoteprov extract -"],
    )
    extract.add_argument("--format", choices=("jsonl", "json", "table"), default=None,
                         help="jsonl: one object a line (the default when output is piped or a file); "
                              "json: one array; table: one table per article for reading (the default "
                              "on a terminal)")
    extract.add_argument("-o", "--output", help="write to this file (default: standard output)")
    reasons_help = (f"comma-separated reasons to report, of {','.join(FLAG_REASONS)} "
                    f"(default: {','.join(DEFAULT_FLAG_REASONS)})")
    flag = command(
        "flag", "list quotes with no speaker, an anonymous speaker or no outlet",
        "One line per finding, path:line:col: reason: “quote…”. Exit code 1 when anything is "
        "flagged, 0 when nothing is, 2 on a usage or input error (a file that could not be read), "
        "so it can gate a publishing pipeline.",
        ["quoteprov flag drafts/",
         "quoteprov flag --reasons no_speaker,anonymous_speaker story.txt",
         "quoteprov flag --json drafts/ | jq .reasons"],
    )
    flag.add_argument("--format", choices=("text", "json"), default="text",
                      help="text: path:line:col lines (default); json: one JSON object per finding")
    flag.add_argument("--json", action="store_const", const="json", dest="format", help="the same as --format json")
    flag.add_argument("-o", "--output", help="write to this file (default: standard output)")
    flag.add_argument("--reasons", default="", help=reasons_help)
    graph = command(
        "graph", "build the citation graph of a corpus (JSON, GraphML, GEXF or an HTML page)",
        "Analyse every article and write the citation graph: articles, outlets, speakers, "
        "remarks, quotes.",
        ["quoteprov graph seeds/ > seeds.json",
         "quoteprov graph seeds/ --format graphml -o seeds.graphml",
         "quoteprov graph seeds/ --format html -o graph.html"],
    )
    graph.add_argument("--format", choices=("json", "graphml", "gexf", "html"), default="json",
                       help="json: node-link (default); graphml, gexf: for Gephi and yEd; html: an offline page")
    graph.add_argument("-o", "--output", help="write to this file (needed for graphml and gexf)")
    report = command(
        "report", "write one self-contained HTML page for a corpus",
        "Write one HTML page (offline, no external files): each article with its quotes "
        "highlighted by speaker and flagged quotes marked, a table of remarks and their "
        "sources, and the citation graph.",
        ["quoteprov report seeds/ -o report.html",
         "quoteprov report --reasons no_speaker --title 'Desk review' drafts/ > review.html"],
    )
    report.add_argument("--format", choices=("html",), default="html", help="html: one self-contained page")
    report.add_argument("-o", "--output", help="write to this file (standard output only when it is not a terminal)")
    report.add_argument("--title", default="quoteprov report", help="the page's title")
    report.add_argument("--reasons", default="", help=reasons_help.replace("report", "mark"))
    sources = command(
        "sources", "print each primary source and the articles that relay it, by which route",
        "Analyse every article, build the citation graph, and print each primary source (the "
        "outlet where the words were first given, how, and who spoke) with every article that "
        "relays it and its route: directly, via an outlet it cites, or by the same words "
        "without naming it.",
        ["quoteprov sources seeds/", "quoteprov sources --format json corpus.jsonl -o sources.json"],
    )
    sources.add_argument("--format", choices=("text", "json"), default="text",
                         help="text: a tree of lines (default); json: a list of sources")
    sources.add_argument("-o", "--output", help="write to this file (default: standard output)")
    models = sub.add_parser("models", help="fetch the stanza engine's models (needs internet)",
                            description="quoteprov never downloads on its own; this is the one way to.")
    download = models.add_subparsers(dest="action", required=True, help="download: fetch the models").add_parser(
        "download", help="run stanza.download into the model folder",
        description="Example: python -m quoteprov models download --models-dir ~/stanza_resources",
    )
    download.add_argument("--lang", default="en", help="language code (default: en)")
    download.add_argument("--models-dir", help="where to put them (default: $STANZA_RESOURCES_DIR or stanza's own)")
    download.add_argument("--processors", help="stanza processors (default: the engine's; add coref for chains)")
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command; returns the exit code: 0 fine, 1 some input failed, 2 usage error,
    130 interrupted; ``flag`` returns 1 only when it flagged something and 2 when an input
    failed, so a pipeline gating on it can tell the two apart."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    for stream in (out, err):
        # A lone surrogate (half an emoji in scraped text, a file name that was not UTF-8)
        # is written as its escape, never a crash mid-run: in JSON the escape reads back.
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    parser = _parser()
    try:  # usage errors and --help/--version go to the streams this run was given
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    progress = _Progress.for_run(err, args.command, getattr(args, "paths", []))
    errors = _Errors(args.command, err, progress)
    args.outputs = _outputs(args, out)
    failed = 2 if args.command == "flag" else 1  # flag's 1 means "flagged"
    try:
        code = _run(args, out, errors, progress)
        out.flush()
    except _Usage as exc:
        progress.clear()
        err.write(f"quoteprov {args.command}: {exc}\n")
        return 2
    except (_Failure, QuoteprovError) as exc:
        progress.clear()
        err.write(f"quoteprov {args.command}: {exc}\n")
        return failed
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
        progress.close()
    if errors:
        return failed if args.command == "flag" else max(code, 1)
    return code


def _run(args: argparse.Namespace, out: TextIO, errors: _Errors, progress: _Progress) -> int:
    """The command's own work, into ``-o`` (streamed atomically) or standard output."""
    run = {"extract": _extract, "flag": _flag, "graph": _graph, "report": _report, "sources": _sources,
           "models": _models}[args.command]
    with _cluster(args, errors):
        return _written(run, args, out, errors, progress)


def _written(run: Callable[..., int], args: argparse.Namespace, out: TextIO, errors: _Errors, progress: _Progress) -> int:
    if not (args.command in _STREAMED and getattr(args, "output", None)):
        return run(args, out, errors, progress)
    try:
        with atomic_text_file(args.output) as file:  # a failed run leaves any earlier file
            return run(args, file, errors, progress)
    except OSError as exc:
        raise _Failure(f"cannot write {args.output!r}: {exc.strerror or exc}") from None


if __name__ == "__main__":
    sys.exit(main())
