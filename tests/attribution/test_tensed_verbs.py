"""Verbs that carry tense."""

from foretold.attribution.tensed_verbs import tensed


def test_finite_verb_and_verb_with_a_modal_are_tensed_but_an_infinitive_is_not(nlp):
    doc = nlp("She will go, and he left, hoping to win.")
    assert tensed(doc[2]) and tensed(doc[6])
    assert not tensed(doc[8]) and not tensed(doc[10])
