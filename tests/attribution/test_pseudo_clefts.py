"""The clause after "be" that a cue in the subject of a pseudo-cleft reports."""

from foretold.attribution.pseudo_clefts import cleft_content


def _content(nlp, text: str, cue: str) -> str | None:
    doc = nlp(text)
    found = cleft_content(next(t for t in doc if t.text == cue))
    return None if found is None else doc[found[0] : found[1]].text


def test_a_what_clause_points_at_the_clause_after_be(nlp):
    text = "What the coach said was that the team had played badly."
    assert _content(nlp, text, "said") == "that the team had played badly"


def test_all_with_a_relative_clause_points_at_the_clause_after_be(nlp):
    text = "All I am asking is that the council waits another month."
    assert _content(nlp, text, "asking") == "that the council waits another month"


def test_a_plain_clause_is_no_cleft(nlp):
    assert _content(nlp, "The coach said that the team had played badly.", "said") is None


def test_a_noun_after_be_is_no_clause(nlp):
    assert _content(nlp, "What the coach said was a surprise.", "said") is None
