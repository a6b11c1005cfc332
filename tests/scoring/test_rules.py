import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from foretold.scoring.rules import brier, brier_scores, log_score, log_scores, skill, skills

probabilities = st.floats(min_value=0.0, max_value=1.0)


@pytest.mark.parametrize(
    ("p", "happened", "expected"),
    [
        (0.8, True, 0.04),
        (0.8, False, 0.64),
        (0.5, True, 0.25),
        (0.0, False, 0.0),
        (1.0, False, 1.0),
    ],
)
def test_brier_matches_hand_computed_values(p, happened, expected):
    assert brier(p, happened) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("p", "happened", "expected"),
    [
        (0.8, True, math.log(0.8)),
        (0.8, False, math.log(0.2)),
        (0.5, False, math.log(0.5)),
        (1.0, False, math.log(0.01)),  # clipped: certainty cannot score minus infinity
        (0.0, False, math.log(0.99)),
    ],
)
def test_log_score_matches_hand_computed_values(p, happened, expected):
    assert log_score(p, happened) == pytest.approx(expected)


def test_skill_is_zero_for_the_half_baseline_and_one_when_perfect():
    assert skill(0.25) == 0.0
    assert skill(0.0) == 1.0
    assert skill(0.64) == pytest.approx(-1.56)


@pytest.mark.parametrize("bad", [-0.1, 1.5, float("nan")])
def test_probability_outside_unit_interval_is_refused(bad):
    with pytest.raises(ValueError, match="not in"):
        brier(bad, True)
    with pytest.raises(ValueError, match="not in"):
        log_score(bad, True)


@given(probabilities, st.booleans())
def test_brier_lies_in_unit_interval(p, happened):
    assert 0.0 <= brier(p, happened) <= 1.0


@given(probabilities, st.booleans())
def test_log_score_is_bounded_by_the_clipping(p, happened):
    assert math.log(0.01) - 1e-12 <= log_score(p, happened) <= math.log(0.99) + 1e-12


@given(st.lists(st.tuples(probabilities, st.booleans()), min_size=1, max_size=20))
def test_vectorised_rules_agree_with_scalar_rules(pairs):
    p = [a for a, _ in pairs]
    o = [b for _, b in pairs]
    assert np.allclose(brier_scores(p, o), [brier(a, b) for a, b in pairs])
    assert np.allclose(log_scores(p, o), [log_score(a, b) for a, b in pairs])
    assert np.allclose(skills(brier_scores(p, o)), [skill(brier(a, b)) for a, b in pairs])


def _expected(rule, stated, truth):
    return truth * rule(stated, True) + (1 - truth) * rule(stated, False)


@given(
    st.floats(min_value=0.0, max_value=1.0),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_brier_expectation_is_best_when_stated_equals_true_frequency(truth, stated):
    assert _expected(brier, truth, truth) <= _expected(brier, stated, truth) + 1e-12


@given(
    st.floats(min_value=0.01, max_value=0.99),
    st.floats(min_value=0.0, max_value=1.0),
)
def test_log_score_expectation_is_best_when_stated_equals_true_frequency(truth, stated):
    # within the clipping range the log score is proper: honesty maximises the expectation
    assert _expected(log_score, truth, truth) >= _expected(log_score, stated, truth) - 1e-12


@given(st.floats(min_value=0.0, max_value=1.0))
def test_stating_the_true_frequency_beats_a_grid_of_alternatives(truth):
    grid = np.linspace(0, 1, 101)
    expected = truth * brier_scores(grid, True) + (1 - truth) * brier_scores(grid, False)
    best = grid[np.argmin(expected)]
    assert abs(best - truth) <= 0.005 + 1e-9
