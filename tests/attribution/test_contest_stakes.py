"""A stake fought for in a contest is no cause backed."""


def test_a_place_fought_for_is_no_statement(cue_words):
    assert "fighting" not in cue_words("Rivals are fighting for second place behind the winner.")


def test_a_cause_fought_for_stays(cue_words):
    assert "fighting" in cue_words("The union is fighting for higher wages.")
