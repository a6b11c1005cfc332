"""The subject of a trailer after a quotation that the parse hung on a verb inside it."""

from spacy.tokens import Doc

from foretold.attribution.trailer_subjects import trailer_subject


def _misread(from_rows, verb: str, tag: str) -> Doc:
    """'"He cannot answer them," a narrator says', with "a narrator" read as the object of
    "answer" and the trailer verb left hanging."""
    return from_rows(
        [
            '" 3 punct `` PUNCT "',
            "He 3 nsubj PRP PRON he",
            "cannot 3 aux MD AUX can",
            "answer 3 ROOT VB VERB answer",
            "them 3 dobj PRP PRON they",
            ", 3 punct , PUNCT ,",
            "\" 3 punct '' PUNCT \"",
            "a 8 det DT DET a",
            "narrator 3 dobj NN NOUN narrator",
            f"{verb} 3 dep {tag} VERB say",
            ". 3 punct . PUNCT .",
        ],
    )


def test_phrase_between_the_closing_mark_and_the_verb_is_its_subject(from_rows):
    doc = _misread(from_rows, "says", "VBZ")
    subject = trailer_subject(doc[9])
    assert subject is not None and subject.text == "narrator"


def test_no_subject_without_a_closing_mark_before_the_phrase(from_rows):
    doc = from_rows(
        [
            "They 1 nsubj PRP PRON they",
            "answered 1 ROOT VBD VERB answer",
            "a 3 det DT DET a",
            "narrator 1 dobj NN NOUN narrator",
            "says 1 dep VBZ VERB say",
            ". 1 punct . PUNCT .",
        ],
    )
    assert trailer_subject(doc[4]) is None


def test_no_subject_for_a_verb_that_is_not_tensed(from_rows):
    doc = _misread(from_rows, "saying", "VBG")
    assert trailer_subject(doc[9]) is None
