"""The source of "according to" when the parser broke the noun phrase after "to"."""

from foretold.attribution.according_sources import (
    broken_phrase_head,
    broken_source,
    phrase_run_head,
    possessed_source,
    set_off_name,
)
from foretold.attribution.finding import find_cues


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


def test_a_broken_phrase_closing_its_sentence_is_the_source(from_rows):
    doc = from_rows(
        [
            "Flights 1 nsubj NNS NOUN flight",
            "resumed 1 ROOT VBD VERB resume",
            ", 1 punct , PUNCT ,",
            "according 1 prep VBG VERB accord",
            "to 3 prep IN ADP to",
            "the 1 punct DT DET the",
            "F.A.A. 1 dep NNP PROPN F.A.A.",
        ]
    )
    assert phrase_run_head(doc[4]) == doc[6]
    cue = next(c for c in find_cues(doc, [-1] * len(doc)) if c.token.text == "according")
    assert cue.subject == doc[6]
    assert [doc.text[a:b] for a, b in cue.fragments] == ["Flights resumed"]


def test_a_well_parsed_source_closing_its_sentence_is_left_alone(nlp):
    doc = nlp("The bridge will close on Monday, according to the mayor.")
    assert phrase_run_head(doc[8]) is None


def test_a_name_set_off_after_the_source_names_the_speaker(attributed):
    found = [
        (s.speaker, s.text, s.speaker_mention.text)
        for s in attributed(
            "According to the city mayor, Ann Lee, police were investigating the fire."
        ).statements
    ]
    assert found == [("Ann Lee", "police were investigating the fire", "the city mayor, Ann Lee")]


def test_a_set_off_name_before_a_fronted_phrase_leaves_the_phrase_in_the_content(attributed):
    found = [
        (s.speaker, s.text)
        for s in attributed(
            "According to its founder, Ann Lee, during the winter, the firm never made a profit."
        ).statements
    ]
    assert found == [("Ann Lee", "during the winter, the firm never made a profit")]


def test_a_name_that_is_the_only_subject_is_not_the_source(nlp):
    doc = nlp("According to the mayor, Lee said the fire was set.")
    assert set_off_name(doc[0]) is None


def test_a_place_set_off_after_the_source_is_not_the_source(nlp):
    doc = nlp("According to the report, Paris, the capital, saw record heat.")
    assert set_off_name(doc[0]) is None


def test_a_set_off_name_the_parser_hung_on_a_comma_is_the_source(from_rows):
    from spacy.tokens import Span

    doc = from_rows(
        [
            "According 11 prep VBG VERB accord",
            "to 0 prep IN ADP to",
            "Cedar 3 compound NNP PROPN Cedar",
            "Falls 5 poss NNP PROPN Falls",
            "' 3 case POS PART '",
            "selectman 1 pobj NN NOUN selectman",
            ", 11 punct , PUNCT ,",
            "Ann 8 compound NNP PROPN Ann",
            "Lee 6 prep NNP PROPN Lee",
            ", 11 punct , PUNCT ,",
            "there 11 expl EX PRON there",
            "were 11 ROOT VBD VERB be",
            "ten 13 nummod CD NUM ten",
            "aboard 11 attr NNS NOUN aboard",
        ]
    )
    doc.ents = [Span(doc, 7, 9, label="PERSON")]
    name = set_off_name(doc[0])
    assert name is not None and name.text == "Ann Lee"


def test_a_name_closed_at_its_possessive_owns_the_source(attributed):
    text = (
        "According to the University of Washington's Center for Housing Policy, "
        "rents may rise by a tenth next year."
    )
    found = [(s.speaker, s.speaker_mention.text, s.text) for s in attributed(text).statements]
    assert found == [
        (
            "Center for Housing Policy",
            "Center for Housing Policy",
            "rents may rise by a tenth next year",
        )
    ]


def test_a_source_with_no_name_closed_at_a_possessive_is_kept(nlp):
    doc = nlp("According to the mayor of Lund's office, the bridge will close.")
    assert possessed_source(doc[3]) == doc[3]
