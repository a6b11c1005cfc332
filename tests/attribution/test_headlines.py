"""Cues in headline lines: Title Case heads."""

from __future__ import annotations

from foretold.attribution.cue import Cue
from foretold.attribution.headlines import before_headline_verb, headline_cues, headline_passive


def test_title_case_participle_reports_its_infinitive(contents):
    found = contents(
        "County Clerk Declining To Certify Vote Count \u2013 Recount Looms.\n\nIt was close."
    )
    assert ("Declining", "To Certify Vote Count") in found


def test_title_case_object_cut_to_one_word_takes_the_rest_of_the_line(contents):
    found = contents(
        "Governor Announces Plans She And Lopez Have Made For Cutting Fees.\n\nIt was close."
    )
    assert ("Announces", "Plans She And Lopez Have Made For Cutting Fees") in found


def test_title_case_line_with_no_reporting_verb_gives_no_cue(nlp):
    doc = nlp("New Claims Surface In Budget Dispute.\n\nIt was close.")
    assert headline_cues(doc, [-1] * len(doc), []) == []


def test_a_sentence_case_line_is_no_headline(nlp):
    doc = nlp("Party issues \u2018full apology\u2019 to Senator Smith.\n\nIt was close.")
    assert headline_cues(doc, [-1] * len(doc), []) == []


def test_title_case_verb_before_a_colon_label_reports_the_first_part(contents):
    found = contents(
        "Watchdog Debunks Mayor: Only Two Claims Hold Up Through The Audit.\n\nIt was close."
    )
    assert ("Debunks", "Mayor") in found


def test_title_case_verb_after_a_plural_subject_reports_its_object(contents):
    found = contents("Media Reports Reveal Reason Behind Mayor\u2019s Exit.\n\nIt was close.")
    assert ("Reveal", "Reason Behind Mayor\u2019s Exit") in found


def test_a_bare_participle_ending_a_headline_is_an_agentless_passive(contents):
    found = contents("Senator's remarks condemned.\n\nThe senator spoke on Monday.")
    assert ("condemned", "Senator's remarks") in found


def test_a_bare_participle_outside_the_first_paragraph_is_no_headline(nlp):
    doc = nlp("It was close.\n\nSenator's remarks condemned.")
    assert all(headline_passive(doc, t, doc.text) is None for t in doc)


def test_a_bare_participle_with_an_object_is_active(nlp):
    doc = nlp("Senator condemned the remarks.\n\nIt was close.")
    assert all(headline_passive(doc, t, doc.text) is None for t in doc)


def test_a_bare_participle_with_its_ground_reports_the_whole_line(attributed):
    text = "Senator Lee Accused Of Shocking Outburst At Town Hall Meeting.\n\nIt was close."
    [statement] = attributed(text).statements
    assert (statement.speaker, statement.text) == (
        None,
        "Senator Lee Accused Of Shocking Outburst At Town Hall Meeting",
    )


def test_a_bare_participle_that_judges_nothing_is_no_report(nlp):
    doc = nlp("Prize winners announced.\n\nIt was close.")
    assert all(headline_passive(doc, t, doc.text) is None for t in doc)


def test_a_headline_verb_that_reports_only_a_clause_takes_the_line(attributed):
    [statement] = attributed("Governor Reassures Farmers Drought Aid Will Come").statements
    assert (statement.cue, statement.text) == ("Reassures", "Farmers Drought Aid Will Come")


def test_a_name_stops_before_the_headline_verb_the_tagger_ran_into_it(attributed):
    [statement] = attributed("Ann Lee Reassures Voters Drought Aid Will Come").statements
    assert (statement.speaker, statement.speaker_mention.text) == ("Ann Lee", "Ann Lee")


def test_a_name_ending_in_a_verb_form_with_nothing_after_it_is_whole(nlp):
    doc = nlp("Ann Lee Hopes")
    assert before_headline_verb(doc[0:3]).text == "Ann Lee Hopes"
    assert before_headline_verb(nlp("Ann Lee Warns Council")[0:4]).text == "Ann Lee"


def test_two_verbs_joined_by_a_comma_share_subject_and_object(attributed):
    [statement] = attributed("Ann Vale praises, laments Bob Lee's legacy.").statements
    assert (statement.speaker_mention.text, statement.text) == ("Ann Vale", "Bob Lee's legacy")


def test_a_first_verb_read_as_a_clause_leaves_its_subject_to_the_pair(attributed):
    [statement] = attributed("Jo Ray praises, laments Tom Kerr's record.").statements
    assert (statement.speaker_mention.text, statement.text) == ("Jo Ray", "Tom Kerr's record")


def test_a_bare_cue_on_the_line_does_not_hold_back_the_headline_verb(nlp):
    text = "Governor Just Announced Who She Would Love To See Run \u2013 It May Shock You.\n\nOk."
    doc = nlp(text)
    love = next(t for t in doc if t.text == "Love")
    bare = Cue(love, love.text, doc[4], [])
    cues = headline_cues(doc, [-1] * len(doc), [bare])
    assert [(c.token.text, c.subject.text) for c in cues] == [("Announced", "Governor")]
