"""A clause joined by "and" after a verb's object is the writer's next clause."""

from foretold.attribution.joined_clauses import joined_past_object


def _showed(from_rows, mark: bool = False):
    """ "Surveys showed support at five percent and (that) a poll put it at zero", with the
    parser hanging "put" on "showed" and the "and" on "percent"."""
    rows = [
        "Surveys 1 nsubj NNS NOUN survey",
        "showed 1 ROOT VBD VERB show",
        "support 1 dobj NN NOUN support",
        "at 1 prep IN ADP at",
        "five 5 nummod CD NUM five",
        "percent 3 pobj NN NOUN percent",
        "and 5 cc CC CCONJ and",
    ]
    at = 8 if mark else 7
    rows += ["that 10 mark IN SCONJ that"] if mark else []
    rows += [
        f"a {at + 1} det DT DET a",
        f"poll {at + 2} nsubj NN NOUN poll",
        "put 1 ccomp VBD VERB put",
        f"it {at + 2} dobj PRP PRON it",
        f"at {at + 2} prep IN ADP at",
        f"zero {at + 4} pobj CD NUM zero",
    ]
    return from_rows(rows)


def test_a_clause_after_the_object_and_and_is_the_writers(from_rows):
    doc = _showed(from_rows)
    assert joined_past_object(doc[9], doc[1])


def test_a_that_clause_after_the_object_and_and_is_reported(from_rows):
    doc = _showed(from_rows, mark=True)
    assert not joined_past_object(doc[10], doc[1])
