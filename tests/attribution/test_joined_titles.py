"""A bare role joined by "and" to a titled name is that person's title, not a second speaker."""

import pytest


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Later, radio host and former city councillor Dana Whitfield questioned whether "
            "the bridge had ever been inspected.",
            "Dana Whitfield",
        ),
        (
            "Economist and former trade minister Ann Lee said the deal would fail.",
            "Ann Lee",
        ),
        ("The analyst and Ann Lee said the deal would fail.", "analyst"),
    ],
)
def test_a_bare_role_joined_to_a_name(attributed, text, speaker):
    statements = [s for s in attributed(text).statements if s.cue in {"said", "questioned"}]
    assert [s.speaker for s in statements] == [speaker]
