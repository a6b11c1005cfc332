"""A reporting aside the parser made an adverbial clause still reports the clause around it."""

from foretold.attribution.adverbial_asides import adverbial_aside


def test_an_aside_after_a_fronted_phrase_reports_the_clause_around_it(attributed):
    text = "But with each passing week, these voters admit, it becomes harder to defend the plan."
    statements = attributed(text).statements
    assert [(s.cue, s.speaker) for s in statements] == [("admit", "these voters")]
    assert statements[0].text.endswith("it becomes harder to defend the plan")


def test_a_clause_with_a_subordinator_is_no_aside(nlp):
    doc = nlp("When the aides spoke, the hall was empty.")
    spoke = next(t for t in doc if t.text == "spoke")
    assert not adverbial_aside(spoke)


def test_the_misread_aside_is_caught(nlp):
    doc = nlp(
        "But with each passing week, these voters admit, it becomes harder to defend the plan."
    )
    admit = next(t for t in doc if t.text == "admit")
    assert admit.dep_ == "advcl" and adverbial_aside(admit)
