"""Transcript and headline labels, and names before a colon."""

from __future__ import annotations

from foretold.attribution import attribute
from foretold.attribution.cue import token_quotes
from foretold.attribution.labels import colon_cues
from foretold.attribution.quotes import find_quote_spans
from foretold.ingest.article import make_article


def _speakers(nlp, text: str) -> list[tuple[str, str | None, str]]:
    article = make_article(text, language="en")
    return [(s.cue, s.speaker, s.text) for s in attribute(nlp(article.text), article).statements]


def test_a_name_before_a_colon_speaks(nlp):
    assert _speakers(nlp, 'Maria Lopez: "We will win this race."') == [
        (":", "Maria Lopez", '"We will win this race."')
    ]


def test_a_medium_before_a_colon_is_not_the_speaker(nlp):
    text = (
        "The station was closed after the attack.\n\n"
        'The mayor, Anne Dupont, posted on Facebook Live: "The city is mourning tonight."'
    )
    assert _speakers(nlp, text) == [("posted", "Anne Dupont", '"The city is mourning tonight."')]


def test_a_name_after_a_dash_speaks_the_quotation_after_its_colon(nlp):
    text = (
        "Turnout was high in the state.\n\n"
        'Analysts agree - Jane Doe: "Turnout was the story of the night in every county we '
        'studied." [Daily Report.]'
    )
    assert _speakers(nlp, text) == [
        (":", "Jane Doe", '"Turnout was the story of the night in every county we studied."')
    ]


def test_a_source_set_off_by_a_dash_speaks_before_a_colon(nlp):
    text = (
        "Turnout rose in the state.\n\n"
        'Most voters liked the plan - Gallup: "Our analysis finds more voters than ever before '
        'this year." [Survey.]'
    )
    assert _speakers(nlp, text) == [
        (":", "Gallup", '"Our analysis finds more voters than ever before this year."')
    ]


def test_a_byline_after_a_preposition_is_not_a_medium(nlp):
    text = (
        "Turnout rose in the state.\n\n"
        'TURNOUT ROSE IN OHIO - Ann Lee:\u00a0"Our analysis finds more voters than ever before '
        'this year." [Survey.]'
    )
    doc = nlp(text)
    quotes = find_quote_spans(text)
    cues = colon_cues(doc, token_quotes(doc, quotes), text)
    assert [(c.text, c.subject.text, [text[a:b] for a, b in c.fragments]) for c in cues] == [
        (":", "Lee", ['"Our analysis finds more voters than ever before this year."'])
    ]


def test_a_label_before_a_name_alone_is_a_credit_not_a_statement(nlp):
    text = (
        "The fair opened on Sunday, and thousands came.\n\nImage: Ann Cole.\n\n"
        "Most visitors came from the city."
    )
    assert _speakers(nlp, text) == []


def test_a_label_in_capitals_read_as_a_verb_still_names_the_speaker(nlp):
    text = "CAMPAIGNWATCH: Senator Gains Ground In Ohio.\n\nMore voters came out on Sunday."
    assert _speakers(nlp, text) == [(":", "CAMPAIGNWATCH", "Senator Gains Ground In Ohio")]


def test_a_label_glued_to_a_credit_word_heads_a_picture_credit(nlp):
    text = "The race tightened in May.\n\nMaria LopezImage: Lopez for Senate.\n\nPolls closed."
    assert not any(cue == ":" for cue, _, _ in _speakers(nlp, text))


def test_a_label_naming_no_person_before_a_report_of_its_own_heads_a_story(attributed):
    [statement] = attributed("The Latest: Trump says he will win Ohio").statements
    assert (statement.speaker, statement.cue) == ("Trump", "says")


def test_a_person_label_keeps_the_words_that_report_someone_else(attributed):
    [statement] = attributed("Bill Clinton: Hillary thinks the tests are too many").statements
    assert statement.speaker == "Bill Clinton"


def test_a_label_whose_words_name_the_person_again_heads_a_section(nlp):
    text = (
        "The candidates have plans.\n\n"
        "Maria Lopez: Housing Last year, Mayor Maria Lopez proposed that rents be frozen."
    )
    found = _speakers(nlp, text)
    assert all(cue != ":" for cue, _, _ in found)
    assert ("proposed", "Maria Lopez", "that rents be frozen") in found


def test_a_lowercase_writer_or_document_noun_closes_a_label(nlp):
    doc = nlp("Daily Courier editorial: The mayor must resign.\n\nIt was close.")
    cues = colon_cues(doc, [-1] * len(doc), doc.text)
    assert [(c.subject.text, doc.text[slice(*c.fragments[0])]) for c in cues] == [
        ("editorial", "The mayor must resign.")
    ]


def test_a_lowercase_topic_word_still_makes_no_label(nlp):
    doc = nlp("Budget talks: The council meets again today.\n\nIt was close.")
    assert colon_cues(doc, [-1] * len(doc), doc.text) == []


def test_quoted_names_after_a_label_are_said_not_a_credit(nlp):
    doc = nlp("Mayor Lee: 'Fire Chief Bob Cole.'\n\nIt was close.")
    assert ":" in [c.text for c in colon_cues(doc, [-1] * len(doc), doc.text)]


def test_a_section_name_before_a_colon_names_no_speaker(nlp):
    doc = nlp("Sports: Local rowing club wins regional title.\n\nIt was close.")
    assert colon_cues(doc, [-1] * len(doc), doc.text) == []


def test_an_adverb_before_a_topic_and_a_colon_names_no_speaker(nlp):
    text = "Even on age: Lee and Cole are among the youngest mayors the town has ever had."
    assert _speakers(nlp, text) == []


def test_an_adverb_alone_before_a_colon_names_no_speaker(nlp):
    assert _speakers(nlp, "Also: the council will raise rates next year.") == []


def test_a_name_before_a_topic_and_a_colon_still_speaks(nlp):
    text = "Lee on taxes: the council will raise rates next year."
    assert [s[:2] for s in _speakers(nlp, text)] == [(":", "Lee")]


def test_a_name_past_a_label_colon_is_what_the_label_says_not_its_name(nlp):
    text = "Survey: Mayor Ann Lee and Bob Cole tied in Ohio.\n\nIt was close."
    assert [s[0] for s in _speakers(nlp, text)] == [":"]
    assert "Lee" not in (_speakers(nlp, text)[0][1] or "")


def test_a_name_ending_a_clause_before_a_colon_is_its_object_not_a_label(nlp):
    text = (
        "The bakery opened last spring.\n\n"
        "Miller explained the decision to name the shop Rosa Delgado: "
        '"She was the first person who ever taught me to bake bread."'
    )
    said = _speakers(nlp, text)
    assert all(speaker != "Rosa Delgado" for _, speaker, _ in said)
    assert (
        "explained",
        "Miller",
        '"She was the first person who ever taught me to bake bread."',
    ) in said
    text = 'Lee explained why the shop is called Blue Moon: "It was my mother\'s favourite song."'
    assert [(cue, speaker) for cue, speaker, _ in _speakers(nlp, text)] == [("explained", "Lee")]


def test_a_name_after_a_glued_dash_still_labels_the_quotation(nlp):
    text = (
        "Turnout was high in the state.\n\n"
        'Early signs were there all along -More from Maria Lopez: "Turnout was the story of '
        'the night in every county we studied."'
    )
    said = _speakers(nlp, text)
    assert [speaker for _, speaker, _ in said] == ["Maria Lopez"]


def test_a_name_after_a_colon_that_closes_a_clause_still_labels_the_quotation(nlp):
    text = (
        "The exchange below was recorded in the council minutes: Deputy Asst. to the Mayor "
        'and Director of Parks Dana Whitfield: "We cannot wait another year for the repairs."'
    )
    said = _speakers(nlp, text)
    assert [(cue, speaker) for cue, speaker, _ in said] == [(":", "Dana Whitfield")]


def test_a_one_word_document_label_reports_words_that_open_with_a_speaker(attributed):
    statements = attributed("Report: Senator Ann Lee Advised The Mayor To Resign").statements
    assert [(s.speaker, s.cue) for s in statements if s.cue == ":"] == [("report", ":")]
