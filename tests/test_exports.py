"""Exports never crash and never destroy an earlier file: characters XML cannot hold are
escaped reversibly, every file is written atomically, GEXF is static, and every export is
the same bytes whatever the hash seed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from quoteprov.corpus import Article, load_articles
from quoteprov.graph import analyze_corpus, read_gexf, read_graphml, to_json, write_gexf, write_graphml

ROOT = Path(__file__).resolve().parent.parent
# Every kind of character XML 1.0 cannot hold, and the escape mark itself.
ILLEGAL = "".join(map(chr, [*range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF, 0xD83D, 0xDC00, 0x241B]))


def _corpus() -> nx.MultiDiGraph[Any]:
    hostile = Article(f"odd{ILLEGAL}", f"“Bad {ILLEGAL} words,” Ann Cole told Reuters.", title=f"T{ILLEGAL}",
                      outlet=f"Gazette{ILLEGAL}")
    return analyze_corpus([*load_articles([ROOT / "seeds"]), hostile]).graph


def _sorted_json(g: nx.MultiDiGraph[Any]) -> str:
    data = to_json(g)
    return json.dumps({
        "graph": data["graph"],
        "nodes": sorted(data["nodes"], key=lambda n: n["id"]),
        "edges": sorted(data["edges"], key=lambda e: (e["source"], e["target"], e["key"])),
    }, sort_keys=True, ensure_ascii=True)


@pytest.mark.parametrize(("write", "read"), [(write_graphml, read_graphml), (write_gexf, read_gexf)])
def test_every_export_reads_back_equal_to_the_json(tmp_path: Path, write: Any, read: Any) -> None:
    g = _corpus()
    path = tmp_path / "graph.xml"
    write(g, path)
    assert _sorted_json(read(path)) == _sorted_json(g)


def test_gexf_is_a_static_graph(tmp_path: Path) -> None:
    write_gexf(_corpus(), tmp_path / "g.gexf")
    text = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert 'mode="static"' in text and "dynamic" not in text
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() > 0  # Gephi's reader: well-formed


def test_a_failed_export_leaves_the_earlier_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "g.graphml"
    write_graphml(_corpus(), path)
    before = path.read_bytes()

    def half_then_fail(graph: Any, file: Any, **kwargs: Any) -> None:
        file.write(b"<?xml version='1.0'")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(nx, "write_graphml", half_then_fail)
    with pytest.raises(OSError):
        write_graphml(_corpus(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.graphml"]  # no temporary file left


def test_every_export_is_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    def export(seed: str) -> dict[str, bytes]:
        out = tmp_path / seed
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for fmt in ("json", "graphml", "gexf", "html"):
            subprocess.run([sys.executable, "-m", "quoteprov", "graph", str(ROOT / "seeds"), "--format", fmt,
                            "-o", str(out / f"g.{fmt}")], check=True, env=env, capture_output=True, timeout=300)
        subprocess.run([sys.executable, "-m", "quoteprov", "report", str(ROOT / "seeds"), "-o", str(out / "r.html")],
                       check=True, env=env, capture_output=True, timeout=300)
        return {p.name: p.read_bytes() for p in sorted(out.iterdir())}

    assert export("1") == export("4242")


def _odd_graph() -> nx.MultiDiGraph[Any]:
    g: nx.MultiDiGraph[Any] = nx.MultiDiGraph(schema={"nested": [1, {"empty": []}]}, empty={})
    g.add_node("line\nbreak", text="a\u2028b “c”\n", items=[1, [2, {}]], nothing=None, score=0.5)
    g.add_node("alone")
    g.add_edge("line\nbreak", "alone", key="k", kind="x", weights=[])
    g.add_edge("line\nbreak", "alone", key="k2")
    return g


@pytest.mark.parametrize("name", ["seeds", "odd", "empty", "one node"])
def test_streamed_json_is_the_node_link_json(name: str) -> None:
    """dumps and write_json write piece by piece exactly what json.dumps of the whole
    node-link data writes (a change of networkx's layout would show here)."""
    import io

    from quoteprov.graph import dumps, write_json

    makers = {"seeds": _corpus, "odd": _odd_graph, "empty": nx.MultiDiGraph, "one node": lambda: nx.MultiDiGraph([("a", "b")])}
    g = makers[name]()
    whole = json.dumps(nx.node_link_data(g, edges="edges"), ensure_ascii=False, indent=1)
    streamed = io.StringIO()
    write_json(g, streamed)
    assert dumps(g) == streamed.getvalue() == whole


def test_graph_command_streams_the_json_without_building_it_whole(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`quoteprov graph -o` writes the same bytes as the whole-text dumps, and never makes the
    node-link copy of the graph or its whole text (what doubled a corpus's peak memory)."""
    from quoteprov import graph as graphs
    from quoteprov.cli import main

    expected = graphs.dumps(analyze_corpus(load_articles([ROOT / "seeds"])).graph) + "\n"

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the whole graph was copied or encoded at once")

    monkeypatch.setattr(nx, "node_link_data", refused)
    monkeypatch.setattr(graphs, "dumps", refused)
    assert main(["graph", str(ROOT / "seeds"), "-o", str(tmp_path / "g.json")]) == 0
    assert (tmp_path / "g.json").read_text(encoding="utf-8") == expected


def test_written_files_get_the_usual_permissions(tmp_path: Path) -> None:
    """Files written atomically are readable as a plain open() would make them (0o666 less the
    umask), not the private 0600 of a temporary file; a file replaced keeps its own mode."""
    from quoteprov.output import atomic_text_file, write_atomic

    mask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.bin", lambda f: f.write(b"x"))
        with atomic_text_file(tmp_path / "new.txt") as file:
            file.write("x")
        (tmp_path / "kept.txt").write_text("old")
        (tmp_path / "kept.txt").chmod(0o640)
        with atomic_text_file(tmp_path / "kept.txt") as file:
            file.write("new")
    finally:
        os.umask(mask)
    assert (tmp_path / "new.bin").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "kept.txt").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "kept.txt").read_text() == "new"
