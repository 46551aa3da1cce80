"""A corpus analysed: every article through the stages, then the citation graph."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from .._runtime import paused_gc
from ..analysis import MAX_CHARS, Result
from ..parallel import analyze_results
from ..corpus import Article
from ..engines import Engine, EngineName
from ..lexicon import Lexicon
from .build import build_graph
from .identity import Speakers
from .schema import quote_node

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    Graph = nx.MultiDiGraph[str]

__all__ = ["Corpus", "FIDELITY_FRAME_COLUMNS", "analyze_corpus"]

#: The fidelity columns of :meth:`Corpus.to_frame` (empty where a remark has one printing):
#: the printing's kind, similarity, coverage and meaning findings (comma-separated), and
#: the primary wording it was compared with: its article, offsets, text and why it was chosen.
FIDELITY_FRAME_COLUMNS = {
    "fidelity.kind": "string", "fidelity.similarity": "Float64", "fidelity.coverage": "Float64",
    "fidelity.meaning": "string", "fidelity.primary_article": "string", "fidelity.primary_start": "Int64",
    "fidelity.primary_end": "Int64", "fidelity.primary_text": "string", "fidelity.primary_basis": "string",
}
_FIDELITY_COLUMNS = {"fidelity.kind": "fidelity", "fidelity.similarity": "fidelity_similarity",
                     "fidelity.coverage": "fidelity_coverage", "fidelity.meaning": "fidelity_meaning"}
_PRIMARY_COLUMNS = {f"fidelity.primary_{k}": f"primary_{k}" for k in ("article", "start", "end", "text", "basis")}


def _fidelity_columns(g: Graph, quotes: list[str]) -> dict[str, list[object]]:
    """The :data:`FIDELITY_FRAME_COLUMNS` of each quote node (None where it has none)."""
    columns: dict[str, list[object]] = {column: [] for column in FIDELITY_FRAME_COLUMNS}
    for quote in quotes:
        node: dict[str, Any] = g.nodes[quote] if quote in g else {}
        remark = next((v for _q, v, k in g.out_edges(quote, keys=True) if k == "instance_of"), None) if node else None
        primary: dict[str, Any] = g.nodes[remark] if remark is not None and "fidelity" in node else {}
        for column, key in _FIDELITY_COLUMNS.items():
            columns[column].append(node.get(key) if primary else None)
        for column, key in _PRIMARY_COLUMNS.items():
            columns[column].append(primary.get(key))
    return columns


@attrs.frozen
class Corpus:
    """Articles, their analyses (same order), and the citation graph built from them.

    :func:`analyze_corpus` keeps each analysis compact (:class:`~quoteprov.analysis.ArticleResult`:
    quotes, speakers, outlets and the text, not the parsed document); an :class:`~quoteprov.analysis.Analysis`
    works here too."""

    articles: tuple[Article, ...]
    analyses: tuple[Result, ...]
    graph: Graph

    def __repr__(self) -> str:
        """A summary: how many articles, quotes, remarks and primary sources."""
        kinds = [d.get("kind") for _n, d in self.graph.nodes(data=True)]
        quotes = sum(len(a.attributions) for a in self.analyses)
        mixed = sum(1 for a in self.analyses for q in a.attributions if q.quote.form == "mixed")
        return (f"<Corpus: {len(self.analyses)} articles, {quotes} quotes"
                + (f" ({mixed} mixed)" if mixed else "") + f", {kinds.count('remark')} remarks, "
                f"{kinds.count('speaker')} speakers, {kinds.count('outlet')} outlets>")

    def to_frame(self) -> pd.DataFrame:
        """One row per quote of every article (see :func:`quoteprov.analysis.to_frame`), plus
        ``speaker.id`` and ``speaker.canonical``: the speaker's node in :attr:`graph` and its
        name there, the same person across articles (Sergei and Sergey Lavrov are one), so
        grouping by speaker agrees with the graph; and :data:`FIDELITY_FRAME_COLUMNS`, how
        each printing's words differ from its remark's primary wording. Needs pandas.

        >>> c = analyze_corpus([Article("a", "“No,” Sergei Lavrov said."), Article("b", "“No,” Sergey Lavrov said.")])
        >>> c.to_frame()[["speaker.name", "speaker.id"]].values.tolist()
        [['Sergei Lavrov', 'speaker:sergey-lavrov'], ['Sergey Lavrov', 'speaker:sergey-lavrov']]
        """
        import pandas as pd

        from ..analysis import to_frame

        frame = to_frame(self.analyses)
        identities = Speakers()
        keys = [identities.key(a, attribution) for a in self.analyses for attribution in a.attributions]
        frame["speaker.id"] = [identities.node(k) if k else None for k in keys]
        frame["speaker.canonical"] = [identities.name(k) if k else None for k in keys]
        quotes = [quote_node(a.article.id or "", n) for a in self.analyses for n in range(1, len(a.attributions) + 1)]
        for column, values in _fidelity_columns(self.graph, quotes).items():
            frame[column] = pd.Series(values, index=frame.index, dtype=object)
        return frame.astype({"speaker.id": "string", "speaker.canonical": "string", **FIDELITY_FRAME_COLUMNS})

    def _repr_html_(self) -> str:
        """In a notebook: the relay diagram and the articles with their quotes marked."""
        from ..present import fragment_html

        return fragment_html(self)


def analyze_corpus(
    articles: Iterable[Article],
    *,
    lexicon: Lexicon | None = None,
    engine: EngineName | Engine = "rules",
    models_dir: str | os.PathLike[str] | None = None,
    disable: Iterable[str] = (),
    max_chars: int | None = MAX_CHARS,
    jobs: int = 1,
) -> Corpus:
    """Analyse every article and build the citation graph.

    ``engine="stanza"`` parses the articles through stanza's pipeline in batches (see
    :func:`quoteprov.analyze` for ``models_dir`` and ``max_chars``). ``jobs`` > 1 analyses
    the articles in that many processes, with the same results
    (:func:`quoteprov.parallel.analyze_results`).

    >>> c = analyze_corpus([Article("a", "“We will win,” Jane Doe told Reuters.")])
    >>> sorted(n for n in c.graph if n.startswith(("outlet:", "speaker:")))
    ['outlet:reuters', 'speaker:jane-doe']
    """
    # Each analysis is reduced to its compact result as it is made (the parsed documents
    # never pile up), and every result is kept, so the collector's full passes would walk
    # a heap that grows with the corpus (+21% at 15,000 articles): paused for the whole
    # loop (see paused_gc).
    kept: list[Article] = []
    results: list[Result] = []
    with paused_gc():
        for article, result in analyze_results(
            articles, jobs=jobs, engine=engine, models_dir=models_dir, lexicon=lexicon, disable=disable,
            max_chars=max_chars,
        ):
            kept.append(article)
            results.append(result)
    return Corpus(tuple(kept), tuple(results), build_graph(results, kept))
