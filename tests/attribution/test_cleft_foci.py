"""The focus of an "it"-cleft stands for the relative pronoun after it."""

import pytest


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("It is the delays that frustrate the farmers most.", "the delays"),
        ("It's the noise and the dust that irritate the neighbours.", "the noise and the dust"),
        (
            "Yet it's not his voting record but his shifting positions and harsh rhetoric that"
            " alarm the party leaders.",
            "his voting record but his shifting positions and harsh rhetoric",
        ),
    ],
)
def test_a_feeling_about_a_cleft_focus_is_about_the_focus(contents, text, focus):
    assert [found for _, found in contents(text)] == [focus]


def test_a_plain_relative_keeps_its_pronoun(contents):
    assert [found for _, found in contents("The plan that pleases the board was dropped.")] == [
        "that"
    ]
