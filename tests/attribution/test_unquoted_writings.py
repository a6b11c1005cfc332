"""The "I" of a letter reproduced without quotation marks after a colon."""


def test_first_person_after_an_unquoted_letter_is_its_author(attributed):
    text = (
        "Ann Lee's email to staff reads: Team, at my request the board has given me leave. "
        "I have asked Tom Cole to run the firm. I have great confidence that he will do well."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Ann Lee"] * 3


def test_first_person_in_the_next_paragraph_is_not_the_author(attributed):
    text = (
        "Ann Lee's email to staff reads: Team, at my request the board has given me leave.\n\n"
        "I have asked Tom Cole to run the firm."
    )
    assert [s.speaker for s in attributed(text).statements] == ["Ann Lee", None]


def test_writer_after_a_plain_report_keeps_no_author(attributed):
    text = "Ann Lee told the paper that I was wrong. I think she is mistaken."
    speakers = [s.speaker for s in attributed(text).statements]
    assert "Ann Lee" in speakers
    assert speakers.count("Ann Lee") == 1
