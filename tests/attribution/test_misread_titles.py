"""Job words the tagger read as verbs inside a trailer's subject."""

from spacy.tokens import Span

from foretold.attribution.finding import find_cues
from foretold.attribution.misread_titles import title_read_as_verb, titled_subject


def _trailer(from_rows, subject_dep: str):
    """'"We won", Velora coach Ann Lee said.' with "coach" read as a verb."""
    doc = from_rows(
        [
            '" 2 punct `` PUNCT "',
            "We 2 nsubj PRP PRON we",
            "won 6 ccomp VBD VERB win",
            '" 2 punct `` PUNCT "',
            ", 9 punct , PUNCT ,",
            f"Velora 6 {subject_dep} NNP PROPN Velora",
            "coach 9 ccomp VBP VERB coach",
            "Ann 8 compound NNP PROPN Ann",
            "Lee 6 dobj NNP PROPN Lee",
            "said 9 ROOT VBD VERB say",
            ". 9 punct . PUNCT .",
        ]
    )
    doc.ents = [Span(doc, 5, 6, label="ORG"), Span(doc, 7, 9, label="PERSON")]
    return doc


def test_a_job_word_read_as_a_verb_is_part_of_the_speaker(from_rows):
    doc = _trailer(from_rows, "nsubj")
    assert title_read_as_verb(doc[6])
    subject = titled_subject(doc[9])
    assert subject is not None and subject.text == "Lee"


def test_the_reporting_verb_after_it_takes_the_person_and_the_quotation(from_rows):
    doc = _trailer(from_rows, "nsubj")
    cues = find_cues(doc, [0, 0, 0, 0] + [-1] * (len(doc) - 4))
    found = [(c.token.text, c.subject.text if c.subject else None) for c in cues]
    assert found == [("said", "Lee")]


def test_a_verb_without_a_subject_right_before_it_is_no_title(from_rows):
    doc = _trailer(from_rows, "npadvmod")
    assert not title_read_as_verb(doc[6])
    assert titled_subject(doc[9]) is None
