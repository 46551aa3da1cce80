"""Full or partial (issue 11, item 7): what the words around a quote say about its form.

A quoted phrase that the writer's sentence runs on after (“Harbor Lights” star Mina Adair
said …; “Slow lane” became the bus plan’s nickname) is a phrase of that sentence: partial, even
when it opens a paragraph or a sentence. A quote that is the whole complement of the
reporting verb just before it and ends the sentence (He says “the pier can wait.”) is quoted
as said, lower case or not: full. Each quote is kept either way; only its label changes.
Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov


def forms(text: str) -> list[tuple[str, str, str]]:
    return [(a.quote.content.text, a.quote.form, a.quote.form_rule) for a in quoteprov.analyze(text).attributions
            if a.quote.form != "mixed"]  # the quotes in marks (mixed quotes: test_realnews_mixed.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence runs on after the closing mark: a phrase of it
        ("“Slow lane” became the nickname of the council’s bus plan.",
         [("Slow lane", "partial", "sentence_continues")]),
        ("Council minutes, March 3.\n\n‘Quiet’ harbour town votes to raise its levy.",
         [("Quiet", "partial", "sentence_continues")]),
        ("The mayor left early. “Gridlock” has become the word everyone in Dunmore uses.",
         [("Gridlock", "partial", "sentence_continues")]),
        ("Ann Cole spoke first, “rather than waiting” for the others.",
         [("rather than waiting", "partial", "sentence_continues")]),
        # side by side: a reporting clause after it, or words that end as speech does
        ("“We start on Monday” Ann Cole said.", [("We start on Monday", "full", "paragraph_start")]),
        ("“We start on Monday” the Gazette's city editor Ann Cole replied.",
         [("We start on Monday", "full", "paragraph_start")]),
        ("“We start on Monday,” Ann Cole said.", [("We start on Monday,", "full", "paragraph_start")]),
        ("“We start on Monday.” Ann Cole left after that.", [("We start on Monday.", "full", "paragraph_start")]),
        ("“He asked me, ‘Why now?’” said Ann Cole.", [("He asked me, ‘Why now?’", "full", "paragraph_start")]),
        # a reporting verb before the comma: what she wrote, even with words after it
        ("Ann Cole tweeted, “Thank you Dunmore” on Friday night.",
         [("Thank you Dunmore", "full", "after_punctuation")]),
    ],
)
def test_a_quote_the_sentence_runs_on_after_is_partial(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert forms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole complement of the verb just before it, to the end of the sentence
        ("Ann Cole says “the harbour can wait a year.”", [("the harbour can wait a year.", "full", "verb_complement")]),
        ("The crowd outside kept shouting “we want the mayor!”", [("we want the mayor!", "full", "verb_complement")]),
        ("It was what Dan Price called “a tax on staying put.”", [("a tax on staying put.", "full", "verb_complement")]),
        ("Her new leaflet simply declares “no levy, no vote”.", [("no levy, no vote", "full", "verb_complement")]),
        # a crowd's words: chanted, or after the noun for them
        ("Outside the hall the marchers chanted “not our harbour!”", [("not our harbour!", "full", "verb_complement")]),
        ("She walked on stage to chants of “four more years!”", [("four more years!", "full", "chants_of")]),
        ("The vote ended in cries of “shame” from the gallery.", [("shame", "full", "chants_of")]),
        # side by side: the writer's words around it, a noun that looks like a verb, a hyphen
        ("Ann Cole says “the harbour can wait” for a year.", [("the harbour can wait", "partial", "inside_sentence")]),
        ("Dan Price called the plan “a tax on staying put.”", [("a tax on staying put.", "partial", "inside_sentence")]),
        ("Ann Cole said the levy was “a tax on staying put.”", [("a tax on staying put.", "partial", "inside_sentence")]),
        ("Dan Price’s remarks “were taken out of context.”", [("were taken out of context.", "partial", "inside_sentence")]),
        ("The report “was late again.”", [("was late again.", "partial", "inside_sentence")]),
        ("The chants of the crowd grew “louder by the hour.”", [("louder by the hour.", "partial", "inside_sentence")]),
        ("Dan Price, a self-described “harbour rat,” grew up on the quay.", [("harbour rat,", "partial", "inside_sentence")]),
    ],
)
def test_the_whole_complement_of_a_reporting_verb_is_full(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert forms(text) == expected


def test_a_relabelled_quote_keeps_its_text_and_speaker() -> None:
    text = "Mayor Ann Cole was blunt on Monday. She says “the bridge is not safe.”"
    [attribution] = quoteprov.analyze(text).attributions
    quote = attribution.quote
    assert (quote.form, quote.form_rule) == ("full", "verb_complement")
    assert text[quote.content.start : quote.content.end] == quote.content.text == "the bridge is not safe."
    assert text[quote.span.start : quote.span.end] == quote.span.text == "“the bridge is not safe.”"
    assert attribution.speaker is not None and attribution.speaker.name == "Ann Cole"
