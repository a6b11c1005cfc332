"""A relative pronoun a verb of judging says to be something: the relative clause is the
content."""

import pytest


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "They signed a supply deal, which the ministry estimates to be worth $40 million.",
            "which the ministry estimates to be worth $40 million",
            "ministry",
        ),
        (
            "The driver, who police believe to have been armed, fled north.",
            "who police believe to have been armed",
            "police",
        ),
    ],
)
def test_a_raised_relative(attributed, text, content, speaker):
    statements = attributed(text).statements
    assert [(s.text, s.speaker) for s in statements] == [(content, speaker)]
