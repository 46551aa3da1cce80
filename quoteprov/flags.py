"""Flags: why a quote is unattributed, in one place for the JSON, ``quoteprov flag`` and the
HTML report. A flag is a short name (``no_speaker``) on an attribution's ``flags``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import Attribution

__all__ = ["FLAG_REASONS", "flag_reasons"]

#: The flags that make a quote unattributed (the JSON's ``unattributed`` list), and how
#: ``quoteprov flag`` and the HTML report say them.
FLAG_REASONS = {
    "no_speaker": "no speaker",
    "anonymous_speaker": "anonymous speaker",
    "no_outlet": "no outlet named",
}


def flag_reasons(attribution: Attribution, reasons: Iterable[str] = FLAG_REASONS) -> list[str]:
    """The reasons among ``reasons`` that ``attribution`` is flagged for, in its flag order.

    >>> import quoteprov
    >>> (a,) = quoteprov.analyze("“Fine,” a source said.").attributions
    >>> flag_reasons(a), flag_reasons(a, ["no_speaker"])
    (['anonymous_speaker', 'no_outlet'], [])
    """
    wanted = set(reasons)
    return [flag for flag in attribution.flags if flag in wanted and flag in FLAG_REASONS]
