"""The source of "according to" when the parser broke the noun phrase after "to"."""

from foretold.attribution.according_sources import (
    broken_phrase_head,
    broken_source,
    phrase_run_head,
)


def test_a_described_agency_before_a_comma_is_the_source(attributed):
    text = (
        "According to news agency Norpress, the harbour master, Ann Lee, said the port would close."
    )
    found = [(s.cue, s.speaker, s.text) for s in attributed(text).statements]
    assert found == [
        ("According to", "Norpress", "the harbour master, Ann Lee, said the port would close")
    ]


def test_a_well_parsed_source_is_left_alone(nlp):
    doc = nlp("According to the mayor, the bridge will close on Monday.")
    assert phrase_run_head(doc[1]) is None
    assert not broken_source(doc[0], doc[3])


def test_according_without_to_has_no_broken_phrase(nlp):
    doc = nlp("The vote went ahead, according.")
    assert broken_phrase_head(doc[-2]) is None
    doc = nlp("Sales rose according")
    assert broken_phrase_head(doc[-1]) is None
