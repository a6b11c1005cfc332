"""A closing "even as" or "except that" clause sets the facts against what was said."""


def test_an_even_as_clause_after_a_dash_is_left_out(contents):
    found = contents(
        "Lee is pledging to take her campaign to the convention floor -- even as her rival "
        "closed in on the nomination."
    )
    assert ("pledging", "to take her campaign to the convention floor") in found


def test_an_except_that_clause_is_left_out(contents):
    found = contents(
        "In 2010, he thought the plan would cause inflation - except that inflation has "
        "fallen since then."
    )
    assert ("thought", "the plan would cause inflation") in found


def test_the_speakers_own_hedge_stays(contents):
    found = contents("She vowed to fight on, even if she loses.")
    assert ("vowed", "to fight on, even if she loses") in found
