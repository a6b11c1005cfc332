"""A present-tense adverbial clause after a present-tense complement goes on with it."""


def test_present_when_clause_goes_with_the_complement(contents):
    assert contents(
        "The research paper reported E. coli releases a number of gases when it lives in "
        "hydrogen-based atmosphere including ammonia and nitrous oxide."
    ) == [
        (
            "reported",
            "E. coli releases a number of gases when it lives in hydrogen-based atmosphere "
            "including ammonia and nitrous oxide",
        )
    ]


def test_only_a_past_cue_over_a_present_complement_takes_the_clause(nlp):
    from foretold.attribution.present_clauses import present_clause_end

    text = "The research paper reported E. coli releases a number of gases when it lives in air."
    doc = nlp(text)
    verb, clause = doc[3], doc[6]
    assert present_clause_end(verb, clause, 11) == len(doc) - 1
    doc[6].tag_ = "VBD"  # "E. coli released gases when it lives ...": no present complement
    assert present_clause_end(verb, doc[6], 11) == 11


def test_time_clause_about_another_party_goes_with_a_present_report(contents):
    assert contents(
        "The figures underscore the problem facing Governor Ruiz as she enters the final "
        "weeks of the session."
    ) == [
        (
            "underscore",
            "the problem facing Governor Ruiz as she enters the final weeks of the session",
        )
    ]


def test_time_clause_after_a_comma_goes_with_a_present_report(contents):
    assert contents(
        "The manager expects higher freight costs, as carriers try to meet demand, and fewer "
        "discounts."
    ) == [("expects", "higher freight costs, as carriers try to meet demand, and fewer discounts")]


def test_the_speakers_own_doing_is_no_part_of_a_present_report(nlp):
    from foretold.attribution.present_clauses import present_report_clause

    doc = nlp("The engineer praises the design as the engineer walks the floor.")
    verb = doc[2]
    clause = next(t for t in doc if t.dep_ == "advcl")
    assert clause.head == verb
    assert not present_report_clause(clause, verb)
