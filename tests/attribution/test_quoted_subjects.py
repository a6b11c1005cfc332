"""A word closing a quotation is not the subject of the verb of saying after it."""

import pytest


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            '"The square is full tonight. We will not go home. #Freedom," tweeted a student '
            "from Leeds going by the handle Skylark.",
            "a student from Leeds",
        ),
        (
            '"We are ready for the vote. #Election2020," tweeted the mayor of Springfield.',
            "the mayor of Springfield",
        ),
    ],
)
def test_the_speaker_after_the_verb_speaks(attributed, text, mention):
    statements = attributed(text).statements
    assert len(statements) == 1
    assert statements[0].speaker_mention.text == mention
    assert statements[0].text.startswith('"') and statements[0].text.endswith('"')


@pytest.mark.parametrize(
    "text",
    [
        'Lee, in a post titled "Ready," wrote that the vote was fair.',
        'Dana Reyes, who has called the plan "a mess," wrote that the vote was fair.',
        '"That, sadly," Dana Reyes said, "is part of the job."',
    ],
)
def test_a_subject_outside_the_quotation_stays(attributed, text):
    statements = attributed(text).statements
    assert statements
    assert all(s.speaker in {"Lee", "Dana Reyes"} for s in statements)
