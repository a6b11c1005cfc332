def test_an_opening_citing_participle_is_left_out(contents):
    text = "The agency reported, citing police data, that bicycle thefts rose by a third."
    assert ("reported", "that bicycle thefts rose by a third") in contents(text)


def test_a_content_without_the_participle_is_unchanged(contents):
    text = "The agency reported that bicycle thefts rose by a third."
    assert ("reported", "that bicycle thefts rose by a third") in contents(text)
