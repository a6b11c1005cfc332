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


def test_a_predicate_after_an_aside_closing_the_content_joins_it(contents):
    text = "A judge in Ohio ruled the state's practice of taxing food, or groceries, is unlawful."
    assert ("ruled", "the state's practice of taxing food, or groceries, is unlawful") in contents(
        text
    )


def test_a_listed_verb_after_the_object_stays_out(contents):
    found = contents("The mayor criticized the plan, said it would fail and left.")
    assert ("criticized", "the plan") in found
