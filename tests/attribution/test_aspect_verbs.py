"""Verbs of aspect: a deed begun, kept up or stopped, not words."""


def test_clause_the_parse_hung_on_began_is_no_attribution(cue_words):
    text = "Later, he began producing film projects authors would pitch to him in 2009."
    assert "began" not in cue_words(text)


def test_beginning_to_insist_reports_through_insist(cue_words):
    assert "insist" in cue_words("The senator began to insist that the vote was rigged.")


def test_continuing_a_deed_is_no_report(cue_words):
    assert cue_words("The firm will continue building the sedan for at least two more years.") == []


def test_continuing_to_deliver_words_stays(cue_words):
    assert cue_words("The senator continued giving his stump speech.") == ["continued"]
