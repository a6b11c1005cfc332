"""Speakers named again as "the same" noun."""

from foretold.attribution.same_nouns import earlier_same, same_noun


def _mention(nlp, text: str, word: str):
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    return doc[head.left_edge.i : head.i + 1], head


def test_the_same_noun_gives_its_noun(nlp):
    mention, head = _mention(nlp, "The same survey also found rising rents.", "survey")
    assert same_noun(mention, head) == "survey"


def test_a_plain_definite_noun_gives_none(nlp):
    mention, head = _mention(nlp, "The survey also found rising rents.", "survey")
    assert same_noun(mention, head) is None


def test_the_latest_earlier_speaker_with_that_noun(nlp):
    mentions = [
        (0, (0, 10, "One survey")),
        (1, (20, 30, "Jane Moss")),
        (2, (40, 52, "a new survey")),
    ]
    assert earlier_same("survey", 60, mentions) == 2
    assert earlier_same("survey", 35, mentions) == 0
    assert earlier_same("report", 60, mentions) is None


def test_the_same_noun_speaks_for_the_one_named_before(attributed):
    result = attributed(
        "One survey of tenants found that rents rose by a third last year. "
        'The same survey also found "a steady drift" of families out of the city.'
    )
    drift = next(s for s in result.statements if "drift" in s.text)
    rents = next(s for s in result.statements if "rents" in s.text)
    assert drift.speaker == rents.speaker == "one survey"
