from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _cues(nlp, text):
    article = make_article(text, language="en")
    return [s.cue for s in attribute(nlp(article.text), article).statements]


def test_instruction_to_reader_is_no_attribution(nlp):
    text = "For information on what we do here at the Gazette, see Gazette:About."
    assert "see" not in _cues(nlp, text)


def test_subject_who_sees_stays(nlp):
    text = "Analysts see the merger as a threat to smaller banks."
    assert "see" in _cues(nlp, text)
