"""Real-news outlet cues, with invented sentences."""

from __future__ import annotations

import pytest

import quoteprov


def outlet_of_last(text: str) -> tuple[str | None, str | None, str | None]:
    a = quoteprov.analyze(text).attributions[-1]
    return (a.outlet.name, a.outlet.relation, a.outlet.rule) if a.outlet else (None, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Cole said on Fox News: “No deal this year.”", ("Fox News", "interview", "said_on")),
        ("“No deal this year,” Ann Cole said on CNN’s “State of the Union.”", ("CNN", "interview", "said_on")),
        ("Asked on Fox News who leads the party, Cole said, “Ryan does.”", ("Fox News", "interview", "said_on")),
        ("Ann Cole spoke on Tuesday. On ABC’s “Good Morning America” Tuesday, she said, “I never said it.”",
         ("ABC News", "interview", "on_programme")),
        ("“It was made up,” Cole said during a call to ABC’s “This Week.”", ("ABC News", "interview", "call_to")),
    ],
)
def test_a_broadcast_appearance_names_the_outlet(text: str, expected: tuple[str, str, str]) -> None:
    assert outlet_of_last(text) == expected


def test_said_on_a_day_names_no_outlet() -> None:
    assert outlet_of_last("Ann Cole said on Monday: “No deal this year.”") == (None, None, None)


def test_one_appearance_is_not_carried_to_the_speakers_later_quotes() -> None:
    text = ("“We cannot take more,” Ann Cole said on Fox News in September.\n\n"
            "The bill passed anyway. “The decision is what it is,” Cole said in July.")
    analysis = quoteprov.analyze(text)
    assert analysis.attributions[0].outlet is not None and analysis.attributions[0].outlet.name == "Fox News"
    assert analysis.attributions[1].outlet is None


def test_the_cue_that_matched_is_the_mention_rule_and_switches_off_by_that_name() -> None:
    text = "“No,” Ann Cole told Reuters."
    assert outlet_of_last(text) == ("Reuters", "told", "told")
    a = quoteprov.analyze(text, disable=["told"]).attributions[-1]
    assert a.outlet is None


@pytest.mark.parametrize("written", ["the Ledger", "the Riverside Ledger"])
def test_the_articles_own_outlet_by_a_short_name_is_a_stated_channel(written: str) -> None:
    text = f"“We will reopen the mill,” Ann Cole told {written} on Monday."
    (own,) = quoteprov.analyze(text, outlet="The Riverside Ledger").attributions
    assert own.outlet is not None and own.outlet.name == "The Riverside Ledger" and own.flags == ()
    (elsewhere,) = quoteprov.analyze(text).attributions  # no page outlet: no guess
    assert elsewhere.outlet is None


@pytest.mark.parametrize("when", ["on Monday", "on Sept. 4", "on March 3"])
def test_a_date_after_the_outlet_is_not_part_of_its_name(when: str) -> None:
    # "on" may join the words of a name, never a name and a date
    assert outlet_of_last(f"“We will reopen the mill,” Ann Cole told the Harbour Times {when}.") == (
        "Harbour Times", "told", "told")


@pytest.mark.parametrize("phrase", ["in her Morning Ledger Radio appearance", "in her Morning Ledger Radio appearances",
                                    "during their Morning Ledger Radio interviews"])
def test_a_named_appearance_singular_or_plural_is_the_channel(phrase: str) -> None:
    text = f"Ann Cole made the case against the bill {phrase} on Friday.\n\n“The bill is a disaster,” Cole said."
    (a,) = quoteprov.analyze(text).attributions
    assert a.outlet is not None and (a.outlet.name, a.outlet.relation) == ("Morning Ledger Radio", "interview")


@pytest.mark.parametrize(("cue", "outlet"), [
    ("said in a Friday interview with Univision", "Univision"),
    ("told The Spokesman-Review on Monday", "Spokesman-Review"),
    ("told the Des Moines Register", "Des Moines Register"),
    ("said in an interview with the Christian Broadcasting Network", "Christian Broadcasting Network"),
])
def test_regional_and_spanish_language_outlets_are_known(cue: str, outlet: str) -> None:
    (a,) = quoteprov.analyze(f"“We will not give up,” Ann Cole {cue}.").attributions
    assert a.outlet is not None and a.outlet.name == outlet


@pytest.mark.parametrize("after", [",” reminding the hosts of the record.", "” that the plan was dead."])
def test_a_programme_title_after_told_is_the_outlet_not_a_quote(after: str) -> None:
    text = f"“Of course he is fair game,” Ann Cole told “Morning Forum{after}"
    analysis = quoteprov.analyze(text)
    (a,) = analysis.attributions  # the title is no second quote
    assert [n.reason for n in analysis.non_quotes] == ["title"]
    assert a.outlet is not None and (a.outlet.name, a.outlet.relation) == ("Morning Forum", "told")


def test_a_sentence_quoted_after_told_stays_a_quote() -> None:
    analysis = quoteprov.analyze("He told “nobody will stop us now, believe me,” and left the stage.")
    assert [a.quote.content.text for a in analysis.attributions] == ["nobody will stop us now, believe me,"]
    assert analysis.non_quotes == ()


def test_a_programme_of_a_named_outlet_after_told_is_that_outlet() -> None:
    text = "“A deal would be good,” Ann Cole told ABC's Sunday Hour. “I know it.”"
    assert [(a.outlet.name, a.outlet.rule) for a in quoteprov.analyze(text).attributions if a.outlet] == [
        ("ABC News", "told"), ("ABC News", "told")]


@pytest.mark.parametrize("cue", ["When reached by the Associated Press", "Contacted by Reuters"])
def test_reached_by_an_outlet_is_where_the_words_were_given(cue: str) -> None:
    text = f"{cue}, Ann Cole had little to say about the vote.\n\n“The plan is working,” she said."
    (a,) = quoteprov.analyze(text).attributions
    assert a.outlet is not None and a.outlet.relation == "told" and a.outlet.rule == "reached_by"


def test_could_not_be_reached_names_no_outlet() -> None:
    (a,) = quoteprov.analyze("Ann Cole could not be reached by phone. “We won,” she said last year.").attributions
    assert a.outlet is None


@pytest.mark.parametrize("before", ["Ann Cole said on KXLT’s ", "Ann Cole told KXLT’s "])
def test_an_outlets_quoted_programme_is_no_quote(before: str) -> None:
    analysis = quoteprov.analyze(f"“It is not true,” {before}“Valley Today With Jo Park.”")
    assert [a.quote.content.text for a in analysis.attributions] == ["It is not true,"]
    assert [n.reason for n in analysis.non_quotes] == ["title"]


def test_a_cue_in_a_sentence_opened_by_she_belongs_to_the_person_she_is() -> None:
    text = ("Ada Lind gave an interview to the Harbour Times in March.\n\n"
            "She went further at the weekend, telling CNN that the new port plan was a “sham.”\n\n"
            "“He has no plan at all,” she said.")
    last = quoteprov.analyze(text).attributions[-1]
    assert last.speaker is not None and last.speaker.name == "Ada Lind"
    assert last.outlet is not None and last.outlet.name == "CNN"


def citations(text: str) -> list[tuple[str | None, str, str]]:
    return [(m.name, m.relation, m.rule) for m in quoteprov.analyze(text).citations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire's dateline
        ("RIVERTON, Ore., Jan. 4 (UPI) — The council met late.", ("UPI", "report", "dateline")),
        ("LONDON (Reuters) - Grain prices rose again.", ("Reuters", "report", "dateline")),
        ("Jan 9 (AFP) – The vote was put off.", ("AFP", "report", "dateline")),
        # an outlet's poll or survey (the partner after a slash is not credited)
        ("Cole led by ten points in a Valley Post/Example Institute poll.", ("Valley Post", "report", "outlet_poll")),
        ("A Harbour Times survey found the same.", ("Harbour Times", "report", "outlet_poll")),
        ("Cole carried the county, the Valley Post exit poll showed.", ("Valley Post", "report", "outlet_poll")),
        # the outlet's own work, "according to"
        ("Turnout fell, according to a Harbour Times survey.", ("Harbour Times", "according_to", "according_to_work")),
        ("Turnout fell, according to a report in the Valley Post.", ("Valley Post", "according_to", "according_to_work")),
        # reported, published by
        ("The plan was first reported by the Valley Post.", ("Valley Post", "report", "reported_by")),
        ("The letter was published in the Harbour Times on Sunday.", ("Harbour Times", "report", "reported_by")),
        # a hyphenated outlet name ends in an outlet word
        ("The Harbor Sun-Times reported that the mayor would resign.", ("Harbor Sun-Times", "report", "reported")),
        ("KXYZ-TV reported that the plant had closed.", ("KXYZ-TV", "report", "reported")),
    ],
)
def test_what_an_article_draws_on_is_cited(text: str, expected: tuple[str, str, str]) -> None:
    assert citations(text) == [expected]


@pytest.mark.parametrize("text", [
    "A Quinnipiac University poll found the same.",  # a pollster, not an outlet
    "The meeting was reported in March.",
    "The Post-Brexit mood reported by few was grim.",  # a hyphen word not ending in an outlet word
    "Cole said (in March) - nothing more.",  # no outlet in the brackets
    "He moved to LONDON (Bridgeview) - a quiet place.",  # a bracketed place is no wire
    "The rivals bought TV ads aired across the state.",  # the medium alone names no outlet
    "Cole ran radio spots, and Television reported nothing.",
])
def test_no_citation_without_an_outlet(text: str) -> None:
    assert citations(text) == []


@pytest.mark.parametrize("text", [
    "WASHINGTON (AP) — “We will not wait,” Ann Cole said on Monday.",
    "“We will not wait,” Ann Cole said. A Valley Post poll showed her ahead.",
    "“We will not wait,” Ann Cole said. The plan was first reported by the Valley Post.",
])
def test_a_dateline_a_poll_or_a_first_report_is_no_quotes_channel(text: str) -> None:
    assert outlet_of_last(text) == (None, None, None)
    assert citations(text)  # the article's citation all the same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Cole said on Twitter: “We will win.”", ("X", "social_media", "posted_on")),  # X's other name
        ("“We will win,” Ann Cole said on Facebook.", ("Facebook", "social_media", "posted_on")),  # a platform, no broadcast
        ("Cole marked an x on the map and said on Fox News: “Here.”", ("Fox News", "interview", "said_on")),
    ],
)
def test_said_on_a_platform_is_a_post(text: str, expected: tuple[str, str, str]) -> None:
    assert outlet_of_last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” Ann Cole tweeted on Monday.", ("X", "social_media", "tweeted")),
        ("Ann Cole wrote in a late-night tweet: “We will win.”", ("X", "social_media", "tweeted")),
        ("“We will win,” Ann Cole tweeted on Facebook.", ("Facebook", "social_media", "posted_on")),
    ],
)
def test_a_tweet_is_given_on_the_platform(text: str, expected: tuple[str, str, str]) -> None:
    assert outlet_of_last(text) == expected


def test_one_tweet_is_not_carried_to_the_speakers_later_quotes() -> None:
    text = ("“We will win,” Ann Cole tweeted on Monday.\n\n"
            "The vote was close. “Taxes will fall,” Cole said.")
    first, later = quoteprov.analyze(text).attributions
    assert first.outlet is not None and first.outlet.name == "X"
    assert later.outlet is None


def test_a_no_break_space_in_a_cue_is_a_space() -> None:
    # web text often joins a cue's words with U+00A0
    assert outlet_of_last("“We will win,” Ann Cole told\u00a0the Valley Post.") == ("Valley Post", "told", "told")
    assert citations("The Valley Post\u00a0reported that Cole won.") == [("Valley Post", "report", "reported")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Cole posted photos on Facebook: “We will win.”", ("Facebook", "social_media", "posted_on")),
        ("In a Facebook post late on Sunday, Ann Cole wrote: “We will win.”",
         ("Facebook", "social_media", "platform_post")),
        ("In an Instagram video, Ann Cole said: “We will win.”", ("Instagram", "social_media", "platform_post")),
        ("“We will win,” Ann Cole retweeted.", ("X", "social_media", "tweeted")),
    ],
)
def test_a_post_names_its_platform(text: str, expected: tuple[str, str, str]) -> None:
    assert outlet_of_last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” Ann Cole told a Valley Post reporter.", ("Valley Post", "told", "told_journalist")),
        ("Asked by a KXYZ-TV correspondent, Ann Cole said: “We will win.”", ("KXYZ-TV", "told", "told_journalist")),
        ("“We will win,” Ann Cole told a Smith reporter.", (None, None, None)),  # a name that is no outlet
    ],
)
def test_words_given_to_an_outlets_journalist_are_given_to_the_outlet(text: str, expected: tuple[str, str, str]) -> None:
    assert outlet_of_last(text) == expected


def test_a_described_outlet_is_the_one_named_before() -> None:
    text = ("The Valley Post reported the story on Monday. "
            "“We will win,” Ann Cole said, according to the newspaper.")
    # the quote's words reached us through the outlet's report
    assert outlet_of_last(text) == ("Valley Post", "report", "described_according_to")
    assert citations("CNN aired the debate. The network reported that Cole won.") == [
        ("CNN", "report", "reported"), ("CNN", "report", "described_reported")]
    text = "The Valley Post reported it. Cole later told the newspaper: “We will win.”"
    assert outlet_of_last(text) == ("Valley Post", "told", "described_told")
    assert citations("Riverton TV aired the debate. The network reported that Cole won.") == [
        ("Riverton TV", "report", "reported"), ("Riverton TV", "report", "described_reported")]
    text = "Harbour Television aired the debate. Cole later told the network: “We will win.”"
    assert outlet_of_last(text) == ("Harbour Television", "told", "described_told")


@pytest.mark.parametrize("text", [
    "Cole spoke on CNN. “We will win,” she told the newspaper.",  # a broadcaster is no newspaper
    "Cole wrote on X. According to the paper, the vote was close.",  # a platform is never described
    "“We will win,” Ann Cole told the newspaper.",  # no outlet named before
    # an outlet the gazetteer lacks is of the kind its name's last word says, or of none
    "Cole told Harbour Television on Monday that she would run. “We will win,” she told the website.",
    "Cole led in a Riverton Post-Harbour News poll. The group lists 34 members, according to the website.",
])
def test_a_description_with_no_outlet_it_can_stand_for_names_none(text: str) -> None:
    outlets = quoteprov.analyze(text).outlets
    assert not [m for m in outlets if m.rule.startswith("described_") or m.name in ("newspaper", "paper")]


def relation_of_last(text: str) -> tuple[str | None, str | None]:
    a = quoteprov.analyze(text).attributions[-1]
    return (a.outlet.relation, a.outlet.name) if a.outlet else (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” Ann Cole told reporters outside the courthouse.", ("told", None)),
        ("“We will win,” Ann Cole told a group of reporters.", ("told", None)),
        ("“We will win,” Ann Cole told reporters during a conference call.", ("press_conference", None)),
        ("During a conference call on Tuesday, Ann Cole said: “We will win.”", ("press_conference", None)),
        ("At the Example Coalition conference, Ann Cole said: “We will win.”", ("remarks", None)),
        ("“We will win,” Ann Cole said at a news conference.", ("press_conference", None)),
        ("“We will win,” Ann Cole said at a fundraiser in Riverton.", ("remarks", None)),
    ],
)
def test_channel_words_without_an_outlet_give_the_relation(text: str, expected: tuple[str, None]) -> None:
    assert relation_of_last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” Ann Cole told the waiting crowd.", ("remarks", None)),
        ("“We will win,” Ann Cole told dock workers at the harbour.", ("remarks", None)),
        ("“We will win,” Ann Cole tells voters at every stop.", ("remarks", None)),
        ("“We will win,” Ann Cole said at a Riverton, Ore., town hall on Friday.", ("remarks", None)),
        # the platform is named: a post, not a speech
        ("In a Facebook post from the rally, Ann Cole wrote: “We will win.”", ("social_media", "Facebook")),
    ],
)
def test_an_audience_or_a_venue_gives_remarks(text: str, expected: tuple[str, str | None]) -> None:
    assert relation_of_last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In an email to supporters, Ann Cole wrote: “We will win.”", ("statement", None)),
        ("“We will win,” Ann Cole wrote in an op-ed in May.", ("statement", None)),
        ("In a new TV ad, Ann Cole says: “We will win.”", ("statement", None)),
        ("“We will win,” Ann Cole said via email.", ("statement", None)),
        # a written thing named without "in", "via" or "through" is no channel
        ("Ann Cole told the Valley Post on Monday that the plan was dead.\n\n“We will win,” Cole said, holding the memo.",
         ("told", "Valley Post")),
    ],
)
def test_a_written_channel_after_in_or_via_is_a_statement(text: str, expected: tuple[str, str | None]) -> None:
    assert relation_of_last(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” Ann Cole said in an interview.", ("interview", None)),
        ("In two phone interviews this week, Ann Cole said: “We will win.”", ("interview", None)),
        ("“We will win,” Ann Cole said in an interview with the Valley Post.", ("interview", "Valley Post")),
        # "the interview" is the one named before
        ("Ann Cole told the Valley Post on Monday that the plan was dead.\n\n“We will win,” Cole said during the interview.",
         ("interview", "Valley Post")),
        ("“We will win,” Ann Cole said during the interview.", ("interview", None)),
        ("Ann Cole spoke in an interview with the Valley Post.\n\nIn the same interview, Jim Ward said: “We will win.”",
         ("interview", "Valley Post")),
    ],
)
def test_an_interview_with_no_outlet_named_is_an_interview(text: str, expected: tuple[str, str | None]) -> None:
    assert relation_of_last(text) == expected


@pytest.mark.parametrize("when", ["Six years ago", "A decade ago", "In 2009"])
def test_a_quote_dated_years_back_does_not_inherit_the_speakers_outlet(when: str) -> None:
    # The interview is this week's; the quote in the last paragraph is from another occasion.
    text = ("“We will rebuild the pier,” Ann Cole told Fox News.\n\n"
            f"{when}, Cole lost the race for mayor and said, “The town chose wrongly.”")
    analysis = quoteprov.analyze(text)
    assert analysis.attributions[0].outlet is not None and analysis.attributions[0].outlet.name == "Fox News"
    assert analysis.attributions[-1].speaker is not None and analysis.attributions[-1].speaker.name == "Ann Cole"
    assert analysis.attributions[-1].outlet is None


@pytest.mark.parametrize(
    ("text", "outlet", "evidence"),
    [
        ("“We will win,” Ann Cole said on Fox News’ Sunday Hour. In May she lost.",
         "Fox News", "said on Fox News’ Sunday Hour"),
        ("Ann Cole said on the Example News Channel’s Morning Edition: “We will win.”",
         "Example News Channel", "said on the Example News Channel’s Morning Edition"),
        ("In an interview with CNN's Jo Park, Ann Cole said: “We will win.”", "CNN", "In an interview with CNN's Jo Park"),
    ],
)
def test_a_programme_or_journalist_of_an_outlet_gives_the_outlet(text: str, outlet: str, evidence: str) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert a.outlet is not None and (a.outlet.name, a.outlet.span.text) == (outlet, evidence)


def test_a_word_that_starts_no_name_is_no_programmes_owner() -> None:
    text = "As the Valley Post’s editor wrote, the plan was dead. “We will win,” Ann Cole said."
    assert all(not (m.name or "").startswith("As ") for m in quoteprov.analyze(text).outlets)


@pytest.mark.parametrize(("text", "expected"), [
    ("“The vote is close,” Ann Cole said, speaking to reporters outside the courthouse.", "told"),
    ("Talking to reporters on Friday, Ann Cole said, “The vote is close.”", "told"),
    ("“The vote is close,” Ann Cole asserted to reporters at the airport.", "told"),
    ("“The vote is close,” Ann Cole said, speaking to reporters on a conference call.", "press_conference"),
    ("“The vote is close,” Ann Cole said, speaking to the mayor after the hearing.", None),
], ids=["speaking-to", "talking-to", "asserted-to", "on-a-conference-call", "to-a-person"])
def test_speaking_to_reporters_is_told(text: str, expected: str | None) -> None:
    (a,) = quoteprov.analyze(text).attributions
    assert (a.outlet.relation if a.outlet else None) == expected
    assert a.outlet is None or a.outlet.name is None


@pytest.mark.parametrize(("text", "expected"), [
    ("“We will win,” Ann Cole said during Tuesday’s press conference.", ("press_conference", None, "press_conference_phrase")),
    ("“We will win,” Ann Cole said at Sunday night’s rally in Erie.", ("remarks", None, "remarks_phrase")),
    ("“We will win,” Ann Cole said in her remarks.", ("remarks", None, "remarks_phrase")),
    ("“We will win,” Ann Cole said in her recent remarks to the Valley Post.", ("remarks", "Valley Post", "remarks_to")),
    ("“We will win,” Ann Cole said on Friday’s ballot.", (None, None, None)),
], ids=["day-possessive-press-conference", "day-possessive-rally", "in-her-remarks", "remarks-to-an-outlet",
        "day-possessive-no-venue"])
def test_a_days_possessive_or_remarks_name_the_occasion(text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    (a,) = quoteprov.analyze(text).attributions
    assert ((a.outlet.relation, a.outlet.name, a.outlet.rule) if a.outlet else (None, None, None)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“We will not cut it,” Ann Cole said Monday, according to audio released by Harbour Public Radio.",
     ("Harbour Public Radio", "transcript", "according to audio released by Harbour Public Radio")),
    ("In a recording obtained by the Valley Post, Ann Cole said: “We will not cut it.”",
     ("Valley Post", "transcript", "In a recording obtained by the Valley Post")),
    ("“We will not cut it,” Ann Cole said, according to audio of the meeting.", (None, None, None)),
], ids=["audio-released-by", "recording-obtained-by", "audio-with-no-outlet"])
def test_a_recording_an_outlet_holds_is_where_the_words_came_from(text: str, expected: tuple[str | None, ...]) -> None:
    (a,) = quoteprov.analyze(text).attributions
    got = (a.outlet.name, a.outlet.relation, a.outlet.span.text) if a.outlet and a.outlet.name else (None, None, None)
    assert got == expected


def test_a_recording_carries_to_the_speakers_later_quotes() -> None:
    text = ("“We will not cut it,” Ann Cole said Monday, according to audio obtained by Harbour Public Radio.\n\n"
            "“Not this year,” Cole said.")
    later = quoteprov.analyze(text).attributions[-1]
    assert later.outlet is not None and (later.outlet.name, later.outlet_rule) == ("Harbour Public Radio", "same_speaker_earlier")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Valley Post’s Ann Cole asked the mayor about the mill.\n\n“Was the mill sold or not?” Cole asked.", "Ann Cole"),
    ("When a Valley Post reporter later asked Mark Reyes about the mill, he balked.\n\n“You tell me,” Reyes said.",
     "Mark Reyes"),
], ids=["the-journalist", "the-one-asked"])
def test_an_outlets_journalist_asking_is_an_interview_with_the_outlet(text: str, speaker: str) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert a.speaker is not None and a.speaker.name == speaker
    assert a.outlet is not None and (a.outlet.name, a.outlet.relation, a.outlet.rule) == (
        "Valley Post", "interview", "journalist_asked")


@pytest.mark.parametrize("text", [
    "Ann Cole asked the mayor about the mill.\n\n“Was the mill sold or not?” Cole asked.",
    "When a reporter later asked Mark Reyes about the mill, he balked.\n\n“You tell me,” Reyes said.",
], ids=["no-outlet-named", "a-reporter-of-no-outlet"])
def test_asking_names_no_outlet_without_one(text: str) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert a.outlet is None or a.outlet.name is None


@pytest.mark.parametrize(("cue", "expected"), [
    ("told Hugh Hewitt of Harbour News", ("Harbour News", "Hugh Hewitt of Harbour News")),
    ("told Jane Roe of Valley News", ("Valley News", "Jane Roe of Valley News")),
    ("told Hugh Hewitt", ("Hugh Hewitt Show", "Hugh Hewitt")),
    ("told the Voice of America", ("Voice of America", "Voice of America")),
], ids=["host-of-a-network", "journalist-of-an-unlisted-outlet", "host-alone", "of-inside-a-name"])
def test_a_journalist_named_with_their_outlet_is_the_outlet(cue: str, expected: tuple[str, str]) -> None:
    (a,) = quoteprov.analyze(f"“We will win,” Ann Cole {cue}.").attributions
    assert a.outlet is not None and a.outlet.name_span is not None
    assert (a.outlet.name, a.outlet.name_span.text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("MILL CLOSES Ann Cole said the closure was a “dark day” for the town. [Valley Post.]",
     ("Valley Post", "report", "digest_credit")),
    ("MILL CLOSES “The town will survive this,” the mayor told residents. [Reuters]",
     ("Reuters", "report", "digest_credit")),
    ("MILL CLOSES Ann Cole called the closure “a dark day.” [Mother Jones.]",
     ("Mother Jones", "report", "digest_credit")),
    ("MILL CLOSES Ann Cole called the closure “a dark day.” [Applause.]", (None, None, None)),
    ("Ann Cole called [the closure] “a dark day” for the town.", (None, None, None)),
    ("Ann Cole called the closure “a dark day.” [Valley Post.] Reyes disagreed.", (None, None, None)),
], ids=["digest-item", "no-stop", "two-words", "not-an-outlet", "bracket-inside", "not-at-the-end"])
def test_a_digest_items_bracketed_source_is_where_its_quotes_came_from(text: str, expected: tuple[str | None, ...]) -> None:
    assert outlet_of_last(text) == expected


def test_a_digest_credit_is_cited_and_not_carried_to_the_next_item() -> None:
    text = ("MILL CLOSES Ann Cole said the closure was a “dark day.” [Valley Post.]\n\n"
            "Cole later said the town was “tired.”")
    analysis = quoteprov.analyze(text)
    assert [(m.name, m.rule) for m in analysis.citations] == [("Valley Post", "digest_credit")]
    assert analysis.attributions[-1].outlet is None


@pytest.mark.parametrize("written", ["The Huffington Post", "HuffPost", "Huffington Post"])
def test_an_outlets_short_and_long_names_are_one_outlet(written: str) -> None:
    assert outlet_of_last(f"“The mill is gone,” Ann Cole told {written}.")[0] == "Huffington Post"


_GROUP = "Several county chairs told the Valley Post that the mayor had called each of them.\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    (_GROUP + "“He asked about our roads,” said Ann Cole, the chairwoman of Elm County.",
     ("Valley Post", "told", "interviewed_group")),
    ("Many of the dozen Democratic chairs that the Valley Post interviewed expect a close race.\n\n"
     "“We are ready,” said Ann Cole, the Democratic chair of Elm County.", ("Valley Post", "interview", "interviewed_group")),
    (_GROUP + "“We need him,” said Mark Reyes, the mayor's campaign manager.", (None, None, None)),
    ("Ann Cole, the chairwoman of Elm County, spoke first.\n\n" + _GROUP + "“We are ready,” Cole said.",
     (None, None, None)),
    ("Several hours after the vote, Ann Cole told the Valley Post she was done.\n\n"
     "“We are ready,” said Mark Reyes, the chairman of Elm County.", (None, None, None)),
    ("Several county chairs told reporters they had been called.\n\n"
     "“He asked about our roads,” said Ann Cole, the chairwoman of Elm County.", (None, None, None)),
    # the group's word stands earlier in the paragraph that first names the person
    (_GROUP + "In Elm, the county chairs say the calls were long. “He asked about our roads,” said Ann Cole, who "
     "leads the party there.", ("Valley Post", "told", "interviewed_group")),
], ids=["one-of-those-told", "one-of-those-interviewed", "not-one-of-them", "named-before", "hours-are-no-group",
        "no-outlet-named", "group-word-earlier-in-paragraph"])
def test_one_of_the_people_an_outlet_talked_to_gave_it_their_words(text: str, expected: tuple[str | None, ...]) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.name, a.outlet.relation, a.outlet_rule) if a.outlet else (None, None, None)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the paragraph's first quote takes the appearance; “Twice.” goes on from it (continues_quote)
    ("Ann Cole, the mayor of Elm, tweeted that the plan was dead.\n\n“We warned them,” Cole said. “Twice.”",
     ("X", "continues_quote")),
    ("Ann Cole, the mayor of Elm, tweeted that the plan was dead.\n\n“We warned them,” Cole said.",
     ("X", "next_paragraph_appearance")),
    ("Sen. Ann Cole, D-Elm., appearing on Fox News after the vote, said the plan was dead.\n\n"
     "“We warned them,” Cole said.", ("Fox News", "next_paragraph_appearance")),
    ("Ann Cole tweeted that the plan was dead.\n\nThe bill passed anyway. “We warned them,” Cole said.", (None, None)),
    ("Ann Cole tweeted that the plan was dead.\n\n“It is not,” Mark Reyes said. “We warned them,” Cole said.",
     (None, None)),
    ("Ann Cole tweeted that the plan was dead.\n\nLater, at a rally, Cole said: “We warned them.”", (None, None)),
    ("Ann Cole tweeted that the plan was dead.\n\nThe vote is Monday.\n\n“We warned them,” Cole said.", (None, None)),
], ids=["tweeted-goes-on", "tweeted", "appositive-subject", "a-sentence-before", "another-speaker-before", "another-channel",
        "two-paragraphs-on"])
def test_an_appearance_goes_on_in_a_paragraph_that_opens_with_the_speakers_quote(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.name, a.outlet_rule) if a.outlet and a.outlet.name else (None, None)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The campaign laid out its path. “We will take the state,” the memo stated.", ("statement", None)),
    ("“Cole is weak on roads,” the campaign email said.", ("statement", None)),
    ("“Not again,” said the union’s e-mail.", ("statement", None)),
    ("One of her columns argued, “The tax is a trap.”", ("statement", None)),
    ("“I was stunned,” Ann Cole told me.", ("told", None)),
    ("“Why now?” she asked me.", ("told", None)),
    ("She had a memo ready. “No,” said Ann Cole.", (None, None)),
    ("“No,” Ann Cole said of the memo.", (None, None)),
    ("“You told me so,” Ann Cole said.", (None, None)),
], ids=["memo-stated", "email-said", "said-the-email", "column-argued", "told-me", "asked-me", "memo-elsewhere",
        "said-of-the-memo", "told-me-inside-the-quote"])
def test_a_written_channel_speaking_or_words_told_to_the_writer_give_the_relation(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert relation_of_last(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Cole drew the line in her interview last week with Harbour News. “It is fair,” Cole said.",
     ("Harbour News", "interview_with")),
    ("Ann Cole was asked in an interview aired Sunday by the Valley Post, and said it was “fair.”",
     ("Valley Post", "interview_with")),
    ("In an interview with Harbour News’ “Morning Hour,” Ann Cole called the plan “fair.”", ("Harbour News", "interview_with")),
    ("In an interview on Monday, Ann Cole called the plan “fair.”", (None, "interview_phrase")),
    ("On Thursday, Ann Cole complained to Harbour News’ Dan Price that the plan was unfair.\n\n“Let it go,” she said.",
     ("Harbour News", "said_to_journalist")),
    ("Ann Cole told Harbour News’ Dan Price that the plan was “unfair.”", ("Harbour News", "told")),
    ("Ann Cole complained to Mark Reyes’ lawyer that the plan was “unfair.”", (None, None)),
    ("“We will show them,” Ann Cole told Dan Price in an interview taped for Friday’s Harbour News Tonight.",
     ("Harbour News Tonight", "interview_with")),
], ids=["time-between", "published-by", "programme-of-an-outlet", "no-outlet", "complained-to-a-journalist",
        "told-an-outlets-journalist", "a-persons-lawyer", "taped-for-a-days-programme"])
def test_an_interview_or_words_said_to_an_outlets_journalist_name_the_outlet(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.name, a.outlet.rule) if a.outlet else (None, None)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ann Cole attacked the mayor on Monday’s episode of her weekly radio show, “Hour of Truth,” a watchdog noted.\n\n"
     "Cole then said the mayor should “go home.”", ("Hour of Truth", "interview")),
    ("Ann Cole spoke in an interview on the host’s talk radio program, “Elm Talk Radio,” on Sunday.\n\n"
     "“It is a trap,” Cole said.", ("Elm Talk Radio", "interview")),
    ("Ann Cole said her new radio show “will be fun.”", (None, None)),
    ("Ann Cole said the radio show, “a mess,” was over.", (None, None)),
], ids=["weekly-radio-show", "talk-radio-program", "no-title", "not-a-title"])
def test_a_programme_titled_in_quote_marks_is_where_its_hosts_words_were_given(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.name, a.outlet.relation) if a.outlet and a.outlet.name else (None, None)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“The vote was a warning,” Dan Price, a columnist for the Harbour Times, wrote on Friday.\n\n“Nobody listened,” Price wrote.",
     ("Harbour Times", "report")),
    ("“The vote was a warning,” Dan Price, an editor at the Milan daily Corriere della Sera, wrote.",
     ("Corriere della Sera", "report")),
    ("“The vote was a warning,” said Dan Price, a reporter for the Harbour Times.", (None, None)),
    ("“The vote was a warning,” Dan Price, a columnist for the town, wrote.", (None, None)),
], ids=["columnist-wrote", "foreign-particle", "a-reporter-speaking", "no-outlet"])
def test_a_journalists_written_words_went_out_through_their_outlet(text: str, expected: tuple[str | None, str | None]) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.name, a.outlet.relation) if a.outlet and a.outlet.name else (None, None)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Washington Post weighed in on Monday.\n\n“The mayor has failed,” the newspaper wrote. "
     "The piece then mocks his “grand vision.”", ("Washington Post", "piece_goes_on")),
    ("The Washington Post weighed in on Monday.\n\nThe editorial calls the plan “a fraud.”", (None, None)),
    ("The mayor spoke at length. The piece of land is known as “the yard.”", (None, None)),
    ("The Valley Post published a passage from the memoir. The excerpt recalls “a loud mayor.”",
     ("Valley Post", "piece_goes_on")),
], ids=["the-piece-goes-on", "no-report-named-before", "a-piece-of-land", "the-excerpt"])
def test_a_quote_from_the_piece_an_outlet_published_came_through_that_outlet(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.name, a.outlet_rule) if a.outlet and a.outlet.name else (None, None)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In interviews, young donors from both towns recalled a shift.\n\n“We felt ignored,” said Ann Cole, a donor from Elm.",
     ("interview", "interviewed_group")),
    ("Numerous farmers interviewed at the fair this week, including Dan Price, said they liked the plan. "
     "“It speaks to us,” Price said.", ("interview", "interviewed_group")),
    ("In interviews, several vowed to quit the party.\n\n“We felt ignored,” said Ann Cole, the party chair.",
     (None, None)),
    ("In interviews, young donors from both towns recalled a shift.\n\n“We felt ignored,” said Ann Cole, a nurse.",
     (None, None)),
], ids=["in-interviews", "interviewed-at", "no-group-described", "not-one-of-them"])
def test_one_of_the_people_the_writer_interviewed_gave_an_interview(text: str, expected: tuple[str | None, str | None]) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.relation, a.outlet_rule) if a.outlet else (None, None)) == expected


_BATCH = ("More of the mayor’s e-mails were marked secret after the Harbour Council released its third batch of the "
          "messages on Friday.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_BATCH + "In one exchange, Ann Cole writes to Mark Reyes, “Why now?”", ("Harbour Council", "report")),
    ("The mill closed in March.\n\nThe mayor appears often in the e-mails released by the Harbour Council. "
     "In a March e-mail, Ann Cole calls him “the boss.”", ("Harbour Council", "report")),
    ("The Harbour Council is a body in Elm. More e-mails came out after the council released a batch of the "
     "messages.\n\nIn one e-mail, Ann Cole calls the mayor “the boss.”", ("Harbour Council", "report")),
    (_BATCH + "At a rally on Monday, Ann Cole said, “We are fine.”", (None, "remarks")),
    (_BATCH + "“We are fine,” Ann Cole said on Monday.", (None, None)),
    # no batch: the mail is its writer's own written channel (the wrote_to cue), no body's
    ("Ann Cole writes to Mark Reyes, “Why now?”", (None, "statement")),
], ids=["writes-to", "released-by", "the-council", "own-channel", "no-mail", "no-batch"])
def test_words_read_from_a_released_batch_of_mails_came_through_the_body_that_released_it(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.name, a.outlet.relation) if a.outlet else (None, None)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mark Reyes denied it.\n\nOn Facebook, she answered on Tuesday by saying, “Just stop.”", ("Facebook", "on_platform")),
    ("Ann Cole said the ruling had “kept us calm” on Facebook before leaving.", ("Facebook", "on_platform")),
    ("The firm is on Facebook, and “it works,” Ann Cole said.", (None, None)),
    ("Mark Reyes denied it.\n\nOn X, she answered by saying, “Just stop.”", (None, None)),
], ids=["opening-the-sentence", "right-after-the-quote", "not-a-post", "a-letter-is-no-platform"])
def test_a_platform_named_by_on_is_where_the_words_were_posted(text: str, expected: tuple[str | None, str | None]) -> None:
    a = quoteprov.analyze(text).attributions[-1]
    assert ((a.outlet.name, a.outlet.rule) if a.outlet else (None, None)) == expected
