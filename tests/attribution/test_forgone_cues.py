from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _statements(nlp, text):
    article = make_article(text, language="en")
    return [(s.cue, s.text) for s in attribute(nlp(article.text), article).statements]


def test_cue_after_without_reports_nothing(nlp):
    text = "Without mentioning any names, the ministry said two officials had resigned."
    found = _statements(nlp, text)
    assert not any(cue == "mentioning" for cue, _ in found)
    assert ("said", "two officials had resigned") in found


def test_gerund_cue_opening_a_sentence_stays(nlp):
    text = "Mentioning the delays, the minister said the line would open in May."
    assert ("said", "the line would open in May") in _statements(nlp, text)
