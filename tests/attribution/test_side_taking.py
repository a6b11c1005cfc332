"""Verbs and acts that take a side."""


def test_taking_a_side_reports_the_object_of_its_preposition(contents):
    assert contents("The mayor came out against the stadium deal.") == [
        ("came out against", "the stadium deal")
    ]
    assert contents("The union came out in support of Jane Lee.") == [
        ("came out in support of", "Jane Lee")
    ]
    assert contents("Thousands of people came out for the parade.") == []
    assert contents("Jane Lee distanced herself from the party leadership.") == [
        ("distanced herself from", "the party leadership")
    ]


def test_act_in_support_of_someone_takes_their_side(contents):
    assert contents("Senator Jane Lee will headline a rally in support of the school levy.") == [
        ("headline a rally in support of", "the school levy")
    ]
    assert contents("Jane Lee marched in favor of the new park.") == [
        ("marched in favor of", "the new park")
    ]
    assert contents("Jane Lee walked in the park.") == []


def test_side_taken_loses_a_closing_apposition(contents):
    text = "The union came out in support of Jane Lee, the favorite of many teachers."
    assert contents(text) == [("came out in support of", "Jane Lee")]


def test_a_phrase_hung_on_the_verb_after_the_object_goes_on_with_it(contents):
    assert contents("She has notably come out against Medicare for all.") == [
        ("come out against", "Medicare for all")
    ]
