def test_cause_a_party_advocates_is_background(cue_words):
    text = "She belongs to the Unity Party, which advocates the island becoming a state."
    assert "advocates" not in cue_words(text)


def test_cause_a_league_champions_is_background(cue_words):
    text = "Rail riders joined the Velo League, which champions lower fares for students."
    assert "champions" not in cue_words(text)


def test_past_advocacy_stays_a_report(cue_words):
    text = "The Unity Party, which advocated the island becoming a state, met on Monday."
    assert "advocated" in cue_words(text)


def test_relative_clause_with_a_finite_clause_stays(cue_words):
    text = "The Unity Party, which advocates that the island should become a state, met today."
    assert "advocates" in cue_words(text)
