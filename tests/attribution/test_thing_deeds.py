"""Deeds of things: a thing that cannot speak, with only a noun phrase for content."""


def test_product_adding_a_feature_is_no_report(cue_words):
    text = "The latest update adds support for offline maps and a dark theme."
    assert "adds" not in cue_words(text)


def test_rate_indicating_a_trend_is_no_report(cue_words):
    text = "The lending rate climbed to 7% on Tuesday, indicating a shortage of cash."
    assert "indicating" not in cue_words(text)


def test_body_adding_a_warning_stays(cue_words):
    text = "The agency adds a warning about the storm to its daily bulletin."
    assert "adds" in cue_words(text)


def test_thing_with_a_clause_stays(cue_words):
    text = "The gauge indicated that the tank was nearly empty."
    assert "indicated" in cue_words(text)


def test_thing_saying_stays(cue_words):
    text = "The consensus among biologists says that the frogs moved north."
    assert "says" in cue_words(text)
