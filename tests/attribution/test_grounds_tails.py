"""A closing "based on" phrase is the grounds of a claim, not part of it."""

from foretold.attribution.grounds_tails import drop_grounds_tail


def test_a_closing_based_on_phrase_is_left_out(contents):
    text = "Lee and his aides argue that the board should resign, based on polls that show it lost."
    assert ("argue", "that the board should resign") in contents(text)


def test_a_based_on_phrase_inside_the_range_stays(nlp):
    doc = nlp("She said that, based on the rulings, the judge was biased.")
    assert drop_grounds_tail(doc, 2, len(doc) - 1) == len(doc) - 1
