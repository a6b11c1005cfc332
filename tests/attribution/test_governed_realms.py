"""A place or a people ruled is governed, not a ruling."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The general ruled the country for twenty years, serving as its first president.",
        "Ortega ruled Nicaragua, serving as its president for a decade.",
    ],
)
def test_a_realm_ruled_is_no_ruling(cue_words, text):
    assert "ruled" not in cue_words(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The court ruled that the law was void.", "that the law was void"),
        ("The judge ruled a mistrial.", "a mistrial"),
        ("The judge ruled the evidence inadmissible.", "the evidence inadmissible"),
    ],
)
def test_rulings_stay(contents, text, content):
    assert ("ruled", content) in contents(text)
