"""Verbs that state a view through an object that names one."""


def test_a_view_held_or_bought_is_the_content(contents):
    assert contents("Most voters held a favorable opinion of the mayor.") == [
        ("held", "a favorable opinion of the mayor")
    ]
    assert contents("Republicans never bought the idea that the bill would save money.") == [
        ("bought", "the idea that the bill would save money")
    ]


def test_holding_a_post_or_an_event_and_buying_things_are_acts(contents):
    assert contents("She held the position of treasurer for a decade.") == []
    assert contents("The party held a rally in Ohio.") == []
    assert contents("He bought shares in the company.") == []


def test_holding_posts_as_an_office_is_an_act(contents):
    assert contents("Before that, Okafor held positions as trade and finance minister.") == []


def test_a_bare_position_held_is_a_post(contents):
    assert contents("The admiral had held the position since March 2012 and then retired.") == []
    assert contents("She held her position until the board met in June.") == []


def test_a_described_position_stays_a_view(contents):
    assert contents("The union holds the position that the strike is lawful.") == [
        ("holds", "the position that the strike is lawful")
    ]
