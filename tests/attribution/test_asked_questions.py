"""The "if" clause a verb of asking puts as its question."""

from foretold.attribution.asked_questions import asked_question


def test_if_clause_after_a_verb_of_asking_is_its_question(contents):
    assert contents("Asked by a reporter if she would run again, the mayor smiled.") == [
        ("Asked", "if she would run again")
    ]
    assert contents("Lee asked the clerk if the office was open.") == [
        ("asked", "if the office was open")
    ]


def test_condition_of_a_request_is_not_a_question(nlp):
    doc = nlp("She will ask for a recount if the margin is small.")
    asking = next(t for t in doc if t.lemma_ == "ask")
    assert asked_question(asking) == []


def test_if_clause_set_off_by_a_comma_is_a_condition(nlp):
    doc = nlp("The board will question the budget, if the chair agrees.")
    asking = next(t for t in doc if t.lemma_ == "question")
    assert asked_question(asking) == []
