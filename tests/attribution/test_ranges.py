"""Closing material left out of every content range."""

from foretold.attribution import attribute
from foretold.attribution.ranges import clip, trim
from foretold.ingest.article import make_article


def _contents(nlp, text):
    article = make_article(text, language="en")
    return [(s.cue, s.text) for s in attribute(nlp(article.text), article).statements]


def test_aside_in_an_unclosed_bracket_is_left_out(nlp):
    text = "The mayor criticized the budget (which the council passed in May."
    assert _contents(nlp, text) == [("criticized", "the budget")]


def test_closing_with_phrase_after_a_comma_is_left_out(nlp):
    text = "Most analysts think the tax will never take effect, with both parties opposed to it."
    assert _contents(nlp, text) == [("think", "the tax will never take effect")]


def test_trim_keeps_quote_marks_and_drops_edge_punctuation(nlp):
    doc = nlp('She said, "the plan failed."')
    start = next(t.i for t in doc if t.text == ",")
    assert doc[slice(*trim(doc, start, len(doc)))].text == '"the plan failed."'
    assert trim(doc, start, start + 1) is None


def test_a_range_stops_at_the_paragraph_break_after_its_anchor(nlp):
    doc = nlp("The council voted.\n\nThe mayor said the plan failed.")
    said = next(t.i for t in doc if t.text == "said")
    assert clip(doc, 0, len(doc), said)[0] > 0
    assert doc[slice(*clip(doc, 0, len(doc), 0))].text.strip() == "The council voted."
