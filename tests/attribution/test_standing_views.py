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


def test_side_a_group_favors_is_background(cue_words):
    text = "The canal is popular with farmers, who favor the new locks by a wide margin."
    assert "favor" not in cue_words(text)


def test_candidate_a_group_backs_is_background(cue_words):
    text = "Delegates who back the governor met in a hotel ballroom on Friday."
    assert "back" not in cue_words(text)


def test_backing_in_the_past_stays_a_report(cue_words):
    text = "Delegates who backed the governor last spring met in a hotel ballroom on Friday."
    assert "backed" in cue_words(text)


def test_main_clause_backing_stays_a_report(cue_words):
    text = "The farmers' union backs the new locks."
    assert "backs" in cue_words(text)
