"""The subject of a clause opened by ", but" that the parse hung on the subject before it."""


def test_the_noun_after_but_speaks_not_the_subject_of_the_clause_before(speaker_of):
    text = (
        "At the time, the company invested in e-commerce and started home deliveries, "
        "but the Daily Ledger reports only 0.5% of its turnover comes from this segment."
    )
    assert speaker_of(text, "turnover") == "Daily Ledger"


def test_a_denied_noun_leaves_the_pair_to_the_parse(nlp):
    from foretold.attribution.but_clause_subjects import but_clause_subject

    doc = nlp("Not the company but the Herald reports that sales fell.")
    cue = next(t for t in doc if t.lower_ == "reports")
    subject = next(t for t in doc if t.lower_ == "company")
    assert but_clause_subject(subject, cue) == subject


def test_a_subject_with_no_but_stays(nlp):
    from foretold.attribution.but_clause_subjects import but_clause_subject

    doc = nlp("The company and the Herald report that sales fell.")
    cue = next(t for t in doc if t.lower_ == "report")
    subject = next(t for t in doc if t.lower_ == "company")
    assert but_clause_subject(subject, cue) == subject


def test_a_noun_added_with_but_also_leaves_the_pair_to_the_parse(nlp):
    from foretold.attribution.but_clause_subjects import but_clause_subject

    doc = nlp("The minister, but also her deputy, said that sales fell.")
    cue = next(t for t in doc if t.lower_ == "said")
    subject = next(t for t in doc if t.lower_ == "minister")
    assert but_clause_subject(subject, cue) == subject
