def test_a_topic_before_a_colon_and_quotation_is_no_content(contents):
    text = 'Ann Lee spoke about the strike: "We will not give in. The talks are over."'
    assert contents(text) == [("spoke", '"We will not give in. The talks are over."')]
    text = 'Bo Ray disagreed with these findings: "The wells were minor and the data is thin."'
    assert ("disagreed", "these findings") not in contents(text)


def test_a_topic_without_a_quotation_stays(contents):
    assert ("spoke", "the strike") in contents("Ann Lee spoke about the strike on Monday.")
