"""Recognition in law or diplomacy reports no one's view."""


def test_legally_recognizing_unions_is_no_attribution(cue_words):
    text = "The bill would make the island the first state to legally recognize civil unions."
    assert "recognize" not in cue_words(text)


def test_recognizing_a_state_is_no_attribution(cue_words):
    text = "Like its neighbour, the republic of Norvia recognized Estavia and opened an embassy."
    assert "recognized" not in cue_words(text)


def test_recognizing_a_need_stays(cue_words):
    text = "The mayor recognized the need for reform at the council meeting."
    assert "recognized" in cue_words(text)


def test_officially_recognizing_an_error_stays(cue_words):
    assert "recognized" in cue_words("The ministry officially recognized the error.")


def test_formally_recognizing_a_body_is_no_attribution(cue_words):
    text = "The government formally recognized the National Transition Council in March."
    assert "recognized" not in cue_words(text)


def test_a_prize_that_recognizes_work_honours_it(cue_words):
    text = "The team won the Lee Prize, which recognizes excellence in local reporting."
    assert "recognizes" not in cue_words(text)


def test_an_award_for_subject_honours_what_it_is_given_for(cue_words):
    text = "The award recognizes teachers who have served their towns for decades."
    assert "recognizes" not in cue_words(text)


def test_people_who_recognize_a_fact_still_report(cue_words):
    text = "The judges recognized that the team had worked for years."
    assert "recognized" in cue_words(text)
