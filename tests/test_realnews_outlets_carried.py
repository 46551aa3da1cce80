"""Real-news outlet provenance carried from one quote to the next, with invented sentences:
an answer to a named outlet's journalist, the items of an outlet's report that nobody
speaks, and words "according to" an outlet."""

from __future__ import annotations

import pytest

import quoteprov


def outlets(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.outlet.name, a.outlet.relation, a.outlet_rule) if a.outlet else (None, None, None)
            for a in quoteprov.analyze(text).attributions]


_ASKED = "Ann Cole, the mayor, was on the air on Monday night. Harbour TV’s Dan Price asked the mayor about the budget. "


@pytest.mark.parametrize(("text", "expected"), [
    (_ASKED + "“Did you know the cost?” Price asked the mayor.\n\n“It is fine to know the cost,” Cole said in reply.",
     ("Harbour TV", "interview", "answers_journalist")),
    (_ASKED + "“Did you know the cost?” Price asked.\n\n“It is fine to know the cost,” Cole said in reply. “Anyone can.”",
     ("Harbour TV", "interview", "continues_quote")),
    # no outlet of the journalist's: nothing to carry
    ("Ann Cole, the mayor, met reporters. Dan Price asked the mayor about the budget. “Did you know the cost?” "
     "Price asked the mayor.\n\n“It is fine to know the cost,” Cole said in reply.", (None, None, None)),
    # the journalist's remark is no question
    (_ASKED + "“The cost was known,” Price said.\n\n“It is fine to know the cost,” Cole said.", (None, None, None)),
    # another channel named since the question
    (_ASKED + "“Did you know the cost?” Price asked.\n\nLater, in a statement, Cole said, “It is fine to know the cost.”",
     (None, "statement", "same_sentence")),
    # two paragraphs later: no longer the answer
    (_ASKED + "“Did you know the cost?” Price asked.\n\nThe council met on Friday.\n\n“It is fine,” Cole said.",
     (None, None, None)),
], ids=["the-answer", "the-answer-goes-on", "no-outlet", "no-question", "another-channel", "too-far"])
def test_an_answer_to_a_named_outlets_journalist_was_given_in_that_interview(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


_REPORTED = "The Riverton Gazette reported that banners flew over the harbour on Friday.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_REPORTED + "“Go home!” read one. “Not here,” was another.",
     [("Riverton Gazette", "report", "introduced_unspoken"), ("Riverton Gazette", "report", "unspoken_goes_on")]),
    (_REPORTED + "“Go home!” read one. “Not here,” was another. One read “harbourfirst.org,” a site of a group "
     "called the “Harbour First Alliance.”",
     [("Riverton Gazette", "report", "introduced_unspoken"), ("Riverton Gazette", "report", "unspoken_goes_on"),
      ("Riverton Gazette", "report", "unspoken_goes_on"), (None, None, None)]),
    # the next quote has a speaker: the report's items have ended
    (_REPORTED + "“Go home!” read one. “Not here,” Ann Cole said.",
     [("Riverton Gazette", "report", "introduced_unspoken"), (None, None, None)]),
    # another paragraph
    (_REPORTED + "“Go home!” read one.\n\n“Not here,” was another.",
     [("Riverton Gazette", "report", "introduced_unspoken"), (None, None, None)]),
], ids=["the-next-item", "not-a-name-in-the-same-sentence", "a-speaker", "another-paragraph"])
def test_the_items_of_an_outlets_report_nobody_speaks_came_through_it(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Riverton Gazette reported on the budget on Monday.\n\nAccording to the newspaper, “The harbour plan is a waste.”",
     ("Riverton Gazette", "report", "same_sentence_according_to")),
    ("According to the Riverton Gazette, “The harbour plan is a waste.”",
     ("Riverton Gazette", "report", "same_sentence_according_to")),
    ("“The harbour plan is a waste,” Ann Cole said, according to Reuters.", ("Reuters", "report", "same_sentence_according_to")),
    # a person's words: the outlet relays the person, before the quote it names none
    ("According to the Riverton Gazette, the mayor was angry. “The harbour plan is a waste,” she said.", (None, None, None)),
    ("According to Ann Cole, “The harbour plan is a waste.”", (None, None, None)),
], ids=["the-newspaper", "named", "after-the-quote", "another-sentence", "a-person"])
def test_words_according_to_an_outlet_came_through_its_report(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


def test_according_to_an_outlet_with_nobody_speaking_makes_the_outlet_the_speaker() -> None:
    (a,) = quoteprov.analyze("According to the Riverton Gazette, “The harbour plan is a waste.”").attributions
    assert a.speaker is not None and (a.speaker.name, a.rule) == ("Riverton Gazette", "outlet_voice")


@pytest.mark.parametrize(("text", "expected"), [
    # a tweet whose writer is named by a description: the same tweet
    ("Ann Cole is the mayor of Elm. “The plan is dead,” the mayor wrote in a late-night tweet. “Bury it.”",
     ("X", "social_media", "continues_quote")),
    ("Ann Cole is the mayor of Elm. “The plan is dead,” the mayor said in a late-night tweet. “Bury it.”",
     ("X", "social_media", "continues_quote")),
    # a channel named between the two quotes
    ("“The plan is dead,” Ann Cole tweeted on Monday. In a statement, she added: “Bury it.”",
     (None, "statement", "same_sentence")),
    # another speaker's answer
    ("“The plan is dead,” Ann Cole tweeted on Monday. “It is not,” Dan Price said.", (None, None, None)),
    # a phrase of the writer's sentence, no part of the tweet
    ("“The plan is dead,” Ann Cole tweeted on Monday. Her critics call her “reckless.”", (None, None, None)),
], ids=["wrote-in-a-tweet", "said-in-a-tweet", "a-channel-between", "another-speaker",
        "a-phrase-of-the-writers"])
def test_a_quote_going_on_from_the_speakers_quote_before_is_the_same_utterance(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


def test_an_outlet_the_gazetteer_lists_speaking_in_its_own_voice() -> None:
    (a,) = quoteprov.analyze("~ As Vulture put it, “The band is back.”").attributions
    assert a.outlet is not None and (a.outlet.name, a.outlet.relation) == ("Vulture", "report")


@pytest.mark.parametrize(("text", "expected"), [
    ("In another tweet, Ann Cole called the plan “a disaster.”", ("X", "social_media")),
    ("In another Facebook post, Ann Cole called the plan “a disaster.”", ("Facebook", "social_media")),
    ("In another statement, Ann Cole called the plan “a disaster.”", (None, "statement")),
    ("Attending a campaign rally in Elm, Ann Cole said: “We will win.”", (None, "remarks")),
    ("“We will win,” Ann Cole said in one of their debates last fall.", (None, "remarks")),
    ("“We will win,” Ann Cole said, speaking from the Senate floor.", (None, "remarks")),
    ("“We will win,” Ann Cole said while stumping for her husband.", (None, "remarks")),
    ("“We will win,” Ann Cole told a caucus meeting in Elm.", (None, "remarks")),
    ("“We will win,” Ann Cole assured the mostly quiet crowd.", (None, "remarks")),
    ("“We will win,” Ann Cole wrote on her blog.", (None, "statement")),
    ("Ann Cole took to the steps outside the Elm library on Monday.\n\n“We will win,” Cole said.", (None, "remarks")),
    ("“We will win,” Ann Cole said after she took the podium.", (None, "remarks")),
    ("On Friday, Ann Cole attacked the plan at a media breakfast. “We will win,” she said.",
     (None, "press_conference")),
    ("“We will win,” Ann Cole said at a breakfast with reporters.", (None, "press_conference")),
    ("“We will win,” the narrator says in the ad.", (None, "statement")),
    ("Ann Cole released a memo titled “Where we stand.”", (None, "statement")),
    ("The groups that wrote to her on Monday say they are “deeply worried.”", (None, "statement")),
    ("Ann Cole spoke after answering a reporter's question, calling the plan “a mess.”", (None, "told")),
    ("“It is a mess,” Ann Cole said in a State of the Union speech.", (None, "remarks")),
    ("Ann Cole said little, beyond an essay in March, in which she called the plan “a mess.”", (None, "statement")),
    ("Ann Cole went after Price, with one of their ads charging: “Price is not ready.”", (None, "statement")),
    # not a channel: someone else's state, a word that only looks like one
    ("“We will win,” said Ann Cole, whose rival is campaigning in Elm.", (None, None)),
    ("“We will win,” Ann Cole said of another candidate.", (None, None)),
    ("“We will win,” Ann Cole said, looking at the floor.", (None, None)),
    ("“We will win,” Ann Cole said of the meeting.", (None, None)),
    ("Ann Cole took the train to Elm. “We will win,” she said.", (None, None)),
    ("“We will win,” Ann Cole said over breakfast with her family.", (None, None)),
    ("“We will win,” Ann Cole said in an ad hoc meeting.", (None, None)),
    ("Ann Cole released a prisoner, saying he was “innocent.”", (None, None)),
    ("Ann Cole wrote that the plan was “a mess.”", (None, None)),
    ("Ann Cole asked a reporter a question about the plan, calling it “a mess.”", (None, None)),
    ("Ann Cole watched a video in which Dan Price called the plan “a mess.”", (None, None)),
    ("Someone who knows about the ad claims they spent “a lot.”", (None, None)),
], ids=["another-tweet", "another-post", "another-statement", "attending-a-rally", "one-of-their-debates", "the-floor",
        "stumping", "a-meeting", "assured-the-crowd", "her-blog", "took-to-the-steps", "took-the-podium", "media-breakfast",
        "breakfast-with-reporters", "in-the-ad", "one-of-her-ads", "released-a-memo", "wrote-to-her", "answering-a-reporter", "state-of-the-union",
        "an-essay-in-which", "someones-state", "another-candidate",
        "looking-at-the-floor", "of-the-meeting", "took-the-train", "breakfast-with-family", "ad-hoc", "familiar-with-the-ad",
        "released-a-prisoner", "someone-elses-video", "wrote-that", "asked-a-reporter"])
def test_channel_words_without_an_outlet_give_the_relation(text: str, expected: tuple[str | None, str | None]) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.name, a.outlet.relation) if a.outlet else (None, None)) == expected


_BATCH = "The Harbour Council released its third batch of the mayor's e-mails on Friday.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_BATCH + "“Didn’t we say that first?” Ann Cole writes to Dan Price.", ("Harbour Council", "report", "released_batch")),
    (_BATCH + "“Not again!” Ann Cole replies to Dan Price.", ("Harbour Council", "report", "released_batch")),
    # a question asked aloud, or a mail named only in the next sentence
    (_BATCH + "“Didn’t we say that first?” Ann Cole asked reporters.", (None, None, None)),
    # (the mail she wrote later is a statement of hers, not the batch's)
    (_BATCH + "“Didn’t we say that first?” Ann Cole said. She later wrote to Dan Price.",
     (None, "statement", "same_speaker_later")),
], ids=["question-then-writes", "exclamation-then-replies", "asked-aloud", "mail-in-the-next-sentence"])
def test_a_mail_quoted_before_its_writer_ends_on_a_question_still_came_from_the_batch(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In an interview with Harbour TV, Ann Cole compared herself to Dan Price, saying, “I have a plan.”",
     ("Harbour TV", "interview", "same_sentence")),
    ("At the Elm County debate, Ann Cole compared herself to Dan Price, saying, “I have a plan.”",
     (None, "remarks", "same_sentence")),
    # a cue inside the sentence, after another person: that person's
    ("Mark Reyes tweeted that Ann Cole must resign, and Cole later called Reyes “a coward.”", (None, None, None)),
], ids=["opening-interview", "opening-debate", "cue-inside-the-sentence"])
def test_a_cue_opening_the_sentence_is_the_speakers_whoever_the_speaker_then_names(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“We regret the decision,” the council said in a statement. “It was rushed.”",
     (None, "statement", "unspoken_continues")),
    ("“We regret the decision,” the Elm council told the Riverton Gazette. “It was rushed.”",
     ("Riverton Gazette", "told", "unspoken_continues")),
    # the writer's words between, or another paragraph
    ("“We regret the decision,” the council said in a statement. Critics disagreed. “It was rushed.”", (None, None, None)),
    ("“We regret the decision,” the council said in a statement.\n\n“It was rushed.”", (None, None, None)),
], ids=["statement", "told-an-outlet", "words-between", "another-paragraph"])
def test_a_quote_nobody_speaks_right_after_one_whose_sentence_named_its_channel_goes_on_with_it(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected
