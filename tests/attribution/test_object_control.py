"""The object of a verb carries out the infinitive after it only when the verb brings it to
act, or when it names people."""

from foretold.attribution.object_control import controls_object


def _pair(nlp, text: str, verb: str, obj: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == verb), next(t for t in doc if t.text == obj)


def test_a_founded_body_does_not_carry_out_the_purpose(nlp):
    verb, obj = _pair(nlp, "Ahmed founded the Blue Party to oppose the dam.", "founded", "Party")
    assert not controls_object(verb, obj)


def test_a_required_body_carries_out_the_infinitive(nlp):
    text = "The charter requires both chambers of the assembly to confirm nominees."
    verb, obj = _pair(nlp, text, "requires", "chambers")
    assert controls_object(verb, obj)


def test_a_person_asked_carries_out_the_infinitive(nlp):
    verb, obj = _pair(nlp, "They asked me to prove it was him.", "asked", "me")
    assert controls_object(verb, obj)


def test_the_founder_not_the_party_opposes(attributed):
    text = (
        "Ahmed co-founded the Blue Star Party (BSP) to oppose the colonial rule, but was jailed"
        " in 1963."
    )
    speakers = {s.speaker for s in attributed(text).statements if s.cue == "oppose"}
    assert "Blue Star Party" not in speakers


def test_a_person_kept_from_writing_is_the_writer(nlp):
    text = "Lee prevented his brother, who worked with him, from writing about their deals."
    verb, obj = _pair(nlp, text, "prevented", "brother")
    assert controls_object(verb, obj)


def test_a_dive_taken_does_no_knowing(attributed):
    text = (
        "This talk builds on the last one, as we take a deeper dive into knowing more about"
        " this game which is about to turn ten years old."
    )
    assert not any(s.speaker == "deeper dive" for s in attributed(text).statements)
