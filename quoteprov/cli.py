"""The ``quoteprov`` command: ``extract`` quotes as JSON, ``flag`` quotes with no speaker or
source, ``graph`` the citation graph of a corpus, ``models download`` for the stanza engine."""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .analysis import Analysis, analyze
from .corpus import Article, load_articles
from .engines import Engine, get_engine
from .errors import QuoteprovError

__all__ = ["main"]

_REASONS = {
    "no_speaker": "no speaker",
    "anonymous_speaker": "anonymous speaker",
    "no_outlet": "no outlet named",
}


def _articles(paths: Sequence[str], errors: list[str]) -> Iterator[Article]:
    """Articles from files, folders (recursively: .txt with a metadata file, .jsonl) and ``-`` (stdin)."""
    for raw in paths:
        if raw == "-":
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is None:  # a text stream handed in by a caller (tests)
                yield Article("stdin", sys.stdin.read(), source="<stdin>")
                continue
            data = buffer.read()
            try:
                yield Article("stdin", data.decode("utf-8-sig"), source="<stdin>")
            except UnicodeDecodeError as exc:
                errors.append(f"<stdin>: not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); skipped")
            continue
        found = False
        for article in load_articles([raw], errors=errors):
            found = True
            yield article
        if not found and Path(raw).is_dir():
            errors.append(f"{raw}: no .txt or .jsonl files in this folder")


def _analyses(args: argparse.Namespace, errors: list[str]) -> Iterator[Analysis]:
    engine = get_engine(args.engine, models_dir=args.models_dir)
    articles = _articles(args.paths, errors)
    while batch := list(itertools.islice(articles, engine.batch_size)):
        # stanza parses the batch together (the rules have nothing to batch); if that
        # fails, each article below is parsed alone and reports its own error.
        with contextlib.suppress(Exception):
            engine.prepare([a.text for a in batch])
        yield from _analyse_batch(batch, engine, errors)


def _analyse_batch(batch: list[Article], engine: Engine, errors: list[str]) -> Iterator[Analysis]:
    for article in batch:
        try:
            yield analyze(
                article.text, article_id=article.id, outlet=article.outlet, url=article.url,
                title=article.title, published=article.published, source=article.source,
                engine=engine,
            )
        except Exception as exc:  # a bug must not end a batch: report it and go on
            errors.append(
                f"{article.source}: internal error ({type(exc).__name__}: {exc}); skipped — "
                f"please report it with the file"
            )


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _extract(args: argparse.Namespace, out: TextIO, errors: list[str]) -> int:
    results = (a.to_dict() for a in _analyses(args, errors))
    if args.format == "json":
        json.dump(list(results), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for result in results:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


def _flag(args: argparse.Namespace, out: TextIO, errors: list[str]) -> int:
    wanted = set(args.reasons.split(",")) if args.reasons else set(_REASONS)
    unknown = wanted - set(_REASONS)
    if unknown:
        raise _Usage(f"unknown reason(s) {sorted(unknown)}; choose from {sorted(_REASONS)}")
    flagged = 0
    for analysis in _analyses(args, errors):
        text = analysis.document.text
        for attribution in analysis.attributions:
            reasons = [r for r in attribution.flags if r in wanted]
            if not reasons:
                continue
            flagged += 1
            line, col = _line_col(text, attribution.quote.span.start)
            words = attribution.quote.content.text.split()
            snippet = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
            if args.json:
                out.write(json.dumps({
                    "path": analysis.article.source, "line": line, "col": col,
                    "start": attribution.quote.span.start, "end": attribution.quote.span.end,
                    "reasons": reasons, "quote": attribution.quote.content.text,
                }, ensure_ascii=False) + "\n")
            else:
                why = ", ".join(_REASONS[r] for r in reasons)
                out.write(f"{analysis.article.source}:{line}:{col}: {why}: “{snippet}”\n")
    return 1 if flagged else 0


def _graph(args: argparse.Namespace, out: TextIO, errors: list[str]) -> int:
    from . import graph as graphs

    articles = list(_articles(args.paths, errors))
    corpus = graphs.analyze_corpus(articles, engine=args.engine, models_dir=args.models_dir)
    g = corpus.graph
    if args.format in ("graphml", "gexf"):
        if not args.output:
            raise _Usage(f"--format {args.format} writes a file: give it with -o FILE")
        (graphs.write_graphml if args.format == "graphml" else graphs.write_gexf)(g, args.output)
    else:
        text = graphs.dumps(g) if args.format == "json" else _html(g)
        if args.output:
            Path(args.output).write_text(text + "\n", encoding="utf-8")
        else:
            out.write(text + "\n")
    return 0


def _models(args: argparse.Namespace, out: TextIO, errors: list[str]) -> int:
    from .engines.stanza_engine import download_models

    where = download_models(args.lang, models_dir=args.models_dir, processors=args.processors)
    out.write(f"stanza models for {args.lang!r} are in {where}\n")
    return 0


def _html(g: object) -> str:
    from .view import to_html

    return to_html(g)  # type: ignore[arg-type]


class _Usage(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteprov",
        description="Find quotes in news articles, who said them and where they were first given.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        made = sub.add_parser(name, help=summary, description=description)
        made.add_argument(
            "paths", nargs="+",
            help="files, folders (read recursively: .txt with a metadata.jsonl, .jsonl corpora) or - for stdin",
        )
        made.add_argument("--engine", choices=("rules", "stanza"), default="rules",
                          help="rules (default, no model) or stanza (needs quoteprov[stanza] and its models)")
        made.add_argument("--models-dir", help="stanza's model folder (default: $STANZA_RESOURCES_DIR)")
        return made

    extract = command(
        "extract", "print every quote with speaker and outlet as JSON",
        "Print one JSON object per article (schema in README). Example: quoteprov extract seeds/",
    )
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    flag = command(
        "flag", "list quotes with no speaker, an anonymous speaker or no outlet",
        "One line per finding, path:line:col: reason: “quote…”. Exit code 1 when anything is "
        "flagged, 0 when nothing is, 2 on usage errors. Example: quoteprov flag drafts/",
    )
    flag.add_argument("--json", action="store_true", help="one JSON object per finding")
    flag.add_argument(
        "--reasons",
        default="",
        help=f"comma-separated reasons to report (default: all of {','.join(_REASONS)})",
    )
    graph = command(
        "graph", "build the citation graph of a corpus (JSON, GraphML, GEXF or an HTML page)",
        "Analyse every article and write the citation graph: articles, outlets, speakers, "
        "remarks, quotes. Example: quoteprov graph seeds/ --format graphml -o seeds.graphml",
    )
    graph.add_argument("--format", choices=("json", "graphml", "gexf", "html"), default="json")
    graph.add_argument("-o", "--output", help="write to this file (needed for graphml and gexf)")
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
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    errors: list[str] = []
    try:
        run = {"extract": _extract, "flag": _flag, "graph": _graph, "models": _models}[args.command]
        code = run(args, out, errors)
    except _Usage as exc:
        err.write(f"quoteprov {args.command}: {exc}\n")
        return 2
    except QuoteprovError as exc:
        err.write(f"quoteprov {args.command}: {exc}\n")
        return 1
    for error in errors:
        err.write(f"quoteprov {args.command}: {error}\n")
    if errors:
        return max(code, 1)
    return code


if __name__ == "__main__":
    sys.exit(main())
