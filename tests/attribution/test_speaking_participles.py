"""A participle clause before a reporting aside and a quotation tells how words were said."""

from foretold.attribution.speaking_participles import gerund_before_quotation


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


_WRITING = "Ann Lee shared the news last week, writing \u201cFeels great to back someone.\u201d\n"


def test_a_participle_read_as_the_subject_of_a_quotation_borrows_its_clause(nlp):
    doc = nlp(_WRITING)
    writing = next(t for t in doc if t.text == "writing")
    assert gerund_before_quotation(writing).text == "shared"


def test_a_gerund_subject_with_no_quotation_borrows_nothing(nlp):
    doc = nlp("Writing the report took a week.")
    assert gerund_before_quotation(doc[0]) is None


def test_the_subject_of_the_clause_writes_the_quotation(attributed):
    found = [(s.cue, s.speaker, s.text) for s in attributed(_WRITING).statements]
    assert found == [("writing", "Ann Lee", "\u201cFeels great to back someone.\u201d")]
