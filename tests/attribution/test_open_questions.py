def test_writers_question_with_a_modal_is_no_attribution(cue_words):
    text = "Why should farmers consider voting for the new party over the old one?"
    assert "consider" not in cue_words(text)
    text = "In which towns should fans expect to see the band on tour?"
    assert "expect" not in cue_words(text)


def test_reported_question_stays(cue_words):
    text = "She asked why farmers should consider the new party."
    assert "asked" in cue_words(text)


def test_quoted_question_is_left_alone(cue_words):
    text = 'The mayor said: "Why should we believe the plan will work?"'
    assert cue_words(text)
