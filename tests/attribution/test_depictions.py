def test_photo_showing_a_thing_is_no_attribution(cue_words):
    text = "Photos from the harbour showed thick smoke over the old warehouse."
    assert "showed" not in cue_words(text)


def test_poll_showing_a_lead_stays(cue_words):
    text = "A new poll showed strong support for the mayor among young voters."
    assert "showed" in cue_words(text)


def test_video_showing_that_stays(cue_words):
    text = "The video showed that the gate had been left open all night."
    assert "showed" in cue_words(text)


def test_participle_of_showing_on_a_posted_photo_is_no_attribution(cue_words):
    text = "A spokeswoman posted a photo to her account showing the mayor and a singer smiling."
    assert "showing" not in cue_words(text)


def test_participle_of_showing_on_a_released_report_stays(cue_words):
    text = "The agency released a report on Friday showing that the launch had failed."
    assert "showing" in cue_words(text)


def test_a_figure_shown_with_what_it_holds_is_no_attribution(cue_words):
    text = "On the old coins the river god is shown with the head of a heron."
    assert "shown" not in cue_words(text)


def test_a_finding_shown_to_hold_stays(cue_words):
    text = "The new drug was shown to reduce deaths among older patients."
    assert "shown" in cue_words(text)


def test_a_figure_depicted_as_a_view_stays(cue_words):
    text = "In the cartoons the mayor was depicted as a tyrant with no mercy."
    assert "depicted" in cue_words(text)


def test_videos_shown_by_a_person_are_no_attribution(cue_words):
    text = "At the hearing the engineer showed videos demonstrating a crack in the old bridge."
    assert "showed" not in cue_words(text)


def test_photos_shown_to_reporters_are_no_attribution(cue_words):
    text = "The mayor showed reporters photos of the flooded street on Monday."
    assert "showed" not in cue_words(text)


def test_a_person_showing_that_stays(cue_words):
    text = "The engineer showed that the old bridge had a crack in its main span."
    assert "showed" in cue_words(text)


def test_records_showing_photos_were_faked_stays(cue_words):
    text = "The court records showed the photos were faked by a rival firm."
    assert "showed" in cue_words(text)


def test_a_picture_of_things_in_a_state_is_no_attribution(cue_words):
    text = "Photos from the harbour showed the old boats broken and scattered along the pier."
    assert "showed" not in cue_words(text)
    text = "The video showed a lone guard surrounded by angry fans; he then ran away."
    assert "showed" not in cue_words(text)


def test_a_picture_of_people_acting_stays(cue_words):
    text = "The video showed a lone guard pushing angry fans away from the gate."
    assert "showed" in cue_words(text)
