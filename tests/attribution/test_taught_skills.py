"""A skill taught or shown is no view reported."""


def test_a_skill_taught_is_no_statement(cue_words):
    text = "At the workshop, instructors taught visitors how to build a small kite."
    assert "taught" not in cue_words(text)


def test_a_finding_shown_or_taught_stays(cue_words):
    assert "shows" in cue_words("The study shows how deeply voters changed their minds.")
    assert "teaches" in cue_words("History teaches that empires fall.")
