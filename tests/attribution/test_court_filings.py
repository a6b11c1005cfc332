def test_lawsuit_dismissed_is_a_court_act(cue_words):
    assert "dismissed" not in cue_words("A district judge dismissed the mayor's lawsuit.")


def test_appeal_rejected_is_a_court_act(cue_words):
    text = "On Monday a federal judge rejected the shipping firm's appeal."
    assert "rejected" not in cue_words(text)


def test_motion_denied_in_the_passive_is_a_court_act(cue_words):
    assert "denied" not in cue_words("The defence motion was denied by the court on Friday.")


def test_lawsuit_judged_as_something_stays(cue_words):
    text = "The governor dismissed the lawsuit as a publicity stunt."
    assert "dismissed" in cue_words(text)


def test_appeal_for_something_stays(contents):
    text = "The rebels rejected the appeal for a ceasefire."
    assert ("rejected", "the appeal for a ceasefire") in contents(text)


def test_argument_rejected_stays(cue_words):
    assert "rejected" in cue_words("The judge rejected the argument of the defence.")


def test_subpoena_issued_is_a_legal_act(cue_words):
    text = (
        "On Friday the state senate issued a subpoena for records from the city treasurer "
        "as part of its inquiry into alleged fraud."
    )
    assert "issued" not in cue_words(text)


def test_warrant_issued_in_the_passive_is_a_legal_act(cue_words):
    text = "The warrant was issued jointly by two county judges, Ann Lee and Tom Park."
    assert "issued" not in cue_words(text)


def test_statement_issued_stays(cue_words):
    text = "The housing committee issued a statement on the landlord's records."
    assert "issued" in cue_words(text)
