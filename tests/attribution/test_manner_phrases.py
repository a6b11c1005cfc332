"""Manner phrases that carry the cue's preposition."""

from foretold.attribution.manner_phrases import manner_prepositions


def test_speaking_at_length_about_reports_the_object_of_about(contents):
    assert contents("The senator spoke at length about the new budget.") == [
        ("spoke", "the new budget")
    ]


def test_a_manner_phrase_hands_on_its_prepositions(nlp):
    doc = nlp("She spoke at length about the budget.")
    assert [t.text for t in manner_prepositions(doc[1])] == ["about"]
    assert manner_prepositions(nlp("She spoke at the rally about the budget.")[1]) == []
