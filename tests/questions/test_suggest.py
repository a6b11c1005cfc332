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


def test_generic_clauses_about_nothing_in_common_are_not_grouped(nlp):
    forecasts = [
        ("a", "It happens again"),
        ("b", "The same thing happens to me again"),
        ("c", "Hopefully it happens"),
    ]
    assert suggest_questions(forecasts, load_embedder("static"), nlp) == []


def test_a_group_does_not_drift_into_unrelated_forecasts(nlp):
    forecasts = [
        ("a", "General Motors files for bankruptcy"),
        ("b", "GM files for bankruptcy protection"),
        ("c", "Chrysler files for bankruptcy protection"),
        ("d", "Chrysler cuts jobs at its Detroit plants"),
    ]
    groups = [
        set(s.forecast_ids) for s in suggest_questions(forecasts, load_embedder("static"), nlp)
    ]
    assert not any({"a", "d"} <= g for g in groups)
