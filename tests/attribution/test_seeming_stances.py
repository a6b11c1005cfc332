"""A stance that "seem" or "appear" hedges is held by the subject, about what its preposition
names."""

import pytest


def _read(attributed, text):
    return [
        (s.cue, s.speaker_mention.text if s.speaker_mention else None, s.text)
        for s in attributed(text).statements
    ]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Delegates appeared pleased with the chairman.", ("pleased", "Delegates", "the chairman")),
        (
            "The mayor did not seem to be worried about the deficit.",
            ("worried", "The mayor", "the deficit"),
        ),
    ],
)
def test_a_hedged_stance_with_a_prepositional_object_is_the_subjects(attributed, text, statement):
    assert _read(attributed, text) == [statement]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor seemed irritated by the question.", "seemed"),
        ("Others appeared ready to abandon the plan.", "appeared"),
        ("Voters seemed worried that prices would rise.", "seemed"),
    ],
)
def test_without_a_prepositional_object_the_impression_stays_the_raising_verbs(
    attributed, text, cue
):
    assert _read(attributed, text) == [(cue, None, text[:-1])]
