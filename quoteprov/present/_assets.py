"""The page's stylesheets and script, shipped as package files (page.css, graph.css,
graph.js, report.css) so they read, lint and diff as what they are."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

__all__ = ["asset"]


@cache
def asset(name: str) -> str:
    """The text of one asset file beside this module."""
    return files(__package__).joinpath(name).read_text(encoding="utf-8")
