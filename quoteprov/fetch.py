"""Web pages as input: ``quoteprov extract https://…`` downloads each page once, through
trafilatura's downloader (the ``html`` extra), and reads it as a saved page would be
read. Nothing is downloaded unless a URL is given; there is no retry on a refused
connection, and a page that does not answer within :data:`TIMEOUT` seconds is reported,
not waited for."""

from __future__ import annotations

import importlib
import logging

from .corpus import Article, CorpusError
from .errors import MissingExtraError

__all__ = ["TIMEOUT", "fetch_article", "is_url"]

#: seconds a page may take to answer
TIMEOUT = 20
#: the largest page read, in bytes (a news page is well under 2 MB)
MAX_BYTES = 20_000_000


def is_url(value: str) -> bool:
    """An ``http://`` or ``https://`` address (anything else is a path).

    >>> is_url("https://example.com/story"), is_url("stories/https.txt")
    (True, False)
    """
    return value.lower().startswith(("http://", "https://"))


def fetch_article(url: str, *, timeout: int = TIMEOUT, allow_private: bool = False) -> Article:
    """The article at ``url``: downloaded, its main text extracted (:meth:`Article.from_html`),
    with ``url`` as its url, id and source. An address on this machine or a private network
    is refused unless ``allow_private`` (trafilatura's protection against a service being
    made to read internal pages).

    Raises:
        MissingExtraError: trafilatura is not installed (``pip install 'quoteprov[html]'``).
        CorpusError: the page could not be downloaded (offline, no answer within ``timeout``
            seconds, an HTTP error) or has no text.
    """
    try:
        downloads = importlib.import_module("trafilatura.downloads")
        settings = importlib.import_module("trafilatura.settings")
    except ImportError:
        raise MissingExtraError(
            f"{url}: reading web pages needs trafilatura: pip install 'quoteprov[html]'"
        ) from None
    config = settings.use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(timeout))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(MAX_BYTES))
    config.set("DEFAULT", "MAX_REDIRECTS", "2")
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if allow_private else "on")
    # trafilatura logs a failed download itself; the reason reaches the user once, from here
    logger = logging.getLogger(downloads.__name__)
    quiet, logger.disabled = logger.disabled, True
    try:
        response = downloads.fetch_response(url, config=config)
    finally:
        logger.disabled = quiet
    if response is None:
        raise CorpusError(
            f"{url}: could not download the page (offline, no answer within {timeout} s, or an address on "
            f"this machine or a private network: allowed with --allow-private-urls)"
        )
    if response.status != 200:
        raise CorpusError(f"{url}: the server answered HTTP {response.status}; skipped")
    return Article.from_html(bytes(response.data), url, id=url, source=url)
