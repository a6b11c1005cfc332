"""Graded participles: "the least talked about change" names a thing, not anything said."""


def test_graded_participle_is_no_report(cue_words):
    text = "This is the biggest and least talked about development in local news this year."
    assert "talked" not in cue_words(text)


def test_topic_talked_about_stays(cue_words):
    text = "At the meeting the mayor talked about the new bridge for an hour."
    assert "talked" in cue_words(text)
