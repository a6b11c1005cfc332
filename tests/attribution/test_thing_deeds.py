"""Deeds of things: a thing that cannot speak, with only a noun phrase for content."""

import pytest

from foretold.attribution.thing_deeds import mute_thing


def test_product_adding_a_feature_is_no_report(cue_words):
    text = "The latest update adds support for offline maps and a dark theme."
    assert "adds" not in cue_words(text)


def test_rate_indicating_a_trend_is_no_report(cue_words):
    text = "The lending rate climbed to 7% on Tuesday, indicating a shortage of cash."
    assert "indicating" not in cue_words(text)


def test_body_adding_a_warning_stays(cue_words):
    text = "The agency adds a warning about the storm to its daily bulletin."
    assert "adds" in cue_words(text)


def test_part_of_a_body_endorsing_stays(cue_words):
    text = "The union, whose political arm has endorsed Ann Lee, will hold a vote in May."
    assert "endorsed" in cue_words(text)


def test_thing_with_a_clause_stays(cue_words):
    text = "The gauge indicated that the tank was nearly empty."
    assert "indicated" in cue_words(text)


def test_thing_saying_stays(cue_words):
    text = "The consensus among biologists says that the frogs moved north."
    assert "says" in cue_words(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The inquiry blamed the pilot for the crash.", "blamed"),
        ("The investigation found wrongdoing by officials.", "found"),
        ("The model predicts a surge in cases.", "predicts"),
        ("The index shows a rise in prices.", "shows"),
        ("The indictment accuses him of fraud.", "accuses"),
    ],
)
def test_inquiries_measures_and_legal_documents_keep_their_report(cue_words, text, cue):
    assert cue in cue_words(text)


def _word(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "mute"),
    [
        ("The update adds support for maps.", "update", True),
        ("The rate hovered near 6%.", "rate", True),
        ("The report adds a warning.", "report", False),
        ("The family issued a plea.", "family", False),
        ("The seller offered a refund.", "seller", False),
        ("The debate touched on taxes.", "debate", False),
        ("A flood of letters demanded a recount.", "flood", False),
        ("The Zeta movement backed the plan.", "movement", False),
        ("The engines promise lower costs.", "engines", False),
        ("The probe widened.", "probe", False),
        ("The payment cleared.", "payment", True),
        ("Its lobbying arm backed the bill.", "arm", False),
    ],
)
def test_mute_thing_is_a_thing_that_cannot_speak(nlp, text, word, mute):
    assert mute_thing(_word(nlp(text), word)) is mute
