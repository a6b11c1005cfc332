"""Source phrases: the clause "according to X" qualifies."""

from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _contents(nlp, text):
    article = make_article(text, language="en")
    return [(s.cue, s.text) for s in attribute(nlp(article.text), article).statements]


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


def test_according_to_stays_inside_the_brackets_it_sits_in(nlp):
    text = (
        "The town grew quickly (the population doubled in ten years, according to census data)"
        " and schools filled up."
    )
    assert _contents(nlp, text) == [("according to", "the population doubled in ten years")]
