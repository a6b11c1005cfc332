def test_words_on_a_shirt_are_no_report(cue_words):
    text = 'Two men at the rally wore shirts that read "Vote Lee" and waved at the crowd.'
    assert "read" not in cue_words(text)


def test_words_on_a_sign_are_no_report(cue_words):
    text = 'The driver saw a road sign, which read, "Drive slowly. Children at play."'
    assert "read" not in cue_words(text)


def test_words_on_a_banner_are_no_report(cue_words):
    text = 'Marchers carried a banner saying "united we stand" through the city centre.'
    assert "saying" not in cue_words(text)


def test_words_of_a_letter_stay(cue_words):
    text = 'The letter read: "We will not sign the deal before the vote."'
    assert "read" in cue_words(text)
