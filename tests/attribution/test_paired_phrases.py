"""The second half of a pair of phrases goes on with the content."""

from foretold.attribution.paired_phrases import correlative_end


def test_but_half_of_not_but_goes_with_the_content(contents):
    text = "An aide said the plan was not blocked by the Democrats, but by members of his party."
    assert (
        "said",
        "the plan was not blocked by the Democrats, but by members of his party",
    ) in contents(text)


def test_not_only_after_the_object_takes_in_both_halves(contents):
    text = "The letter cites praise not only from the mayor after the vote, but also from rivals."
    assert (
        "cites",
        "praise not only from the mayor after the vote, but also from rivals",
    ) in contents(text)


def test_alternative_after_instead_of_goes_with_the_content(contents):
    text = "The group urged the city to fund buses instead of widening the highway."
    assert ("urged", "the city to fund buses instead of widening the highway") in contents(text)


def test_verb_after_but_is_not_a_second_half(nlp):
    doc = nlp("The official said the plan was not dead, but did not give details.")
    assert correlative_end(doc, 3, 8) == 8
