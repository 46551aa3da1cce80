"""The graph's contract: node ids, attribute values, and the one place each is made and read.

Node ids carry their kind as a prefix (``article:003``, ``outlet:tass``,
``outlet:own:…``, ``speaker:sergey-lavrov``, ``remark:…``, ``quote:003:q1``). Every id is
built by a function here and every id that is read back is read by a function here, so no
module builds a string another module has to take apart. Attribute values are only str,
int, float and bool (GraphML and GEXF take nothing else): a sequence is stored as one
string by :func:`join_values` and read back by :func:`split_values`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any, Literal

from ..names import name_words

__all__ = [
    "SCHEMA", "EDGE_DIRECTION", "NODE_KINDS", "NodeKind", "slug", "clean", "join_values", "split_values",
    "article_node", "quote_node", "outlet_node", "speaker_node", "node_kind", "article_id", "parse_quote_node",
]

SCHEMA = "quoteprov.graph/1"
EDGE_DIRECTION = "derived -> source: every edge points from the derived thing to what it comes from"

NodeKind = Literal["article", "outlet", "speaker", "remark", "quote"]
#: node kinds in the order a legend lists them
NODE_KINDS: tuple[NodeKind, ...] = ("article", "outlet", "speaker", "remark", "quote")

#: how a sequence attribute (a quote's flags, a relay's names) is stored as one string
_SEPARATOR = " | "


def slug(name: str) -> str:
    """A node-id-safe form of a name: "Sergey Lavrov" → "sergey-lavrov".

    >>> slug("Sergéy  Lavrov!"), slug("…")
    ('sergey-lavrov', 'unnamed')
    """
    return "-".join(name_words(name)) or "unnamed"


def join_values(values: Iterable[object]) -> str:
    """A sequence as one attribute value (read back with :func:`split_values`)."""
    return _SEPARATOR.join(str(v) for v in values)


def split_values(value: object) -> list[str]:
    """The sequence :func:`join_values` stored; a missing value is an empty list.

    >>> split_values(join_values(["no_speaker", "no_outlet"])), split_values(None)
    (['no_speaker', 'no_outlet'], [])
    """
    if value is None or value == "":
        return []
    return str(value).split(_SEPARATOR)


def clean(attributes: dict[str, Any]) -> dict[str, Any]:
    """Only GraphML/GEXF-safe values; None is left out, sequences are joined."""
    out: dict[str, Any] = {}
    for key, value in attributes.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set, frozenset)):
            value = sys.intern(join_values(value))  # flags repeat on thousands of nodes: one copy
        if not isinstance(value, (str, int, float, bool)):
            value = str(value)
        out[key] = value
    return out


def article_node(article: str) -> str:
    """The node of an article id."""
    return f"article:{article}"


def article_id(node: str) -> str:
    """The article id of an article node (an id given bare is returned as it is)."""
    return node.removeprefix("article:")


def quote_node(article: str, number: int) -> str:
    """The node of an article's ``number``-th quote (1-based, as the JSON's ``q1``)."""
    return f"quote:{article}:q{number}"


def parse_quote_node(node: str) -> tuple[str, int]:
    """The article id and quote number of a quote node (article ids may hold colons).

    >>> parse_quote_node(quote_node("news/2024:01", 3))
    ('news/2024:01', 3)
    """
    kind, _colon, rest = node.partition(":")
    article, marker, number = rest.rpartition(":q")
    if kind != "quote" or not marker or not number.isdigit():
        raise ValueError(f"not a quote node: {node!r}")
    return article, int(number)


def outlet_node(name: str, *, own: bool = False) -> str:
    """The node of an outlet; ``own`` is a speaker's own channel ("in a statement")."""
    return f"outlet:own:{slug(name)}" if own else f"outlet:{slug(name)}"


def speaker_node(identity: str) -> str:
    """The node of a corpus-wide speaker identity (see :mod:`quoteprov.graph.identity`)."""
    return f"speaker:{identity}"


def node_kind(node: str, data: dict[Any, Any] | None = None) -> str:
    """A node's kind: its ``kind`` attribute, else its id's prefix, else "other"."""
    kind = (data or {}).get("kind")
    if kind is not None and str(kind):
        return str(kind)
    prefix, colon, _rest = node.partition(":")
    return prefix if colon and prefix else "other"
