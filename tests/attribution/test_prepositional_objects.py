"""Objects of prepositions: a word's own preposition's object and a name in an "of" phrase."""

from foretold.attribution.prepositional_objects import (
    NOUN_OR_CLAUSE_OBJECTS,
    of_object_of,
    prep_object,
)

from .cues_in_text import token as _word


def test_the_object_of_a_preposition_after_the_word(nlp):
    doc = nlp("It finally occurred to the engineers that the bridge was sinking.")
    found = prep_object(_word(doc, "occurred"), "to")
    assert found is not None and found.text == "engineers"


def test_no_object_without_that_preposition(nlp):
    doc = nlp("It finally occurred to the engineers that the bridge was sinking.")
    assert prep_object(_word(doc, "occurred"), "from") is None


def test_a_preposition_before_the_word_counts_only_on_either_side(nlp):
    doc = nlp("Among nurses, the mayor enjoys wide support.")
    verb = _word(doc, "enjoys")
    assert prep_object(verb, "among") is None
    found = prep_object(verb, "among", either_side=True)
    assert found is not None and found.text == "nurses"


def test_a_clause_object_counts_when_asked_for(nlp):
    doc = nlp("The council came out against raising the fares.")
    verb = _word(doc, "came")
    assert prep_object(verb, "against") is None
    found = prep_object(verb, "against", NOUN_OR_CLAUSE_OBJECTS)
    assert found is not None and found.text == "raising"


def test_a_name_in_the_of_phrase_of_a_listed_noun(nlp):
    doc = nlp("Protesters gathered on the steps of Velo Hall on Monday.")
    assert of_object_of(_word(doc, "Hall"), frozenset({"steps"}))
    assert not of_object_of(_word(doc, "Hall"), frozenset({"gates"}))
    assert not of_object_of(_word(doc, "Monday"), frozenset({"steps"}))
