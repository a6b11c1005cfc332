from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _cues(nlp, text):
    article = make_article(text, language="en")
    return [s.cue for s in attribute(nlp(article.text), article).statements]


def test_deed_of_the_speaker_is_background(nlp):
    text = '"The bridge will be rebuilt by spring," said Ann Porter, who endorsed the mayor.'
    assert "endorsed" not in _cues(nlp, text)
    assert "said" in _cues(nlp, text)


def test_background_before_told(nlp):
    text = "Ann Porter, who has known the mayor for years, told reporters the plan would fail."
    assert "known" not in _cues(nlp, text)


def test_relative_clause_with_a_clause_stays(nlp):
    text = '"The bridge will be rebuilt," said Ann Porter, who noted that the funds had arrived.'
    assert "noted" in _cues(nlp, text)
