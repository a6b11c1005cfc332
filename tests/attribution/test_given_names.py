from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _cues(nlp, text):
    article = make_article(text, language="en")
    return [s.cue for s in attribute(nlp(article.text), article).statements]


def test_participle_naming_a_thing_is_no_attribution(nlp):
    text = "The crew used a small boat called the Heron to reach the island."
    assert "called" not in _cues(nlp, text)


def test_agentless_passive_name_is_no_attribution(nlp):
    assert "called" not in _cues(nlp, "The new reading mode is called Focus.")


def test_known_as_is_no_attribution(nlp):
    text = "Flooding hit a district of the town known as the Lower Quarter."
    assert "known" not in _cues(nlp, text)


def test_name_set_off_by_commas_is_no_attribution(nlp):
    text = "The cloud of dust, called a haze, was large enough to see from the hills."
    assert "called" not in _cues(nlp, text)


def test_naming_by_a_person_stays(nlp):
    text = "The senator called the new tax plan a disaster for farmers."
    assert "called" in _cues(nlp, text)


def test_call_for_stays(nlp):
    text = "The union called for a new vote on the contract."
    assert "called" in _cues(nlp, text)


def test_known_for_stays(nlp):
    text = "The judge was known for her long and careful rulings."
    assert "known" in _cues(nlp, text)


def test_appositive_name_after_a_comma_is_no_attribution(nlp):
    text = "Tourists came to see the old walls that ring the town of Tarn, also called Old Harbour."
    assert "called" not in _cues(nlp, text)
    text = "He spent a year on supervised release, also called probation, in the north."
    assert "called" not in _cues(nlp, text)


def test_naming_after_an_aside_stays(nlp):
    text = "The mayor, asked about the report, called it a sham."
    assert "called" in _cues(nlp, text)
