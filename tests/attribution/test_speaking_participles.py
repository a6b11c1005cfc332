"""A participle clause before a reporting aside and a quotation tells how words were said."""


def test_a_speaking_participle_before_a_quotation_is_no_content(attributed):
    found = [
        (s.kind, s.text)
        for s in attributed(
            'Speaking to reporters in Paris, he said, "We will not give up the fight."'
        ).statements
    ]
    assert found == [("direct", '"We will not give up the fight."')]


def test_a_participle_before_reported_words_without_quotes_stays(attributed):
    found = [
        s.text
        for s in attributed(
            "Speaking on Monday, aides said, the mayor promised a review."
        ).statements
    ]
    assert found and "Speaking on Monday" in found[0]
