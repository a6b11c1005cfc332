"""A conjunct of the cue verb opened by "that" is one more thing reported."""


def test_a_that_clause_joined_to_the_cue_runs_on_with_the_report(contents):
    text = "The firm announced a new plant, and that the old one would close."
    assert ("announced", "a new plant, and that the old one would close") in contents(text)


def test_an_aside_before_the_that_clause_stays_inside(contents):
    text = "She announced a new plant and, to the surprise of many, that prices would fall."
    assert (
        "announced",
        "a new plant and, to the surprise of many, that prices would fall",
    ) in contents(text)


def test_a_clause_of_the_writer_stays_out(contents):
    text = "The firm announced a new plant, and the old one closed."
    found = contents(text)
    assert ("announced", "a new plant") in found
    assert all("closed" not in content for _, content in found), found


def test_a_that_clause_joined_to_the_predicate_of_the_cue_runs_on(contents):
    text = (
        "Aides to the mayor are quick to point out that he has won the last two votes, and"
        " that polls show he remains the first choice for most voters."
    )
    assert contents(text) == [
        (
            "point",
            "that he has won the last two votes, and that polls show he remains the first"
            " choice for most voters",
        )
    ]
