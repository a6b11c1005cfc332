"""Genders taught by the narrating "he" and "she"."""

from foretold.attribution.entities import Entity
from foretold.attribution.pronoun_genders import taught_gender, unnamed_newcomer


def _people(doc, names):
    entities = {name: Entity(name=name, kind="person") for name in names}
    found = [(t, entities[t.text]) for t in doc if t.text in entities]
    return found, entities


def test_she_teaches_the_only_subject_before_it(nlp):
    doc = nlp("Oll was involved in a crash that killed Ranu. She later left the country.")
    people, entities = _people(doc, ["Oll", "Ranu"])
    she = next(t for t in doc if t.text == "She")
    assert taught_gender(she, people, [-1] * len(doc)) == (entities["Oll"], "f")


def test_no_gender_when_a_noun_of_that_gender_comes_between(nlp):
    doc = nlp("Waltz confessed to killing his sister in 2016. She was 26.")
    people, _ = _people(doc, ["Waltz"])
    she = next(t for t in doc if t.text == "She")
    assert taught_gender(she, people, [-1] * len(doc)) is None


def test_no_gender_when_two_subjects_could_be_meant(nlp):
    doc = nlp("Lee met Cole after Cole had won. She left.")
    people, _ = _people(doc, ["Lee", "Cole"])
    she = next(t for t in doc if t.text == "She")
    assert taught_gender(she, people, [-1] * len(doc)) is None


def test_no_gender_when_a_pronoun_of_the_other_gender_comes_between(nlp):
    doc = nlp("Ann Lee spoke with police. Bo Ray died. He was 19. She said he had been drinking.")
    people, _ = _people(doc, ["Lee", "Ray"])
    she = next(t for t in doc if t.text == "She")
    assert taught_gender(she, people, [-1] * len(doc)) is None


def test_she_after_he_speaks_for_the_woman_before(attributed):
    text = "Ann Lee spoke with police. Bo Ray died. He was 19. She said he had been drinking."
    [said] = attributed(text).statements
    assert said.speaker == "Ann Lee"


def test_an_indefinite_phrase_brings_in_an_unnamed_person(nlp):
    doc = nlp("After one of their daughters fled, a woman phoned. A son, Bo Ray, hid.")
    one, woman, son = (next(t for t in doc if t.text == w) for w in ("one", "woman", "son"))
    aide = nlp("The plan works, said Bo Ray, a spokesman for the union.")
    assert not unnamed_newcomer(next(t for t in aide if t.text == "spokesman"), "m")
    assert unnamed_newcomer(one, "f") and unnamed_newcomer(woman, "f")
    assert not unnamed_newcomer(one, "m")
    assert not unnamed_newcomer(son, "m")
