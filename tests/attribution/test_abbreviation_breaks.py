"""A report cut at a false sentence break after an abbreviation runs on past it."""

import pytest


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "On Tuesday, the weekly paper Norvia Hirlap revealed a deal whereby, in March, "
            "the state firm Pelko Gepgyar Kft. (Pelko Works) bought the river shipyard "
            "Dravo Marine. The yard confirmed the sale.",
            "revealed",
            "a deal whereby, in March, the state firm Pelko Gepgyar Kft. (Pelko Works) bought "
            "the river shipyard Dravo Marine",
        ),
        (
            "According to the archaeologists, the ritual burial of cats was common from about "
            "900 b.c.e. to 300 c.e., across the whole delta.",
            "According to",
            "the ritual burial of cats was common from about 900 b.c.e. to 300 c.e., across "
            "the whole delta",
        ),
    ],
)
def test_a_report_runs_past_an_abbreviation_period(attributed, text, cue, content):
    statements = [s for s in attributed(text).statements if s.cue == cue]
    assert [s.text for s in statements] == [content]


def test_a_real_sentence_end_still_ends_the_report(attributed):
    text = "The mayor said the bridge would open in May. Residents were pleased."
    statements = [s for s in attributed(text).statements if s.cue == "said"]
    assert [s.text for s in statements] == ["the bridge would open in May"]
