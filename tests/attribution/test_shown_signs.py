"""A sign shown of an act reports the act the "of" gerund names."""


def test_a_sign_shown_of_an_act_reports_the_act(contents):
    text = "The senator showed no sign of backing down from the fight."
    assert contents(text) == [("showed", "backing down from the fight")]


def test_a_sign_of_a_state_named_by_a_noun_is_left_as_it_is(contents):
    assert "showed" not in [c for c, _ in contents("The runners showed signs of fatigue.")]
