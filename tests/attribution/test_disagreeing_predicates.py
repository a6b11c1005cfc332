"""A content ends before a singular auxiliary its pronoun subject cannot take."""


def test_the_sentence_predicate_after_an_elliptical_clause_stays_out(contents):
    text = (
        "Any bank that asks them to pay more than they would have otherwise is supposed "
        "to explain why."
    )
    assert ("asks", "them to pay more than they would have otherwise") in contents(text)


def test_an_agreeing_verb_group_stays(contents):
    text = "The mayor said they would have otherwise paid more."
    assert ("said", "they would have otherwise paid more") in contents(text)
