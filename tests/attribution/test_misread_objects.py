def test_a_noun_after_a_missed_headline_verb_is_no_cue(cue_words):
    text = "Warren sharpens focus on Biden as debate nears.\n\nThe campaign enters its last week."
    assert "focus" not in cue_words(text)


def test_a_bare_form_after_a_plural_subject_stays(cue_words):
    text = "Most officials focus on the budget, and critics say the plan will fail."
    assert "say" in cue_words(text)


def test_a_verb_agreeing_with_its_plural_subject_stays(contents):
    text = "Voters say the new levy is too high."
    assert ("say", "the new levy is too high") in contents(text)
