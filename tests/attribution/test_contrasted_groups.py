"""The other part of a "some" speaker's group is not what that part said."""


def test_others_after_while_stay_out(contents):
    found = contents(
        "Some fans said the final was the dullest in years, while others left the stadium early."
    )
    assert ("said", "the final was the dullest in years") in found


def test_a_whole_group_keeps_its_others(contents):
    found = contents("Officials said the mayor was hurt and others were taken to hospital.")
    assert ("said", "the mayor was hurt and others were taken to hospital") in found
