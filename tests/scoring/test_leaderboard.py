from datetime import date

import pytest

from foretold.scoring.leaderboard import leaderboard
from foretold.scoring.table import ScoredForecasts, ScoreRow

D = date(2021, 12, 6)
R = date(2022, 2, 24)


def row(name, p, happened=True, question="q1", said_on=D, resolved_on=R, live_until=None):
    return ScoreRow(
        forecaster=name,
        forecaster_id=name.lower().replace(" ", "-"),
        question_id=question,
        probability=p,
        happened=happened,
        said_on=said_on,
        live_until=live_until or resolved_on,
        resolved_on=resolved_on,
    )


def board(rows, **kwargs):
    return leaderboard(ScoredForecasts.from_rows(rows), **kwargs)


def test_rows_rank_by_mean_brier_with_hand_computed_scores():
    rows = [row("Stanovaya", 0.8), row("Stanovaya", 0.9), row("Lukyanov", 0.2)]
    result = board(rows, min_resolved=1)
    assert [r.forecaster for r in result] == ["Stanovaya", "Lukyanov"]
    top, bottom = result
    assert top.rank == 1 and bottom.rank == 2
    assert top.brier == pytest.approx((0.04 + 0.01) / 2)
    assert bottom.brier == pytest.approx(0.64)
    assert top.skill == pytest.approx(1 - 0.025 / 0.25)
    assert bottom.log_score == pytest.approx(-1.6094379)
    assert top.resolved == 2 and top.forecasts == 2 and top.questions == 1
    assert top.lead_days == (R - D).days


def test_peer_score_compares_forecasters_on_the_same_question_at_the_same_time():
    result = {r.forecaster: r for r in board([row("A", 0.8), row("B", 0.2)], min_resolved=1)}
    # both stand for the whole question: +-100 * (ln 0.8 - ln 0.2)
    assert result["A"].peer == pytest.approx(138.629436)
    assert result["B"].peer == pytest.approx(-138.629436)


def test_minimum_count_keeps_one_lucky_call_off_the_board():
    rows = [row("Lucky", 0.99)] + [row("Steady", 0.8, question=f"q{i}") for i in range(5)]
    result = board(rows, min_resolved=5)
    assert [r.forecaster for r in result] == ["Steady"]
    assert [r.forecaster for r in board(rows, min_resolved=1)] == ["Lucky", "Steady"]


def test_intervals_bracket_the_means_and_skill_mirrors_brier():
    rows = [
        row("A", p, happened=h, question=f"q{i}")
        for i, (p, h) in enumerate(
            [(0.9, True), (0.7, False), (0.6, True), (0.2, False), (0.8, True), (0.4, True)]
        )
    ]
    (only,) = board(rows, min_resolved=1)
    assert only.brier_ci[0] <= only.brier <= only.brier_ci[1]
    assert only.log_score_ci[0] <= only.log_score <= only.log_score_ci[1]
    assert only.skill_ci[0] == pytest.approx(1 - only.brier_ci[1] / 0.25)
    assert only.peer is None and only.peer_ci is None  # nobody to compare with
    assert sum(only.calibration.count) == 6


def test_forecasts_without_days_are_scored_but_have_no_lead_time():
    (only,) = board([row("A", 0.7, said_on=None, live_until=None)], min_resolved=1)
    assert only.brier == pytest.approx(0.09)
    assert only.lead_days is None and only.peer is None


def test_forecast_counts_include_unresolved_forecasts():
    table = ScoredForecasts.from_rows([row("A", 0.7)], forecast_counts={"a": 4})
    (only,) = leaderboard(table, min_resolved=1)
    assert (only.forecasts, only.resolved) == (4, 1)


def test_an_empty_view_gives_an_empty_board():
    assert board([]) == []


def test_exact_ties_are_ordered_by_name():
    result = board([row("Zed", 0.7), row("Amy", 0.7), row("Max", 0.7)], min_resolved=1)
    assert [r.forecaster for r in result] == ["Amy", "Max", "Zed"]
    assert [r.rank for r in result] == [1, 2, 3]
