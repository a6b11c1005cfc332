"""An emphatic reflexive the parser took for a subject hands the subject to the name beside it."""

from foretold.attribution.emphatic_reflexives import reflexive_subject

# "In the filing itself Ford made this point", parsed with "itself" as the subject.
_ROWS = [
    "In 6 prep IN ADP in",
    "the 2 det DT DET the",
    "filing 0 pobj NN NOUN filing",
    "itself 6 nsubj PRP PRON itself",
    "Ford 3 appos NNP PROPN Ford",
    "also 6 advmod RB ADV also",
    "made 6 ROOT VBD VERB make",
    "this 8 det DT DET this",
    "point 6 dobj NN NOUN point",
]


def test_the_name_beside_a_reflexive_subject_is_the_subject(from_rows):
    doc = from_rows(_ROWS)
    found = reflexive_subject(doc[3])
    assert found is not None and found.text == "Ford"


def test_any_other_subject_is_left_alone(from_rows):
    doc = from_rows(_ROWS)
    assert reflexive_subject(doc[4]) is None
    assert reflexive_subject(doc[2]) is None
