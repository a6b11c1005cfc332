"""A present-tense noun read as a verb joined to a past verb: the subject holds no view."""


def test_worries_after_a_prepositional_object_are_not_the_subjects(attributed):
    text = (
        "Three large bank shares closed at their lowest levels in years on Friday, amidst "
        "shrinking lending and worries that the regulator will raise capital rules."
    )
    found = [(s.speaker, s.cue) for s in attributed(text).statements]
    assert not any(cue == "worries" and speaker for speaker, cue in found)


def test_present_verb_after_a_verbs_object_stays(cue_words):
    assert "says" in cue_words("She closed the shop and says that business is slow.")
