from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _cues(nlp, text):
    article = make_article(text, language="en")
    return [s.cue for s in attribute(nlp(article.text), article).statements]


def test_writers_question_with_a_modal_is_no_attribution(nlp):
    text = "Why should farmers consider voting for the new party over the old one?"
    assert "consider" not in _cues(nlp, text)
    text = "In which towns should fans expect to see the band on tour?"
    assert "expect" not in _cues(nlp, text)


def test_reported_question_stays(nlp):
    text = "She asked why farmers should consider the new party."
    assert "asked" in _cues(nlp, text)


def test_quoted_question_is_left_alone(nlp):
    text = 'The mayor said: "Why should we believe the plan will work?"'
    assert _cues(nlp, text)
