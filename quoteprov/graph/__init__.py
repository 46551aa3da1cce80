"""The citation graph: articles, outlets, speakers, remarks and printed quotes in one networkx
MultiDiGraph, with plain queries and exports (JSON, GraphML, GEXF).

Every edge points from the derived thing to its source (an article to what it relays, a
quote to the remark it prints, a remark to the outlet it was first given to); the graph
says so in ``graph.graph["edge_direction"]``. Node ids carry their kind as a prefix
(``article:003``, ``outlet:tass``, ``speaker:sergey-lavrov``, ``remark:…``,
``quote:003:q1``), made and read only in :mod:`.schema`. Attributes are only str, int,
float and bool, and a missing value is left out, so GraphML and GEXF take the graph as it is.

The modules, in the order the work flows: ``analyze`` (a corpus through the stages),
``build`` (articles, remarks, first sources), ``identity`` (one speaker across articles),
``relays`` (what each article relays, named or not), ``queries`` and ``io``.
"""

from __future__ import annotations

from .analyze import Corpus, analyze_corpus
from .build import build_graph, graph_of
from .io import dumps, from_json, load, loads, read_gexf, read_graphml, to_json, write_gexf, write_graphml, write_json
from .fidelity import printing_fidelity
from .queries import Relay, Source, primary_source, relay_chain, sources, unnamed_relays, untraceable_remarks
from .schema import EDGE_DIRECTION, SCHEMA, slug

__all__ = [
    "Corpus",
    "analyze_corpus",
    "build_graph",
    "graph_of",
    "primary_source",
    "printing_fidelity",
    "sources",
    "Source",
    "Relay",
    "relay_chain",
    "untraceable_remarks",
    "unnamed_relays",
    "to_json",
    "from_json",
    "write_graphml",
    "write_gexf",
    "read_graphml",
    "read_gexf",
    "SCHEMA",
    "EDGE_DIRECTION",
    "dumps",
    "write_json",
    "loads",
    "load",
    "slug",
]
