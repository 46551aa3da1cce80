"""quoteprov on Dask: the same analysis, remark grouping and graph as one process, on a
laptop's cores or a cluster (``pip install 'quoteprov[dask]'``; README "Big corpora")."""

from __future__ import annotations

try:
    import dask  # noqa: F401
    import distributed  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised without the extra
    from ..errors import MissingExtraError

    raise MissingExtraError(
        f"quoteprov.distributed needs Dask ({exc.name or exc} is missing); install it with pip install 'quoteprov[dask]'"
    ) from None

from .analysis import PARTITION, Entry, FileRef, analyze_results, file_refs
from .corpus import QUOTE_COLUMNS, analyze_corpus, connect, quote_rows, write_outputs, write_quotes
from .remarks import group_remarks

__all__ = ["PARTITION", "QUOTE_COLUMNS", "Entry", "FileRef", "analyze_corpus", "analyze_results", "connect",
           "file_refs", "group_remarks", "quote_rows", "write_outputs", "write_quotes"]
