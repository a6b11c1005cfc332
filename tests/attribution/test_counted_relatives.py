"""A closing relative clause that counts part of the content stays in the content."""

from foretold.attribution.counted_relatives import counted_relative


def test_count_of_people_after_a_comma_stays_in_the_content(contents):
    text = "Officials said ten people were on the ferry, three of whom were rescued by fishermen."
    assert contents(text) == [
        ("said", "ten people were on the ferry, three of whom were rescued by fishermen")
    ]


def test_part_of_a_sum_stays_in_the_content(contents):
    text = "The city announced that it would spend $40 million, half of which would go to roads."
    assert contents(text) == [
        ("announced", "that it would spend $40 million, half of which would go to roads")
    ]


def test_plain_relative_aside_is_still_left_out(contents):
    text = "Officials said ten people were on the ferry, which sank near the harbour."
    assert contents(text) == [("said", "ten people were on the ferry")]


def test_whole_taken_in_again_is_no_count(nlp):
    doc = nlp("The club sold its three grounds, all of which were old.")
    relative = next(t for t in doc if t.dep_ == "relcl")
    assert not counted_relative(relative)


def test_speaker_after_a_counted_relative_pronoun_is_no_count(attributed):
    text = "The senator took trips, some of which reporters say were funded by lobbyists."
    statements = attributed(text).statements
    assert [(s.cue, s.speaker) for s in statements] == [("say", "reporters")]
