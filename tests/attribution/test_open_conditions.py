def test_a_ruling_put_as_a_condition_is_no_report(cue_words):
    text = "If the court rules that the new law is void, the council will appeal at once."
    assert "rules" not in cue_words(text)


def test_a_ruling_after_in_the_event_is_no_report(cue_words):
    text = "What will the mayor do in the event a federal court rules the order unlawful?"
    assert "rules" not in cue_words(text)


def test_a_vote_put_as_a_condition_is_no_report(cue_words):
    text = "The governor can be removed if two-thirds of the senators vote for removal."
    assert "vote" not in cue_words(text)


def test_a_choice_put_as_a_condition_stays(cue_words):
    text = "The plan fails if the board decides to sell the harbour land."
    assert "decides" in cue_words(text)


def test_a_report_around_a_condition_stays(cue_words):
    text = "The mayor says that if voters agree, the new harbour plan will pass."
    assert "says" in cue_words(text)
