"""A closing comparison of a reported figure with another is the writer's."""

from foretold.attribution.comparison_tails import drop_comparison_tail


def test_comparison_after_a_dash_is_left_out(contents):
    text = "The council called for $3 million - half of what the mayor had requested."
    assert ("called", "$3 million") in contents(text)


def test_comparison_after_a_comma_with_a_word_of_degree_is_left_out(contents):
    text = "She proposed a budget of $40 billion, about half of what her rival proposed."
    assert ("proposed", "a budget of $40 billion") in contents(text)


def test_fraction_without_an_of_phrase_stays(nlp):
    doc = nlp("He said sales fell by half, a third in the north.")
    assert drop_comparison_tail(doc, 2, len(doc) - 1) == len(doc) - 1
