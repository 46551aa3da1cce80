"""A quote that runs over paragraphs is reported one quote a paragraph (issue 11), as news
prints it (each paragraph opens with a mark, only the last closes) and as annotated corpora
count it; and the rules its real-news pieces brought up. Every sentence here is invented."""

from __future__ import annotations

import json

import pytest

import quoteprov
from quoteprov.analysis import to_frame

RUN = (
    "Mayor Ann Cole spoke for an hour.\n\n"
    "“We warned them about the bridge in May.\n\n"
    "“We warned them again in June... and nobody came.\n\n"
    "“Nobody listened [to us],” Cole said in an interview with the Riverton Gazette."
)


def attributions(text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker.name if a.speaker else None, a.rule) for a in quoteprov.analyze(text).attributions]


def test_each_paragraph_is_a_quote_with_the_whole_quotes_speaker_and_outlet() -> None:
    analysis = quoteprov.analyze(RUN)
    found = analysis.attributions
    assert [a.quote.span.text for a in found] == [
        "“We warned them about the bridge in May.",
        "“We warned them again in June... and nobody came.",
        "“Nobody listened [to us],”",
    ]
    assert [a.quote.content.text for a in found] == [
        "We warned them about the bridge in May.", "We warned them again in June... and nobody came.", "Nobody listened [to us],",
    ]
    assert [a.quote.run for a in found] == [(1, 3), (2, 3), (3, 3)]
    assert [a.quote.marks for a in found] == ["“", "“", "“”"]
    assert {(a.speaker.name if a.speaker else None, a.rule) for a in found} == {("Ann Cole", "trailing_np_verb")}
    assert {(a.outlet.name, a.outlet.relation) for a in found if a.outlet} == {("Riverton Gazette", "interview")}
    assert len([a for a in found if a.outlet]) == 3
    # each piece's own marks of editing; "continued" on every piece
    assert [sorted(set(a.flags) & {"continued", "elided", "insertion"}) for a in found] == [
        ["continued"], ["continued", "elided"], ["continued", "insertion"],
    ]
    assert found[1].steps[1] == "paragraph 2 of 3 of a quote that runs on: the whole quote's speaker and outlet"
    for a in found:
        for span in (a.quote.span, a.quote.content, *a.quote.parts):
            assert RUN[span.start : span.end] == span.text


def test_the_json_links_each_paragraph_to_the_one_before() -> None:
    data = quoteprov.analyze(RUN).to_dict()
    assert data["schema"] == "quoteprov.analysis/2"
    assert [q["runs_on"] for q in data["quotes"]] == [
        {"paragraph": 1, "of": 3, "continues": None},
        {"paragraph": 2, "of": 3, "continues": "q1"},
        {"paragraph": 3, "of": 3, "continues": "q2"},
    ]
    one = quoteprov.analyze("“We warned them,” Ann Cole said.").to_dict()
    assert one["quotes"][0]["runs_on"] is None
    json.dumps(data)


def test_the_table_has_the_run_columns() -> None:
    pytest.importorskip("pandas")
    frame = to_frame([quoteprov.analyze("Intro.\n\n“We warned them,” Ann Cole said.\n\n" + RUN, article_id="a")])
    assert frame["runs_on.paragraph"].tolist()[1:] == [1, 2, 3]
    assert frame["runs_on.continues"].isna().tolist() == [True, True, False, False]
    assert frame["runs_on.continues"].tolist()[2:] == ["q2", "q3"]
    assert frame["runs_on.paragraph"].isna().tolist()[0]


def test_an_unclosed_run_flags_only_its_last_paragraph() -> None:
    text = "Ann Cole spoke.\n\n“We warned them, Cole said.\n\n“Nobody listened\n\nThe council met on Monday."
    found = quoteprov.analyze(text).attributions
    runs = [a for a in found if a.quote.run]
    assert [a.quote.run for a in runs] == [(1, 2), (2, 2)]
    assert ["unclosed" in a.flags for a in runs] == [False, True]


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # the same style throughout: one quote over both paragraphs
        ('The Gazette wrote:\n\n"The bridge is closing.\n\n"Residents were not told," the paper said.', [(1, 2), (2, 2)]),
        # a passage in straight marks whose last paragraph opens with a curly one: that
        # paragraph is a quote inside the passage, not the passage running on
        ('The Gazette wrote:\n\n"The bridge is closing.\n\n“We were not told,” Ann Cole said."', [None, None]),
        ("The Gazette wrote:\n\n“The bridge is closing.\n\n\"We were not told,\" Ann Cole said.”", [None, None]),
    ],
    ids=["same-style", "straight-then-curly", "curly-then-straight"],
)
def test_a_run_goes_on_only_in_the_same_style_of_mark(text: str, runs: list[tuple[int, int] | None]) -> None:
    assert [a.quote.run for a in quoteprov.analyze(text).attributions] == runs


def test_a_passage_quoted_from_a_report_is_not_the_inner_speakers() -> None:
    # Before the style rule, the whole passage was Ann Cole's, read from the clause after
    # the curly quote inside it.
    text = ('As the Riverton Gazette reported on Friday, the council stayed silent:\n\n'
            '"The council is still unwilling to explain the closure.\n\n'
            '"At the hall today, residents questioned Mayor Ann Cole about the cracks.\n\n'
            '“I will not talk about it while the review goes on,” Cole said."')
    found = attributions(text)
    assert len(found) == 3 and found[-1] == ("Ann Cole", "trailing_np_verb")
    assert all(speaker != "Ann Cole" for speaker, _rule in found[:-1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Cole spoke.\n\nThe Gazette reported Monday Mayor Dan Price testifies on the plan.\n\n“We need more time.”", (None, "none")),
        ("Dan Price spoke.\n\nAs the Gazette reported, Dan Price disagreed.\n\n“We need more time.”", ("Dan Price", "paragraph_before_speech")),
        ("Dan Price spoke.\n\nDan Price disagreed, the Gazette reported.\n\n“We need more time.”", ("Dan Price", "paragraph_before_speech")),
        ("Dan Price spoke.\n\nDan Price disagreed.\n\n“We need more time.”", ("Dan Price", "paragraph_before_speech")),
    ],
    ids=["outlet-reports-first", "as-aside", "outlet-after", "plain"],
)
def test_an_outlet_reporting_first_is_not_passed_over_for_its_news(text: str, expected: tuple[str | None, str]) -> None:
    assert attributions(text)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("But Ann Cole went on the attack, saying, “Will the mayor resign?”", ("Ann Cole", "participle_speech")),
        ("And then Ann Cole went on the attack, saying, “Will the mayor resign?”", ("Ann Cole", "participle_speech")),
        ("Ann Cole released a statement late Friday saying, “I do not feel responsible.”", ("Ann Cole", "participle_speech")),
        ("Ann Cole praised the crews, saying, “We will pave them.”", ("Ann Cole", "participle_speech")),
        # the subject's verb reports another clause: the participle may be its subject's
        ("Dan Price said Ann Cole went on the attack, saying, “Will the mayor resign?”", ("Dan Price", "reported_speech")),
        ("Dan Price said that Ann Cole went on the attack, saying, “Will the mayor resign?”", ("Dan Price", "reported_speech")),
        # a participle after a noun that is not one of speech, with no comma: not this rule
        ("Ann Cole walked the streets Tuesday saying, “We will pave them.”", (None, "none")),
    ],
    ids=["but", "and-then", "a-statement-saying", "praised", "said-name", "said-that", "no-speech-noun"],
)
def test_a_participle_of_speech_closing_the_lead(sentence: str, expected: tuple[str | None, str]) -> None:
    assert attributions("Ann Cole and Dan Price met the council.\n\n" + sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Right after the vote, Ann Cole issued a statement, “Our town was let down.”", ("Ann Cole", "issued_statement")),
        ("Ann Cole released her statement: “Our town was let down.”", ("Ann Cole", "issued_statement")),
        # not a noun of speech, no determiner, or someone else's statement
        ("Ann Cole issued a warning to the builders, “Our town was let down.”", (None, "none")),
        ("In response, “Our town was let down.”", (None, "none")),
        ("Ann Cole read Dan Price’s statement, “Our town was let down.”", ("Ann Cole", "reported_speech")),
        ("Dan Price said Ann Cole issued a statement, “Our town was let down.”", ("Dan Price", "reported_speech")),
    ],
    ids=["a-statement", "her-statement", "not-speech", "no-subject", "possessor", "reported"],
)
def test_a_lead_ending_on_a_statement(sentence: str, expected: tuple[str | None, str]) -> None:
    assert attributions("Ann Cole and Dan Price met the council.\n\n" + sentence)[-1] == expected


def test_the_statement_sieve_switches_off_by_name() -> None:
    text = "Ann Cole met the council.\n\nAnn Cole issued a statement, “Our town was let down.”"
    found = quoteprov.analyze(text, disable=["issued_statement"]).attributions[-1]
    assert (found.speaker, found.rule) == (None, "none")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“Sit down,” Cole barked.", "Ann Cole"),
        ("“Sit down,” Cole growled.", "Ann Cole"),
        ("“We won,” Cole crowed.", "Ann Cole"),
        ("“Not again,” Cole groused.", "Ann Cole"),
    ],
)
def test_verbs_of_speech_news_uses(sentence: str, expected: str) -> None:
    assert attributions("Ann Cole met the council.\n\n" + sentence)[-1] == (expected, "trailing_np_verb")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun opening the narration names the speaker as a name does
        ("Ann Cole walked the jurors through the records. Then she turned to the defense.\n\n“Which roads?”",
         ("Ann Cole", "paragraph_before_subject")),
        ("Ann Cole walked the jurors through the records. She paused.\n\n“Which roads?”",
         ("Ann Cole", "paragraph_before_subject")),
        # the pronoun's sentence reports someone else's words
        ("Ann Cole walked the jurors through the records. She said Dan Price had lied.\n\n“Which roads?”",
         ("Ann Cole", "paragraph_before_speech")),
    ],
    ids=["then-she", "she", "she-said"],
)
def test_narration_with_a_pronoun_before_a_quoted_paragraph(text: str, expected: tuple[str | None, str]) -> None:
    assert attributions(text)[-1] == expected


@pytest.mark.parametrize(
    "subject",
    ["Dan Price of Riverton", "party leader Dan Price of the Harbour Party", "opposition leader Dan Price of the People’s Bloc"],
)
def test_a_person_of_a_place_or_body_is_the_person(subject: str) -> None:
    text = (f"Voters met.\n\nDuring the debate, {subject} told deputies that the plan had failed. "
            "“You promised roads,” he said.\n\n“Every family knows it.”\n\n"
            "Later, in remarks to the Riverton Gazette, Price said more.")
    found = quoteprov.analyze(text).attributions
    assert [a.speaker.name if a.speaker else None for a in found] == ["Dan Price", "Dan Price"]
    # the debate is where these words were said, not the later interview
    assert [(a.outlet.name, a.outlet.relation) if a.outlet else None for a in found] == [(None, "remarks")] * 2
