"""A sentence in the backshifted future after a report goes on with that report."""

import pytest


def _said(attributed, text):
    return [(s.speaker, s.text) for s in attributed(text).statements]


def test_a_would_sentence_after_a_would_report_is_the_same_speakers(attributed):
    text = (
        "The clinic said in a statement the patient would undergo further tests. "
        "Her family would be consulted before any update was released."
    )
    assert (
        "clinic",
        "Her family would be consulted before any update was released",
    ) in _said(attributed, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            "The council said the bridge would reopen in May. "
            "This would make it the first bridge rebuilt in the region.",
            "first bridge",
            id="a comment on the event",
        ),
        pytest.param(
            "The council said the bridge would reopen in May. "
            "The old bridge would have turned ninety this year.",
            "ninety",
            id="a counterfactual",
        ),
        pytest.param(
            "The council said the bridge would reopen in May.\n\n"
            "Drivers would be diverted through the town centre until then.",
            "Drivers",
            id="a new paragraph",
        ),
        pytest.param(
            "The council said the bridge reopened in May. "
            "Drivers would be diverted through the town centre until then.",
            "Drivers",
            id="after a report without would",
        ),
    ],
)
def test_a_would_sentence_stays_the_writers(attributed, text, words):
    assert all(words not in t for _, t in _said(attributed, text))


def test_a_would_sentence_with_a_report_in_its_relative_clause_is_the_same_speakers(attributed):
    text = (
        "The clinic said in a statement the patient would undergo further tests. "
        "She would also get a drug which, the statement said, doctors had tested for years."
    )
    said = _said(attributed, text)
    assert ("clinic", "She would also get a drug") in said
    assert ("clinic", "doctors had tested for years") in said
