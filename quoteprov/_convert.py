"""Records to plain JSON types and back, through cattrs (the attrs project's converter):
tuples become lists, nested records objects, and ``structure`` rebuilds the same frozen
records from them, checking each field's type on the way."""

from __future__ import annotations

import functools
from typing import Any, TypeVar

T = TypeVar("T")


@functools.cache
def _converter() -> Any:
    import cattrs

    # a key the record does not have is an error, not dropped: the data is not this record
    return cattrs.Converter(forbid_extra_keys=True)


def unstructure(record: object) -> dict[str, Any]:
    """A record as JSON types (objects, lists, strings, numbers, null)."""
    data: dict[str, Any] = _converter().unstructure(record)
    return data


def structure(data: dict[str, Any], cls: type[T]) -> T:
    """The record of class ``cls`` that :func:`unstructure` gave ``data`` for."""
    result: T = _converter().structure(data, cls)
    return result
