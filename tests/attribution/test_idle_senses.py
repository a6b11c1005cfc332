from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _cues(nlp, text):
    article = make_article(text, language="en")
    return [s.cue for s in attribute(nlp(article.text), article).statements]


def test_thing_meant_for_a_purpose_is_no_intention(nlp):
    assert "intended" not in _cues(nlp, "The ferry service is intended to launch in May.")


def test_person_intending_stays(nlp):
    assert "intends" in _cues(nlp, "The mayor intends to run for a second term next year.")


def test_permission_is_no_report(nlp):
    text = "The new update will allow farmers to share their harvest records online."
    assert "allow" not in _cues(nlp, text)


def test_quality_shown_is_no_finding(nlp):
    text = "One experimental vaccine, Varix, initially showed promise in the trials."
    assert "showed" not in _cues(nlp, text)


def test_poll_showing_a_lead_stays(nlp):
    assert "showed" in _cues(nlp, "A new poll showed that the mayor was ahead by ten points.")


def test_thing_weighed_is_no_view(nlp):
    text = "Two local senators are both reportedly considering runs."
    assert "considering" not in _cues(nlp, text)


def test_view_held_as_stays(nlp):
    text = "Most engineers consider the new design of the bridge as unsafe."
    assert "consider" in _cues(nlp, text)


def test_thing_known_of_is_no_belief(nlp):
    text = "Harlan, who runs a bakery in town, may not even be aware of the award."
    assert "aware" not in _cues(nlp, text)


def test_price_asked_is_no_accusation(nlp):
    text = "The ferry line will charge an added fee for taking a car to the island."
    assert "charge" not in _cues(nlp, text)


def test_charge_with_a_crime_stays(nlp):
    text = "Prosecutors charged that the mayor had lied to the council about the budget."
    assert "charged" in _cues(nlp, text)
