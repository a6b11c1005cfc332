"""Quotation marks at the edges of a statement are taken in whole."""

from foretold.attribution.quote_edges import closed_marks
from foretold.attribution.quotes import find_quote_spans


def _widened(text: str, words: str) -> str:
    start = text.index(words)
    start, end = closed_marks(text, start, start + len(words), find_quote_spans(text))
    return text[start:end]


def test_a_statement_stopping_before_a_closing_mark_takes_it_in():
    text = 'She said she was "ready to serve." She left.'
    assert _widened(text, 'she was "ready to serve') == 'she was "ready to serve."'


def test_a_statement_starting_after_an_opening_mark_takes_it_in():
    text = 'Asked about it, he gave a terse "no." They left.'
    assert _widened(text, 'no."') == '"no."'


def test_a_statement_inside_a_quotation_is_left_alone():
    text = '"We will win the seat," she said.'
    assert _widened(text, "will win") == "will win"


def test_a_statement_stopping_before_more_quoted_words_is_left_alone():
    text = 'She said she was "ready, willing and able." She left.'
    assert _widened(text, 'she was "ready') == 'she was "ready'


def test_the_whole_stage_closes_a_mixed_statement(contents):
    text = 'The coach told reporters the team was "in great shape." The game is on Friday.'
    assert ("told", 'the team was "in great shape."') in contents(text)


def test_a_statement_stopping_before_a_typewriter_closing_mark_takes_it_in():
    text = "She said the plan was ''a big mistake.'' She left."
    assert _widened(text, "the plan was ''a big mistake") == "the plan was ''a big mistake.''"


def test_a_statement_starting_after_a_typewriter_opening_mark_takes_it_in():
    text = "Asked about it, he gave a terse ''no.'' They left."
    assert _widened(text, "no.''") == "''no.''"
