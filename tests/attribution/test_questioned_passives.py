"""A holderless passive of judging in a "whether" question reports nothing."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Whether the deal should be seen as a step forward remains an open question.",
        "The debate is over whether the merger should be seen as a sign of recovery.",
        (
            "When asked whether the merger should be seen as a sign of recovery, the chief "
            'executive Ann Lee replied, "It is a good step."'
        ),
    ],
)
def test_a_passive_asked_about(cue_words, text):
    assert "seen" not in cue_words(text)


def test_a_stated_passive_stays(cue_words):
    assert "seen" in cue_words("The merger is widely seen as a sign of recovery.")
