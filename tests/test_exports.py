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
