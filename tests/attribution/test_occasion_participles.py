"""The speaker before a participle of the occasion, not the listener after it."""

from foretold.attribution.occasion_participles import occasion_speaker


def test_the_subject_before_speaking_to_a_body_is_the_speaker(attributed):
    text = 'Trade minister Ann Lee speaking to a business council called the deal "unfair".'
    found = [(s.cue, s.speaker) for s in attributed(text).statements]
    assert found == [("called", "Ann Lee")]


def test_a_participle_after_a_helping_verb_leaves_the_noun_alone(nlp):
    doc = nlp("Ann Lee is speaking to a group called Velo.")
    called = next(t for t in doc if t.text == "called")
    assert occasion_speaker(called) is None
