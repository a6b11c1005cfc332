"""A modal predicate after a cue set off as an aside goes on with the reported clause."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The new bridge was not safe, engineers have said, and should never have opened.",
        "The plan was too costly, officials said, and would have to be redrawn.",
        "The mayor was wrong, critics say, and must resign.",
    ],
)
def test_a_modal_predicate_after_an_aside_cue_is_reported(contents, text):
    assert [words for _, words in contents(text)] == [text[:-1]]


def test_a_conjunct_with_a_subject_of_its_own_is_not_joined_to_the_report(contents):
    text = "The plant will close, officials said, and they gave no date."
    assert ("said", "The plant will close") in contents(text)
    assert all("officials" not in words for _, words in contents(text))


def test_a_conjunct_in_a_tense_of_its_own_is_not_joined_to_the_report(contents):
    text = "The new bridge was not safe, engineers have said, and gave no date for repairs."
    assert all("engineers" not in words for _, words in contents(text))
