"""A participle opened by "while" goes with the main clause, past a side clause of reasons."""

from foretold.attribution.speakers import subject_of


def test_while_participle_after_a_reason_clause_goes_with_the_main_subject(nlp):
    doc = nlp(
        "Unnamed analysts called the plan costly, as fuel is expensive and margins are thin, "
        "while noting the trucks are needed by the army."
    )
    assert subject_of(next(t for t in doc if t.text == "noting")).text == "analysts"


def test_while_participle_on_the_main_clause_keeps_its_subject(nlp):
    doc = nlp("The union rejected the offer, while noting that the talks would continue.")
    assert subject_of(next(t for t in doc if t.text == "noting")).text == "union"
