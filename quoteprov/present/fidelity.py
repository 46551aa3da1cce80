"""The report's fidelity section: for each remark printed in more than one wording, its
primary wording and every printing beside it, cut words struck through and words put in
marked (the edits of :func:`quoteprov.graph.printing_fidelity`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..fidelity import Fidelity
from ..graph.fidelity import printing_fidelity
from .page import escape_ascii as _text

if TYPE_CHECKING:
    import networkx as nx

    Graph = nx.MultiDiGraph[str]

__all__ = ["diff_html", "fidelity_section"]

_BASIS = {
    "supplied": "supplied as the primary source",
    "primary_outlet": "the primary outlet's own text",
    "names_primary_outlet": "the earliest printing that names the primary outlet",
    "fullest_printing": "the fullest printing (no primary outlet is named)",
}
_KIND = {
    "exact": "exact", "shortened": "shortened", "bracketed": "words in brackets", "elided": "elided, marked",
    "different": "other words: not compared", "translation": "another translation", "altered": "altered without a mark",
}
_MEANING = {"negation": "negation changed", "number": "number changed", "name": "name changed",
            "joined": "elision joins two sentences"}
_MARKED = ("cut_start", "cut_end", "elided", "bracketed")


def diff_html(text: str, start: int, fidelity: Fidelity) -> str:
    """``text`` (a printing whose words start at ``start`` in its article) with the primary
    wording's cut or replaced words struck through (``<del>``) before the place, and the
    printing's own changed or inserted words marked (``<ins>``). Escaped, ASCII only."""
    pieces: list[str] = []
    done = 0
    for edit in sorted(fidelity.edits, key=lambda e: (e.printed_start, e.printed_end)):
        at, end = edit.printed_start - start, edit.printed_end - start
        pieces.append(_text(text[done:at]))
        kind = "marked" if edit.op in _MARKED else "translated" if fidelity.kind == "translation" else "silent"
        if edit.primary:
            pieces.append(f"<del class=\"{kind}\" title=\"{_text(edit.op.replace('_', ' '))}\">{_text(edit.primary)}</del>")
            if at < len(text) and not text[at].isspace() and not (at > 0 and text[at - 1].isalnum()):
                pieces.append(" ")  # "We are <del>certainly</del> not", not "certainlynot"
        if end > at:
            pieces.append(f"<ins class=\"{kind}\" title=\"{_text(edit.op.replace('_', ' '))}\">{_text(text[at:end])}</ins>")
        done = max(done, end)
    pieces.append(_text(text[done:]))
    return "".join(pieces)


def _printing_row(g: Graph, quote: str, link: str) -> str:
    data: dict[str, Any] = g.nodes[quote]
    fidelity = printing_fidelity(g, quote)
    if fidelity is None:
        return ""
    meaning = "".join(f" <span class=\"meaning\">{_text(_MEANING[m])}</span>" for m in fidelity.meaning)
    return (f"<tr><td>{link}</td><td><span class=\"fidelity {fidelity.kind}\">{_text(_KIND[fidelity.kind])}</span>"
            f"{meaning}<div class=\"meta\">{fidelity.similarity:.2f} of the words kept</div></td>"
            f"<td class=\"remark\">{diff_html(str(data.get('text', '')), int(data['text_start']), fidelity)}</td></tr>\n")


def fidelity_section(g: Graph, links: dict[str, str], order: list[str]) -> str:
    """The section, or "" when no remark has two printings. ``links`` gives each quote
    node's link to its article; ``order`` the remarks in page order."""
    blocks: list[str] = []
    place = {quote: n for n, quote in enumerate(links)}
    for remark in order:
        data: dict[str, Any] = g.nodes[remark]
        if "primary_text" not in data:
            continue
        quotes = sorted((q for q, _r, k in g.in_edges(remark, keys=True) if k == "instance_of"),
                        key=lambda q: place.get(q, len(place)))
        rows = "".join(_printing_row(g, q, links.get(q, _text(q))) for q in quotes)
        basis = _BASIS.get(str(data.get("primary_basis")), str(data.get("primary_basis")))
        where = links.get(str(data.get("primary_quote")), _text(str(data.get("primary_article", ""))))
        blocks.append(
            f"<div class=\"fidelity-remark\"><p><strong>Primary wording</strong> "
            f"<span class=\"meta\">({_text(basis)}: {where})</span></p>"
            f"<blockquote>{_text(str(data.get('primary_text', '')))}</blockquote>\n"
            "<table><thead><tr><th>Printed in</th><th>Fidelity</th><th>Wording (cut words struck, "
            "words put in marked)</th></tr></thead>\n<tbody>\n" + rows + "</tbody></table></div>\n"
        )
    if not blocks:
        return ""
    return ("<section id=\"fidelity\"><h2>Wording against the primary source</h2>\n"
            "<p class=\"meta\">Each remark printed in more than one article: the words as first given, and how "
            "each printing differs. <em>Altered</em> means words changed, dropped or added inside the quote marks "
            "without a mark; another translation is labelled, not flagged.</p>\n" + "".join(blocks) + "</section>\n")
