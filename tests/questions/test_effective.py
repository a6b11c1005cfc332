from datetime import date

import pytest

from foretold.questions.effective import effective_probability, horizon_missed
from foretold.records import Forecast, Horizon, Link, Question

QUESTION = Question(
    "q", "Will it happen?", status="resolved", outcome="yes", resolved_on=date(2022, 2, 24)
)


def forecast(p=0.8, condition=None, horizon_end=None):
    horizon = Horizon(None, horizon_end, "by then") if horizon_end else None
    return Forecast(
        "f", "a", "X", "it will", 0, 7, "it happens", p, condition=condition, horizon=horizon
    )


def test_negated_link_counts_the_opposite():
    assert effective_probability(forecast(0.8), Link("f", "q", negated=True), QUESTION) == (
        pytest.approx(0.2)
    )


def test_unmet_condition_makes_the_forecast_void():
    f = forecast(condition="the talks fail")
    assert effective_probability(f, Link("f", "q"), QUESTION, condition_met=False) is None
    assert effective_probability(f, Link("f", "q"), QUESTION, condition_met=None) == 0.8


def test_removed_link_counts_for_nothing():
    assert effective_probability(forecast(), Link("f", "q", removed=True), QUESTION) is None


def test_event_after_the_horizon_counts_against_the_forecast():
    early = forecast(0.9, horizon_end=date(2022, 1, 31))
    assert horizon_missed(early, QUESTION)
    assert effective_probability(early, Link("f", "q"), QUESTION) == pytest.approx(0.1)


def test_event_within_the_horizon_keeps_the_probability():
    f = forecast(0.6, horizon_end=date(2022, 4, 30))
    assert not horizon_missed(f, QUESTION)
    assert effective_probability(f, Link("f", "q"), QUESTION) == pytest.approx(0.6)
