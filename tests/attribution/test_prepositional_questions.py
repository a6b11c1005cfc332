"""The embedded question a cue's own preposition takes as its object."""


def test_a_question_after_the_cue_preposition_is_the_content(contents):
    text = "The council members disagree on how the bridge should be paid for."
    assert contents(text) == [("disagree", "how the bridge should be paid for")]


def test_a_free_relative_with_ever_is_no_question(contents):
    text = "The mayor said he will work with whoever wins the seat."
    assert contents(text) == [("said", "he will work with whoever wins the seat")]


def test_a_whether_question_after_the_cue_preposition_is_the_content(contents):
    assert contents("Experts disagree about whether the new drug works.") == [
        ("disagree", "whether the new drug works")
    ]
    assert contents("The trustees argued over whether to close the library.") == [
        ("argued", "whether to close the library")
    ]
