"""Source phrases: the clause "according to X" qualifies."""


def test_according_to_leaves_out_a_closing_clause_of_contrast(contents):
    text = "The council approved the plan, according to the minutes, although few came."
    assert contents(text) == [("according to", "The council approved the plan")]


def test_according_to_takes_the_part_after_a_colon(contents):
    text = "Turnout was low: about a third of voters stayed home, according to county officials."
    assert contents(text) == [("according to", "about a third of voters stayed home")]


def test_according_to_keeps_a_pair_of_dashes_after_the_phrase(contents):
    text = "According to a poll, 40 percent of renters \u2014 and of students \u2014 plan to move."
    found = [t for c, t in contents(text) if c == "According to"]
    assert found == ["40 percent of renters \u2014 and of students \u2014 plan to move"]


def test_according_to_stays_inside_the_brackets_it_sits_in(contents):
    text = (
        "The town grew quickly (the population doubled in ten years, according to census data)"
        " and schools filled up."
    )
    assert contents(text) == [("according to", "the population doubled in ten years")]
