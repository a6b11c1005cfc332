"""A "when" clause after a verb of memory dates what is remembered."""


def test_when_clause_after_a_memory_verb_goes_with_what_is_remembered(contents):
    assert contents(
        "Over coffee, she recalled what it was like to be a young nurse when a military "
        "council, the so-called Committee, seized the capital and closed the borders."
    ) == [
        (
            "recalled",
            "what it was like to be a young nurse when a military council, the so-called "
            "Committee, seized the capital and closed the borders",
        )
    ]


def test_an_act_of_saying_is_the_occasion_of_the_remembering(nlp):
    from foretold.attribution.remembered_times import remembered_time_clause

    doc = nlp("She recalled the crash when she testified on Monday.")
    verb, clause = doc[1], doc[6]
    assert clause.dep_ == "advcl" and clause.head == verb
    assert not remembered_time_clause(clause, verb)
