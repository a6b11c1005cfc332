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


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The club paid for trips that reporters found were funded by foreign firms.",
            "were funded by foreign firms",
            "reporters",
        ),
        (
            "The state must now shelve its voting rules, passed by the assembly, that two"
            " judges said discriminated against older voters.",
            "discriminated against older voters",
            "judges",
        ),
    ],
)
def test_the_predicate_after_a_gapped_relative_is_what_was_said(attributed, text, content, speaker):
    """The relative pronoun is the subject of the reported predicate, which the parse hung
    elsewhere."""
    statements = attributed(text).statements
    reported = [s for s in statements if s.cue in {"found", "said"}]
    assert [(s.text, s.speaker_mention.text.split()[-1]) for s in reported] == [(content, speaker)]


def test_an_object_relative_before_the_main_verb_reports_nothing(attributed):
    """'the book that Lee wrote' is the subject of 'described': nothing Lee wrote is given."""
    statements = attributed("The book that Lee wrote described the war in detail.").statements
    assert not any(s.cue == "wrote" for s in statements)
