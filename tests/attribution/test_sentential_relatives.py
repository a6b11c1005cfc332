"""A comma-set "which" that a verb of denying or confirming takes for object stands for the
clause before it."""

from foretold.attribution.sentential_relatives import sentential_relative_content


def test_which_after_a_clause_reports_that_clause(attributed):
    text = "The ferry service will stop in October, which the harbour master confirmed on Monday."
    found = [(s.speaker, s.cue, s.text) for s in attributed(text).statements]
    assert found == [
        ("harbour master", "confirmed", "The ferry service will stop in October"),
    ]


def test_which_after_an_accusation_reports_what_was_denied(attributed):
    text = "Ms Lee was accused of fixing matches, which she denied."
    found = [(s.speaker, s.cue, s.text) for s in attributed(text).statements]
    assert ("Lee", "denied", "fixing matches") in found


def test_which_on_a_thing_said_is_no_clause(nlp):
    doc = nlp("The charge, which she denied, was read out in court.")
    verb = next(t for t in doc if t.lower_ == "denied")
    assert sentential_relative_content(verb, "deny") is None


def test_which_on_a_place_is_no_clause(nlp):
    doc = nlp("The ferry sails on to Cyprus, which Ankara denied.")
    verb = next(t for t in doc if t.lower_ == "denied")
    assert sentential_relative_content(verb, "deny") is None


def test_which_before_a_parenthetical_report_is_no_object(nlp):
    doc = nlp("The ice melted in the bays, which, the team said, happened every year.")
    verb = next(t for t in doc if t.lower_ == "said")
    assert sentential_relative_content(verb, "say") is None


def test_which_on_a_subject_whose_clause_goes_on_is_no_clause(nlp):
    doc = nlp("The closure, which the minister confirmed on Friday, will last a month.")
    verb = next(t for t in doc if t.lower_ == "confirmed")
    assert sentential_relative_content(verb, "confirm") is None


def test_which_after_a_report_gives_both_speakers_the_words(attributed):
    text = "Ms Lee said the ferry will stop in October, which the harbour master denied on Monday."
    statements = attributed(text).statements
    found = [(s.speaker, s.cue, s.text) for s in statements]
    assert found == [
        ("Lee", "said", "the ferry will stop in October"),
        ("harbour master", "denied", "the ferry will stop in October"),
    ]
    assert len({s.id for s in statements}) == 2
