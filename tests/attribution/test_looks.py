"""A present-tense "look" with a predicate reports an impression with no one named."""


def test_a_present_look_with_an_adjective_reports_the_clause(contents):
    text = "The governor looks confident ahead of the vote."
    assert contents(text) == [("looks", "The governor looks confident ahead of the vote")]


def test_a_present_look_like_reports_the_clause(contents):
    text = "The final round looks like a close race between the two teams."
    assert [t for _, t in contents(text)] == [
        "The final round looks like a close race between the two teams"
    ]


def test_a_past_look_or_a_referential_it_reports_nothing(contents):
    assert contents("He looked tired when he arrived at the hearing.") == []
    assert contents("The price was once fair. Now it looks outrageous.") == []
