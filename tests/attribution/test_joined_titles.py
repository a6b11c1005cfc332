"""A bare role joined by "and" to a titled name is that person's title, not a second speaker."""

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Later, radio host and former city councillor Dana Whitfield questioned whether "
            "the bridge had ever been inspected.",
            "Dana Whitfield",
        ),
        (
            "Economist and former trade minister Ann Lee said the deal would fail.",
            "Ann Lee",
        ),
        ("The analyst and Ann Lee said the deal would fail.", "analyst"),
    ],
)
def test_a_bare_role_joined_to_a_name(attributed, text, speaker):
    statements = [s for s in attributed(text).statements if s.cue in {"said", "questioned"}]
    assert [s.speaker for s in statements] == [speaker]


def test_a_second_title_joined_as_its_own_conjunct_before_the_name(nlp):
    from spacy.tokens import Doc

    from foretold.attribution.joined_titles import name_after_joined_title

    words = ["Retired", "pilot", "and", "safety", "consultant", "Ann", "Lee", "told", "Reuters"]
    words += ["the", "fence", "was", "low", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 7, 1, 4, 1, 6, 1, 7, 7, 10, 11, 7, 11, 7],
        deps=["amod", "nsubj", "cc", "compound", "conj", "compound", "conj", "ROOT", "dobj"]
        + ["det", "nsubj", "ccomp", "acomp", "punct"],
        pos=["VERB", "NOUN", "CCONJ", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PROPN"]
        + ["DET", "NOUN", "AUX", "ADJ", "PUNCT"],
        tags=["VBN", "NN", "CC", "NN", "NN", "NNP", "NNP", "VBD", "NNP", "DT", "NN", "VBD"]
        + ["JJ", "."],
        ents=["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 7,
    )
    assert name_after_joined_title(doc[1]).text == "Lee"


def test_two_titles_apart_from_the_name_stay_the_subject(nlp):
    from spacy.tokens import Doc

    from foretold.attribution.joined_titles import name_after_joined_title

    words = ["Pilot", "and", "consultant", ",", "Ann", "Lee", "said", "so", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[6, 0, 0, 0, 5, 0, 6, 6, 6],
        deps=["nsubj", "cc", "conj", "punct", "compound", "conj", "ROOT", "advmod", "punct"],
        pos=["NOUN", "CCONJ", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
        tags=["NN", "CC", "NN", ",", "NNP", "NNP", "VBD", "RB", "."],
        ents=["O"] * 4 + ["B-PERSON", "I-PERSON"] + ["O"] * 3,
    )
    assert name_after_joined_title(doc[0]).text == "Pilot"


def test_a_capitalised_role_of_a_title_joined_to_a_name(nlp):
    from spacy.tokens import Doc

    from foretold.attribution.joined_titles import name_after_joined_title
    from foretold.attribution.speakers import subject_of

    # "Acme Vice President for sales and marketing Ann Lee called ...", with "Lee" joined to
    # "President" by the "and" of "sales and marketing", as a parse may.
    words = ["Acme", "Vice", "President", "for", "sales", "and", "marketing", "Ann", "Lee"]
    words += ["called", "the", "plan", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[2, 2, 9, 2, 3, 2, 8, 8, 2, 9, 11, 9, 9],
        deps=["compound", "compound", "nsubj", "prep", "pobj", "cc", "compound", "compound"]
        + ["conj", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "PROPN", "PROPN", "ADP", "NOUN", "CCONJ", "NOUN", "PROPN", "PROPN"]
        + ["VERB", "DET", "NOUN", "PUNCT"],
        tags=["NNP", "NNP", "NNP", "IN", "NNS", "CC", "NN", "NNP", "NNP", "VBD", "DT", "NN"]
        + ["."],
        ents=["B-ORG"] + ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 4,
    )
    assert name_after_joined_title(doc[2]) == doc[8]
    assert subject_of(doc[9]) == doc[8]
