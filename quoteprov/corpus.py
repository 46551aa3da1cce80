"""Articles with their metadata, read from folders of text files or JSON Lines corpora."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from .errors import QuoteprovError

__all__ = ["Article", "CorpusError", "load_articles", "METADATA_NAMES"]

#: metadata files looked for in a folder of .txt articles
METADATA_NAMES = ("metadata.jsonl", "metadata.json")
_FIELDS = ("id", "outlet", "url", "published", "title", "byline")


class CorpusError(QuoteprovError, ValueError):
    """A corpus file or metadata file cannot be read as documented."""


@attrs.frozen
class Article:
    """One article: its text and whatever is known about it (unknown fields are None).

    >>> Article("a1", "“Yes,” Jane Doe said.", outlet="Example Daily").outlet
    'Example Daily'
    """

    id: str
    text: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    byline: str | None = None
    source: str | None = None

    @classmethod
    def from_dict(cls, raw: dict[str, Any], *, where: str) -> Article:
        """An article from a JSON object with "text" (and "id", "outlet", … when known)."""
        text = raw.get("text")
        if not isinstance(text, str):
            raise CorpusError(f"{where}: an article needs a 'text' string, got {type(text).__name__}")
        fields = {k: (str(raw[k]) if raw.get(k) is not None else None) for k in _FIELDS}
        return cls(
            id=fields["id"] or where,
            text=text,
            outlet=fields["outlet"],
            url=fields["url"],
            published=fields["published"],
            title=fields["title"],
            byline=fields["byline"],
            source=raw.get("source") or where,
        )


def _read_metadata(folder: Path) -> dict[str, dict[str, Any]]:
    """Metadata by article id (a file's stem), from metadata.jsonl or metadata.json."""
    for name in METADATA_NAMES:
        path = folder / name
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        try:
            if name.endswith(".jsonl"):
                rows = [json.loads(line) for line in text.splitlines() if line.strip()]
            else:
                loaded = json.loads(text)
                rows = loaded if isinstance(loaded, list) else [{"id": k, **v} for k, v in loaded.items()]
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
        out = {}
        for row in rows:
            if not isinstance(row, dict) or "id" not in row:
                raise CorpusError(f"{path}: every metadata entry needs an 'id' (the file name without .txt)")
            out[str(row["id"])] = row
        return out
    return {}


def load_articles(paths: Iterable[str | Path], *, errors: list[str] | None = None) -> Iterator[Article]:
    """Articles from files and folders: ``.txt`` files (a folder's metadata file adds
    outlet, url, published, title, byline by id = file stem) and ``.jsonl`` corpora (one
    article a line). Unreadable inputs are reported in ``errors`` (or raised if None).
    """

    def fail(message: str) -> None:
        if errors is None:
            raise CorpusError(message)
        errors.append(message)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in (".txt", ".jsonl"))
            files = [p for p in files if p.name not in METADATA_NAMES]
        elif path.is_file():
            files = [path]
        else:
            fail(f"{raw}: no such file or folder")
            continue
        metadata_cache: dict[Path, dict[str, dict[str, Any]]] = {}
        for file in files:
            try:
                data = file.read_bytes().decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                fail(f"{file}: not UTF-8 (offset {exc.start}); skipped")
                continue
            except OSError as exc:
                fail(f"{file}: cannot read ({exc.strerror}); skipped")
                continue
            if file.suffix.lower() == ".jsonl":
                for number, line in enumerate(data.splitlines(), 1):
                    if not line.strip():
                        continue
                    where = f"{file}:{number}"
                    try:
                        yield Article.from_dict(json.loads(line), where=where)
                    except (json.JSONDecodeError, CorpusError) as exc:
                        fail(f"{where}: {exc}; skipped")
                continue
            if file.parent not in metadata_cache:
                metadata_cache[file.parent] = _read_metadata(file.parent)
            meta = metadata_cache[file.parent].get(file.stem, {})
            yield Article.from_dict({**meta, "id": meta.get("id", file.stem), "text": data, "source": str(file)}, where=str(file))
