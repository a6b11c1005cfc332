"""A thing "whose" owns reports for the one the relative clause describes."""

from foretold.attribution.relative_owners import whose_owner


def test_the_owner_of_a_thing_speaks_for_it(speaker_of):
    text = "The firm whose audit found that the books were wrong was fined."
    assert speaker_of(text, "books") == "firm"


def test_a_subject_the_parse_left_beside_its_owner_gives_way_to_it(attributed):
    text = (
        "The Romanian hacker whose cyber-mischief first revealed that the senator used a "
        "private email address pleaded guilty on Wednesday."
    )
    found = [s for s in attributed(text).statements if s.cue == "revealed"]
    assert [s.speaker_mention.text for s in found] == ["The Romanian hacker"]


def test_an_owned_person_speaks_for_themself(nlp):
    doc = nlp("The senator whose aide said the bill was dead spoke on Monday.")
    aide = next(t for t in doc if t.text == "aide")
    assert whose_owner(aide) == aide
