"""The corpus report page: self-contained, every piece of article text escaped (checked in
the markup and in headless Chromium), quotes highlighted with exact spans, flags marked."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_view import CHROMIUM, _dump_dom

from quoteprov.corpus import Article, load_articles
from quoteprov.graph import Corpus, analyze_corpus
from quoteprov.present import report_html

ROOT = Path(__file__).resolve().parent.parent
TITLE = "Report <b>x</b>"
SCRIPT = "<script>document.title='pwned-script'</script>"
IMG = "<img src=x onerror=\"document.title='pwned-img';document.body.dataset.pwned=1\">"
HOSTILE = (
    "Intro paragraph.\n"
    f"“{SCRIPT} and {IMG} are fine,” Jane Doe told Reuters.\n"
    f"“Nobody saw {SCRIPT},” a senior official said.\n"
    "A </script><script>document.body.dataset.pwned=2</script> line outside any quote &amp; more."
)


def _hostile() -> Corpus:
    return analyze_corpus([
        Article("x</script>", HOSTILE, outlet=IMG, title=f"{SCRIPT} title", byline=IMG, url="javascript:alert(1)"),
        Article("b", "“Yes,” Jane Doe told Reuters."),
    ])


class _Page(HTMLParser):
    """Each article's text as the browser shows it (flag badges apart) and each highlighted quote."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self.tags: list[str] = []
        self.title = ""
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        a = dict(attrs)
        if tag == "div" and a.get("class") == "text":
            self.texts.append("")
            self._in.append("text")
        elif tag == "mark" and self._in:
            self.marks.append((a, ""))
            self._in.append("mark")
        elif tag == "sup" and self._in:
            self._in.append("sup")
        elif tag == "title" and not self.title:  # the page's, not the graph's SVG tooltips
            self._in.append("title")
        elif self._in:
            self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if not self._in:
            return
        if self._in[-1] == "title":
            self.title += data
        elif "sup" not in self._in:
            self.texts[-1] += data
            if self._in[-1] == "mark":
                attrs, text = self.marks[-1]
                self.marks[-1] = (attrs, text + data)


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def test_article_text_shows_exactly_as_text_and_quotes_exactly_as_spans() -> None:
    corpus = _hostile()
    page = report_html(corpus, title=TITLE)
    parsed = _parse(page)
    assert parsed.texts == [a.text for a in corpus.analyses]
    quotes = [a.quote.span.text for analysis in corpus.analyses for a in analysis.attributions
              if a.quote.form != "mixed"]  # a mixed quote's clause is underlined around its partial quotes' marks
    assert [text for _attrs, text in parsed.marks] == quotes
    assert len(quotes) == 3 and SCRIPT in quotes[0] and IMG in quotes[0]
    assert parsed.title == TITLE
    for payload in (SCRIPT, IMG, "</script><script>", "<b>x</b>", "<img"):
        assert payload not in page
    assert page.lower().count("</script") == 2  # the graph's JSON and the view's script
    assert page.isascii()


def test_flagged_quotes_are_marked_with_their_reasons() -> None:
    page = report_html(_hostile())
    marks = _parse(page).marks
    classes = [str(attrs["class"]).split() for attrs, _text in marks]
    assert ["flagged" in c for c in classes] == [False, True, False]
    assert "anonymous speaker" in str(marks[1][0]["title"]) and "Jane Doe · Reuters (told)" in str(marks[0][0]["title"])
    assert page.count('<sup class="flag">') == 1
    # The same speaker has the same colour in every article.
    assert classes[0][1] == classes[2][1] != classes[1][1]
    only_missing_speaker = report_html(_hostile(), reasons=["no_speaker"])
    assert '<sup class="flag">' not in only_missing_speaker
    with pytest.raises(ValueError, match="unknown flag reason"):
        report_html(_hostile(), reasons=["nope"])


def test_self_contained_with_a_csp_for_its_one_script_and_style() -> None:
    page = report_html(analyze_corpus(load_articles([ROOT / "seeds"])))
    markup = re.sub(r'<script type="application/json" id="graph-data">.*?</script>', "", page, flags=re.DOTALL)
    assert all(target.startswith("#") for target in re.findall(r'\bhref="([^"]*)"', markup))
    assert not re.search(r"\b(?:src|srcset|action|xlink:href)\s*=", markup, re.IGNORECASE)
    assert not re.search(r"<(?:link|iframe|object|embed|img|base)\b", markup, re.IGNORECASE)
    assert "@import" not in markup and "url(" not in markup.replace("url(#", "")
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert csp is not None
    (script,) = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    (style,) = re.findall(r"<style>(.*?)</style>", page, re.DOTALL)

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    policy = dict(part.strip().split(" ", 1) for part in csp.group(1).split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == digest(script) and policy["style-src"] == digest(style)


def test_the_remarks_table_links_each_printing() -> None:
    corpus = analyze_corpus(load_articles([ROOT / "seeds"]))
    page = report_html(corpus)
    table = page.split('<section id="remarks">', 1)[1].split("</section>", 1)[0]
    remarks = [n for n, d in corpus.graph.nodes(data=True) if d["kind"] == "remark"]
    assert table.count("<tr><td>") == len(remarks)
    anchors = set(re.findall(r'id="(q-\d+-\d+)"', page))
    links = re.findall(r'href="#(q-\d+-\d+)"', table)
    quoted = sum(q.quote.form != "mixed" for a in corpus.analyses for q in a.attributions)
    assert len(links) == quoted and set(links) == anchors  # a mixed quote joins no remark
    assert "TASS <span class=\"relation\">(interview)</span>" in table


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([*"ab <>&\"'“”/\n;=", "script", "img", " Jane Doe said", "&amp;", "]]>"]), max_size=40).map("".join))
def test_any_text_is_shown_as_itself(text: str) -> None:
    corpus = analyze_corpus([Article("a", text, title=text)])
    parsed = _parse(report_html(corpus, title=text))
    assert parsed.texts == [text]
    assert [m for _a, m in parsed.marks] == [a.quote.span.text for a in corpus.analyses[0].attributions
                                             if a.quote.form != "mixed"]
    assert set(parsed.tags) <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "p", "nav", "ol",
                                "li", "a", "span", "main", "section", "h2", "article", "h3", "br", "ul", "div",
                                "mark", "sup", "table", "thead", "tr", "th", "tbody", "td", "em", "svg", "aside",
                                "noscript", "script", "strong", "blockquote"}  # the last two: the fidelity remarks


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium) for headless tests")
def test_browser_runs_nothing_from_the_text_and_shows_it_as_text(tmp_path: Path) -> None:
    corpus = _hostile()
    page = tmp_path / "report.html"
    page.write_text(report_html(corpus, title=TITLE), encoding="utf-8")
    dom = _dump_dom(page)
    body = re.search(r"<body([^>]*)>", dom)
    assert body is not None
    assert 'data-ready="1"' in body.group(1)  # the graph's script did run
    assert "data-error" not in body.group(1) and "data-pwned" not in body.group(1)
    parsed = _parse(dom)
    assert parsed.title == TITLE  # no onerror or injected script set document.title
    assert "img" not in parsed.tags and parsed.tags.count("script") == 2
    shown = parsed.texts[0]
    assert SCRIPT in shown and IMG in shown and "</script><script>document.body.dataset.pwned=2</script>" in shown
    assert shown == corpus.analyses[0].text
    assert [m for _a, m in parsed.marks] == [a.quote.span.text for an in corpus.analyses for a in an.attributions]


def test_the_page_opens_with_the_relay_diagram() -> None:
    page = report_html(analyze_corpus(load_articles([ROOT / "seeds"])))
    top = page.index("<section id=\"relays\">")
    assert top < page.index("<section id=\"articles\">")
    diagram = page[top : page.index("</section>", top)]
    first = diagram.split("<div class=\"source-row\">")[1]
    assert ">TASS<span class=\"how\">interview, remarks &#183; Sergey Lavrov &#183; 8 remarks</span>" in first
    assert first.count("<li>") == 5
    assert first.count("class=\"node via\">Just The News<") == 1 and first.count("class=\"node via\">The Hill<") == 1
    assert first.count("directly") == 3


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium) for headless tests")
def test_the_first_screen_in_a_browser_shows_the_relay_diagram(tmp_path: Path) -> None:
    image = pytest.importorskip("PIL.Image")
    page = tmp_path / "report.html"
    page.write_text(report_html(analyze_corpus(load_articles([ROOT / "seeds"]))), encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         "--window-size=1280,800", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, timeout=120, check=False,
    )
    pixels = image.open(shot).convert("RGB")
    colours = {colour for _count, colour in pixels.getcolors(1280 * 800) or []}
    assert (0xFD, 0xD9, 0xA0) in colours  # a primary source's box
    assert (0xC6, 0xDB, 0xEF) in colours  # an outlet that passes it on


def test_a_mixed_quotes_clause_is_underlined_around_its_partial_quotes() -> None:
    import html
    import re

    text = "Ann Cole said the plan was “a slow disaster” for the town. “We tried,” she said."
    corpus = analyze_corpus([Article("a", text)])
    page = report_html(corpus)
    body = page.split('<div class="text">', 1)[1].split("</div>", 1)[0]
    (clause,) = re.findall(r'<span class="mixed" title="([^"]*)">(.*?)</span>', body)
    assert html.unescape(re.sub(r"<[^>]+>", "", clause[1])) == "the plan was “a slow disaster” for the town"
    assert "mixed quote: Ann Cole" in html.unescape(clause[0])
    assert clause[1].count("<mark") == 1  # the partial quote keeps its own mark inside
