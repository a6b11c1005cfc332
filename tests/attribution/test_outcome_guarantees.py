"""Outcomes that guarantee: a thing that guarantees makes no promise."""


def test_a_win_that_does_not_guarantee_a_seat_is_no_attribution(cue_words):
    text = "Their win in the primary does not guarantee the pair a place on the state ballot."
    assert "guarantee" not in cue_words(text)


def test_a_person_who_guarantees_stays(cue_words):
    text = "The mayor guaranteed that the pool would open in June."
    assert "guaranteed" in cue_words(text)
