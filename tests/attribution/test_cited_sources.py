"""Sources named by a closing participle of citing with no comma before it."""

from foretold.attribution.cited_sources import citing_reporter, drop_bare_citing, source_citing


def test_closing_citing_of_a_source_is_left_out_and_said_by_the_reporter(attributed):
    text = "The agency reported that the deal had collapsed citing two people close to the talks."
    found = [(s.speaker, s.cue, s.text) for s in attributed(text).statements]
    assert ("agency", "reported", "that the deal had collapsed") in found
    assert ("agency", "citing", "two people close to the talks") in found


def test_closing_citing_of_grounds_stays(contents):
    text = "The paper said the firm shut the plant citing costs."
    assert contents(text) == [("said", "the firm shut the plant citing costs")]


def test_the_range_ends_before_a_citing_of_a_source(nlp):
    doc = nlp("Reuters reported that the deal had collapsed citing two aides.")
    citing = next(t for t in doc if t.lower_ == "citing")
    assert source_citing(citing)
    assert drop_bare_citing(doc, 2, len(doc) - 1) == citing.i
    assert citing_reporter(citing) is not None and citing_reporter(citing).lower_ == "reported"


def test_citing_after_a_comma_is_not_bare(nlp):
    doc = nlp("Reuters reported that the deal had collapsed, citing two aides.")
    citing = next(t for t in doc if t.lower_ == "citing")
    assert not source_citing(citing)
