"""Stance adjectives need a person or a body for holder, not a text of terms or a thing."""

import pytest


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("No-bid contracts are only open to the company selected by the agency.", "open"),
        ("The new deal is open to all members of the club.", "open"),
    ],
)
def test_a_thing_open_to_someone_is_no_stance(cue_words, text, cue):
    assert cue not in cue_words(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The agency is open to talks with the union.", "open"),
        ("The report is critical of the plan.", "critical"),
        ("Local farmers are worried about the drought.", "worried"),
    ],
)
def test_people_bodies_and_documents_keep_their_stance(cue_words, text, cue):
    assert cue in cue_words(text)
