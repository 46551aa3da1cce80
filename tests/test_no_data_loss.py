"""No article is lost or merged: unique ids across folders, duplicate ids refused, quoteprov's
own output never read back as articles."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import quoteprov
from quoteprov.cli import main
from quoteprov.corpus import Article, load_articles
from quoteprov.graph import analyze_corpus, build_graph
from quoteprov.present import report_html

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), stdout=out, stderr=err), out.getvalue(), err.getvalue()


def test_the_same_file_name_in_many_folders_keeps_every_article_and_quote(tmp_path: Path) -> None:
    copies = 40
    for day in range(copies):
        folder = tmp_path / f"day{day:02d}"
        folder.mkdir()
        for seed in SEEDS:
            shutil.copy(seed, folder / seed.name)
    articles = list(load_articles([tmp_path]))
    assert len(articles) == copies * len(SEEDS) == len({a.id for a in articles})
    assert {a.id for a in articles if a.id.startswith("day07/")} == {f"day07/{s.stem}" for s in SEEDS}
    corpus = analyze_corpus(articles)
    per_copy = sum(len(quoteprov.analyze(s.read_text(encoding="utf-8")).attributions) for s in SEEDS)
    kinds = [d["kind"] for _n, d in corpus.graph.nodes(data=True)]
    assert kinds.count("article") == copies * len(SEEDS)
    assert kinds.count("quote") == copies * per_copy
    page = report_html(corpus)
    assert page.count("<article id=\"article-") == copies * len(SEEDS)


def test_ids_are_stems_when_unique_and_stable_across_runs(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text("“One,” Ann Cole said.", encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text("“Two,” Bob Roe said.", encoding="utf-8")
    shutil.copy(ROOT / "tests" / "data" / "html" / "minister.html", tmp_path / "b" / "story.html")
    (tmp_path / "b" / "other.txt").write_text("“Four,” Di Lee said.", encoding="utf-8")
    paths = [tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt", tmp_path / "b" / "other.txt"]
    first = [a.id for a in load_articles(paths)]
    assert first == ["a/story", "b/story", "other"]
    assert [a.id for a in load_articles(paths)] == first
    text_and_page = [tmp_path / "b" / "story.txt", tmp_path / "b" / "story.html"]
    assert [a.id for a in load_articles(text_and_page[:1])] == ["story"]
    pytest.importorskip("trafilatura", exc_type=ImportError)
    assert sorted(a.id for a in load_articles(text_and_page)) == ["story.html", "story.txt"]


def test_an_id_given_twice_is_one_error_naming_both_and_the_first_is_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": "x1", "text": "“One,” Ann Cole said."}, {"id": "x2", "text": "“Two,” Bob Roe said."},
            {"id": "x1", "text": "“Three,” Cy Poe said."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, err = run("extract", str(corpus))
    assert code == 1
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["x1", "x2"]
    assert err.splitlines() == [
        f"quoteprov extract: {corpus}:3: article id 'x1' is already the id of {corpus}:1; "
        "skipped (give each article its own id)"
    ]


def test_stdin_and_a_file_cannot_share_an_id(tmp_path: Path) -> None:
    (tmp_path / "stdin.txt").write_text("“Two,” Bob Roe said.", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "quoteprov", "extract", "-", str(tmp_path)],
                          input="“One,” Ann Cole said.".encode(), capture_output=True, check=False)
    assert proc.returncode == 1
    assert len(proc.stdout.decode().splitlines()) == 1
    assert "article id 'stdin' is already the id of <stdin>" in proc.stderr.decode()


def test_build_graph_refuses_two_articles_with_one_id() -> None:
    one = quoteprov.analyze("“One,” Ann Cole said.", article_id="same", source="a.txt")
    two = quoteprov.analyze("“Two,” Bob Roe said.", article_id="same", source="b.txt")
    with pytest.raises(quoteprov.DuplicateArticleError, match="'same' .a.txt and b.txt."):
        build_graph([one, two])
    with pytest.raises(quoteprov.DuplicateArticleError):
        analyze_corpus([Article("same", "“One,” Ann Cole said."), Article("same", "“Two,” Bob Roe said.")])


def test_its_own_output_in_the_input_folder_is_never_read_as_articles(tmp_path: Path) -> None:
    folder = tmp_path / "s2"
    shutil.copytree(ROOT / "seeds", folder)
    output = folder / "quotes.jsonl"
    for _run in range(2):  # the second run finds the first run's output there
        with output.open("wb") as sink:
            proc = subprocess.run([sys.executable, "-m", "quoteprov", "extract", str(folder)],
                                  stdout=sink, stderr=subprocess.PIPE, check=False)
        assert proc.returncode == 0, proc.stderr.decode()
        records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
        assert sorted(r["article"]["id"] for r in records) == sorted(s.stem for s in SEEDS)
        assert f"{output}: this run's output; not read as input" in proc.stderr.decode()
    # Output written elsewhere earlier, then copied in: recognised by its records.
    shutil.copy(output, folder / "old.jsonl")
    code, out, err = run("graph", str(folder), "-o", str(tmp_path / "g.json"))
    assert code == 0
    assert f"{folder / 'old.jsonl'}: quoteprov's own output (quoteprov.analysis/2 records), not articles; skipped" in err
    graph = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert sum(1 for n in graph["nodes"] if n["kind"] == "article") == len(SEEDS)
