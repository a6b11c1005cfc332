def test_look_is_no_source(contents):
    text = "A close look at the city's budget suggests that the cuts fall hardest on schools."
    assert contents(text) == []


def test_glance_and_browse_are_no_source(contents):
    assert contents("A brief glance at the figures shows that sales fell in the spring.") == []
    text = "A quick browse through old headlines shows that the paper rarely covered the strike."
    assert contents(text) == []


def test_review_stays_a_source(contents):
    text = "A review of the city's budget suggests that the cuts fall hardest on schools."
    assert ("suggests", "that the cuts fall hardest on schools") in contents(text)
