"""Articles with their metadata, read from folders of text files, saved web pages or JSON
Lines corpora."""

from __future__ import annotations

import codecs
import hashlib
import importlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from .encodings import web_codec
from .errors import DecodeError, InputTypeError, MissingExtraError, QuoteprovError
from .text import decode_bytes

__all__ = [
    "HTML_SUFFIXES",
    "INPUT_SUFFIXES",
    "METADATA_NAMES",
    "Article",
    "CorpusError",
    "MissingExtraError",
    "article_ids",
    "decode_text",
    "find_inputs",
    "load_articles",
]

#: metadata files looked for in a folder of .txt articles
METADATA_NAMES = ("metadata.jsonl", "metadata.json")
#: saved web pages, read with :meth:`Article.from_html`
HTML_SUFFIXES = (".html", ".htm")
#: the files a folder is searched for (recursively)
INPUT_SUFFIXES = (".txt", ".jsonl", *HTML_SUFFIXES)
_FIELDS = ("id", "outlet", "url", "published", "title", "byline")
# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]{1,40})", re.IGNORECASE)


class CorpusError(QuoteprovError, ValueError):
    """A corpus file or metadata file cannot be read as documented."""


def decode_text(data: bytes, *, where: str, encoding: str | None = None) -> str:
    """Bytes of a text file as ``str``: UTF-8 (or UTF-16 with a byte-order mark, or the
    given ``encoding``). Binary data and invalid bytes raise :class:`CorpusError` saying
    which byte; nothing is replaced silently, so offsets always refer to the real text.

    >>> decode_text("“Yes”".encode("utf-8"), where="a.txt")
    '“Yes”'
    >>> decode_text(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00", where="a.txt")
    Traceback (most recent call last):
    ...
    quoteprov.corpus.CorpusError: a.txt: a binary file, not text (NUL byte at offset 8); skipped
    """
    try:
        return decode_bytes(data, encoding, binary_check=True)
    except DecodeError as exc:
        hint = " — convert it to UTF-8 (e.g. iconv -f cp1252 -t utf-8)" if str(exc).startswith("not ") else ""
        if str(exc).startswith("looks like UTF-16"):
            hint = " — convert it to UTF-8 (e.g. iconv -f utf-16le -t utf-8)"
        raise CorpusError(f"{where}: {exc}; skipped{hint}") from None


def _decode_html(data: bytes, where: str) -> str:
    """A saved page's text: its byte-order mark, else its <meta charset> read as browsers
    read it (:func:`quoteprov.encodings.web_codec`; a label they do not know is ignored),
    else UTF-8. A page whose bytes are not the encoding it declares is read as UTF-8 if
    they are that, else reported."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data, where=where)
    found = _META_CHARSET.search(data, 0, 4096)
    label = found.group(1).decode("ascii") if found else ""
    declared = web_codec(label) if label else None
    if declared is None or declared == "utf-8":
        return decode_text(data, where=where)
    try:
        return decode_text(data, where=where, encoding=declared)
    except CorpusError:
        try:
            return decode_text(data, where=where)
        except CorpusError:
            raise CorpusError(
                f"{where}: the page declares {label!r} but its bytes are neither that "
                "nor UTF-8; skipped"
            ) from None


def _flag(value: object, where: str) -> bool:
    """A yes/no field of an article's metadata: JSON true/false (or absent)."""
    if value is None or isinstance(value, bool):
        return bool(value)
    raise CorpusError(f"{where}: 'primary' must be true or false, got {value!r}")


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
    #: the words as first given (a transcript, a press release, the interview itself),
    #: supplied to check the relays' wording against: ``"primary": true`` in metadata
    primary: bool = False

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
            primary=_flag(raw.get("primary"), where),
        )

    @classmethod
    def from_html(
        cls, html: str | bytes, url: str | None = None, *, id: str | None = None, source: str | None = None
    ) -> Article:
        """An article from a saved web page: its main text without menus, footers, comments
        or bylines, and its title, date, site name (as ``outlet``) and author (as ``byline``).

        Extraction is trafilatura's (install ``quoteprov[html]``). ``text`` is the
        extracted text, one paragraph a line, so quotes found in it have offsets into
        ``Article.text``, not into the HTML. Bytes are decoded by their byte-order mark,
        else the page's ``<meta charset>``, else as UTF-8.

        Args:
            html: The page, as ``str`` or as the bytes saved from the web.
            url: Where the page came from; else the page's canonical URL, if it gives one.
            id: The article id; else the URL, else a digest of the text.
            source: Where the page was read from (a file name), for messages and output.

        Raises:
            MissingExtraError: trafilatura is not installed.
            CorpusError: the bytes cannot be decoded, or the page has no text to extract.
        """
        where = source or url or "<html>"
        # trafilatura replaces main text under 250 characters with the whole page's text
        # (menus included); a one-paragraph press note is still an article, so the floor
        # is lowered and the whole-page fallback is only tried when nothing was found.
        if isinstance(html, (bytes, bytearray)):
            html = _decode_html(bytes(html), where)
        if not isinstance(html, str):
            raise InputTypeError(f"{where}: expected the page as str or bytes, got {type(html).__name__}")
        try:
            trafilatura = importlib.import_module("trafilatura")
            settings = importlib.import_module("trafilatura.settings")
        except ImportError as exc:
            raise MissingExtraError(
                f"{where}: reading HTML needs trafilatura, which is not installed ({exc}); "
                f"install the extra with: pip install 'quoteprov[html]'"
            ) from None
        options: dict[str, Any] = {"url": url, "with_metadata": True, "include_comments": False}
        config = settings.use_config()
        config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "1"
        page = trafilatura.bare_extraction(html, config=config, **options)
        if page is None or not (page.text or "").strip():
            page = trafilatura.bare_extraction(html, **options)  # its whole-page fallback
        text = (page.text or "") if page is not None else ""
        if not text.strip():
            raise CorpusError(f"{where}: no article text found in the page; skipped")

        def meta(name: str) -> str | None:
            value = getattr(page, name, None)
            return (str(value).strip() or None) if value is not None else None

        found_url = url or meta("url")
        digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
        return cls(
            id=id or found_url or f"html-{digest}",
            text=text,
            outlet=meta("sitename"),
            url=found_url,
            published=meta("date"),
            title=meta("title"),
            byline=meta("author"),
            source=source,
        )


def _read_metadata(folder: Path) -> dict[str, dict[str, Any]]:
    """Metadata by article id (a file's stem), from metadata.jsonl or metadata.json."""
    for name in METADATA_NAMES:
        path = folder / name
        if not path.is_file():
            continue
        try:
            text = decode_text(path.read_bytes(), where=str(path))
        except OSError as exc:
            raise CorpusError(f"{path}: cannot read ({exc.strerror}); the folder is read without it") from None
        try:
            if name.endswith(".jsonl"):
                rows = [json.loads(line) for line in text.split("\n") if line.strip()]
            else:
                loaded = json.loads(text)
                rows = loaded if isinstance(loaded, list) else [{"id": k, **v} for k, v in loaded.items()]
        except (json.JSONDecodeError, AttributeError, TypeError) as exc:
            detail = f"{exc.msg} at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else "not a list or object of objects"
            raise CorpusError(f"{path}: not valid JSON ({detail})") from None
        out = {}
        for row in rows:
            if not isinstance(row, dict) or "id" not in row:
                raise CorpusError(f"{path}: every metadata entry needs an 'id' (the file name without .txt)")
            out[str(row["id"])] = row
        return out
    return {}


def find_inputs(paths: Iterable[str | Path], *, errors: list[str] | None = None) -> list[Path]:
    """The files :func:`load_articles` reads for ``paths``: files as given, and each
    folder's ``.txt``, ``.html``, ``.htm`` and ``.jsonl`` files, recursively and sorted
    (metadata files left out). Missing paths and empty folders are reported in ``errors``
    (or raised if None).

    >>> [p.name for p in find_inputs(["seeds"])][:2]
    ['000_af5b5a21a34f328c.txt', '001_9d08bd687a90a578.txt']
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(_walk(path, errors))
            if not files:
                _fail(errors, f"{raw}: no {', '.join(INPUT_SUFFIXES)} files in this folder")
            found.extend(files)
        elif path.is_file():
            found.append(path)
        elif path.exists():
            _fail(errors, f"{raw}: {_odd_kind(path)}, not a file or folder; skipped")
        else:
            _fail(errors, f"{raw}: no such file or folder")
    return found


def _walk(folder: Path, errors: list[str] | None) -> Iterator[Path]:
    """The input files under ``folder``, following links to folders once each; an
    unreadable folder, a link that loops and anything that is not a regular file (a FIFO,
    a socket, a device) get one line in ``errors`` each."""
    visited: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        _fail(errors, f"{exc.filename}: cannot read this folder ({exc.strerror}); skipped")

    for top, dirs, names in os.walk(folder, onerror=unreadable, followlinks=True):
        status = os.stat(top)
        if (status.st_dev, status.st_ino) in visited:
            _fail(errors, f"{top}: a link back to a folder already read (a loop); skipped")
            dirs[:] = []
            continue
        visited.add((status.st_dev, status.st_ino))
        dirs.sort()
        for name in names:
            file = Path(top, name)
            if file.suffix.lower() not in INPUT_SUFFIXES or name in METADATA_NAMES:
                continue
            if file.is_file():
                yield file
            else:
                _fail(errors, f"{file}: {_odd_kind(file)}, not a regular file; skipped")


def _odd_kind(path: Path) -> str:
    if path.is_fifo():
        return "a FIFO (named pipe)"
    if path.is_socket():
        return "a socket"
    if path.is_block_device() or path.is_char_device():
        return "a device"
    if path.is_symlink():
        return "a broken link"
    return "not a regular file"


def _fail(errors: list[str] | None, message: str) -> None:
    if errors is None:
        raise CorpusError(message)
    errors.append(message)


def article_ids(files: Iterable[Path]) -> dict[Path, str]:
    """The article id of each text or page file: its name without the suffix (the stem)
    where no other file given has that stem; else its path from the folder all the inputs
    share, without the suffix (``monday/story``, ``tuesday/story``); else with it
    (``story.txt`` and ``story.html`` side by side). Ids are unique and the same in every
    run over the same inputs. (JSON Lines corpora give their own ids.)

    >>> ids = article_ids([Path("a/monday/story.txt"), Path("a/tuesday/story.txt"), Path("a/x.txt")])
    >>> sorted(ids.values())
    ['monday/story', 'tuesday/story', 'x']
    """
    named = [f for f in dict.fromkeys(files) if f.suffix.lower() != ".jsonl"]
    stems = Counter(f.stem for f in named)
    clashing = [f for f in named if stems[f.stem] > 1]
    ids = {f: f.stem for f in named if stems[f.stem] == 1}
    if clashing:
        root = os.path.commonpath([os.path.abspath(f.parent) for f in clashing])
        relative = {f: Path(os.path.relpath(os.path.abspath(f), root)) for f in clashing}
        without = Counter(r.with_suffix("").as_posix() for r in relative.values())
        for f, r in relative.items():
            bare = r.with_suffix("").as_posix()
            ids[f] = bare if without[bare] == 1 else r.as_posix()
    return ids


def load_articles(
    paths: Iterable[str | Path],
    *,
    errors: list[str] | None = None,
    on_file: Callable[[Path], None] | None = None,
    notices: list[str] | None = None,
    exclude: Iterable[str | Path | int] = (),
    seen: dict[str, str] | None = None,
) -> Iterator[Article]:
    """Articles from files and folders: ``.txt`` files (a folder's metadata file adds
    outlet, url, published, title, byline by file stem), ``.html``/``.htm`` saved web
    pages (:meth:`Article.from_html`; the metadata file overrides what the page says) and
    ``.jsonl`` corpora (one article a line). Unreadable inputs, binary files and bad
    encodings are reported in ``errors``, one line each, and skipped (or raised if None).
    ``on_file`` is called with each file before it is read (for progress).

    No article is lost or merged: each file's id is unique (:func:`article_ids`), and an
    id given twice (in JSON Lines, or clashing with a file's) is an error naming both
    places, the second skipped. ``seen`` (id → where) carries ids across calls. quoteprov's
    own output (JSON Lines of ``quoteprov.…`` records) and the files in ``exclude`` (this
    run's output: paths, or open file descriptors such as standard output's) are skipped
    with a line in ``notices``.
    """
    files = find_inputs(paths, errors=errors)
    ids = article_ids(files)
    outputs = {_identity(p) for p in exclude} - {None}
    seen = {} if seen is None else seen
    metadata_cache: dict[Path, dict[str, dict[str, Any]]] = {}
    for file in files:
        if outputs and _identity(file) in outputs:  # e.g. quoteprov extract folder/ > folder/out.jsonl
            _notice(notices, f"{file}: this run's output; not read as input")
            continue
        if on_file is not None:
            on_file(file)
        for article in _read_file(file, ids.get(file), metadata_cache, errors, notices):
            first = seen.setdefault(article.id, article.source or str(file))
            if first != (article.source or str(file)):
                _fail(errors, f"{article.source}: article id {article.id!r} is already the id of {first}; "
                              f"skipped (give each article its own id)")
                continue
            yield article


def _identity(path: str | Path | int) -> tuple[int, int] | None:
    """The file a path or an open descriptor is (device, inode), or None if there is none."""
    try:
        status = os.fstat(path) if isinstance(path, int) else os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _notice(notices: list[str] | None, message: str) -> None:
    if notices is not None:
        notices.append(message)


def _read_file(
    file: Path, derived: str | None, metadata_cache: dict[Path, dict[str, dict[str, Any]]],
    errors: list[str] | None, notices: list[str] | None,
) -> Iterator[Article]:
    where = str(file)
    try:
        data = file.read_bytes()
    except OSError as exc:
        _fail(errors, f"{file}: cannot read ({exc.strerror}); skipped")
        return
    suffix = file.suffix.lower()
    try:
        if suffix == ".jsonl":
            text = decode_text(data, where=where)
            del data  # a big corpus file: its bytes are not kept while its articles are read
            yield from _jsonl(text, where, errors, notices)
            return
        if file.parent not in metadata_cache:
            try:
                metadata_cache[file.parent] = _read_metadata(file.parent)
            except CorpusError as exc:
                metadata_cache[file.parent] = {}
                _fail(errors, str(exc))
        meta = metadata_cache[file.parent].get(file.stem, {})
        ident = derived or file.stem
        if suffix in HTML_SUFFIXES:
            page = Article.from_html(data, meta.get("url"), id=ident, source=where)
            known = {k: str(meta[k]) for k in _FIELDS if k != "id" and meta.get(k) is not None}
            yield attrs.evolve(page, **known, primary=_flag(meta.get("primary"), where))
            return
        text = decode_text(data, where=where)
    except QuoteprovError as exc:
        _fail(errors, str(exc))
        return
    try:  # a bad metadata field costs this file only
        article = Article.from_dict({**meta, "id": ident, "text": text, "source": where}, where=where)
    except QuoteprovError as exc:
        _fail(errors, str(exc))
        return
    yield article


def _lines(data: str) -> Iterator[str]:
    """``data.split("\\n")`` one line at a time (a list of every line of a big file would
    be a second copy of it)."""
    start = 0
    while (end := data.find("\n", start)) >= 0:
        yield data[start:end]
        start = end + 1
    yield data[start:]


def _jsonl(data: str, where: str, errors: list[str] | None, notices: list[str] | None) -> Iterator[Article]:
    # JSON Lines are split at \n only: str.splitlines() also breaks at U+2028, U+2029 and
    # U+0085, which json.dumps(ensure_ascii=False) writes raw inside strings.
    for number, line in enumerate(_lines(data), 1):
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise CorpusError(f"{at}: expected a JSON object, got {type(raw).__name__}")
            schema = raw.get("schema")
            if isinstance(schema, str) and schema.startswith("quoteprov."):
                _notice(notices, f"{where}: quoteprov's own output ({schema} records), not articles; skipped")
                return
            yield Article.from_dict(raw, where=at)
        except json.JSONDecodeError as exc:
            _fail(errors, f"{at}: not valid JSON ({exc.msg} at column {exc.colno}); skipped")
        except CorpusError as exc:
            _fail(errors, f"{exc}; skipped")
