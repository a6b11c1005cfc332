def test_thing_added_to_a_whole_is_no_remark(contents):
    text = "After her latest role, the actress can add a new title to her resume: “song collector.”"
    assert contents(text) == []


def test_added_clause_stays(contents):
    assert ("added", "that the plan was late") in contents(
        "The mayor added that the plan was late."
    )


def test_added_object_without_to_stays(contents):
    text = "The mayor added a warning: the bridge may close."
    assert ("added", "a warning: the bridge may close") in contents(text)
