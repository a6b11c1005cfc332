"""An organisation named beside a "the ..." subject speaks as that organisation."""

from foretold.attribution.apposed_bodies import apposed_body_name


def test_named_group_beside_a_description_is_the_speaker(attributed):
    text = (
        "According to witness accounts, the gunmen wore masks. "
        "The rebel group, the Northern Liberation Front, claimed responsibility for the raid."
    )
    found = attributed(text).statements
    assert [(s.cue, s.speaker) for s in found][-1:] == [("claimed", "Northern Liberation Front")]


def test_description_without_a_name_gives_none(nlp):
    doc = nlp("The company, which makes tyres, said profits fell.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert apposed_body_name(subject) is None
