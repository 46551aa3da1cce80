"""The ``quoteprov`` command: ``extract`` quotes as JSON, ``flag`` quotes with no speaker or source."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .analysis import Analysis, analyze
from .errors import QuoteprovError

__all__ = ["main"]

_SUFFIXES = (".txt", ".text", ".md")
_REASONS = {
    "no_speaker": "no speaker",
    "anonymous_speaker": "anonymous speaker",
    "no_outlet": "no outlet named",
}


def _inputs(paths: Sequence[str], errors: list[str]) -> Iterator[tuple[str, str]]:
    """(source name, text) for each file; folders are read recursively; ``-`` is stdin."""
    for raw in paths:
        if raw == "-":
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is None:  # a text stream handed in by a caller (tests)
                yield "<stdin>", sys.stdin.read()
                continue
            data = buffer.read()
            try:
                yield "<stdin>", data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                errors.append(f"<stdin>: not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); skipped")
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES)
            if not files:
                errors.append(f"{raw}: no {'/'.join(_SUFFIXES)} files in this folder")
        elif path.exists():
            files = [path]
        else:
            errors.append(f"{raw}: no such file or folder")
            continue
        for file in files:
            try:
                data = file.read_bytes()
                yield str(file), data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                errors.append(f"{file}: not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); skipped")
            except OSError as exc:
                errors.append(f"{file}: cannot read ({exc.strerror}); skipped")


def _analyses(paths: Sequence[str], errors: list[str]) -> Iterator[Analysis]:
    for source, text in _inputs(paths, errors):
        article_id = Path(source).stem if source != "<stdin>" else "stdin"
        try:
            yield analyze(text, article_id=article_id, source=source)
        except Exception as exc:  # a bug must not end a batch: report it and go on
            errors.append(
                f"{source}: internal error ({type(exc).__name__}: {exc}); skipped — "
                f"please report it with the file"
            )


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _extract(args: argparse.Namespace, out: TextIO, errors: list[str]) -> int:
    results = (a.to_dict() for a in _analyses(args.paths, errors))
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
    for analysis in _analyses(args.paths, errors):
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


class _Usage(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteprov",
        description="Find quotes in news articles, who said them and where they were first given.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser(
        "extract",
        help="print every quote with speaker and outlet as JSON",
        description="Print one JSON object per article (schema in README). Example: quoteprov extract seeds/",
    )
    extract.add_argument("paths", nargs="+", help="files, folders (read recursively) or - for stdin")
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    flag = sub.add_parser(
        "flag",
        help="list quotes with no speaker, an anonymous speaker or no outlet",
        description=(
            "One line per finding, path:line:col: reason: “quote…”. Exit code 1 when anything is "
            "flagged, 0 when nothing is, 2 on usage errors. Example: quoteprov flag drafts/"
        ),
    )
    flag.add_argument("paths", nargs="+", help="files, folders (read recursively) or - for stdin")
    flag.add_argument("--json", action="store_true", help="one JSON object per finding")
    flag.add_argument(
        "--reasons",
        default="",
        help=f"comma-separated reasons to report (default: all of {','.join(_REASONS)})",
    )
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
        code = _extract(args, out, errors) if args.command == "extract" else _flag(args, out, errors)
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
