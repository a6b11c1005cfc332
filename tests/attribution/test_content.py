"""Content boundaries: where the content a cue introduces starts and ends."""

from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _contents(nlp, text):
    article = make_article(text, language="en")
    return [(s.cue, s.text) for s in attribute(nlp(article.text), article).statements]


def test_closing_time_clause_of_the_act_is_left_out(nlp):
    text = "The league refused to ban the players from competing after the agency called for a ban."
    assert ("refused", "to ban the players from competing") in _contents(nlp, text)


def test_aside_in_an_unclosed_bracket_is_left_out(nlp):
    text = "The mayor criticized the budget (which the council passed in May."
    assert _contents(nlp, text) == [("criticized", "the budget")]


def test_according_to_leaves_out_a_closing_clause_of_contrast(nlp):
    text = "The council approved the plan, according to the minutes, although few came."
    assert _contents(nlp, text) == [("according to", "The council approved the plan")]


def test_according_to_takes_the_part_after_a_colon(nlp):
    text = "Turnout was low: about a third of voters stayed home, according to county officials."
    assert _contents(nlp, text) == [("according to", "about a third of voters stayed home")]


def test_according_to_keeps_a_pair_of_dashes_after_the_phrase(nlp):
    text = "According to a poll, 40 percent of renters \u2014 and of students \u2014 plan to move."
    found = [t for c, t in _contents(nlp, text) if c == "According to"]
    assert found == ["40 percent of renters \u2014 and of students \u2014 plan to move"]


def test_closing_with_phrase_after_a_comma_is_left_out(nlp):
    text = "Most analysts think the tax will never take effect, with both parties opposed to it."
    assert _contents(nlp, text) == [("think", "the tax will never take effect")]
