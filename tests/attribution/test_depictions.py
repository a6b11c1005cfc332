from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _cues(nlp, text):
    article = make_article(text, language="en")
    return [s.cue for s in attribute(nlp(article.text), article).statements]


def test_photo_showing_a_thing_is_no_attribution(nlp):
    text = "Photos from the harbour showed thick smoke over the old warehouse."
    assert "showed" not in _cues(nlp, text)


def test_poll_showing_a_lead_stays(nlp):
    text = "A new poll showed strong support for the mayor among young voters."
    assert "showed" in _cues(nlp, text)


def test_video_showing_that_stays(nlp):
    text = "The video showed that the gate had been left open all night."
    assert "showed" in _cues(nlp, text)
