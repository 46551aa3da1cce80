"""The command as a person meets it (issue 14): a table on a terminal and JSON Lines in a
pipe, web pages as input, and what the libraries behind it must not cost the library."""

from __future__ import annotations

import http.server
import io
import json
import os
import pty
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from quoteprov.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = str(ROOT / "seeds" / "003_baf3977b8bb9c7ed.txt")


def _on_a_terminal(*argv: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run the command in a child process whose standard output is a pseudo-terminal."""
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "quoteprov", *argv], stdout=follower,
                                stderr=subprocess.DEVNULL, env={**os.environ, "COLUMNS": "120", **(env or {})})
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 1 << 16)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=120)
    finally:
        os.close(leader)
    shown = b"".join(chunks).decode("utf-8", "replace")
    return proc.returncode, re.sub(r"\x1b\[[0-9;]*m", "", shown) if not (env or {}).get("KEEP_ESCAPES") else shown


def test_extract_on_a_terminal_is_a_table_and_in_a_pipe_json_lines() -> None:
    code, shown = _on_a_terminal("extract", ARTICLE)
    assert code == 0
    assert "003_baf3977b8bb9c7ed.txt · 9 quotes" in shown
    assert "speaker" in shown and "first given" in shown and "Sergey Lavrov" in shown and "(person)" in shown
    assert "TASS (interview)" in shown and "no_channel" in shown
    assert "{" not in shown  # no JSON for a person to read
    piped = subprocess.run([sys.executable, "-m", "quoteprov", "extract", ARTICLE], capture_output=True,
                           text=True, check=True)
    (record,) = [json.loads(line) for line in piped.stdout.splitlines()]
    assert len(record["quotes"]) == 9 and "\x1b" not in piped.stdout


def test_the_table_has_colour_on_a_terminal_unless_no_color() -> None:
    env = {"TERM": "xterm-256color", "KEEP_ESCAPES": "1"}
    _code, coloured = _on_a_terminal("extract", ARTICLE, env={**env, "NO_COLOR": ""})
    _code, plain = _on_a_terminal("extract", ARTICLE, env={**env, "NO_COLOR": "1"})
    yellow = "\x1b[33m"  # the flags column; NO_COLOR leaves bold, which is no colour
    assert yellow in coloured
    assert yellow not in plain and "no_channel" in plain


def test_format_table_and_jsonl_are_chosen_explicitly() -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["extract", "--format", "table", ARTICLE], stdout=out, stderr=err) == 0
    assert "9 quotes" in out.getvalue() and "{" not in out.getvalue()
    out = io.StringIO()
    assert main(["extract", "--format", "jsonl", ARTICLE], stdout=out, stderr=err) == 0
    assert json.loads(out.getvalue())["schema"] == "quoteprov.analysis/2"


def test_a_hostile_text_in_the_table_is_shown_escaped(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("“Stop [bold]now[/bold] \x1b[31m,” a source said.", encoding="utf-8")
    out = io.StringIO()
    assert main(["extract", "--format", "table", str(story)], stdout=out, stderr=io.StringIO()) == 0
    shown = out.getvalue()
    assert "\x1b" not in shown and "[bold]now[/bold]" in shown  # control characters escaped, markup not read


def test_importing_quoteprov_loads_neither_rich_nor_tqdm() -> None:
    code = "import sys, quoteprov, quoteprov.graph; print(sorted(m for m in ('rich', 'tqdm') if m in sys.modules))"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "[]"


# ---- web pages


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour talks stall</title>
<meta property="og:site_name" content="The Harbour Times"></head><body><nav>Home · World</nav>
<article><h1>Harbour talks stall</h1>
<p>The negotiations over the harbour ended on Monday without an agreement between the two delegations.</p>
<p>“We will not sign this treaty while 40 ships stay in Calder Bay,” Mara Keel told Reuters.</p>
<p>Officials on both sides said further meetings were possible later in the month, but gave no date.</p>
</article><footer>© The Harbour Times</footer></body></html>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        if self.path == "/story":
            body = PAGE.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the http.server API)
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_url_is_downloaded_and_read_as_a_page(server: str) -> None:
    pytest.importorskip("trafilatura")
    out, err = io.StringIO(), io.StringIO()
    url = f"{server}/story"
    assert main(["extract", "--format", "jsonl", "--allow-private-urls", url], stdout=out, stderr=err) == 0, err.getvalue()
    record = json.loads(out.getvalue())
    assert record["article"]["url"] == url and record["article"]["id"] == url
    (quote,) = record["quotes"]
    assert quote["speaker"]["name"] == "Mara Keel" and quote["outlet"]["name"] == "Reuters"
    assert "Home · World" not in quote["text"]


def test_a_missing_page_and_an_unreachable_host_are_one_line_each(server: str, tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    good = tmp_path / "a.txt"
    good.write_text("“Yes,” Ann Cole said.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    # port 9 (discard) on this machine: nothing listens there, the connection is refused at once
    code = main(["extract", "--format", "jsonl", "--allow-private-urls", f"{server}/gone", "http://127.0.0.1:9/story",
                 str(good)], stdout=out, stderr=err)
    assert code == 1
    lines = err.getvalue().splitlines()
    assert len(lines) == 2, lines
    assert lines[0] == f"quoteprov extract: {server}/gone: the server answered HTTP 404; skipped"
    assert lines[1].startswith("quoteprov extract: http://127.0.0.1:9/story: could not download the page (offline")
    assert [json.loads(line)["article"]["id"] for line in out.getvalue().splitlines()] == ["a"]
    # flag: 2 for an input it could not read, whatever it flagged
    assert main(["flag", "--allow-private-urls", f"{server}/gone", str(good)], stdout=io.StringIO(),
                stderr=io.StringIO()) == 2


def test_a_page_on_this_machine_is_refused_unless_allowed(server: str) -> None:
    pytest.importorskip("trafilatura")
    err = io.StringIO()
    assert main(["extract", f"{server}/story"], stdout=io.StringIO(), stderr=err) == 1
    assert "--allow-private-urls" in err.getvalue() and len(err.getvalue().splitlines()) == 1


def test_the_readmes_table_is_what_extract_draws_100_columns_wide() -> None:
    import quoteprov
    from quoteprov.cli.table import print_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("On a terminal 100 columns wide", 1)[1].split("```\n", 2)[1]
    text = Path(ARTICLE).read_text(encoding="utf-8")
    analysis = quoteprov.analyze(text, article_id="003_baf3977b8bb9c7ed", source="seeds/003_baf3977b8bb9c7ed.txt")
    out = io.StringIO()
    print_table(analysis, out, width=100)
    drawn = [line.rstrip() for line in out.getvalue().splitlines()]
    shown = block.rstrip("\n").splitlines()
    assert drawn[: len(shown)] == shown
