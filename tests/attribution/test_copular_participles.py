"""A participle after a copula goes on with the participle on its predicate noun."""

from foretold.attribution.copular_participles import copular_doer

from .cues_in_text import token as _word


def test_second_participle_is_done_by_the_predicate_noun(nlp):
    doc = nlp(
        "What the crowd sees first is the mayor speaking from a giant screen, "
        'calling them "cowards" and bragging about the new stadium.'
    )
    cue = _word(doc, "calling")
    assert cue.head.lemma_ == "be"
    assert copular_doer(cue, cue.head).text == "mayor"


def test_copula_without_a_participle_on_its_noun_lends_no_doer(nlp):
    doc = nlp("The result is a loss for the party, prompting calls for a new leader.")
    cue = _word(doc, "prompting")
    assert copular_doer(cue, cue.head) is None
