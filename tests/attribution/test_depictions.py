def test_photo_showing_a_thing_is_no_attribution(cue_words):
    text = "Photos from the harbour showed thick smoke over the old warehouse."
    assert "showed" not in cue_words(text)


def test_poll_showing_a_lead_stays(cue_words):
    text = "A new poll showed strong support for the mayor among young voters."
    assert "showed" in cue_words(text)


def test_video_showing_that_stays(cue_words):
    text = "The video showed that the gate had been left open all night."
    assert "showed" in cue_words(text)
