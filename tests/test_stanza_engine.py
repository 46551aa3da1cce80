"""The stanza engine without models: hand-built stanza Documents through the conversion and
the shared attribution, a real stanza Pipeline with no model files, and every error.

Tests that need stanza skip where it is not installed; nothing here downloads anything.
"""

from __future__ import annotations

import io
import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, given, settings
from test_properties import ANY_TEXT, _spans

import quoteprov
from quoteprov.analysis import analyze_document
from quoteprov.engines import build_document, get_engine
from quoteprov.errors import (
    EngineUnavailableError,
    LanguageModelsMissingError,
    ModelsMissingError,
    ResourcesFileMissingError,
)
from quoteprov.quotes import find_quotes

ROOT = Path(__file__).resolve().parent.parent


def _stanza() -> Any:
    return pytest.importorskip("stanza")


# --- without stanza ------------------------------------------------------------------


def test_importing_quoteprov_and_the_rules_engine_never_load_torch_or_stanza() -> None:
    code = (
        "import sys, quoteprov\n"
        "from quoteprov.graph import analyze_corpus\n"
        "from quoteprov.corpus import Article\n"
        "quoteprov.analyze('“No,” Jane Doe said.')\n"
        "analyze_corpus([Article('a', '“Yes,” Jane Doe told Reuters.')])\n"
        "print(sorted(m for m, v in sys.modules.items() if v is not None and m.split('.')[0] in ('torch', 'stanza')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_stanza_not_installed_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # what an absent package looks like to import
    with pytest.raises(EngineUnavailableError, match=r"pip install 'quoteprov\[stanza\]'") as info:
        quoteprov.analyze("“No,” Jane Doe said.", engine="stanza")
    assert isinstance(info.value, ImportError) and "engine='rules'" in str(info.value)


def test_rules_documents_carry_no_parse_and_the_rules_engine_is_the_default() -> None:
    doc = build_document("“No,” Jane Doe said.")
    assert not doc.parsed and doc.entities == () and doc.coref == () and doc.engine == "rules"
    assert get_engine().name == "rules"


# --- hand-built stanza Documents -------------------------------------------------------


Arc = tuple[int, str]


def _sentence(
    tokens: str,
    root: int,
    arcs: dict[int, Arc],
    *,
    default_head: int | None = None,
    ner: dict[int, str] | None = None,
    upos: dict[int, str] | None = None,
    lemma: dict[int, str] | None = None,
) -> list[tuple[str, int, str, str | None, str | None, str]]:
    """Rows of (text, head, deprel, upos, lemma, ner); indices 1-based as in stanza."""
    rows = []
    for i, token in enumerate(tokens.split(), 1):
        if i == root:
            head, deprel = 0, "root"
        else:
            head, deprel = arcs.get(i, (default_head or root, "dep"))
        rows.append((token, head, deprel, (upos or {}).get(i), (lemma or {}).get(i), (ner or {}).get(i, "O")))
    return rows


def _stanza_doc(text: str, sentences: list[list[tuple[str, int, str, str | None, str | None, str]]]) -> Any:
    """A stanza Document over ``text`` with the given parse, offsets found in order."""
    from stanza.models.common.doc import Document as StanzaDocument

    cursor = 0
    built = []
    for rows in sentences:
        entries = []
        for i, (token, head, deprel, upos, lemma, ner) in enumerate(rows, 1):
            start = text.index(token, cursor)
            cursor = start + len(token)
            entry: dict[str, Any] = {
                "id": (i,), "text": token, "head": head, "deprel": deprel, "ner": ner,
                "start_char": start, "end_char": cursor,
            }
            if upos:
                entry["upos"] = upos
            if lemma:
                entry["lemma"] = lemma
            entries.append(entry)
        built.append(entries)
    return StanzaDocument(built, text=text)


def _masked(text: str) -> str:
    from quoteprov.engines.stanza_engine import mask_quotes

    return mask_quotes(text, find_quotes(build_document(text)).quotes)


LONG_APPOSITIVE = (
    "“We will not sign this agreement under any circumstances,” Lavrov, who has led the foreign "
    "ministry of the country since 2004 and who very rarely speaks to reporters from the West or "
    "from anywhere else, said on Monday."
)


def test_speaker_from_the_nsubj_of_the_reporting_verb_where_the_rules_find_none() -> None:
    _stanza()
    from quoteprov.engines.stanza_engine import from_stanza

    masked = _masked(LONG_APPOSITIVE)
    assert len(masked) == len(LONG_APPOSITIVE) and "something" in masked and "sign" not in masked
    tokens = (
        "“ something ” Lavrov , who has led the foreign ministry of the country since 2004 and who very "
        "rarely speaks to reporters from the West or from anywhere else , said on Monday ."
    )
    # UD: the quote's predicate is the root; the reporting clause hangs from it (parataxis).
    sentence = _sentence(
        tokens, root=2, default_head=8,
        arcs={1: (2, "punct"), 3: (2, "punct"), 4: (32, "nsubj"), 5: (4, "punct"), 6: (8, "nsubj"),
              8: (4, "acl:relcl"), 21: (8, "conj"), 31: (32, "punct"), 32: (2, "parataxis"),
              33: (34, "case"), 34: (32, "obl"), 35: (2, "punct")},
        upos={4: "PROPN", 8: "VERB", 21: "VERB", 32: "VERB"}, lemma={32: "say", 21: "speak"},
        ner={4: "S-PERSON", 34: "S-DATE"},
    )
    document = from_stanza(_stanza_doc(masked, [sentence]), LONG_APPOSITIVE, parsed_text=masked)
    assert document.engine == "stanza" and document.parsed
    words = document.sentences[0].words
    # The placeholder word stands for the quote's whole content in the original text.
    assert words[1].span.text == "We will not sign this agreement under any circumstances,"
    assert [w.span.text for w in words][3:5] == ["Lavrov", ","]
    assert all(LONG_APPOSITIVE[w.span.start : w.span.end] == w.span.text for w in words)
    assert words[31].head == 1 and words[31].deprel == "parataxis"
    assert [(e.span.text, e.label) for e in document.entities] == [("Lavrov", "PERSON"), ("Monday", "DATE")]

    rules = analyze_document(build_document(LONG_APPOSITIVE)).attributions[0]
    assert rules.speaker is None and rules.rule == "none"
    parsed = analyze_document(document).attributions[0]
    assert parsed.speaker is not None and parsed.speaker.name == "Lavrov"
    assert parsed.rule == "dependency_subject" and parsed.cue is not None and parsed.cue.text == "said"
    assert any("the parse makes 'Lavrov' the subject of 'said'" in s for s in parsed.steps)


def test_the_parse_gives_nothing_when_the_verb_has_no_subject() -> None:
    _stanza()
    from quoteprov.engines.stanza_engine import from_stanza

    masked = _masked(LONG_APPOSITIVE)
    tokens = (
        "“ something ” Lavrov , who has led the foreign ministry of the country since 2004 and who very "
        "rarely speaks to reporters from the West or from anywhere else , said on Monday ."
    )
    # The same sentence, but the parser hung "Lavrov" off the quote: no nsubj of "said".
    sentence = _sentence(tokens, root=2, default_head=8,
                         arcs={4: (2, "obj"), 8: (4, "acl:relcl"), 32: (2, "parataxis")}, lemma={32: "say"})
    document = from_stanza(_stanza_doc(masked, [sentence]), LONG_APPOSITIVE, parsed_text=masked)
    attribution = analyze_document(document).attributions[0]
    assert attribution.speaker is None and "no_speaker" in attribution.flags


TWO_WOMEN = "Maria Lopez and Ana Ruiz met in Lisbon on Tuesday.\n“We agreed on nothing at all,” she said."


def _two_women(chain: list[tuple[int, int, int]]) -> Any:
    from stanza.models.coref.coref_chain import CorefChain, CorefMention

    masked = _masked(TWO_WOMEN)
    first = _sentence(
        "Maria Lopez and Ana Ruiz met in Lisbon on Tuesday .", root=6,
        arcs={1: (2, "flat"), 2: (6, "nsubj"), 3: (5, "cc"), 4: (5, "flat"), 5: (2, "conj"), 8: (6, "obl")},
        ner={1: "B-PERSON", 2: "E-PERSON", 4: "B-PERSON", 5: "E-PERSON", 8: "S-GPE"},
    )
    second = _sentence("“ something ” she said .", root=2, arcs={4: (5, "nsubj"), 5: (2, "parataxis")},
                       lemma={5: "say"}, upos={4: "PRON", 5: "VERB"})
    parsed = _stanza_doc(masked, [first, second])
    parsed.coref = [CorefChain(0, [CorefMention(*m) for m in chain], "Maria Lopez", 0)]
    return parsed, masked


def test_speaker_from_a_coreference_chain_where_the_rules_call_the_pronoun_ambiguous() -> None:
    _stanza()
    from quoteprov.engines.stanza_engine import from_stanza

    rules = analyze_document(build_document(TWO_WOMEN)).attributions[0]
    assert rules.speaker is None and "unresolved_pronoun" in rules.flags
    parsed, masked = _two_women([(0, 0, 2), (1, 3, 4)])
    document = from_stanza(parsed, TWO_WOMEN, parsed_text=masked)
    assert [[s.text for s in c.mentions] for c in document.coref] == [["Maria Lopez", "she"]]
    assert [s.paragraph for s in document.sentences] == [0, 1]
    attribution = analyze_document(document).attributions[0]
    assert attribution.speaker is not None and attribution.speaker.name == "Maria Lopez"
    assert attribution.rule == "coreference" and attribution.mention is not None
    assert attribution.mention.span.text == "she" and "unresolved_pronoun" not in attribution.flags


def test_a_chain_that_names_two_people_resolves_nothing() -> None:
    _stanza()
    from quoteprov.engines.stanza_engine import from_stanza

    parsed, masked = _two_women([(0, 0, 2), (0, 3, 5), (1, 3, 4)])
    attribution = analyze_document(from_stanza(parsed, TWO_WOMEN, parsed_text=masked)).attributions[0]
    assert attribution.speaker is None and "unresolved_pronoun" in attribution.flags


@pytest.mark.parametrize(
    ("outlet", "ner", "expected"),
    [
        ("the Kestrel Ledger", {8: "B-ORG", 9: "E-ORG"}, ("Kestrel Ledger", "told_org_entity")),
        ("the Foreign Ministry", {8: "B-ORG", 9: "E-ORG"}, None),  # a body, not an outlet
        ("the Kestrel Ledger", {8: "B-PERSON", 9: "E-PERSON"}, None),  # NER says person
        ("the Kestrel Ledger", {}, None),  # no entity: the rules alone know no such outlet
    ],
    ids=["org-entity-is-outlet", "ministry-is-not", "person-is-not", "no-entity"],
)
def test_outlet_from_an_org_entity(outlet: str, ner: dict[int, str], expected: tuple[str, str] | None) -> None:
    _stanza()
    from quoteprov.engines.stanza_engine import from_stanza

    text = f"“Prices will rise next year,” Jane Doe told {outlet} on Monday."
    masked = _masked(text)
    sentence = _sentence(
        f"“ something ” Jane Doe told {outlet} on Monday .", root=6,
        arcs={2: (6, "ccomp"), 4: (5, "flat"), 5: (6, "nsubj"), 7: (9, "det"), 8: (9, "compound"), 9: (6, "obj")},
        ner={4: "B-PERSON", 5: "E-PERSON", **ner}, lemma={6: "tell"},
    )
    attribution = analyze_document(from_stanza(_stanza_doc(masked, [sentence]), text, parsed_text=masked)).attributions[0]
    assert attribution.speaker is not None and attribution.speaker.name == "Jane Doe"
    if expected is None:
        assert attribution.outlet is None
    else:
        assert attribution.outlet is not None
        assert (attribution.outlet.name, attribution.outlet.rule) == expected
        assert attribution.outlet.relation == "told"
        name_span = attribution.outlet.name_span
        assert name_span is not None and text[name_span.start : name_span.end] == "Kestrel Ledger"
        assert attribution.outlet.span.text == "told the Kestrel Ledger"


def test_a_sentence_over_a_paragraph_break_is_cut_and_loses_the_arcs_across() -> None:
    _stanza()
    from quoteprov.engines.stanza_engine import from_stanza

    text = "Jane Doe spoke\nto the press."
    sentence = _sentence("Jane Doe spoke to the press .", root=3,
                         arcs={1: (2, "flat"), 2: (3, "nsubj"), 6: (3, "obl")}, ner={1: "B-PERSON", 2: "E-PERSON"})
    document = from_stanza(_stanza_doc(text, [sentence]), text)
    assert [(s.span.text, s.paragraph) for s in document.sentences] == [("Jane Doe spoke", 0), ("to the press.", 1)]
    first, second = document.sentences
    assert [w.head for w in first.words] == [1, 2, None]
    assert second.words[2].span.text == "press" and second.words[2].head is None  # its head was "spoke"
    assert [m.kind for m in document.mentions if m.name == "Jane Doe"] == ["person"]


def test_masking_keeps_every_offset_and_leaves_partial_quotes() -> None:
    from quoteprov.engines.stanza_engine import mask_quotes

    text = "Vance floated a “demilitarized zone” on Monday.\n“We will never accept that plan,” Lavrov said."
    masked = mask_quotes(text, find_quotes(build_document(text)).quotes)
    assert len(masked) == len(text)
    assert "“demilitarized zone”" in masked and "never accept" not in masked
    assert masked.endswith("” Lavrov said.") and "“something" in masked


# --- a real stanza Pipeline with no model files ----------------------------------------

_TOY = "quoteprov_toyparse"
_VERBS = {"said": "say", "says": "say", "told": "tell"}


def _register_toy_parser() -> None:
    """A stand-in processor: heads, relations and PERSON tags by a few fixed rules, so a
    real ``stanza.Pipeline`` runs end to end with no model file."""
    from stanza.pipeline.processor import Processor, register_processor
    from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS

    if _TOY in NAME_TO_PROCESSOR_CLASS:
        return

    @register_processor(_TOY)
    class ToyParser(Processor):  # type: ignore[misc]
        PROVIDES_DEFAULT: ClassVar[set[str]] = {_TOY}
        REQUIRES_DEFAULT: ClassVar[set[str]] = {"tokenize"}

        def process(self, doc: Any) -> Any:
            for sentence in doc.sentences:
                words = sentence.words
                bare = [w.text.strip("“”,.") for w in words]
                verb = next((i for i, b in enumerate(bare) if b.lower() in _VERBS), 0)
                subject = verb - 1
                for i, word in enumerate(words):
                    word.head, word.deprel, word.upos = verb + 1, "dep", "X"
                    word.parent.ner = "O"
                    if "something" in word.text:
                        word.deprel = "ccomp"
                word = words[verb]
                word.head, word.deprel, word.upos, word.lemma = 0, "root", "VERB", _VERBS.get(bare[verb].lower(), "")
                if subject >= 0 and words[subject].text[:1].isupper():
                    first = subject
                    while first > 0 and words[first - 1].text[:1].isupper() and words[first - 1].text == bare[first - 1]:
                        first -= 1
                    words[subject].deprel, words[subject].upos = "nsubj", "PROPN"
                    for i in range(first, subject):
                        words[i].head, words[i].deprel = subject + 1, "flat"
                    for i in range(first, subject + 1):
                        tag = "S" if first == subject else "B" if i == first else "E" if i == subject else "I"
                        words[i].parent.ner = f"{tag}-PERSON"
            doc.build_ents()
            return doc


def _models_folder(tmp_path: Path, resources: object = None) -> Path:
    folder = tmp_path / "stanza_resources"
    (folder / "en").mkdir(parents=True)
    (folder / "resources.json").write_text(json.dumps(resources or {"en": {"lang_name": "English"}}), encoding="utf-8")
    return folder


@pytest.fixture
def toy_engine(tmp_path: Path) -> Any:
    _stanza()
    _register_toy_parser()
    from quoteprov.engines.stanza_engine import StanzaEngine

    return StanzaEngine(
        models_dir=_models_folder(tmp_path), processors=f"tokenize,{_TOY}", tokenize_pretokenized=True,
        batch_size=2,
    )


ARTICLES = [
    "“We will keep the plant open for another decade,” Jane Doe said.",
    "Officials met on Monday.\n“The talks went well for everyone,” Ivan Petrov told reporters.",
    "",
    "No quotes here at all.",
    "“Prices will rise again next spring,” Anna Berg says.",
]


def test_a_real_pipeline_without_models_runs_in_batches_through_the_shared_stages(toy_engine: Any) -> None:
    from quoteprov.analysis import analyze_articles
    from quoteprov.corpus import Article
    from quoteprov.engines.stanza_engine import load_pipeline
    from quoteprov.graph import analyze_corpus

    pipeline = toy_engine.pipeline
    assert type(pipeline).__name__ == "Pipeline" and _TOY in pipeline.processors
    # Built once: the same settings give the same object.
    assert load_pipeline("en", models_dir=toy_engine.models_dir, processors=f"tokenize,{_TOY}",
                         tokenize_pretokenized=True) is pipeline
    batches: list[int] = []
    real = pipeline.bulk_process

    def spy(docs: list[str], *args: Any, **kwargs: Any) -> Any:
        batches.append(len(docs))
        return real(docs, *args, **kwargs)

    pipeline.bulk_process = spy
    articles = [Article(f"a{i}", t) for i, t in enumerate(ARTICLES)]
    analyses = [analysis for _article, analysis in analyze_articles(articles, engine=toy_engine)]
    # Five articles in batches of two; the empty one never reaches stanza.
    assert batches == [2, 1, 1]
    speakers = [[a.speaker.name if a.speaker else None for a in x.attributions] for x in analyses]
    assert speakers == [["Jane Doe"], ["Ivan Petrov"], [], [], ["Anna Berg"]]
    for analysis, text in zip(analyses, ARTICLES):
        assert analysis.document.engine == "stanza" and analysis.to_dict()["article"]["engine"] == "stanza"
        for sentence in analysis.document.sentences:
            for word in sentence.words:
                assert text[word.span.start : word.span.end] == word.span.text
    first = analyses[0].document
    assert [(e.span.text, e.label) for e in first.entities] == [("Jane Doe", "PERSON")]
    said = [w for s in first.sentences for w in s.words if w.span.text == "said."]
    assert said and said[0].deprel == "root" and said[0].lemma == "say"
    # The corpus keeps compact results of the same analyses.
    corpus = analyze_corpus(articles, engine=toy_engine)
    assert [c.to_dict() for c in corpus.analyses] == [a.to_dict() for a in analyses]
    assert "speaker:jane-doe" in corpus.graph
    # The parse alone finds the speaker when the rules are not asked first.
    from quoteprov.attribution.context import ArticleContext
    from quoteprov.attribution.syntax import governing_subject

    quotes = find_quotes(first).quotes
    found = governing_subject(ArticleContext.of(first, quotes, quoteprov.Lexicon.default()), quotes[0])
    assert found is not None and first.text[found[0].start : found[0].end] == "Jane Doe"


def test_prepare_reports_each_batch_to_the_progress_callback(toy_engine: Any) -> None:
    done: list[int] = []
    toy_engine.prepare(ARTICLES, progress=done.append)
    assert done == [2, 2, 1]  # batch_size 2 over five texts
    toy_engine.prepare(ARTICLES)  # no callback: nothing is drawn anywhere


def test_the_command_line_draws_the_engines_progress(toy_engine: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import quoteprov.engines.stanza_engine as module
    from quoteprov import cli

    monkeypatch.setattr(module.StanzaEngine, "shared", classmethod(lambda cls, **kw: toy_engine))
    from quoteprov.cli import terminal

    monkeypatch.setattr(terminal, "_is_terminal", lambda stream: True)
    clock = itertools.count()
    monkeypatch.setattr(terminal.time, "monotonic", lambda: float(next(clock)))  # a second between draws
    monkeypatch.setenv("TERM", "xterm")
    for i, text in enumerate(ARTICLES):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["extract", "--engine", "stanza", str(tmp_path)], stdout=out, stderr=err) == 0
    assert "parsed · " in err.getvalue() and "stanza parsed" not in err.getvalue()


@given(text=ANY_TEXT)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_span_of_a_stanza_analysis_holds_on_any_text(toy_engine: Any, text: str) -> None:
    analysis = quoteprov.analyze(text, engine=toy_engine)
    assert analysis.document.engine == "stanza"
    for sentence in analysis.document.sentences:
        assert text[sentence.span.start : sentence.span.end] == sentence.span.text
        for word in sentence.words:
            assert text[word.span.start : word.span.end] == word.span.text
            assert word.head is None or 0 <= word.head < len(sentence.words)
    for entity in analysis.document.entities:
        assert text[entity.span.start : entity.span.end] == entity.span.text
    for where, span in _spans(analysis.to_dict()):
        assert text[span["start"] : span["end"]] == span["text"], where


def test_the_cli_runs_the_stanza_engine_in_batches(toy_engine: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import quoteprov.engines.stanza_engine as module
    from quoteprov import cli

    monkeypatch.setattr(module.StanzaEngine, "shared", classmethod(lambda cls, **kw: toy_engine))
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(ARTICLES):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["extract", "--engine", "stanza", str(folder)], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["article"]["engine"] for r in results] == ["stanza"] * 5
    assert [q["speaker"]["name"] for r in results for q in r["quotes"]] == ["Jane Doe", "Ivan Petrov", "Anna Berg"]


# --- errors ------------------------------------------------------------------------------


def test_models_missing_says_where_it_looked_and_how_to_download(tmp_path: Path) -> None:
    _stanza()
    missing = tmp_path / "nowhere"
    with pytest.raises(ModelsMissingError) as info:
        quoteprov.analyze("“No,” Jane Doe said.", engine="stanza", models_dir=missing)
    message = str(info.value)
    assert repr(str(missing)) in message and "python -m quoteprov models download" in message
    assert isinstance(info.value, FileNotFoundError)


def test_models_dir_comes_from_stanza_resources_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _stanza()
    from quoteprov.engines.stanza_engine import load_pipeline

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "from-env"))
    with pytest.raises(ModelsMissingError, match="from-env"):
        load_pipeline("en")


def test_a_model_folder_without_resources_json(tmp_path: Path) -> None:
    _stanza()
    from quoteprov.engines.stanza_engine import load_pipeline

    (tmp_path / "en").mkdir()
    with pytest.raises(ResourcesFileMissingError, match="has no resources.json") as info:
        load_pipeline("en", models_dir=tmp_path)
    assert "models download" in str(info.value)


@pytest.mark.parametrize(
    ("lang", "resources", "says"),
    [
        ("xx", {"en": {"lang_name": "English"}}, "lists no language 'xx'"),
        ("de", {"en": {}, "de": {"lang_name": "German"}}, "no stanza models for language 'de'"),
    ],
    ids=["not-in-resources", "not-downloaded"],
)
def test_a_language_with_no_models(tmp_path: Path, lang: str, resources: object, says: str) -> None:
    _stanza()
    from quoteprov.engines.stanza_engine import load_pipeline

    folder = _models_folder(tmp_path, resources)
    with pytest.raises(LanguageModelsMissingError, match=says):
        load_pipeline(lang, models_dir=folder)


def test_a_processor_whose_model_file_is_missing(tmp_path: Path) -> None:
    _stanza()
    from quoteprov.engines.stanza_engine import load_pipeline

    # resources.json and the language folder are there, but not the parser's model file.
    with pytest.raises(ModelsMissingError, match="could not load its models") as info:
        load_pipeline("en", models_dir=_models_folder(tmp_path), processors="tokenize,ner",
                      tokenize_pretokenized=True)
    assert "models download" in str(info.value)


def test_the_cli_reports_missing_models_and_flag_exits_2(tmp_path: Path) -> None:
    _stanza()
    from quoteprov.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["flag", "--engine", "stanza", "--models-dir", str(tmp_path / "none"), str(ROOT / "seeds")],
                stdout=out, stderr=err)
    assert code == 2 and out.getvalue() == ""  # flag's 1 would say "flagged"
    assert err.getvalue().startswith("quoteprov flag: the 'stanza' engine needs models in")


def test_models_download_wraps_stanza_download(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stanza = _stanza()
    from quoteprov.cli import main
    from quoteprov.engines.stanza_engine import DEFAULT_PROCESSORS

    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(stanza, "download", lambda lang, **kw: calls.append((lang, kw)))
    out, err = io.StringIO(), io.StringIO()
    assert main(["models", "download", "--models-dir", str(tmp_path)], stdout=out, stderr=err) == 0, err.getvalue()
    assert calls == [("en", {"model_dir": str(tmp_path), "processors": DEFAULT_PROCESSORS})]
    assert str(tmp_path) in out.getvalue()

    def offline(lang: str, **kw: Any) -> None:
        raise ConnectionError("no route to host")

    monkeypatch.setattr(stanza, "download", offline)
    err = io.StringIO()
    assert main(["models", "download", "--lang", "fr", "--models-dir", str(tmp_path)], stdout=out, stderr=err) == 1
    assert "downloading stanza's models for 'fr'" in err.getvalue() and "ConnectionError" in err.getvalue()
