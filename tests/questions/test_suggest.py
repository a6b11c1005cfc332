from foretold.questions.embedding import load_embedder
from foretold.questions.suggest import as_question, suggest_questions


def test_proposition_becomes_a_yes_no_question(nlp):
    assert as_question(nlp, "Turkey moves into Northern Syria") == (
        "Will Turkey move into Northern Syria?"
    )


def test_similar_forecasts_form_one_suggestion(nlp):
    forecasts = [
        ("a", "General Motors files for bankruptcy"),
        ("b", "GM files for bankruptcy protection"),
        ("c", "Tropical Depression Three reaches Florida"),
    ]
    suggestions = suggest_questions(forecasts, load_embedder("static"), nlp)
    assert [set(s.forecast_ids) for s in suggestions] == [{"a", "b"}]


def test_no_forecasts_no_suggestions(nlp):
    assert suggest_questions([], load_embedder("static"), nlp) == []
