"""A time adverb between a reporting verb and its that-less clause dates the saying."""


def test_a_time_adverb_right_after_the_verb_is_left_out_of_the_clause(contents):
    assert contents("The mayor said later the bridge would reopen.") == [
        ("said", "the bridge would reopen")
    ]


def test_a_time_adverb_inside_the_clause_stays(contents):
    assert contents("The mayor said she had visited the site earlier.") == [
        ("said", "she had visited the site earlier")
    ]
    assert contents("The mayor said earlier reports were wrong.") == [
        ("said", "earlier reports were wrong")
    ]
