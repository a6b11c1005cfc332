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


def test_quoted_name_after_participle_is_no_attribution(nlp):
    text = 'The council launched a housing plan called "Homes First" in the spring.'
    assert "called" not in _cues(nlp, text)


def test_quoted_name_after_known_as_is_no_attribution(nlp):
    text = 'The old mill, known as the "Red Barn", was sold to a developer last year.'
    assert "known" not in _cues(nlp, text)


def test_quoted_name_in_agentless_passive_is_no_attribution(nlp):
    text = 'The storm was commonly called "the big blow." It flooded three towns.'
    assert "called" not in _cues(nlp, text)


def test_quoted_label_with_agent_stays(nlp):
    text = 'The inquiry, often labeled a "fishing trip" by its critics, went on for a year.'
    assert "labeled" in _cues(nlp, text)


def test_quoted_label_with_speaker_stays(nlp):
    text = 'The mayor called the budget "a disgrace to the city."'
    assert "called" in _cues(nlp, text)


def test_quoted_name_used_by_a_community_stays(nlp):
    text = 'The hacker, known online as "Nightowl," was arrested in May.'
    assert "known" in _cues(nlp, text)
