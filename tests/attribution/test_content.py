"""Content boundaries: where the content a cue introduces starts and ends."""

from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _contents(nlp, text):
    article = make_article(text, language="en")
    return [(s.cue, s.text) for s in attribute(nlp(article.text), article).statements]


def test_closing_time_clause_of_the_act_is_left_out(nlp):
    text = "The league refused to ban the players from competing after the agency called for a ban."
    assert ("refused", "to ban the players from competing") in _contents(nlp, text)
