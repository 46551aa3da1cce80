"""Flags: why a quote is unattributed, in one place for the JSON, ``quoteprov flag`` and the
HTML report. A flag is a short name (``no_speaker``) on an attribution's ``flags``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .records import Attribution

__all__ = ["CORPUS_FLAG_REASONS", "DEFAULT_FLAG_REASONS", "FLAG_REASONS", "fidelity_flags", "flag_reasons"]

#: Every reason a quote can be flagged for, and how ``quoteprov flag`` and the HTML report
#: say it. ``no_outlet``: no source can be traced, because no speaker is named (or only an
#: anonymous one) and no outlet is given. ``no_channel``: a named person speaking with no
#: channel stated ("…," she said.): ordinary original reporting, flagged only on request.
FLAG_REASONS = {
    "no_speaker": "no speaker",
    "anonymous_speaker": "anonymous speaker",
    "no_outlet": "no outlet named",
    "no_channel": "no channel stated",
    "altered": "altered wording",
    "meaning": "meaning changed",
}
#: The reasons read from the whole corpus, not from one article: how a printing's words
#: differ from the remark's primary wording (:mod:`quoteprov.fidelity`). ``altered``: words
#: changed, dropped or added without a mark (a misquote); ``meaning``: a negation, a
#: number or a name changed, or an elision that joins two sentences.
CORPUS_FLAG_REASONS = ("altered", "meaning")
#: The reasons that make a quote unattributed (the JSON's ``unattributed`` list) and that
#: ``quoteprov flag`` and the report use unless told otherwise: no speaker, or no source.
DEFAULT_FLAG_REASONS = ("no_speaker", "anonymous_speaker", "no_outlet")


def fidelity_flags(quote: Mapping[str, Any], reasons: Iterable[str] = CORPUS_FLAG_REASONS) -> list[str]:
    """The corpus reasons among ``reasons`` a quote node of the graph is flagged for.

    >>> fidelity_flags({"fidelity": "altered", "fidelity_meaning": "negation"})
    ['altered', 'meaning']
    >>> fidelity_flags({"fidelity": "translation"}), fidelity_flags({})
    ([], [])
    """
    wanted = set(reasons)
    found = []
    if "altered" in wanted and quote.get("fidelity") == "altered":
        found.append("altered")
    if "meaning" in wanted and quote.get("fidelity_meaning"):
        found.append("meaning")
    return found


def flag_reasons(attribution: Attribution, reasons: Iterable[str] = DEFAULT_FLAG_REASONS) -> list[str]:
    """The reasons among ``reasons`` that ``attribution`` is flagged for, in its flag order.

    >>> import quoteprov
    >>> (a,) = quoteprov.analyze("“Fine,” a source said.").attributions
    >>> flag_reasons(a), flag_reasons(a, ["no_speaker"])
    (['anonymous_speaker', 'no_outlet'], [])
    >>> (b,) = quoteprov.analyze("“Fine,” Ann Cole said.").attributions
    >>> flag_reasons(b), flag_reasons(b, FLAG_REASONS)
    ([], ['no_channel'])
    """
    wanted = set(reasons)
    return [flag for flag in attribution.flags if flag in wanted and flag in FLAG_REASONS]
