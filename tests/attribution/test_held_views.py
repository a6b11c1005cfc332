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


def test_a_view_maintained_or_shared_is_the_content(contents):
    assert contents("The city maintains a position that only its council may grant permits.") == [
        ("maintains", "a position that only its council may grant permits")
    ]
    assert contents("Critics share the view that the reform came too late.") == [
        ("share", "the view that the reform came too late")
    ]


def test_a_view_or_position_taken_or_adopted_is_the_content(contents):
    assert contents("The court took the view that the contract was void.") == [
        ("took", "the view that the contract was void")
    ]
    assert contents("The council has adopted the position that the road must close.") == [
        ("adopted", "the position that the road must close")
    ]


def test_keeping_a_place_sharing_things_and_taking_ideas_are_acts(contents):
    assert contents("The team maintained its position at the top of the table.") == []
    assert contents("The firm maintained a lead in the market.") == []
    assert contents("He shared a photo of the crash.") == []
    assert contents("They took the idea to investors in May.") == []
    assert contents("Police took the claims seriously.") == []


def test_views_shared_without_a_clause_tell_of_agreement(contents):
    assert contents("Her rivals shared this view.") == []
    assert contents("The two men shared almost the same views on farming.") == []
