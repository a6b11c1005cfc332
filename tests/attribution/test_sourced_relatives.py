"""Sourced relatives: "according to X" right after a comma-set relative clause sources it."""


def test_according_to_sources_the_relative_clause_before_it(contents):
    text = (
        "Critics attacked the plan, which would cut the school budget by half, "
        "according to the council."
    )
    found = [t for c, t in contents(text) if c == "according to"]
    assert found == ["which would cut the school budget by half"]


def test_according_to_after_a_main_clause_keeps_the_sentence(contents):
    text = "The school budget will be cut by half next year, according to the council."
    found = [t for c, t in contents(text) if c == "according to"]
    assert found == ["The school budget will be cut by half next year"]
