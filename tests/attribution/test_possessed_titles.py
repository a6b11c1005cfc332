"""A name after a possessed title that a comma, not a conjunction, sets after the subject."""

from spacy.tokens import Doc

from foretold.attribution.possessed_titles import name_after_possessed_title
from foretold.attribution.speakers import subject_of


def _doc(nlp, link=None):
    # '" It works , " said Northgate University , Boston 's chancellor , Ann Lee .'
    # parsed with "chancellor" as a conjunct of "University" and "Lee" apposed to it
    words = ['"', "It", "works", ",", '"', "said", "Northgate", "University", ",", "Boston"]
    words += ["'s", "chancellor", ",", "Ann", "Lee", "."]
    heads = [5, 2, 5, 5, 5, 5, 7, 5, 7, 11, 9, 7, 11, 14, 11, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct"]
    deps += ["poss", "case", "conj", "punct", "compound", "appos", "punct"]
    tags = ["``", "PRP", "VBZ", ",", "''", "VBD", "NNP", "NNP", ",", "NNP", "POS", "NN", ","]
    tags += ["NNP", "NNP", "."]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"]
    pos += ["PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    ents = ["O"] * 6 + ["B-ORG", "I-ORG", "O", "B-GPE", "O", "O", "O", "B-PERSON", "I-PERSON"]
    ents += ["O"]
    if link is not None:
        words[8] = link
        deps[8] = "cc"
        tags[8] = pos[8] = "CCONJ"
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)


def test_person_after_possessed_title_speaks_not_the_organisation(nlp):
    doc = _doc(nlp)
    assert subject_of(doc[5]).text == "Lee"


def test_a_conjunction_keeps_the_organisation_as_a_speaker_of_its_own(nlp):
    doc = _doc(nlp, link="and")
    assert name_after_possessed_title(doc[7]).text == "University"


def test_title_with_no_name_apposed_leaves_the_subject(nlp):
    words = ["Northgate", "University", ",", "Boston", "'s", "chancellor", "said", "so", "."]
    heads = [1, 6, 1, 5, 3, 1, 6, 6, 6]
    deps = ["compound", "nsubj", "punct", "poss", "case", "conj", "ROOT", "advmod", "punct"]
    tags = ["NNP", "NNP", ",", "NNP", "POS", "NN", "VBD", "RB", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "ADV", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert name_after_possessed_title(doc[1]).text == "University"
