"""Whereabouts last known, and people reported missing, are no one's belief or words."""


def test_last_known_whereabouts_are_no_report(cue_words):
    text = "Crews searched for the ferry, which was last known to be in the strait."
    assert "known" not in cue_words(text)


def test_the_hiker_last_known_heading_north_is_no_report(cue_words):
    assert "known" not in cue_words("The hiker was last known to be heading north.")


def test_someone_reported_missing_is_no_report(cue_words):
    assert cue_words("The young fisherman was reported missing late on Sunday.") == []
    assert cue_words("His sister reported him missing the next morning.") == []


def test_a_missing_report_inside_a_saying_leaves_the_saying_whole(contents):
    text = "Three climbers were reported missing after the avalanche, rangers said."
    assert contents(text) == [("said", "Three climbers were reported missing after the avalanche")]


def test_a_report_that_someone_is_missing_stays(cue_words):
    assert cue_words("The coast guard reported that the trawler was missing.") == ["reported"]
