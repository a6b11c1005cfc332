from datetime import date

import pytest

from foretold.forecasts import find_forecasts
from foretold.ingest.article import make_article


def _read(nlp, text):
    article = make_article(text, publisher="Example News", published=date(2021, 12, 6))
    return [f for f in find_forecasts(nlp(article.text), article, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect the central bank to raise rates next month.",
        'The storm "will almost certainly reach the coast by Friday," said Jane Smith.',
        "The merger will help the company to be viable in the North American market.",
        "Many economists doubt that inflation will fall this year.",
    ],
)
def test_predictions_are_forecasts(nlp, text):
    assert [f for f in _read(nlp, text) if f.kind == "forecast"]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow seized Crimea from Ukraine in 2014.",
        "Will the talks succeed?",
        "The company announced that it would cut 3,000 jobs.",
        "The airline will be carrying about 500 people.",
        "If named, it would have become the third named storm of the season.",
        "It would be a constitutional outrage if Parliament were prevented from sitting.",
    ],
)
def test_past_facts_questions_plans_and_counterfactuals_are_not(nlp, text):
    assert not [f for f in _read(nlp, text) if f.kind == "forecast"]


def test_first_person_future_is_an_intention(nlp):
    found = _read(nlp, "Biden later responded, \"I won't accept anybody's red line.\"")
    assert found and all(f.kind == "intention" for f in found)


def test_according_to_names_the_forecaster(nlp):
    (found,) = _read(
        nlp, "The army may launch an offensive in March, according to U.S. intelligence."
    )
    assert found.forecaster == "U.S. intelligence"
    assert found.probability == 0.5 and found.probability_words == ("may",)


def test_narrator_forecast_falls_back_to_the_publisher(nlp):
    (found,) = _read(nlp, "The looming crisis could pose the sternest test yet of his presidency.")
    assert found.forecaster == "Example News"


def test_condition_and_positive_proposition(nlp):
    (found,) = _read(
        nlp, "Lukyanov said he does not expect hostilities to break out if the talks fail."
    )
    assert found.condition == "if the talks fail"
    assert found.proposition.lower().startswith("hostilities break out")
    assert found.probability < 0.35


def test_odd_text_gives_no_forecasts(nlp):
    assert _read(nlp, '"unbalanced quote and ??? ') == []
    assert isinstance(_read(nlp, "Das wird morgen passieren."), list)


@pytest.mark.parametrize(
    "text",
    [
        "General Motors stated that the company would stop 30% of its North American production.",
        "The firm said the details will be kept confidential.",
        "The flight was redirected to Omsk, so he could be hospitalized.",
        'Mr Lee said "we understand the difficulties such a power outage would cause".',
        "According to the utility's schedule, by noon half a million could be affected.",
        "Mr Howard said that the light commercial project would involve construction of a centre.",
        "It is obvious that the purpose of the suspension would be to stop the debate.",
    ],
)
def test_plans_purposes_and_hypotheticals_are_not_forecasts(nlp, text):
    assert not [f for f in _read(nlp, text) if f.kind == "forecast"]


def test_expectation_in_a_relative_clause_is_a_forecast(nlp):
    found = _read(nlp, "Customers were cut off by the shutoffs which were expected to last a day.")
    assert [f for f in found if f.kind == "forecast" and "expect" in f.probability_words]


def test_a_stated_number_makes_one_forecast_per_sentence(nlp):
    found = _read(nlp, "By Monday afternoon, this likelihood had risen to a three-in-five chance.")
    assert len(found) == 1 and found[0].probability == 0.6


def test_agentless_estimate_takes_the_source_cited_before(nlp):
    text = (
        "The National Hurricane Center reported the storm had winds of 30 miles per hour.\n\n"
        "On Sunday, the depression was given only a one-in-five chance of becoming a storm."
    )
    (found,) = _read(nlp, text)
    assert "National Hurricane Center" in found.forecaster


@pytest.mark.parametrize(
    "text",
    [
        "Q: You mention floods; what might be the causes of that, and could there be other "
        "reasons you can think of?\n\nA: We are still studying the river.",
        "It is not yet clear how many voters will turn out.",
    ],
)
def test_clauses_of_questions_are_not_forecasts(nlp, text):
    assert not [f for f in _read(nlp, text) if f.kind == "forecast"]


@pytest.mark.parametrize(
    "text",
    [
        "The engineers had initially hypothesized the bridge would hold.",
        'She said, "There was no reason for us to expect that the river would flood."',
    ],
)
def test_expectations_held_in_the_past_are_not_forecasts(nlp, text):
    assert not [f for f in _read(nlp, text) if f.kind == "forecast"]


@pytest.mark.parametrize(
    "text",
    [
        "It is likely that the virus has spread to other towns.",
        "We counted 300 nests, but actual losses are likely higher than that.",
    ],
)
def test_estimates_about_the_present_are_not_forecasts(nlp, text):
    assert not [f for f in _read(nlp, text) if f.kind == "forecast"]


@pytest.mark.parametrize(
    "text",
    [
        "In some cases, the birds will even attack their own chicks.",
        "The files are saved and will automatically update as you edit them.",
        "The only penalties a disciplinary panel may impose are fines.",
    ],
)
def test_habitual_and_generic_statements_are_not_forecasts(nlp, text):
    assert not [f for f in _read(nlp, text) if f.kind == "forecast"]


@pytest.mark.parametrize(
    "text",
    [
        "The measure would apply to everyone using public buses and ferries.",
        'The minister said masks would be "a condition of entry" to the museum.',
    ],
)
def test_contents_of_announced_rules_are_not_forecasts(nlp, text):
    assert not [f for f in _read(nlp, text) if f.kind == "forecast"]


def test_modal_with_estimative_adjective_is_a_forecast(nlp):
    found = _read(nlp, 'The mayor said a citywide curfew could be "inevitable".')
    (forecast,) = [f for f in found if f.kind == "forecast"]
    assert "inevitable" in forecast.probability_words and 0.5 < forecast.probability < 0.9


def test_likely_with_a_future_comparison_is_a_forecast(nlp):
    text = "The senator said the offer is likely as good as the union will ever get."
    assert [f for f in _read(nlp, text) if f.kind == "forecast"]


def test_consequence_given_as_a_reason_is_a_forecast(nlp):
    text = (
        "The lawsuit argues the farmers have standing because building the dam would divert "
        "water from their fields."
    )
    assert [f for f in _read(nlp, text) if f.kind == "forecast"]


def test_passive_projection_takes_the_source_that_projects(nlp):
    text = (
        "Several television networks projected that Smith won the state.\n\n"
        'Jane Roe, a donor, said she was "delighted".\n\n'
        "Smith is projected to win the national vote."
    )
    found = [f for f in _read(nlp, text) if "national vote" in f.statement]
    assert found and found[0].forecaster == "Several television networks"


def test_passive_expectation_without_a_source_is_the_publishers(nlp):
    text = (
        'Jane Roe, a donor, said she was "delighted".\n\n'
        "Smith is widely expected to win the national vote."
    )
    found = [f for f in _read(nlp, text) if "national vote" in f.statement]
    assert found and found[0].forecaster == "Example News"


def test_one_prediction_read_twice_from_a_sentence_is_one_forecast(nlp):
    text = (
        "Critics point out, the new phone is also expected to have these flaws when it is "
        "released, expected in late 2026."
    )
    assert len([f for f in _read(nlp, text) if f.kind == "forecast"]) == 1
