"""An unnamed source keeps the phrase of access after its noun in its mention and name."""

from foretold.attribution.access_phrases import access_end


def _only(attributed, text):
    statements = attributed(text).statements
    assert statements, text
    return statements[0]


def test_someone_keeps_what_they_are_familiar_with(attributed):
    text = "The paper reported that someone familiar with the talks said the deal was off."
    statement = next(s for s in attributed(text).statements if s.text == "the deal was off")
    assert statement.speaker_mention.text == "someone familiar with the talks"
    assert statement.speaker == "someone familiar with the talks"


def test_people_keep_whom_they_are_close_to(attributed):
    statement = _only(attributed, "People close to the mayor said the budget would be cut.")
    assert statement.speaker_mention.text == "People close to the mayor"


def test_the_phrase_stops_before_a_comma(nlp):
    doc = nlp("Sources familiar with the plan, which was leaked, said it would fail.")
    assert access_end(doc[0]) == 5  # "Sources familiar with the plan"


def test_a_bare_source_and_a_thing_keep_no_phrase(nlp):
    doc = nlp("Officials said the bridge close to the river was unsafe.")
    assert access_end(doc[0]) == 1
    assert access_end(doc[4]) == 5  # a bridge is no source
