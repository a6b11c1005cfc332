"""The words that stand for the thing a cue names or describes inside a relative clause."""

from foretold.attribution.relative_gaps import relative_opening


def test_a_wh_pronoun_stands_alone(nlp):
    doc = nlp("They hired Ann Lee, whom critics describe as aloof.")
    start, end = relative_opening(next(t for t in doc if t.text == "whom"))
    assert doc[start:end].text == "whom"


def test_that_takes_the_noun_it_follows(nlp):
    doc = nlp("The court played a video that the senator described as a forgery.")
    start, end = relative_opening(next(t for t in doc if t.text == "that"))
    assert doc[start:end].text == "a video that"
