def test_deed_of_the_speaker_is_background(cue_words):
    text = '"The bridge will be rebuilt by spring," said Ann Porter, who endorsed the mayor.'
    assert "endorsed" not in cue_words(text)
    assert "said" in cue_words(text)


def test_background_before_told(cue_words):
    text = "Ann Porter, who has known the mayor for years, told reporters the plan would fail."
    assert "known" not in cue_words(text)


def test_relative_clause_with_a_clause_stays(cue_words):
    text = '"The bridge will be rebuilt," said Ann Porter, who noted that the funds had arrived.'
    assert "noted" in cue_words(text)


def test_relative_clause_with_a_gerund_clause_stays(cue_words):
    text = "Ann Porter, who recalled meeting the mayor at the harbour, said the plan would fail."
    assert "recalled" in cue_words(text)


def test_relative_clause_charging_an_act_in_a_gerund_stays(cue_words):
    text = '"The bridge is late," said Ann Porter, who accused the mayor of hiding the audit.'
    assert "accused" in cue_words(text)


def test_relative_clause_judging_its_object_stays(cue_words):
    text = '"The bridge is late," said Ann Porter, who likened the project to a slow train.'
    assert "likened" in cue_words(text)
    text = '"The bridge is late," said Ann Porter, who described the project as a fiasco.'
    assert "described" in cue_words(text)


def test_relative_clause_on_a_written_topic_stays(cue_words):
    text = '"The bridge is late," said Ann Porter, who wrote about the delays in her column.'
    assert "wrote" in cue_words(text)
    text = '"The bridge is late," said Ann Porter, who voted for the mayor.'
    assert "voted" not in cue_words(text)
