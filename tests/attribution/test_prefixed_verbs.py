"""A hyphened verb joined to the cue is no part of the cue's object."""

from foretold.attribution.prefixed_verbs import prefixed_verb_end


def test_the_object_ends_before_a_hyphened_verb(contents):
    text = "She denied the report and counter-sued the paper."
    assert ("denied", "the report") in contents(text)


def test_a_hyphened_word_inside_the_object_stays(nlp):
    doc = nlp("He denied the re-run claims.")
    assert prefixed_verb_end(doc, 2, 6, 1) == 6
