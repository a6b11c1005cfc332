import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foretold.scoring.bootstrap import grouped_mean_ci, mean_ci


def test_interval_brackets_the_mean_and_narrows_with_more_data():
    rng = np.random.default_rng(1)
    small = rng.random(20)
    large = rng.random(2000)
    lo_s, hi_s = mean_ci(small)
    lo_l, hi_l = mean_ci(large)
    assert lo_s <= small.mean() <= hi_s
    assert lo_l <= large.mean() <= hi_l
    assert hi_l - lo_l < hi_s - lo_s


def test_interval_of_a_fair_coin_is_close_to_the_normal_approximation():
    values = np.array([0.0, 1.0] * 200)
    lo, hi = mean_ci(values, resamples=2000)
    half_width = 1.96 * 0.5 / np.sqrt(values.size)
    assert lo == pytest.approx(0.5 - half_width, abs=0.01)
    assert hi == pytest.approx(0.5 + half_width, abs=0.01)


def test_same_seed_same_interval_and_one_value_is_degenerate():
    values = [0.1, 0.4, 0.35, 0.9]
    assert mean_ci(values, seed=7) == mean_ci(values, seed=7)
    assert mean_ci([0.3]) == (0.3, 0.3)


def test_empty_groups_get_nan():
    low, high = grouped_mean_ci([1.0, 2.0], [0, 0], 3)
    assert np.isnan(low[1:]).all() and np.isnan(high[2])
    assert np.isnan(mean_ci([])).all()


def test_bad_level_or_resamples_are_refused():
    with pytest.raises(ValueError, match="level"):
        mean_ci([1.0], level=1.5)
    with pytest.raises(ValueError, match="resamples"):
        mean_ci([1.0], resamples=0)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 4), st.floats(min_value=-5, max_value=5)), min_size=1, max_size=40
    )
)
def test_every_group_interval_lies_within_its_values_and_around_its_mean(rows):
    groups = np.array([g for g, _ in rows])
    values = np.array([v for _, v in rows])
    low, high = grouped_mean_ci(values, groups, 5, resamples=200)
    for g in range(5):
        mine = values[groups == g]
        if mine.size == 0:
            assert np.isnan(low[g])
            continue
        assert mine.min() - 1e-9 <= low[g] <= high[g] <= mine.max() + 1e-9


def test_large_groups_use_the_same_interval_logic():
    rng = np.random.default_rng(3)
    values = rng.normal(2.0, 1.0, 30_000)
    lo, hi = mean_ci(values, resamples=200)
    assert lo < values.mean() < hi
    assert hi - lo == pytest.approx(2 * 1.96 / np.sqrt(values.size), rel=0.25)
