"""Phrases that frame a sentence as a poll's finding or someone's view."""


def test_poll_named_by_in_gives_it_the_sentence(attributed):
    found = attributed("In a new state poll, the mayor leads her rival by ten points.").statements
    assert [(s.speaker, s.text) for s in found] == [
        ("new state poll", "the mayor leads her rival by ten points")
    ]
    closing = attributed(
        "The governor leads her rival by six points in the latest surveys."
    ).statements
    assert [s.text for s in closing] == ["The governor leads her rival by six points"]


def test_holder_named_by_to_opening_a_sentence_holds_the_view(attributed):
    found = attributed("To many voters, the senator is a reformer who keeps her word.").statements
    assert [(s.speaker, s.text) for s in found] == [
        ("many voters", "the senator is a reformer who keeps her word")
    ]
