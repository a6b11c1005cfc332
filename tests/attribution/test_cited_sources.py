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


def test_opening_citing_of_a_source_is_no_attribution(contents):
    text = "Citing two aides close to the talks, the paper reported that the deal had collapsed."
    assert contents(text) == [("reported", "that the deal had collapsed")]


def test_citing_of_a_source_between_commas_is_no_attribution(cue_words):
    text = "The agency, citing unnamed officials, reported that the bridge had been closed."
    assert cue_words(text) == ["reported"]


def test_opening_citing_of_grounds_stays(cue_words):
    text = "Citing weak sales, the firm said it would close the plant."
    assert "Citing" in cue_words(text)


def test_relative_citing_of_a_source_on_a_reporter_is_no_attribution(cue_words):
    text = (
        "The dam had cracked in two places, according to the wire service, "
        "which cited engineers close to the inspection."
    )
    assert cue_words(text) == ["according to"]


def test_citing_of_a_source_on_a_report_noun_is_no_attribution(cue_words):
    text = "Reports citing aides within the ministry have said the minister will resign."
    assert cue_words(text) == ["said"]


def test_main_verb_citing_of_a_source_stays(cue_words):
    text = "In its evening edition the paper cited an engineer close to the inspection."
    assert cue_words(text) == ["cited"]


def test_citing_of_records_between_a_report_and_its_clause_is_no_attribution(contents):
    text = "The network reported, citing state health data, there were 300 deaths on Monday."
    found = contents(text)
    assert ("citing", "state health data") not in found
    assert any(cue == "reported" for cue, _ in found)


def test_citing_of_grounds_between_commas_without_a_report_stays(contents):
    text = "The firm closed the plant, citing rising costs, and moved the work abroad."
    assert ("citing", "rising costs") in contents(text)
