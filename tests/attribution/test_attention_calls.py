"""Calls for attention."""


def test_calling_attention_to_reports_what_follows_to(contents):
    text = "The senator's speech called attention to delays at the port."
    assert contents(text) == [("called attention to", "delays at the port")]


def test_drawing_attention_to_reports_what_follows_to(contents):
    text = "The union leader drew national attention to the housing shortage."
    assert contents(text) == [("drew national attention to", "the housing shortage")]


def test_attention_with_no_to_phrase_raises_nothing(contents):
    assert contents("The trial of the union leader drew national attention.") == []


def test_the_medium_the_attention_was_called_in_is_left_out(contents):
    text = "She called attention to the cost of housing in a speech on Monday."
    assert contents(text) == [("called attention to", "the cost of housing")]
