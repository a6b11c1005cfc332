"""A holderless passive of judging in a "whether" question reports nothing."""


def test_a_passive_asked_about(cue_words):
    text = (
        "When asked whether the merger should be seen as a sign of recovery, the chief "
        'executive Ann Lee replied, "It is a good step."'
    )
    assert "seen" not in cue_words(text)


def test_a_stated_passive_stays(cue_words):
    assert "seen" in cue_words("The merger is widely seen as a sign of recovery.")
