"""Pages for people: the citation graph as one offline HTML page (:mod:`.page`), and the
corpus report — articles with their quotes marked by speaker, remarks and sources, the
graph (:mod:`.report`). The CSS and JavaScript are package files beside these modules."""

from __future__ import annotations

from .page import GraphView, graph_view, to_html
from .report import fragment_html, report_html

__all__ = ["GraphView", "fragment_html", "graph_view", "to_html", "report_html"]
