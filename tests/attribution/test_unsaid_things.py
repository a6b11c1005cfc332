"""Words held back: a saying verb with "nothing" or "little" for its object."""


def test_saying_little_or_nothing_about_a_thing_is_no_statement(cue_words):
    assert "said" not in cue_words("The mayor said little about the bridge plan in recent months.")
    text = "The senator, who has read the files, would say nothing about them."
    assert "say" not in cue_words(text)


def test_little_or_nothing_as_the_subject_of_what_was_said_stays(contents):
    assert contents("The mayor said little had changed since May.") == [
        ("said", "little had changed since May")
    ]
    assert contents("The senator said nothing would change.") == [("said", "nothing would change")]
