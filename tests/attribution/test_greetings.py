"""A greeting, not a stance: "welcome" said of people received somewhere."""


def test_welcoming_a_decision_reports_a_reaction(contents):
    text = "Rights groups welcomed the decision to free the two reporters."
    assert ("welcomed", "the decision to free the two reporters") in contents(text)


def test_welcoming_people_to_a_place_is_a_greeting(cue_words):
    assert "welcomed" not in cue_words("The mayor welcomed the delegates to the harbour city.")


def test_welcoming_everyone_is_a_greeting(cue_words):
    assert "welcomed" not in cue_words("The host welcomed everyone and opened the festival.")


def test_people_welcomed_in_a_headline_capitalised_plural_are_a_greeting(contents):
    text = "Harbour Town Will Welcome Refugees Fleeing The Floods.\n\nThe mayor spoke on Monday."
    assert not any(cue == "Welcome" for cue, _ in contents(text))
