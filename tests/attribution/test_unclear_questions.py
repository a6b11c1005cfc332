"""Open questions the writer states with no one to hold them: "it is unclear whether ..."."""


def test_an_open_question_is_the_content(attributed):
    statements = attributed("It is unclear whether the council will approve the new budget.")
    assert [(s.cue, s.text, s.speaker) for s in statements.statements] == [
        ("unclear", "whether the council will approve the new budget", None)
    ]


def test_a_negated_clear_and_a_clitic_be_open_a_question(contents):
    assert contents("It's not clear how the ferry company lost the contract.") == [
        ("clear", "how the ferry company lost the contract")
    ]


def test_a_hedging_adverb_stays_out(contents):
    assert contents("It remains unclear exactly who will run the bakery next year.") == [
        ("unclear", "who will run the bakery next year")
    ]


def test_a_question_subject_is_the_content(contents):
    assert contents("Whether the bridge reopens by spring is still unclear.") == [
        ("unclear", "Whether the bridge reopens by spring")
    ]


def test_a_plain_clear_or_a_that_clause_is_no_open_question(contents):
    assert contents("It is clear whether the team won the match.") == []
    assert contents("It is unclear that the team won the match.") == []
    assert contents("The future of the old mill is unclear.") == []


def test_a_report_inside_the_question_keeps_its_words(cue_words):
    assert "unclear" not in cue_words("It is unclear whether the mayor said anything to the press.")


def test_a_question_hard_to_tell_is_the_content(contents):
    assert contents("Whether the new bus lanes will cut traffic is hard to say.") == [
        ("hard", "Whether the new bus lanes will cut traffic")
    ]
    assert contents("It was hard to find a parking spot near the stadium.") == []


def test_knowing_inside_the_question_makes_no_statement(contents):
    assert contents("It is unclear whether the mayor knew about the payments.") == [
        ("unclear", "whether the mayor knew about the payments")
    ]
    assert contents("It is unclear whether the study shows any benefit.") == [
        ("unclear", "whether the study shows any benefit")
    ]
