"""A reporting aside the tagger read as a noun after a subject pronoun reports its clause."""

import pytest


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The engineers say water is scarce. Toilets that use less water, they reason, "
            "could cut the demand by half.",
            "Toilets that use less water, they reason, could cut the demand by half",
        ),
        (
            "The council met riders in May. Lower fares, they reason, could bring riders back.",
            "Lower fares, they reason, could bring riders back",
        ),
    ],
)
def test_a_pronoun_s_aside_read_as_a_noun_reports_the_clause_around_it(contents, text, content):
    assert content in [c for _, c in contents(text)]


def test_a_noun_after_a_pronoun_without_commas_reports_nothing(cue_words):
    assert "reason" not in cue_words("They gave no reason for the delay.")
