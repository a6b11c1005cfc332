"""A document put out in a passive clause speaks in the participle that follows it."""

from foretold.attribution.released_documents import released_document
from foretold.attribution.speakers import subject_of


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_statement_released_says_what_the_participle_reports(nlp):
    doc = nlp("A statement was released on Monday saying the plant would close by June.")
    assert subject_of(_token(doc, "saying")).text == "statement"


def test_a_lawsuit_filed_challenges_and_alleges(nlp):
    doc = nlp(
        "A lawsuit was filed in 2015 challenging the county's new zoning rules and alleging "
        "that officials ignored the residents."
    )
    assert subject_of(_token(doc, "challenging")).text == "lawsuit"


def test_a_person_acted_on_is_left_to_the_other_rules(nlp):
    doc = nlp("The driver was arrested on Tuesday, saying he had not seen the cyclist.")
    assert released_document(_token(doc, "saying")) is None


def test_a_by_agent_keeps_the_one_who_released_it(nlp):
    doc = nlp("A report was released by the ministry on Friday saying exports had fallen.")
    assert released_document(_token(doc, "saying")) is None
