"""A clause on a noun of time that the parser took for a verb's complement."""

from foretold.attribution.complement_content import complement_content
from foretold.attribution.hung_reports import hung_report_content
from foretold.attribution.time_relatives import relative_on_time

from .cues_in_text import token as _word

_SENTENCE = (
    "On the same day that the Times reports that the agency issued subpoenas, "
    "the moderators did not ask her about it."
)


def test_that_after_a_noun_of_time_opens_a_relative_clause(nlp):
    doc = nlp(_SENTENCE)
    assert relative_on_time(_word(doc, "reports"))


def test_reported_clause_with_that_is_no_relative_on_time(nlp):
    doc = nlp("The Times reports that the agency issued subpoenas.")
    assert not relative_on_time(_word(doc, "reports"))


def test_later_verb_does_not_report_the_relative_clause(nlp):
    doc = nlp(_SENTENCE)
    ask = _word(doc, "ask")
    ranges = complement_content(ask, "ask") or []
    assert not any(a <= _word(doc, "Times").i < b for a, b in ranges)


def test_report_in_the_relative_clause_stops_at_the_comma(nlp):
    doc = nlp(_SENTENCE)
    assert hung_report_content(_word(doc, "reports")) is None
