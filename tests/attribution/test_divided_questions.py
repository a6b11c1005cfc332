"""A question that a divided or undecided holder keeps open: "the board is split on whether
..."."""


def test_a_split_holder_keeps_the_question(attributed):
    statements = attributed("The town's voters are split on whether the old mill should be sold.")
    assert [(s.cue, s.text, s.speaker_mention.text) for s in statements.statements] == [
        ("split", "whether the old mill should be sold", "The town's voters")
    ]


def test_at_odds_over_a_question(contents):
    assert contents("The two unions remain at odds over whether to accept the new contract.") == [
        ("odds", "whether to accept the new contract")
    ]


def test_clashing_or_deadlocked_over_a_question(contents):
    assert contents("The two ministers clashed over how to pay for the new bridge.") == [
        ("clashed", "how to pay for the new bridge")
    ]
    assert contents("The committee has deadlocked on whether to extend the deadline.") == [
        ("deadlocked", "whether to extend the deadline")
    ]


def test_unclear_as_to_a_question_is_its_subjects(contents):
    assert contents("The early surveys were unclear as to who would win the county.") == [
        ("unclear", "who would win the county")
    ]


def test_a_noun_after_the_preposition_is_an_issue_not_a_view(contents):
    assert contents("The party remains bitterly divided over the new budget.") == []
    assert contents("The two ministers clashed over the new bridge.") == []


def test_murky_on_a_question_the_parse_hung_on_the_verb(contents):
    text = "Because the rules are murky on when private talks become campaign events."
    assert contents(text) == [("murky", "when private talks become campaign events")]
