"""A name the parse cut off from the title after it is the speaker, not the title."""

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In the blog post Chris Wright, the Chief Technological Officer of Acme said the "
            "firm had told its board of the change.",
            "Chris Wright",
        ),
        ("In a letter to John Smith, the minister said the road would open soon.", "minister"),
    ],
)
def test_name_before_a_title_after_a_fronted_phrase(attributed, text, speaker):
    statements = [s for s in attributed(text).statements if s.cue == "said"]
    assert [s.speaker for s in statements] == [speaker]
