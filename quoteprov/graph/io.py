"""The graph as files: networkx node-link JSON (read back equal), GraphML and GEXF."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    Graph = nx.MultiDiGraph[str]

__all__ = ["to_json", "from_json", "dumps", "write_graphml", "write_gexf"]


def to_json(g: Graph) -> dict[str, Any]:
    """networkx node-link JSON (``from_json`` loads it back to an equal graph)."""
    data: dict[str, Any] = nx.node_link_data(g, edges="edges")
    return data


def from_json(data: dict[str, Any]) -> Graph:
    """The graph from :func:`to_json`'s output."""
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    assert isinstance(graph, nx.MultiDiGraph)
    return graph


def write_graphml(g: Graph, path: str | Path) -> None:
    """GraphML for Gephi and yEd."""
    nx.write_graphml(g, str(path))


def write_gexf(g: Graph, path: str | Path) -> None:
    """GEXF for Gephi."""
    nx.write_gexf(g, str(path))


def dumps(g: Graph) -> str:
    """The node-link JSON as text."""
    return json.dumps(to_json(g), ensure_ascii=False, indent=1)
