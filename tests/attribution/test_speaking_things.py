"""Documents and organisations as speakers: authors, and what a subject "it" stands for."""

import pytest

from foretold.attribution.speakers import subject_of
from foretold.attribution.speaking_things import document_author, it_antecedent, its_owner


def _cue(doc, word):
    return next(t for t in doc if t.text == word)


def test_common_noun_subject_gives_way_to_its_author(nlp):
    doc = nlp("A 2014 estimate by the tax committee projected that costs would rise.")
    assert subject_of(_cue(doc, "projected")).text == "committee"
    doc = nlp("A study by the hospital found that the drug worked.")
    assert subject_of(_cue(doc, "found")).text == "hospital"


def test_document_of_words_gives_way_to_its_sender(nlp):
    doc = nlp("A letter from the company said that the plant would close in June.")
    assert subject_of(_cue(doc, "said")).text == "company"
    doc = nlp("A report from Iraq said that ten people had died.")
    assert subject_of(_cue(doc, "said")).text == "report"
    doc = nlp("Reports from the ministry said that ten people had died.")
    assert subject_of(_cue(doc, "said")).text == "ministry"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to a report in The Guardian, the mine will close.", "The Guardian"),
        ("According to an April 2nd report in Ars Technica, sales had risen.", "Ars Technica"),
        ("A report in Iraq said that ten people had died.", "report"),
        ("According to an article in French, the mine will close.", "article"),
        ("A letter in the Daily Post said that the mine would close.", "letter"),
    ],
)
def test_a_piece_in_a_named_outlet_speaks_for_the_outlet(attributed, text, speaker):
    assert [s.speaker for s in attributed(text).statements] == [speaker]


def test_document_a_subject_issued_gives_way_to_that_subject(nlp):
    doc = nlp('The bakery released a statement which said, "We will reopen on Monday."')
    assert subject_of(_cue(doc, "said")).text == "bakery"
    doc = nlp('Lee found a letter which said, "We will reopen on Monday."')
    assert subject_of(_cue(doc, "said")).text == "which"


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        ("The firm filed its results on Monday. It added that costs had risen.", "firm"),
        ("The survey came out on Friday. It says most drivers want new roads.", "survey"),
        ("Dana Reyes unveiled her new ad. It claims that the tax has failed.", "ad"),
        ("Voters praised the ruling, and the agency said that it would comply.", "agency"),
    ],
)
def test_subject_it_after_a_document_or_organisation_stands_for_it(nlp, text, antecedent):
    doc = nlp(text)
    it = next(t for t in doc if t.lower_ == "it" and t.dep_ == "nsubj")
    assert it_antecedent(it).text == antecedent


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The company met on Monday. It seems that the deal is off.", "seems"),
        ("The agency met on Monday. It turns out that the chief had quit.", "turns"),
        ("The storm hit the coast. It suggests that the season will be severe.", "suggests"),
        ("The vote was close. It shows that the party is split.", "shows"),
        ("The party balked at the plan. It showed that the leaders were split.", "showed"),
    ],
)
def test_expletive_or_event_it_is_no_speaker(nlp, text, cue):
    doc = nlp(text)
    assert subject_of(_cue(doc, cue)) is None


def test_subject_it_never_speaks_for_a_person_tagged_as_an_organisation(attributed):
    text = (
        "Acme unveiled its new laptop on Monday. Employee Tom Schiller discussed new gestures. "
        'During the keynote, Schiller said, "The laptop has outpaced the PC industry every '
        'quarter." It also promises full support for the App Store and full screen applications.'
    )
    statements = attributed(text).statements
    assert [s.speaker for s in statements if "full support" in s.text] == [None]


def test_figures_give_way_to_whoever_gathered_them(nlp):
    doc = nlp("According to data collected by the weather service, the storm weakened.")
    assert document_author(_cue(doc, "data")).text == "service"
    doc = nlp("According to figures compiled by one of the unions, wages fell.")
    assert document_author(_cue(doc, "figures")).text == "unions"
    doc = nlp("According to data collected in the survey, wages fell.")
    assert document_author(_cue(doc, "data")).text == "data"


def test_figures_give_way_to_the_named_body_they_come_from(nlp):
    doc = nlp("According to data from the Harbor Safety Institute, the storm weakened.")
    assert document_author(_cue(doc, "data")).text == "Institute"
    doc = nlp("According to figures from the ministry, wages fell.")
    assert document_author(_cue(doc, "figures")).text == "ministry"
    doc = nlp("According to data from Brazil, wages fell.")
    assert document_author(_cue(doc, "data")).text == "data"


@pytest.mark.parametrize(
    ("text", "noun", "author"),
    [
        ("The coverage will be biased, according to a post from Ann Lee.", "post", "Lee"),
        ("A tweet from Senator Ann Lee said the vote was rigged.", "tweet", "Lee"),
        ("According to a post from Brazil, wages fell.", "post", "post"),
    ],
)
def test_a_post_or_a_tweet_gives_way_to_its_named_sender(nlp, text, noun, author):
    doc = nlp(text)
    assert document_author(_cue(doc, noun)).text == author


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The Velo Party met on Monday. Its campaign said the vote was fair.", "Party"),
        ("The board was shut. It cannot act; its website notes that it is closed.", "board"),
        ("The vote was close on Monday. Its result said nothing.", None),
    ],
)
def test_its_stands_for_the_body_that_is_the_subject_before_it(nlp, text, owner):
    doc = nlp(text)
    found = its_owner(next(t for t in doc if t.lower_ == "its"))
    assert (found.text if found is not None else None) == owner


def test_subject_it_after_an_untyped_name_that_reports_stands_for_it(nlp, cue_words):
    text = (
        "The Harbour Treasury described the plan in a press release on Monday. "
        "It said that the bridge would close in May."
    )
    doc = nlp(text)
    it = next(t for t in doc if t.lower_ == "it")
    assert it_antecedent(it).text == "Treasury"
    assert "said" in cue_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new Boeing 737 Max was not airworthy, investigators have said. It was flying to "
        "Bali and hit the ocean after asking controllers to return.",
        "Engineers said the Acme Corp jet was unsafe. It hit the sea after asking controllers "
        "for help.",
    ],
)
def test_subject_it_never_stands_for_a_name_that_only_modifies_a_noun(nlp, text):
    doc = nlp(text)
    it = next(t for t in doc if t.lower_ == "it" and t.dep_ == "nsubj")
    assert it_antecedent(it) is None


def test_an_its_in_a_phrase_before_the_subject_looks_ahead_to_that_body(attributed):
    text = (
        "The Velo League suspended its season on Wednesday. "
        "The injured player was not present at the arena. "
        "According to its press release, the league was suspending play until further notice."
    )
    statement = next(s for s in attributed(text).statements if "suspending play" in s.text)
    assert statement.speaker == "Velo League"


def test_an_its_before_a_subject_that_is_no_body_does_not_look_ahead(nlp):
    doc = nlp("According to its latest data, the economy grew by 2% in May.")
    pronoun = next(t for t in doc if t.lower_ == "its")
    assert its_owner(pronoun) is None


def test_a_treasury_is_an_organisation_a_subject_it_speaks_for(attributed):
    text = (
        "The US Treasury described the government's rescue plan in a press release released "
        "earlier today. "
        "It said that the program would start at once."
    )
    statement = next(s for s in attributed(text).statements if "program" in s.text)
    assert statement.speaker == "US Treasury"


def test_the_outlet_a_piece_ran_in_is_a_body_even_left_untagged(attributed):
    result = attributed("According to an April 2nd report in Ars Technica, sales had risen.")
    assert [(p.name, p.kind) for p in result.people] == [("Ars Technica", "organization")]


def test_a_team_is_a_body_a_subject_it_speaks_for(nlp):
    doc = nlp("The rescue team searched the valley all night. It said that two hikers were safe.")
    pronoun = next(t for t in doc if t.text == "It")
    assert it_antecedent(pronoun).text == "team"
