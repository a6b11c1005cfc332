"""The subject a cue without one of its own borrows from a verb near it."""

from foretold.attribution.speakers import subject_of


def test_object_of_a_verb_that_brings_someone_to_speak_is_the_speaker(nlp):
    doc = nlp("The landslide win led party chairman Tom Reed to declare her the nominee.")
    assert subject_of(next(t for t in doc if t.text == "declare")).text == "Reed"
    doc = nlp("The board kept its former director, Ann Lee, from writing about the merger.")
    assert subject_of(next(t for t in doc if t.text == "writing")).text == "director"
