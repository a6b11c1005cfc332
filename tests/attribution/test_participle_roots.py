"""The main verb the parser hung on a noun under a participle root."""

from foretold.attribution.participle_roots import misparsed_participle_root

from .cues_in_text import token as _word


def test_a_past_tense_hung_on_a_noun_after_a_participle_root_is_the_main_verb(nlp):
    doc = nlp(
        "On Tuesday, Foreign Minister Ana Lee speaking to a business forum called the deal "
        '"unfair".'
    )
    assert misparsed_participle_root(_word(doc, "called")).text == "speaking"


def test_a_past_participle_modifier_is_no_main_verb(nlp):
    doc = nlp("Lee, speaking at the forum, praised the report released by the board.")
    assert misparsed_participle_root(_word(doc, "released")) is None


def test_the_subject_before_speaking_to_a_body_is_the_speaker(attributed):
    text = 'Trade minister Ann Lee speaking to a business council called the deal "unfair".'
    found = [(s.cue, s.speaker) for s in attributed(text).statements]
    assert found == [("called", "Ann Lee")]


def test_a_participle_after_a_helping_verb_leaves_the_noun_alone(nlp):
    doc = nlp("Ann Lee is speaking to a group called Velo.")
    assert misparsed_participle_root(_word(doc, "called")) is None
