"""Source phrases: the clause "according to X" qualifies."""

import pytest

from foretold.attribution import attribute
from foretold.attribution.source_phrases import according_content
from foretold.ingest.article import make_article
from foretold.records import Statement


def test_according_to_leaves_out_a_closing_clause_of_contrast(contents):
    text = "The council approved the plan, according to the minutes, although few came."
    assert contents(text) == [("according to", "The council approved the plan")]


def test_according_to_takes_the_part_after_a_colon(contents):
    text = "Turnout was low: about a third of voters stayed home, according to county officials."
    assert contents(text) == [("according to", "about a third of voters stayed home")]


def test_according_to_keeps_a_pair_of_dashes_after_the_phrase(contents):
    text = "According to a poll, 40 percent of renters \u2014 and of students \u2014 plan to move."
    found = [t for c, t in contents(text) if c == "According to"]
    assert found == ["40 percent of renters \u2014 and of students \u2014 plan to move"]


def test_according_to_stays_inside_the_brackets_it_sits_in(contents):
    text = (
        "The town grew quickly (the population doubled in ten years, according to census data)"
        " and schools filled up."
    )
    assert contents(text) == [("according to", "the population doubled in ten years")]


def test_according_to_leaves_out_a_part_after_the_phrase_with_no_verb(nlp):
    from spacy.tokens import Doc

    from foretold.attribution.source_phrases import according_content

    words = ["voters", "back", "the", "plan", ",", "according", "to", "a", "poll", "last"]
    words += ["week", "-", "about", "the", "same", "as", "in", "May"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 1, 1, 5, 8, 6, 10, 1, 1, 14, 14, 1, 14, 15, 16],
        deps=["nsubj", "ROOT", "det", "dobj", "punct", "prep", "prep", "det", "pobj", "amod"]
        + ["npadvmod", "punct", "advmod", "det", "npadvmod", "prep", "prep", "pobj"],
        pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "DET", "NOUN", "ADJ"]
        + ["NOUN", "PUNCT", "ADV", "DET", "ADJ", "ADP", "ADP", "PROPN"],
    )
    ranges, _ = according_content(doc[5])
    assert [doc[a:b].text for a, b in ranges] == ["voters back the plan"]


def test_according_to_a_document_gives_the_author_it_names_with_by(nlp):
    text = "According to a memo posted online by Senator Ann Lee, the council cancelled the vote."
    found = _statements(nlp, text)
    assert [(s.speaker, s.text) for s in found] == [("Ann Lee", "the council cancelled the vote")]


def test_according_to_a_document_someone_only_obtained_keeps_the_document(nlp):
    text = "According to a letter obtained by reporters, the mayor rejected the offer."
    found = _statements(nlp, text)
    assert [(s.speaker, s.text) for s in found] == [("letter", "the mayor rejected the offer")]


def test_according_to_with_no_comma_before_closes_the_clause_it_follows(nlp):
    text = (
        "The storm flooded the valley, killing at least twelve according to local officials, "
        "and leaving hundreds without power."
    )
    found = [s for s in _statements(nlp, text) if s.cue == "according to"]
    assert [s.text for s in found] == ["The storm flooded the valley, killing at least twelve"]


def _statements(nlp, text: str) -> list[Statement]:
    article = make_article(text, language="en")
    return attribute(nlp(article.text), article).statements


def test_according_to_stays_after_the_semicolon_before_it(contents):
    text = "Four people were on the boat; according to the coast guard, one of them drowned."
    assert contents(text) == [("according to", "one of them drowned")]


def test_according_to_inside_a_reported_clause_leaves_the_reporter_out(nlp):
    text = "The agency said according to its own data, rents in the city rose by a fifth."
    found = _statements(nlp, text)
    assert ("agency", "said") in [(s.speaker, s.cue) for s in found]
    assert all(not s.text.startswith("The agency said") for s in found)


def test_a_fronted_according_to_leaves_out_a_closing_but_clause(contents):
    text = (
        "According to the city charter, the deputy mayor would normally replace the mayor, "
        "but that post is empty after the resignation of John Lee."
    )
    assert contents(text) == [("According to", "the deputy mayor would normally replace the mayor")]


def test_a_closing_according_to_leaves_out_the_clause_before_a_but(contents):
    text = (
        "The plant was closed in May, but the workers will be paid until June, "
        "according to the union."
    )
    assert contents(text) == [("according to", "the workers will be paid until June")]


def test_according_to_closing_a_relative_clause_qualifies_that_clause(contents):
    text = (
        "Nurses, who make up a third of the staff, according to the union, have been on "
        "strike since May."
    )
    assert contents(text) == [("according to", "who make up a third of the staff")]


def test_according_to_keeps_the_title_before_the_subject(contents):
    text = "According to the Herald, former Finance Minister Anna Berg has won 40 seats so far."
    found = [t for c, t in contents(text) if c == "According to"]
    assert found == ["former Finance Minister Anna Berg has won 40 seats so far"]


def test_according_to_keeps_a_set_off_appositive_in_the_phrase(contents):
    text = "According to Tom Reed, the organiser of the fair, the bell came from the old church."
    found = [t for c, t in contents(text) if c == "According to"]
    assert found == ["the bell came from the old church"]


def test_phrase_closing_a_clause_of_contrast_qualifies_only_that_clause(contents):
    text = (
        "While only one in ten residents owns a car according to a 2015 survey, the council "
        "reported this year that parking was full every night."
    )
    assert ("according to", "only one in ten residents owns a car") in contents(text)


def test_phrase_fronting_the_main_clause_keeps_it(contents):
    text = "Although sales fell last year, according to the company, profits rose."
    found = dict(contents(text))
    assert "profits rose" in found["according to"]


def test_a_set_off_name_after_the_source_is_not_content(contents):
    text = "According to its founder, Ann Lee, the firm never made a profit."
    assert contents(text) == [("According to", "the firm never made a profit")]


def test_according_to_takes_the_part_that_completes_an_open_phrase_before_it(contents):
    text = (
        "The storm killed nine people, including, according to local officials, two small children."
    )
    assert contents(text) == [
        (
            "according to",
            "The storm killed nine people, including, according to local officials, "
            "two small children",
        )
    ]


def test_closing_according_to_ends_at_the_semicolon_after_it(contents):
    text = "Two people died in the fire, according to police; the road reopened at noon."
    assert contents(text) == [("according to", "Two people died in the fire")]


def test_closing_according_to_leaves_out_a_relative_clause_on_the_source(nlp):
    text = "The fire started at noon, according to firefighters, who said the blaze spread fast."
    found = [(s.cue, s.speaker, s.text) for s in _statements(nlp, text)]
    assert ("according to", "firefighters", "The fire started at noon") in found
    assert ("said", "firefighters", "the blaze spread fast") in found


def test_according_to_stops_at_a_semicolon_before_a_report_of_its_own(contents):
    text = (
        "According to the ministry, the bridge closed on Friday; local police said it would"
        " reopen soon."
    )
    assert contents(text) == [
        ("According to", "the bridge closed on Friday"),
        ("said", "it would reopen soon"),
    ]


def test_according_to_runs_on_past_a_semicolon_with_no_report(contents):
    text = "According to the ministry, the bridge closed on Friday; two roads were shut too."
    [(cue, content)] = contents(text)
    assert content.endswith("two roads were shut too")


def test_according_to_after_and_leaves_out_the_clause_before(contents):
    text = "The ship left port in May and, according to the crew, it sank in June."
    assert contents(text) == [("according to", "it sank in June")]


def test_according_to_after_but_leaves_out_the_clause_before(contents):
    text = (
        "The singer's family gave no cause, but, according to his agent, he had surgery recently."
    )
    assert ("according to", "he had surgery recently") in contents(text)
    assert all("gave no cause" not in text for _, text in contents(text))


def test_according_to_after_an_and_joining_nouns_keeps_its_reach(contents):
    text = "Ten soldiers and, according to police, two civilians died on Monday."
    assert any("died on Monday" in text for _, text in contents(text))


def test_according_to_made_the_root_leaves_the_clause_hung_on_it(nlp):
    from spacy.tokens import Doc

    from foretold.attribution.source_phrases import according_content

    words = ["According", "to", "Lee", ",", "for", "days", "the", "radio", "was", "off", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[0, 0, 1, 0, 3, 4, 7, 8, 5, 8, 0],
        deps=["ROOT", "prep", "pobj", "punct", "prep", "pobj", "det", "nsubj", "relcl"]
        + ["advmod", "punct"],
        pos=["VERB", "ADP", "PROPN", "PUNCT", "ADP", "NOUN", "DET", "NOUN", "AUX", "ADV"]
        + ["PUNCT"],
    )
    ranges, source = according_content(doc[0])
    assert [doc[a:b].text for a, b in ranges] == ["for days the radio was off"]
    assert source is not None and source.text == "Lee"


def test_according_to_keeps_a_predicate_the_parser_hung_on_the_phrase(contents):
    text = "One child was, according to the fire service, among the dead."
    assert contents(text) == [
        ("according to", "One child was, according to the fire service, among the dead")
    ]


def test_according_to_with_a_second_source_after_the_comma_is_not_cut(contents):
    text = (
        "According to reports from the ministry on Friday, and Vyasna, a rights group, on"
        " Thursday, about 20,000 people attended the rally."
    )
    found = [t for c, t in contents(text) if c == "According to"]
    assert all(not t.startswith("and ") for t in found)


def test_according_to_keeps_a_one_word_subject_before_the_phrase(contents):
    text = "Witnesses, according to the paper, said a man attacked the group."
    assert contents(text) == [
        ("according to", "Witnesses, according to the paper, said a man attacked the group")
    ]


def test_according_to_keeps_the_one_verb_it_qualifies(contents):
    text = "Several men attacked the guard after he left his home, then, according to police, fled."
    found = [t for c, t in contents(text) if c == "according to"]
    assert found and found[0].endswith("fled")


def test_according_to_keeps_a_subject_the_parser_listed_with_the_source(contents):
    text = "According to the historians, worship and burial of sacred cats was common in the delta."
    found = [t for c, t in contents(text) if c == "According to"]
    assert found == ["worship and burial of sacred cats was common in the delta"]


def test_a_possessive_subject_before_the_phrase_stays_with_its_predicate(contents):
    text = "The bakery's Polish arm, according to a local paper in March, is too small to sell."
    found = [t for c, t in contents(text) if c == "according to"]
    assert found == [
        "The bakery's Polish arm, according to a local paper in March, is too small to sell"
    ]


def test_according_to_keeps_a_subject_parsed_as_the_sources_apposition(attributed):
    text = (
        "According to the Daily Post, Friday's storm, at 120 km/h, was the strongest "
        "recorded in the city."
    )
    found = [s for s in attributed(text).statements if s.cue == "According to"]
    assert [s.text for s in found] == [
        "Friday's storm, at 120 km/h, was the strongest recorded in the city"
    ]
    assert found[0].speaker_role is None


def test_according_to_leaves_an_apposition_when_the_clause_has_its_own_subject(contents):
    text = "According to John Smith, the mayor, the city will close the road."
    assert contents(text) == [("According to", "the city will close the road")]


def test_according_to_keeps_a_participle_that_goes_on_with_the_report(contents):
    text = "Forty people were hurt yesterday according to officials, ranging in age from ten to 70."
    assert contents(text) == [
        (
            "according to",
            "Forty people were hurt yesterday according to officials, ranging in age from ten "
            "to 70",
        )
    ]


def test_according_to_keeps_a_with_phrase_that_goes_on_with_the_report(contents):
    text = (
        "The driver was taken to a hospital and listed in critical condition, according to "
        "officials, with burns over half of his body."
    )
    assert contents(text) == [
        (
            "according to",
            "The driver was taken to a hospital and listed in critical condition, according to "
            "officials, with burns over half of his body",
        )
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The party raised 95 million dollars. That\u2019s according to reports it filed.", "That"),
        ("Turnout rose sharply. This is according to a new poll by the university.", "This"),
    ],
)
def test_a_source_phrase_after_be_reports_the_subject_alone(contents, text, content):
    assert ("according to", content) in contents(text)


def test_a_relative_clause_with_no_pronoun_on_the_source_is_left_out(parsed):
    words = [
        "Ann",
        "was",
        "aboard",
        ",",
        "according",
        "to",
        "an",
        "interview",
        "her",
        "brother",
        "gave",
        "to",
        "the",
        "BBC",
        ".",
    ]
    doc = parsed(
        words,
        [1, 1, 1, 1, 10, 4, 7, 5, 9, 10, 1, 10, 13, 11, 10],
        ["nsubj", "ROOT", "advmod", "punct", "prep", "prep", "det", "pobj", "poss", "nsubj"]
        + ["conj", "prep", "det", "pobj", "punct"],
        ["NNP", "VBD", "RB", ",", "VBG", "IN", "DT", "NN", "PRP$", "NN", "VBD", "IN", "DT"]
        + ["NNP", "."],
        ["Ann", "be", "aboard", ",", "accord", "to", "an", "interview", "her", "brother"]
        + ["give", "to", "the", "BBC", "."],
    )
    ranges, _ = according_content(doc[4])
    assert [doc[a:b].text for a, b in ranges] == ["Ann was aboard"]


def test_a_figure_after_a_single_dash_goes_on_with_the_clause_before(contents):
    text = "Her lead among young voters is far wider -- 61% to 30%, according to the survey."
    assert ("according to", "Her lead among young voters is far wider -- 61% to 30%") in contents(
        text
    )


def test_a_view_noun_with_a_thing_judged_after_of_vouches_for_nothing(contents):
    assert contents("In her view, the new bridge will cut travel times in half.") == [
        ("In her view", "the new bridge will cut travel times in half")
    ]
    text = "Mr. Ortiz, the broker in Dayton, was less upbeat in his estimation of the market."
    assert contents(text) == []
