"""Dates the parser cut off from their preposition and ran into the clause after it."""

from datetime import date

from spacy.tokens import Doc, Span

from foretold.attribution.content import clause_content
from foretold.attribution.dates import cue_date
from foretold.attribution.stranded_dates import drop_stranded_date, stranded_date


def _reported_on_saturday(from_rows) -> Doc:
    """ "It was reported on Saturday Ann Lee was hurt." with "Saturday" run into the name."""
    doc = from_rows(
        [
            "It 2 nsubjpass PRP PRON it",
            "was 2 auxpass VBD AUX be",
            "reported 2 ROOT VBN VERB report",
            "on 2 prep IN ADP on",
            "Saturday 6 compound NNP PROPN Saturday",
            "Ann 6 compound NNP PROPN Ann",
            "Lee 8 nsubjpass NNP PROPN Lee",
            "was 8 auxpass VBD AUX be",
            "hurt 2 ccomp VBN VERB hurt",
            ". 2 punct . PUNCT .",
        ]
    )
    doc.ents = [Span(doc, 4, 5, label="DATE"), Span(doc, 5, 7, label="PERSON")]
    return doc


def test_a_date_after_a_bare_preposition_is_left_out_of_the_content(from_rows):
    doc = _reported_on_saturday(from_rows)
    assert [doc[a:b].text for a, b in clause_content(doc[2])] == ["Ann Lee was hurt"]


def test_a_date_after_a_bare_preposition_dates_the_saying(from_rows):
    doc = _reported_on_saturday(from_rows)
    assert stranded_date(doc[3]) == doc[4]
    assert cue_date(doc[2], date(2021, 12, 6)) == date(2021, 12, 4)


def test_a_preposition_with_its_own_object_strands_no_date(from_rows):
    doc = from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "reported 1 ROOT VBD VERB report",
            "on 1 prep IN ADP on",
            "Saturday 2 pobj NNP PROPN Saturday",
            "prices 5 nsubj NNS NOUN price",
            "rose 1 ccomp VBD VERB rise",
            ". 1 punct . PUNCT .",
        ]
    )
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    assert stranded_date(doc[2]) is None
    assert drop_stranded_date(doc, 4, 6) == 4
