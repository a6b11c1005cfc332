"""Graded participles: "the least talked about change" names a thing, not anything said."""


def test_graded_participle_is_no_report(cue_words):
    text = "This is the biggest and least talked about development in local news this year."
    assert "talked" not in cue_words(text)


def test_topic_talked_about_stays(cue_words):
    text = "At the meeting the mayor talked about the new bridge for an hour."
    assert "talked" in cue_words(text)


def test_participle_after_opening_preposition_is_no_report(cue_words):
    text = "Amongst reported incidents of theft in the town, recently two shops were robbed."
    assert "reported" not in cue_words(text)


def test_report_after_opening_prepositional_phrase_stays(cue_words):
    text = "Amid the clashes in the north, officials reported that the capital was calm."
    assert "reported" in cue_words(text)
