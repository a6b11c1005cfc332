"""Reported clauses whose subject the parse took for the reporting verb's object."""

from foretold.attribution.finding import find_cues
from foretold.attribution.modal_subjects import modal_subject_content


def _torn(from_rows, win_dep: str = "advcl"):
    """ "It drew bankers who concluded Lee would win the race, and others." with "Lee" read
    as the object of "concluded" and "would win" hung on "drew", with "It" for its subject."""
    return from_rows(
        [
            "It 7 nsubj PRP PRON it",
            "drew 1 ROOT VBD VERB draw",
            "bankers 1 dobj NNS NOUN banker",
            "who 4 nsubj WP PRON who",
            "concluded 2 relcl VBD VERB conclude",
            "Lee 4 dobj NNP PROPN Lee",
            "would 7 aux MD AUX would",
            f"win 1 {win_dep} VB VERB win",
            "the 9 det DT DET the",
            "race 7 dobj NN NOUN race",
            ", 7 punct , PUNCT ,",
            "and 7 cc CC CCONJ and",
            "others 7 conj NNS NOUN other",
            ". 1 punct . PUNCT .",
        ]
    )


def test_the_object_and_the_modal_verb_after_it_are_the_content(from_rows):
    doc = _torn(from_rows)
    assert modal_subject_content(doc[4], []) == (5, 10)


def test_a_modal_verb_joined_to_another_verb_is_left_alone(from_rows):
    doc = _torn(from_rows, "conj")
    assert modal_subject_content(doc[4], []) is None


def test_a_modal_verb_with_a_subject_after_the_cue_is_left_alone(from_rows):
    doc = _torn(from_rows)
    doc[12].dep_ = "nsubj"
    assert modal_subject_content(doc[4], []) is None


def test_content_already_past_the_object_is_left_alone(from_rows):
    doc = _torn(from_rows)
    assert modal_subject_content(doc[4], [(5, 9)]) is None


def test_the_cue_reports_the_object_with_its_verb(from_rows):
    doc = _torn(from_rows)
    cue = next(c for c in find_cues(doc, [-1] * len(doc)) if c.token.text == "concluded")
    assert [doc.text[a:b] for a, b in cue.fragments] == ["Lee would win the race"]
