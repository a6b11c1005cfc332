"""A predicate stranded after a reported clause runs on with it."""


def test_a_subjectless_predicate_after_a_reported_clause_joins_it(contents):
    text = (
        "When the mayor tweeted that city plans to sell the park to developers would raise "
        "rents, residents protested."
    )
    assert (
        "tweeted",
        "that city plans to sell the park to developers would raise rents",
    ) in contents(text)


def test_a_predicate_with_its_own_subject_stays_out(contents):
    found = contents("Aides claiming fraud were fired on Monday.")
    assert all("fired" not in text for _, text in found), found
