"""A contest given up: "concede" with a race, an election or defeat for its object."""


def test_conceding_a_race_or_defeat_is_no_statement(cue_words):
    text = "The senator is conceding the race in Ohio in a phone call with the governor."
    assert "conceding" not in cue_words(text)
    assert "conceded" not in cue_words("The mayor conceded defeat on Tuesday night.")


def test_conceding_a_clause_or_a_point_stays(contents):
    assert contents("The mayor conceded that the plan had flaws.") == [
        ("conceded", "that the plan had flaws")
    ]
    assert contents("The mayor conceded the point.") == [("conceded", "the point")]
