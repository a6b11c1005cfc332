"""Quotation marks at the edges of a statement are taken in whole."""

import pytest

from foretold.attribution.quote_edges import before_next_sentence, closed_marks, closed_single_mark
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


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Study author Ann Vale said in a press release that the lab "has made a coating '
            'that can keep a sink clean[.]" Vale is a professor of chemistry at Velo '
            "University.",
            'that the lab "has made a coating that can keep a sink clean[.]"',
        ),
        (
            'Ann Vale, an expert, told reporters, "People of a different faith have been '
            'blamed for germs whatever the science may say[.]" As of Monday there had been '
            "reports of people harassing tourists.",
            '"People of a different faith have been blamed for germs whatever the science may '
            'say[.]"',
        ),
    ],
)
def test_a_statement_stops_at_a_quotation_that_ends_a_sentence(attributed, text, content):
    assert [s.text for s in attributed(text).statements] == [content]


def _stopped(text: str, words: str) -> str:
    start = text.index(words)
    end = before_next_sentence(text, start, start + len(words), find_quote_spans(text))
    return text[start:end]


def test_a_statement_goes_on_past_a_quotation_not_ending_a_sentence_or_before_a_quote():
    text = 'She called it "odd" Monday and left.'
    assert _stopped(text, 'it "odd" Monday') == 'it "odd" Monday'
    text = 'She said it was "odd." "Very odd," she added.'
    assert _stopped(text, 'it was "odd." "Very odd,"') == 'it was "odd." "Very odd,"'


def _single_closed(text: str, words: str) -> str:
    start = text.index(words)
    return text[start : closed_single_mark(text, start, start + len(words))]


def test_a_statement_stopping_before_a_closing_single_mark_takes_it_in():
    text = "Critics called the levy 'a tax on the poor.' The mayor disagreed."
    assert _single_closed(text, "the levy 'a tax on the poor") == "the levy 'a tax on the poor.'"


def test_a_closing_single_mark_before_a_comma_is_taken_in_alone():
    text = "He called it 'a sham', and left."
    assert _single_closed(text, "it 'a sham") == "it 'a sham'"


def test_an_apostrophe_inside_a_word_opens_no_quotation():
    text = "She backed Lee's plan' and left."
    assert _single_closed(text, "Lee's plan") == "Lee's plan"


def test_an_apostrophe_inside_an_open_single_quotation_does_not_close_it():
    text = "He said 'we'll fix it'. Then he left."
    assert _single_closed(text, "'we'll fix it") == "'we'll fix it'"


def test_single_marks_closed_inside_the_statement_are_left_alone():
    text = "She called the 'plan' weak' and left."
    assert _single_closed(text, "the 'plan' weak") == "the 'plan' weak"
