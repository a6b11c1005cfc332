"""The margin after what a group favoured measures the split, it is not what was favoured."""

from foretold.attribution.vote_margins import drop_vote_margin


def test_a_margin_after_the_object_is_left_out(contents):
    found = contents(
        "Officers favored Lee 46 percent to 32 percent, while sailors favored Cole 58 percent "
        "to 21 percent."
    )
    assert ("favored", "Lee") in found
    assert ("favored", "Cole") in found


def test_a_clause_keeps_its_figures(nlp):
    doc = nlp("He said the vote went 3 to 1.")
    assert drop_vote_margin(doc, 2, len(doc) - 1) == len(doc) - 1


def test_a_figure_that_is_not_a_margin_stays(nlp):
    doc = nlp("They backed a budget of 40 million.")
    assert drop_vote_margin(doc, 2, len(doc) - 1) == len(doc) - 1
