"""A cue verb after "must": a duty or a rule, nothing said yet."""


def test_vote_that_must_happen_is_no_attribution(cue_words):
    assert "vote" not in cue_words("Three-fifths of members must vote to approve the change.")


def test_disclosure_owed_is_no_attribution(cue_words):
    assert "disclose" not in cue_words(
        "Under the rule, the firm must disclose its losses each year."
    )


def test_must_have_said_stays(cue_words):
    assert "said" in cue_words("The clerk must have said that the office was closed.")


def test_vote_taken_stays(cue_words):
    assert "voted" in cue_words("The council voted to approve the change on Tuesday.")
