"""Whereabouts last known are no one's belief."""


def test_last_known_whereabouts_are_no_report(cue_words):
    text = "Crews searched for the ferry, which was last known to be in the strait."
    assert "known" not in cue_words(text)


def test_the_hiker_last_known_heading_north_is_no_report(cue_words):
    assert "known" not in cue_words("The hiker was last known to be heading north.")
