"""News from another country (issue 11 and 17): a British-style article's outlets and
unnamed sources. Every sentence here is invented."""

from __future__ import annotations

import pytest

import quoteprov
from quoteprov.records import Attribution


def first(text: str) -> Attribution:
    return quoteprov.analyze(text).attributions[-1]


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("‘Police numbers were cut,’ Tom Hale told the Riverton Echo.", "Riverton Echo"),
        ("‘Police numbers were cut,’ Tom Hale told the Harbour Examiner.", "Harbour Examiner"),
        ("‘Police numbers were cut,’ Tom Hale told the Valley Star.", "Valley Star"),
        # the word must end the name: a park, a ferry or a company is no newspaper
        ("‘Police numbers were cut,’ Tom Hale told Echo Park residents.", None),
        ("‘Police numbers were cut,’ Tom Hale told the Star Ferry crew.", None),
        ("‘Police numbers were cut,’ Tom Hale told Standard Oil executives.", None),
    ],
    ids=["echo", "examiner", "star", "echo-park", "star-ferry", "standard-oil"],
)
def test_newspaper_name_words_end_the_name(sentence: str, outlet: str | None) -> None:
    found = first(sentence)
    assert (found.outlet.name if found.outlet else None) == outlet


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Prime Minister’s official spokesman told reporters: ‘She has his full support.’",
         "The Prime Minister’s official spokesman"),
        ("‘She has his full support,’ Cole’s spokeswoman said.", "Cole’s spokeswoman"),
        ("‘She has his full support,’ the mayor’s top aide said.", "the mayor’s top aide"),
    ],
    ids=["official-spokesman", "spokeswoman", "top-aide"],
)
def test_someones_unnamed_spokesman_is_an_anonymous_source(sentence: str, speaker: str) -> None:
    found = first("Ann Cole spoke on Monday.\n\n" + sentence)
    assert found.speaker is not None
    assert (found.speaker.name, found.speaker.kind) == (speaker, "anonymous")
    assert "anonymous_speaker" in found.flags


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the spokeswoman is named: she speaks, not her employer
        ("‘She has his full support,’ Cole’s spokeswoman Mia Price said.", ("Mia Price", "person")),
        # the owner speaks through a body, not an unnamed person: not this rule
        ("‘She has his full support,’ Ann Cole said.", ("Ann Cole", "person")),
    ],
    ids=["named-spokeswoman", "the-person"],
)
def test_a_named_spokesman_or_the_owner_is_no_anonymous_source(sentence: str, speaker: tuple[str, str]) -> None:
    found = first("Ann Cole spoke on Monday.\n\n" + sentence)
    assert found.speaker is not None and (found.speaker.name, found.speaker.kind) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a newspaper reporting in its own voice is the speaker, as a body, never a person
        ("Ann Cole spoke.\n\nThe Riverton Echo reported that officers were told to ‘stand down’.",
         ("Riverton Echo", "organization")),
        # a person whose surname is such a word stays a person
        ("Ann Star spoke.\n\n‘We are ready,’ Ann Star said.", ("Ann Star", "person")),
    ],
    ids=["paper", "person-named-star"],
)
def test_a_newspaper_by_its_head_word_is_a_body(text: str, speaker: tuple[str, str]) -> None:
    found = first(text)
    assert found.speaker is not None and (found.speaker.name, found.speaker.kind) == speaker


@pytest.mark.parametrize(
    "title",
    ["Treasurer", "Shadow Treasurer", "Attorney-General", "Tánaiste", "Cllr", "MSP", "MLA",
     "Inspector", "Detective Inspector", "Chief Constable", "Superintendent"],
)
def test_titles_of_other_countries_are_not_part_of_the_name(title: str) -> None:
    found = first(f"The council met.\n\n“We are ready,” {title} Dana Quill said.")
    assert found.speaker is not None and found.speaker.name == "Dana Quill"
    assert found.speaker.role == title


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("“We are ready,” Dana Quill told the Press Association.", "PA Media"),
        ("“We are ready,” Dana Quill told SBS News.", "SBS"),
        ("“We are ready,” Dana Quill told Newsnight.", "Newsnight"),
        ("“We are ready,” Dana Quill told the Irish Independent.", "Irish Independent"),
        ("“We are ready,” Dana Quill told the NZ Herald.", "New Zealand Herald"),
        # a state's abbreviation is no news agency
        ("“We are ready,” Dana Quill said in Harrisburg, PA.", None),
        # a station's number is part of its name
        ("“We are ready,” Dana Quill told BBC Radio 4’s morning programme.", "BBC"),
        ("“We are ready,” Dana Quill told Radio 5 Live.", "BBC"),
        ("“We are ready,” Dana Quill told Channel 4 News.", "Channel 4 News"),
        ("“We are ready,” Dana Quill told Channel 5.", "Channel 5"),
        ("“We are ready,” Dana Quill told RTÉ Radio 1.", "RTÉ"),
        ("“We are ready,” Dana Quill told Newstalk.", "Newstalk"),
        ("“We are ready,” Dana Quill told TVNZ’s Breakfast programme.", "TVNZ"),
        # a count after the name is not
        ("“We are ready,” Dana Quill told the Riverton Post 2 days later.", "Riverton Post"),
    ],
    ids=["pa", "sbs", "newsnight", "irish-independent", "nz-herald", "pa-the-state",
         "radio-4", "radio-5-live", "channel-4-news", "channel-5", "rte-radio-1", "newstalk", "tvnz",
         "a-count"],
)
def test_outlets_of_other_countries(sentence: str, outlet: str | None) -> None:
    found = first(sentence)
    assert (found.outlet.name if found.outlet else None) == outlet



@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sir Dan Price said the plan was dead.\n\n“It is over,” Sir Dan added.", "Dan Price"),
        ("Dame Ann Cole opened the debate.\n\n‘We were warned,’ Dame Ann said.", "Ann Cole"),
    ],
    ids=["sir", "dame"],
)
def test_a_knight_is_named_by_title_and_given_name(text: str, speaker: str) -> None:
    found = first(text)
    assert found.speaker is not None and found.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # two knights of that given name: the title alone tells neither
        "Sir Dan Price met Sir Dan Vale.\n\n“It is over,” Sir Dan said.",
        # no title: a given name alone is not taken for the person named before
        "Dan Price said the plan was dead.\n\n“It is over,” Dan added.",
    ],
    ids=["two-knights", "no-title"],
)
def test_a_given_name_alone_is_not_linked_to_a_full_name(text: str) -> None:
    found = first(text)
    assert found.speaker is None or found.speaker.name not in ("Dan Price", "Dan Vale")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Cole, a Labour peer, said the bill was flawed. “It is a mess,” the peer said.", "Ann Cole"),
        ("Dan Price, a Tory backbencher, was scathing.\n\n“It is a mess,” the backbencher said.", "Dan Price"),
        ("Dan Price spoke outside court.\n\n“They are innocent,” the barrister said.", "Dan Price"),
    ],
    ids=["peer", "backbencher", "barrister"],
)
def test_british_descriptions_stand_for_the_person_named_before(text: str, speaker: str) -> None:
    found = first(text)
    assert found.speaker is not None and found.speaker.name == speaker
