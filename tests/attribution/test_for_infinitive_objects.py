"""The object of a cue's "for" takes in the to-infinitive after it, whose subject it is."""


def test_the_infinitive_hung_on_a_verb_above_the_cue_goes_with_the_for_object(contents):
    text = "Starting in 1990, Lee spent ten years fighting for Labour Day to be a paid holiday."
    assert contents(text) == [("fighting", "Labour Day to be a paid holiday")]


def test_a_for_of_time_takes_no_infinitive(contents):
    assert ("argued", "hours to persuade them") not in contents(
        "Lee argued for hours to persuade them."
    )
