"""A report of the speaker's own after a fronted concession keeps its words."""

from foretold.attribution import attribute
from foretold.attribution.conceded_reports import conceded_report
from foretold.attribution.cue import Cue
from foretold.ingest.article import make_article

from .cues_in_text import token as _token

ADMITTED = (
    "The senator admitted that while the server was never central to the inquiry, he argued "
    "the inquiry could not have gone on without the files."
)


def _statements(nlp, text):
    doc = nlp(text)
    return attribute(doc, make_article(text, clean=False, language="en")).statements


def test_the_report_after_a_concession_is_its_own(nlp):
    by_cue = {s.cue: s.text for s in _statements(nlp, ADMITTED)}
    assert by_cue["argued"].startswith("the inquiry could not")
    assert by_cue["admitted"].startswith("that while the server")
    assert "argued" not in by_cue["admitted"]


def test_a_relayed_report_with_a_noun_subject_stays_inside(nlp):
    text = "Lee said that while sales fell, analysts expected a rebound."
    statements = _statements(nlp, text)
    assert [s.cue for s in statements] == ["said"]
    assert statements[0].text.endswith("expected a rebound")


def test_no_concession_no_report_of_its_own(nlp):
    text = "The mayor admitted that she argued the fund would last."
    doc = nlp(text)
    argued = _token(doc, "argued")
    start = text.index("the fund")
    cue = Cue(argued, "argued", doc[4], [(start, len(text) - 1)])
    assert conceded_report(cue) is None
