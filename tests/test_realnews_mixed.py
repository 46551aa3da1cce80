"""Mixed quotes (attribution/mixed.py), with invented sentences: the clause of reported
speech around partial quotes is one quote of form ``mixed``, with their speaker and outlet;
and where the partial quotes' answers are not firm, or the words after the verb are not
what was said, none is made."""

from __future__ import annotations

import json

import pytest

import quoteprov
from quoteprov.graph import build_graph


def mixed(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Each mixed quote: its text, its rule, its speaker and its outlet."""
    analysis = quoteprov.analyze(text)
    found = []
    for a in analysis.attributions:
        q = a.quote
        if q.form != "mixed":
            continue
        assert text[q.span.start : q.span.end] == q.span.text == q.content.text
        held = [b for b in analysis.attributions if b.quote.form == "partial" and b.quote.span in q.nested]
        assert len(held) == len(q.nested) > 0  # it holds partial quotes of the same analysis…
        assert all(q.span.start <= n.start and n.end <= q.span.end for n in q.nested)
        assert all((b.speaker, b.outlet) == (a.speaker, a.outlet) for b in held)  # …with their answers
        assert a.flags == ()  # flagged once, on the partial quotes
        found.append((q.span.text, q.form_rule, a.speaker.name if a.speaker else None,
                      a.outlet.name if a.outlet else None))
    return found


@pytest.mark.parametrize(("text", "expected"), [
    # from "that" to the clause's end, with the outlet the words were told to
    ("Ann Cole told the Riverton Gazette that the plan was “a slow disaster” for the town.",
     ("that the plan was “a slow disaster” for the town", "reported_clause", "Ann Cole", "Riverton Gazette")),
    # no "that": the clause starts after the verb's outlet
    ("Dan Price told the Valley Post the town was “far from ready” to vote.",
     ("the town was “far from ready” to vote", "reported_clause", "Dan Price", "Valley Post")),
    # a participle of speech after a comma opens the clause that holds the quote
    ("Ann Cole said the budget was late, saying it was “the only way” forward.",
     ("it was “the only way” forward", "reported_clause", "Ann Cole", None)),
    # a naming verb: the reported words end with the last quote after it
    ("Dan Price called the plan “reckless” and “unfair” in a radio address.",
     ("the plan “reckless” and “unfair”", "reported_clause", "Dan Price", None)),
    # a speech noun's clause ends with its quote: the sentence goes on with its own verb
    ("Ann Cole's claim that the plan was “a slow disaster” spread fast.",
     ("that the plan was “a slow disaster”", "reported_clause", "Ann Cole", None)),
    # a comma after the last quote ends the clause
    ("Ann Cole said the plan was “a mess” for now, before leaving the hall.",
     ("the plan was “a mess” for now", "reported_clause", "Ann Cole", None)),
    # the speaker closes the sentence: from its start to the speaker
    ("The plan is “a slow disaster” for the town, Ann Cole said.",
     ("The plan is “a slow disaster” for the town", "clause_before_cue", "Ann Cole", None)),
    ("The budget will be “tight but fair,” Ann Cole said.",
     ("The budget will be “tight but fair,”", "clause_before_cue", "Ann Cole", None)),
])
def test_the_clause_around_partial_quotes_is_a_mixed_quote(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert mixed(text) == [expected]


def test_a_second_speech_verb_starts_a_clause_of_its_own() -> None:
    text = "Ann Cole said the town would “try again” and insisted that the vote was “final.”"
    assert mixed(text) == [("the town would “try again”", "reported_clause", "Ann Cole", None)]


@pytest.mark.parametrize("text", [
    # a headline reports no clause
    "Cole slams plan as “reckless”\n\nThe mayor spoke on Monday.",
    # the verb closes an earlier quote of its sentence: what follows is not what was said
    "“We will see,” Ann Cole said after a “long” day.",
    # the verb names its speaker after it
    "“It was a long day,” said Ann Cole, a nurse who called the wait “endless.”",
    # a speech word that takes no clause
    "As Ann Cole spoke to the “angry” crowd, the lights went out.",
    # a relative clause before the quote: its words may be its subject's
    "Ann Cole praised Dan Price, who has called the plan “reckless.”",
    # a speech noun with no "that"
    "Ann Cole's appeal for “calm” went unheard.",
    # a pronoun with a channel carried from paragraphs before: two guesses
    "Ann Cole told the Riverton Gazette on Monday that taxes would rise. “We have no choice,” Cole said.\n\n"
    "She called the vote “a formality.”",
    # the quoted words are the whole clause: nothing is mixed
    "Ann Cole said “the vote is over.”",
    # quotes in marks only
    "“We are ready,” Ann Cole said.",
])
def test_no_mixed_quote_where_its_clause_or_answers_are_not_firm(text: str) -> None:
    assert mixed(text) == []


def test_a_mixed_quote_is_in_the_output_and_the_graph_but_joins_no_remark() -> None:
    text = "Ann Cole told the Riverton Gazette that the plan was “a slow disaster” for the town."
    analysis = quoteprov.analyze(text, article_id="a1")
    data = json.loads(json.dumps(analysis.to_dict()))
    forms = [(q["id"], q["form"]) for q in data["quotes"]]
    assert forms == [("q1", "mixed"), ("q2", "partial")]
    assert data["quotes"][0]["nested"] == [data["quotes"][1]["content"] | {
        "start": data["quotes"][1]["start"], "end": data["quotes"][1]["end"], "text": data["quotes"][1]["text"]}]
    assert data["unattributed"] == []
    g = build_graph([analysis])
    assert g.nodes["quote:a1:q1"]["form"] == "mixed"
    edges = {(u, v, k) for u, v, k in g.edges(keys=True)}
    assert ("article:a1", "quote:a1:q1", "contains") in edges
    assert ("quote:a1:q1", "quote:a1:q2", "holds") in edges
    remarks = [n for n, d in g.nodes(data=True) if d["kind"] == "remark"]
    assert len(remarks) == 1  # the partial quote's words, not the reporter's clause
    assert not any(u == "quote:a1:q1" and k == "instance_of" for u, _v, k in edges)


def test_evaluate_scores_quotes_in_marks_and_leaves_mixed_quotes_out() -> None:
    from quoteprov.evaluate import GoldArticle, GoldQuote, evaluate

    text = "Ann Cole said the plan was “a mess” for now."
    start = text.index("“")
    quote = GoldQuote(start, start + len("“a mess”"), "“a mess”", "partial", "Ann Cole", "person", None, None)
    scores = evaluate([GoldArticle("a", text, None, (quote,))])
    assert (scores.found_quotes, scores.matched) == (1, 1)  # the mixed quote is no extra quote to the gold


def test_mixed_quotes_are_switched_off_by_their_rule_names() -> None:
    text = "Ann Cole said the plan was “a mess” for now. The plan is “a slow disaster” for the town, Dan Price said."
    def forms(disable: tuple[str, ...]) -> list[str]:
        return [a.quote.form_rule for a in quoteprov.analyze(text, disable=disable).attributions if a.quote.form == "mixed"]
    assert forms(()) == ["reported_clause", "clause_before_cue"]
    assert forms(("reported_clause",)) == ["clause_before_cue"]
    assert forms(("reported_clause", "clause_before_cue")) == []


def test_a_relative_clause_closed_before_the_quote_is_part_of_the_clause() -> None:
    text = "Ann Cole said the driver, who fled north, had “deep roots” in the town."
    assert mixed(text) == [("the driver, who fled north, had “deep roots” in the town", "reported_clause",
                            "Ann Cole", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # quotes past the cue belong to another clause ("…, adding that …")
    ("The mayor will play the “budget card,” Ann Cole said, adding that the answer “is to vote.”",
     [("The mayor will play the “budget card,”", "clause_before_cue", "Ann Cole", None)]),
    # a later verb of speech starts another clause, with a subordinator before it
    ("Ann Cole said the vote “kept us safe” on Monday before claiming that the roads are “in ruins.”",
     [("the vote “kept us safe” on Monday", "reported_clause", "Ann Cole", None)]),
    # one sentence, one clause: the next sentence's quote has its own
    ("Ann Cole said the vote was “a win.” The roads are “in ruins,” she added.",
     [("the vote was “a win.”", "reported_clause", "Ann Cole", None),
      ("The roads are “in ruins,”", "clause_before_cue", "Ann Cole", None)]),
])
def test_a_clause_ends_where_another_begins(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert mixed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the "that" near the verb opens the clause; a later one is inside it
    ("Ann Cole said the plan is so costly that “nobody will pay” for it.",
     ("the plan is so costly that “nobody will pay” for it", "reported_clause", "Ann Cole", None)),
    # an aside between commas may stand between the verb and its "that"
    ("Ann Cole stated, while testifying on Monday in the capital, that the plan was “dead” already.",
     ("that the plan was “dead” already", "reported_clause", "Ann Cole", None)),
])
def test_the_that_which_opens_the_clause(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert mixed(text) == [expected]


def test_a_clause_of_a_participle_ends_before_the_next_participle_and_its_and() -> None:
    text = "Ann Cole left early, telling the Valley Post that the plan is a “fraud” and questioning the cost."
    assert mixed(text) == [("that the plan is a “fraud”", "reported_clause", "Ann Cole", "Valley Post")]


@pytest.mark.parametrize(("text", "expected"), [
    # a verb form after no subordinator is no new clause ("once revealed")
    ("Ann Cole said the file would become “worthless” once revealed.",
     ("the file would become “worthless” once revealed", "reported_clause", "Ann Cole", None)),
    # "but" and a verb: the next clause
    ("Ann Cole said the board was watching “with concern” but rejected any change.",
     ("the board was watching “with concern”", "reported_clause", "Ann Cole", None)),
    # the object of "told", then "that": the clause opens at "that"
    ("Ann Cole told visiting envoys in a side room of the summit that the town was “ready to talk” now.",
     ("that the town was “ready to talk” now", "reported_clause", "Ann Cole", None)),
])
def test_where_a_clause_opens_and_closes_around_verbs(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert mixed(text) == [expected]


def test_the_clause_after_quoted_as_saying_is_the_quoted_ones() -> None:
    text = "The Valley Post quoted Ann Cole as saying the plan was “dead” for now."
    assert mixed(text) == [("the plan was “dead” for now", "reported_clause", "Ann Cole", "Valley Post")]
