"""A phrase closing a "than" clause."""

from foretold.attribution.than_clauses import beyond_comparison


def test_a_phrase_closing_a_than_clause_belongs_to_the_main_clause(attributed):
    text = (
        "Ann Lee has been more careful in her speeches than her rival has been, "
        "keen to make her party look moderate."
    )
    keen = next(s for s in attributed(text).statements if s.cue == "keen")
    assert keen.speaker_mention.text == "Ann Lee"


def test_a_verb_without_a_comparison_stays(nlp):
    doc = nlp("Lee has been careful, keen to look moderate.")
    keen = next(t for t in doc if t.text == "keen")
    assert beyond_comparison(keen.head, keen) == keen.head


def test_an_infinitive_after_a_plan_in_a_than_clause_is_the_main_clause(contents):
    text = "The senator fought harder than she had planned to keep her seat."
    assert contents(text) == []
    text = "The mayor stayed in office longer than he had hoped to stay."
    assert contents(text) == []


def test_a_plan_outside_a_comparison_stays(contents):
    assert contents("The senator planned to keep her seat.") == [("planned", "to keep her seat")]
