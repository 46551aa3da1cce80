"""Real-news outlet provenance: a channel stated once and the quotes it reaches, with
invented sentences — whose cue it is, what a programme or an occasion names, an outlet in
its own voice."""

from __future__ import annotations

import pytest

import quoteprov
from quoteprov.attribution.outlets.patterns import outlet_patterns
from quoteprov.lexicon import Lexicon


def speakers_and_outlets(text: str) -> list[tuple[str | None, str, str | None, str | None]]:
    return [(a.speaker.name if a.speaker else None, a.rule, a.outlet.name if a.outlet else None,
             a.outlet.relation if a.outlet else None) for a in quoteprov.analyze(text).attributions
            if a.quote.form != "mixed"]  # the quotes in marks (mixed quotes: test_realnews_mixed.py)


def outlets(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.outlet.name, a.outlet.relation, a.outlet_rule) if a.outlet else (None, None, None)
            for a in quoteprov.analyze(text).attributions
            if a.quote.form != "mixed"]  # the quotes in marks (mixed quotes: test_realnews_mixed.py)


@pytest.mark.parametrize(("text", "expected"), [
    # the cue is the verb of the clause before it: Cole's, not that of Price, named in what she said
    ("Ann Cole: ‘The plan is fair game.’\n\n“The plan is fair game,” Cole told “Morning Forum,” reminding the hosts "
     "that Dan Price has said the plan would fail.",
     ("Morning Forum", "told", "same_speaker_later")),
    ("Ann Cole: ‘The plan is fair game.’\n\n“The plan is fair game,” Cole told the Riverton Gazette, adding that "
     "Dan Price had said it would fail.",
     ("Riverton Gazette", "told", "same_speaker_later")),
    # a cue after a clause that opens the sentence about someone else: the cue's own subject
    ("Ann Cole: ‘The plan is fair game.’\n\nNot long after Cole spoke, Harbour TV’s Dan Price asked the mayor about "
     "the plan.",
     (None, None, None)),
], ids=["told-a-programme", "told-a-paper", "another-clause-opens"])
def test_a_cue_is_the_clause_whose_verb_it_opens(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert outlets(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Cole sharpened her attack on Tuesday, telling Harbour TV that Dan Price is a “faker.”",
     ("Harbour TV", "told", "same_sentence")),
    ("The Riverton Gazette reported that Dan Price quit the council “because his own staff begged him to.”",
     ("Riverton Gazette", "report", "same_sentence")),
    ("Ann Cole told the Riverton Gazette on Monday that Dan Price was “out of his depth,” she said.",
     ("Riverton Gazette", "told", "same_sentence")),
    # another person's words after "that": the cue's subject is not the speaker
    ("Mark Reyes tweeted that Ann Cole must resign, and Cole later called Reyes “a coward.”", (None, None, None)),
], ids=["telling-an-outlet-that", "reported-that", "told-on-a-day-that", "another-persons-clause"])
def test_a_person_named_in_the_words_a_cue_reports_does_not_own_the_cue(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


@pytest.mark.parametrize(("after_cue", "opens"), [
    (" that Dan Price is a ", True),
    (" on Monday that Dan Price is a ", True),
    (" earlier this week that Price is a ", True),
    # "that" before a time noun, another clause between, or no "that"
    (" that week in Elm, where Dan Price was called ", False),
    (" that Ann Cole must resign, and Cole later called Reyes ", False),
    (" about Dan Price, calling him ", False),
], ids=["that", "on-a-day-that", "earlier-this-week-that", "that-week", "another-clause", "no-that"])
def test_the_words_a_cue_reports_open_with_that(after_cue: str, opens: bool) -> None:
    text = "Ann Cole told the Ledger" + after_cue + "“a fool.”"
    start = len("Ann Cole told the Ledger")
    found = outlet_patterns(Lexicon.default()).reported_that.match(text, start, text.index("“"))
    assert (found is not None) == opens


_TOWN_HALL = ("During a town hall {how} Harbour TV, Ann Cole and Dan Price offered the voters of Elm County two very "
              "different plans for the harbour.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_TOWN_HALL.format(how="broadcast by") + "“We can win,” said Cole, the mayor.",
     ("Harbour TV", "remarks", "article_occasion")),
    (_TOWN_HALL.format(how="televised live on") + "“We can win,” Price said.", ("Harbour TV", "remarks", "article_occasion")),
    # someone the lede does not name: the occasion, not the broadcaster
    (_TOWN_HALL.format(how="broadcast by") + "Mark Reyes, who was not there, praised Cole.\n\n“She can win,” Reyes said.",
     (None, "remarks", "article_occasion")),
    # a host or a sponsor is no channel the words went out on
    (_TOWN_HALL.format(how="hosted by") + "“We can win,” said Cole, the mayor.", (None, "remarks", "article_occasion")),
    ("“We can win,” Ann Cole said at a rally broadcast live on Harbour TV.", ("Harbour TV", "remarks", "same_sentence")),
    ("“We can win,” Ann Cole said at a rally sponsored by Harbour TV.", (None, "remarks", "same_sentence")),
], ids=["broadcast-by", "televised-on", "not-named-in-the-lede", "hosted-by", "own-sentence", "sponsored-by"])
def test_an_occasion_broadcast_by_an_outlet_went_out_on_it(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


_SERIES = ("Four of the Elm County delegates told the Riverton Gazette they had not made up their minds.\n\n"
           "Dan Price, who sits on the county board, told the Riverton Gazette: “Reyes has my vote for now.”\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_SERIES + "Ann Cole, another of the delegates, added that her support was “soft at best.”",
     ("Riverton Gazette", "told", "one_more_told")),
    (_SERIES + "A second board member, Ann Cole, was unsure of her vote. “Ask me in June,” she said.",
     ("Riverton Gazette", "told", "one_more_told")),
    # one person's talk with the outlet, no series of them
    (_SERIES.split("\n\n", 1)[1] + "Ann Cole, another of the delegates, added that her support was “soft at best.”",
     (None, None, None)),
    # not introduced as one more
    (_SERIES + "Ann Cole, the party chair, added that her support was “soft at best.”", (None, None, None)),
    # named before the quote told to the outlet: no one new
    ("Ann Cole, the party chair, spoke first.\n\n" + _SERIES + "Another view came from Cole, who added that her "
     "support was “soft at best.”", (None, None, None)),
], ids=["another-of-them", "a-second", "one-teller", "not-one-more", "named-before"])
def test_one_more_of_the_people_an_outlet_talked_to_told_it_too(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Cole tweeted back at Dan Price, mocking the statement: “Your plan costs millions and fixes nothing.”",
     ("X", "social_media", "same_sentence")),
    ("Ann Cole told the Riverton Gazette that she had met Dan Price, and called him “a decent man.”",
     ("Riverton Gazette", "told", "same_paragraph")),
    # another clause, with another person, between the cue and the quote
    ("Ann Cole called the plan “a win” on Twitter, and Dan Price later labelled Cole “a coward.”", (None, None, None)),
], ids=["tweeted-back-at", "told-then-another-clause", "another-clause"])
def test_a_cue_right_after_the_speaker_is_the_speakers_whoever_it_names(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In her op-ed for the Riverton Gazette, Ann Cole wrote that the plan was “a fraud.”",
     ("Riverton Gazette", "report", "same_sentence")),
    ("Ann Cole argued in a weekly column for Sunday’s Riverton Gazette that “the harbour deserves better.”",
     ("Riverton Gazette", "report", "same_sentence")),
    ("In an essay for Harbour Review, Ann Cole wrote, “The harbour deserves better.”", ("Harbour Review", "report", "same_sentence")),
    # no outlet named: her own written channel; a piece about someone; a day is no outlet
    ("In an op-ed, Ann Cole wrote that the plan was “a fraud.”", (None, "statement", "same_sentence")),
    ("In an article about Ann Cole, Dan Price called her “a fraud.”", (None, None, None)),
    ("In a column on Tuesday, Ann Cole wrote that the plan was “a fraud.”", (None, "statement", "same_sentence")),
], ids=["op-ed-for", "column-for-a-days-paper", "essay-for", "op-ed", "article-about", "column-on-a-day"])
def test_a_piece_published_in_an_outlet_is_where_its_writers_words_went_out(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


_PIECE = "“The plan is a fraud,” the Riverton Gazette wrote in an editorial. The piece then calls the mayor “reckless.” "


@pytest.mark.parametrize(("text", "expected"), [
    (_PIECE + "And it accuses her of “bad faith.”", ("Riverton Gazette", "report", "piece_goes_on")),
    (_PIECE + "It also calls the vote “a sham.”", ("Riverton Gazette", "report", "piece_goes_on")),
    # not the next sentence, or another paragraph
    (_PIECE + "The mayor shrugged. It calls her “reckless.”", (None, None, None)),
    (_PIECE + "\n\nAnd it accuses her of “bad faith.”", (None, None, None)),
], ids=["and-it", "it-also", "not-the-next-sentence", "another-paragraph"])
def test_it_in_the_sentence_after_a_piece_is_the_piece(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert outlets(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“We can win,” Ann Cole said Sunday on Harbour TV.", ("Harbour TV", "interview", "same_sentence")),
    ("“We can win,” Ann Cole said Sunday on Harbour TV’s “Morning Forum.”", ("Harbour TV", "interview", "same_sentence")),
    ("Speaking Tuesday on Harbour TV’s “Morning Forum,” Ann Cole praised the plan.\n\n“We can win,” she said.",
     ("Harbour TV", "interview", "next_paragraph_appearance")),
    # a day and a place, or a day alone: no outlet
    ("“We can win,” Ann Cole said Sunday on Elm Street.", (None, None, None)),
    ("“We can win,” Ann Cole said on Monday.", (None, None, None)),
], ids=["said-sunday-on", "said-sunday-on-a-programme", "speaking-tuesday-on", "on-a-street", "on-a-day"])
def test_a_day_between_said_and_on_still_names_the_broadcast(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Riverton Gazette columnist Ann Cole has long doubted the plan.\n\nIn her post on Tuesday, Cole said, “The harbour "
     "plan is a fraud.”", ("Riverton Gazette", "report", "journalist_writes")),
    ("Riverton Gazette columnist Ann Cole has long doubted the plan. “The harbour plan is a fraud,” she wrote.",
     ("Riverton Gazette", "report", "journalist_writes")),
    # a network's correspondent, words not said to be written, or another channel named
    ("Harbour TV correspondent Ann Cole has long doubted the plan. “The harbour plan is a fraud,” she wrote.",
     (None, None, None)),
    ("Riverton Gazette columnist Ann Cole has long doubted the plan. “The harbour plan is a fraud,” she said.",
     (None, None, None)),
    ("Riverton Gazette columnist Ann Cole has long doubted the plan. “The harbour plan is a fraud,” she said at a rally.",
     (None, "remarks", "same_sentence")),
], ids=["in-her-post", "she-wrote", "a-networks-correspondent", "she-said", "at-a-rally"])
def test_an_outlets_writers_written_words_went_out_through_it(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert outlets(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a programme's host named, then the outlet it went out on
    ("“We will win,” Ann Cole told radio host Dan Price on Riverton Public Radio.",
     ("Riverton Public Radio", "interview", "same_sentence")),
    ("“We will win,” Ann Cole told talk show host Dan Price on Harbour FM.", ("Harbour FM", "interview", "same_sentence")),
    ("“We will win,” Ann Cole told host Dan Price on CNN.", ("CNN", "interview", "same_sentence")),
    # a day after the host is no outlet, nor is the medium alone
    ("“We will win,” Ann Cole told host Dan Price on Monday.", (None, None, None)),
    ("“We will win,” Ann Cole said on FM radio.", (None, None, None)),
])
def test_told_a_host_on_an_outlet(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert outlets(text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "took to" a platform: the subject's words went out there, one post
    ("Ann Cole took to Facebook to say, “The bridge stays shut.”",
     [("Ann Cole", "infinitive_speech", "Facebook", "social_media")]),
    ("Ann Cole took to X on Monday, writing: “The bridge stays shut.”",
     [("Ann Cole", "participle_speech", "X", "social_media")]),
    ("Ann Cole took to Twitter to attack the plan. “The bridge stays shut,” she wrote.",
     [("Ann Cole", "trailing_np_verb", "X", "social_media")]),
    # one post: not carried to what she said on another day, two paragraphs on
    ("Ann Cole took to Twitter to attack the plan.\n\nThe council met.\n\n“The bridge stays shut,” Cole said.",
     [("Ann Cole", "trailing_np_verb", None, None)]),
    # no platform after "took to": no outlet (a stage is remarks, by the occasion's own rule)
    ("Ann Cole took to the stage to say, “The bridge stays shut.”",
     [("Ann Cole", "infinitive_speech", None, "remarks")]),
    ("Ann Cole took to X-ray images with relish. “The bridge stays shut,” she said.",
     [("Ann Cole", "trailing_np_verb", None, None)]),
    # a place after "to" is no platform: the capital still stops the subject's claim
    ("Ann Cole went to Riverton to say, “The bridge stays shut.”",
     [(None, "none", None, None)]),
])
def test_took_to_a_platform_is_a_post_there(
    text: str, expected: list[tuple[str | None, str, str | None, str | None]]
) -> None:
    assert speakers_and_outlets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the verb right after the quote, then the outlet: its own written words
    ("The race is close. “The count was decisive,” wrote the Riverton Gazette.",
     [("Riverton Gazette", "outlet_voice", "Riverton Gazette", "report")]),
    ("The race is close. “The count was decisive,” reported Harbour Weekly.",
     [("Harbour Weekly", "trailing_verb_np", "Harbour Weekly", "report")]),
    # a person after the verb is the writer, and no outlet is named for her
    ("The race is close. “The count was decisive,” wrote Ann Cole.",
     [("Ann Cole", "trailing_verb_np", None, None)]),
    # the name goes on into a title: the outlet is not "Gazette Harbour Desk"
    ("The race is close. “The count was decisive,” wrote Gazette Harbour Desk chief Ann Cole.",
     [("Ann Cole", "trailing_verb_np", None, None)]),
])
def test_an_outlet_after_wrote_right_after_the_quote_wrote_it(
    text: str, expected: list[tuple[str | None, str, str | None, str | None]]
) -> None:
    assert speakers_and_outlets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "According to X," opening the sentence: the speaker's words reached us through X
    ("According to the Riverton Gazette, Ann Cole said the plan was “a disgrace to the city.”",
     [("Riverton Gazette", "report", "same_sentence_according_to")]),
    # …and it beats the outlet of the speaker's earlier quote
    ("“We will win,” Ann Cole said, according to the Valley Post.\n\n"
     "According to the Riverton Gazette, Cole said, “The plan is a disgrace.”",
     [("Valley Post", "report", "same_sentence_according_to"),
      ("Riverton Gazette", "report", "same_sentence_according_to")]),
    # a channel with no outlet and a relaying outlet in one sentence: the outlet wins
    ("“We will win,” Ann Cole said in a speech, according to the Valley Post.",
     [("Valley Post", "report", "same_sentence_according_to")]),
    # another quote between the cue and this one: the cue is that one's
    ("According to the Riverton Gazette, Dan Price called it “a mess,” and Ann Cole said “a disgrace.”",
     [("Riverton Gazette", "report", "same_sentence_according_to"), (None, None, None)]),
])
def test_according_to_opening_the_sentence_is_the_outlet_its_words_came_through(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an outlet that "pointed out" or "observed" gives its own words
    ("The vote was close. But as the Riverton Gazette pointed out, “Cole still will not debate anyone.”",
     [("Riverton Gazette", "outlet_voice", "Riverton Gazette", "report")]),
    ("“Cole still will not debate anyone,” the Riverton Gazette observed.",
     [("Riverton Gazette", "outlet_voice", "Riverton Gazette", "report")]),
    # a person who points it out is the speaker, with no outlet
    ("“Cole still will not debate anyone,” Dan Price pointed out.",
     [("Dan Price", "trailing_manner_verb", None, None)]),
])
def test_an_outlet_that_points_out_relays_its_own_words(
    text: str, expected: list[tuple[str | None, str, str | None, str | None]]
) -> None:
    assert speakers_and_outlets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "station" before a name the gazetteer lacks says it is a broadcaster
    ("“We are shocked,” Ann Cole told radio station KXYZ.", [("KXYZ", "told", "same_sentence")]),
    ("“We are shocked,” one plant worker told French television station Harbour TV.",
     [("Harbour TV", "told", "same_sentence")]),
    # a person after "station" words that go on is no outlet
    ("“We are shocked,” Ann Cole told the station manager Dan Price.", [(None, None, None)]),
])
def test_a_station_before_a_name_is_a_broadcaster(
    text: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert outlets(text) == expected


_FIRST_REPORTED = "“We will build it,” Ann Cole said on her radio show, “Harbour Hour,” the Valley Post first reported."


@pytest.mark.parametrize(("text", "expected"), [
    # the annotation's "the outlet wins": a report that says it relays the sentence's words
    (_FIRST_REPORTED, [("Valley Post", "report", "same_sentence_according_to")]),
    ("“It is a slow disaster,” Ann Cole told the Riverton Gazette, the Valley Post first reported.",
     [("Valley Post", "report", "same_sentence_according_to")]),
    # only its own sentence: the speaker's next quote goes on from the show
    (_FIRST_REPORTED + " “It is overdue,” Cole said.",
     [("Valley Post", "report", "same_sentence_according_to"), ("Harbour Hour", "interview", "same_paragraph")]),
    # no report named: the channel of the sentence
    ("“We will build it,” Ann Cole told the Riverton Gazette.", [("Riverton Gazette", "told", "same_sentence")]),
])
def test_a_report_that_first_carried_the_words_is_their_outlet_in_its_sentence(
        text: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert outlets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“No,” Ann Cole responded on Twitter.", ("X", "social_media")),
    ("“No,” Ann Cole replied on Facebook on Monday.", ("Facebook", "social_media")),
    # the platform is named by a verb of answering there, not by a verb of mere presence
    ("“No,” Ann Cole said, who is rarely on Twitter.", (None, None)),
])
def test_an_answer_given_on_a_platform_was_posted_there(text: str, expected: tuple[str | None, str | None]) -> None:
    (a,) = quoteprov.analyze(text).attributions
    assert ((a.outlet.name, a.outlet.relation) if a.outlet else (None, None)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“We tried,” Ann Cole said on “Harbour Hour.”", [("Harbour Hour", "interview", "same_sentence")]),
    ("Ann Cole said on “Harbour Hour,” “We tried.”", [("Harbour Hour", "interview", "same_sentence")]),
    ("“We tried,” Ann Cole said Sunday on “Harbour Hour.”",
     [("Harbour Hour", "interview", "same_sentence"), ("Harbour Hour", "interview", "same_sentence")]),
    # the programme goes on in the speaker's next quote of the paragraph
    ("Ann Cole said on “Harbour Hour” that the plan was dead. “We tried,” Cole said.",
     [("Harbour Hour", "interview", "same_paragraph")]),
    # not a title in title case: words said, no programme
    ("Ann Cole said on Monday that “we tried.”", [(None, None, None)]),
])
def test_a_programme_title_after_said_on_is_where_the_words_were_said(
        text: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert outlets(text) == expected
    titles = [n.span.text for n in quoteprov.analyze(text).non_quotes if n.reason == "title"]
    assert all("Harbour Hour" in t for t in titles)


@pytest.mark.parametrize(("text", "expected"), [
    # an outlet that argues or contends in its own voice gives its own words (an editorial)
    ("The Boston Globe argued that the levy is “a tax on the poor.”",
     [("Boston Globe", "outlet_voice", "Boston Globe", "report")]),
    ("“The levy is a tax on the poor,” the Boston Globe contended.",
     [("Boston Globe", "outlet_voice", "Boston Globe", "report")]),
    ("The Boston Globe ran the story on Monday. The paper argued that the levy is “a tax on the poor.”",
     [("Boston Globe", "outlet_voice", "Boston Globe", "report")]),
    # a person who argues is the speaker, with no outlet
    ("Ann Cole argued that the levy is “a tax on the poor.”", [("Ann Cole", "reported_speech", None, None)]),
])
def test_an_outlet_that_argues_gives_its_own_words(
    text: str, expected: list[tuple[str | None, str, str | None, str | None]]
) -> None:
    assert speakers_and_outlets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # television shows the gazetteer lists are where their guests' words went out
    ("Appearing on Fox and Friends early on Monday, Ann Cole called the levy “theft.”",
     ("Fox & Friends", "interview")),
    ("“We will win,” Ann Cole said on Morning Joe.", ("Morning Joe", "interview")),
    ("“We will win,” Ann Cole told The Kelly File.", ("Kelly File", "told")),
    ("“We will win,” Ann Cole told Good Morning America.", ("Good Morning America", "told")),
])
def test_a_listed_television_show_is_where_the_words_went_out(text: str, expected: tuple[str, str]) -> None:
    partial = [a for a in quoteprov.analyze(text).attributions if a.quote.form != "mixed"]
    assert [(a.outlet.name, a.outlet.relation) if a.outlet else None for a in partial] == [expected]


_LEDE = ("Cole demands Price resign.\n\nRIVERTON — Ann Cole called on Wednesday for Dan Price to quit. Lashing out, "
         "Cole said the 70-year-old mayor’s “{words}.”\n\n“Mayor Price has shamed us all with his odd remarks,” "
         "{who} wrote in a morning tweet. “His mind is gone — resign!”")


@pytest.mark.parametrize(("words", "who", "expected"), [
    # the lede quotes three words of the tweet the body quotes in full: the tweet's
    ("mind is gone", "Cole", ("X", "social_media", "repeated_words")),
    # two words are too few to say it is the same utterance
    ("mind gone", "Cole", (None, None, None)),
    # the same words from someone else are not the same utterance
    ("mind is gone", "Dan Price", (None, None, None)),
])
def test_a_quote_whose_words_the_speakers_other_quote_holds_was_given_there(
        words: str, who: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert outlets(_LEDE.format(words=words, who=who))[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a person on a broadcast, right after the name: where the words of the sentence were given
    ("Ann Cole, on Meet the Press, said the levy was “a burden.”", ("Meet the Press", "interview")),
    ("Ann Cole on Meet the Press: “The levy is a burden.”", ("Meet the Press", "interview")),
    # a day before "on" says the same ("Sunday on Harbour TV’s …")
    ("Sunday on CNN’s “Harbour Hour,” Ann Cole said the levy was “a burden.”", ("CNN", "interview")),
    # an outlet's programme: the outlet is named ("NBC's …")
    ("Dan Price, as Mayor Ann Cole on NBC's Sunday Edition, joked: “The levy is a burden.”",
     ("NBC", "interview")),
    # not a broadcast: a date, or a name that is no outlet
    ("Ann Cole on Monday said the levy was “a burden.”", None),
    ("The council praised Ann Cole on Elm Street, calling the levy “a burden.”", None),
])
def test_a_person_on_a_broadcast_gave_the_words_there(text: str, expected: tuple[str, str] | None) -> None:
    partial = [a for a in quoteprov.analyze(text).attributions if a.quote.form != "mixed"]
    assert [(a.outlet.name, a.outlet.relation) if a.outlet else None for a in partial][-1] == expected


def test_a_person_on_a_broadcast_goes_on_in_the_next_paragraph() -> None:
    text = ("Of course, this was Ann Cole on “Meet the Press” giving her answer.\n\n"
            "“It is true, I lost,” Cole says. “I did not want to win.”")
    assert outlets(text)[-2:] == [("Meet the Press", "interview", "same_speaker_earlier"),
                                  ("Meet the Press", "interview", "continues_quote")]


@pytest.mark.parametrize(("headline", "expected"), [
    # a headline quote nobody is found to say, five words or more of the body's quote: its channel
    ("A Blunt Verdict as Council Meets — ‘The Mayor Has Lost His Way’", ("Riverton Gazette", "told", "repeated_words")),
    # fewer words are too common a phrase to tie them to one utterance
    ("A Blunt Verdict as Council Meets — ‘Lost His Way’", (None, None, None)),
])
def test_an_unspoken_headline_quote_takes_the_channel_of_the_quote_that_holds_it(
        headline: str, expected: tuple[str | None, str | None, str | None]) -> None:
    text = (f"{headline}\n\nThe council met on Monday.\n\n"
            "“Sadly, in my view the mayor has lost his way,” Ann Cole told the Riverton Gazette.")
    assert outlets(text)[0] == expected


_EXCERPT = ("Ann Cole, a former aide to Mayor Dan Price, has a memoir out about the town hall.\n\n"
            "The Boston Globe published pages of her memoir on Sunday. {opening}she writes, “The mayor had a temper.”")


@pytest.mark.parametrize(("opening", "expected"), [
    # a speaker's quote in a sentence that opens inside the piece came through its outlet
    ("In the excerpt, ", ("Ann Cole", "Boston Globe", "report")),
    # not when the sentence does not say the words are the piece's
    ("Years ago, ", ("Ann Cole", None, None)),
])
def test_a_speakers_words_in_a_published_excerpt_came_through_its_outlet(
        opening: str, expected: tuple[str | None, str | None, str | None]) -> None:
    (a,) = quoteprov.analyze(_EXCERPT.format(opening=opening)).attributions
    assert (a.speaker.name if a.speaker else None, a.outlet.name if a.outlet else None,
            a.outlet.relation if a.outlet else None) == expected


@pytest.mark.parametrize(("second", "expected"), [
    # "went on to say": the same utterance as the speaker's quote before, its channel too
    ("She goes on to write, “He threw a chair once.”", ("Boston Globe", "goes_on_saying")),
    # without it, a piece's channel is not carried to the speaker's next paragraph
    ("She writes, “He threw a chair once.”", (None, None)),
])
def test_went_on_to_say_continues_the_quote_before(second: str, expected: tuple[str | None, str | None]) -> None:
    text = _EXCERPT.format(opening="In the excerpt, ") + "\n\n" + second
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.name, a.outlet_rule) if a.outlet else (None, None)) == expected
