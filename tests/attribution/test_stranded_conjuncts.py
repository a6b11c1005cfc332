"""A conjunct stranded after an aside following "and" runs on with the reported clause."""


def test_a_subjectless_verb_after_an_aside_joins_the_report(contents):
    text = (
        "The mayor said the city will repave the road and, by next spring, plans to add a "
        "bike lane."
    )
    assert (
        "said",
        "the city will repave the road and, by next spring, plans to add a bike lane",
    ) in contents(text)


def test_a_finished_pair_stays_as_it_was(contents):
    text = "The mayor said the city will repave the road and add a bike lane."
    assert ("said", "the city will repave the road and add a bike lane") in contents(text)


def test_a_new_subject_after_the_comma_stays_out(contents):
    text = "The mayor said the city will repave the road, and residents cheered."
    found = contents(text)
    assert all("cheered" not in content for _, content in found), found
