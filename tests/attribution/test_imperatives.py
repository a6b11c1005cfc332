def test_instruction_to_reader_is_no_attribution(cue_words):
    text = "For information on what we do here at the Gazette, see Gazette:About."
    assert "see" not in cue_words(text)


def test_subject_who_sees_stays(cue_words):
    text = "Analysts see the merger as a threat to smaller banks."
    assert "see" in cue_words(text)
