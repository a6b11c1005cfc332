"""A second report joined after a clause an aside interrupts is not what the aside reports."""


def test_a_joined_report_after_an_aside_is_left_out(contents):
    found = contents(
        "His chances, the aides believe, are slim, and most donors expect him to quit in March."
    )
    assert ("believe", "His chances, the aides believe, are slim") in found
    assert ("expect", "him to quit in March") in found


def test_a_joined_clause_that_reports_nothing_stays(contents):
    found = contents("His chances, the aides believe, are slim, and his money is running out.")
    assert (
        "believe",
        "His chances, the aides believe, are slim, and his money is running out",
    ) in found


def test_a_cue_before_the_coordination_reports_it_all(contents):
    found = contents(
        "The paper revealed that the mayor used a private account, and the next day the "
        "council requested that records be kept."
    )
    assert (
        "revealed",
        "that the mayor used a private account, and the next day the council requested that "
        "records be kept",
    ) in found
