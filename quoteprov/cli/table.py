"""``quoteprov extract`` on a terminal: one table per article that a person reads (rich),
instead of JSON Lines. rich is imported here only, when a table is drawn: never by
``import quoteprov``. rich honours ``NO_COLOR`` and draws no colour into a pipe."""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from .terminal import _shown

if TYPE_CHECKING:
    from ..analysis import Result

__all__ = ["print_table"]

_QUOTE = 90  # characters of a quote shown; the JSON has it whole


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def print_table(analysis: Result, out: TextIO, *, width: int | None = None) -> None:
    """The article's quotes as a table: speaker (kind), where first given (relation), the
    quote shortened, and its flags; a line when the article has none."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, width=width, highlight=False, emoji=False, markup=False)
    info = analysis.article
    name = _shown(info.source or info.id or "article")
    quotes = len(analysis.attributions)
    title = f"{name} · {quotes} quote{'' if quotes == 1 else 's'}"
    if not quotes:
        console.print(Text(title + " · no quotes found", style="bold"))
        return
    table = Table(title=Text(title, style="bold"), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("#", justify="right", style="dim", no_wrap=True, ratio=None)
    table.add_column("speaker", ratio=2, max_width=28)
    table.add_column("first given", ratio=2, max_width=26)
    table.add_column("quote", ratio=5)
    table.add_column("flags", style="yellow", ratio=2, max_width=16, overflow="fold")
    for number, a in enumerate(analysis.attributions, 1):
        who = f"{a.speaker.name} ({a.speaker.kind})" if a.speaker else "—"
        where = "—"
        if a.outlet is not None:
            where = f"{a.outlet.name or 'own channel'} ({a.outlet.relation.replace('_', ' ')})"
        table.add_row(Text(str(number)), Text(_shown(who)), Text(_shown(where)),
                      Text(_shown(_short(a.quote.content.text, _QUOTE))), Text(", ".join(a.flags)))
    console.print(table)
