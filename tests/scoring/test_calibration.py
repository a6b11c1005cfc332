import numpy as np
import pytest

from foretold.scoring.calibration import (
    bin_index,
    calibration,
    calibration_bins,
    grouped_calibration,
)


def test_probabilities_fall_into_equal_width_bins_with_one_in_the_last():
    assert bin_index([0.0, 0.05, 0.1, 0.55, 0.99, 1.0]).tolist() == [0, 0, 1, 5, 9, 9]


def test_calibration_bins_count_mean_probability_and_frequency():
    bins = calibration_bins([0.7, 0.75, 0.72, 0.1], [True, True, False, False])
    assert [(b.lower, b.upper, b.count) for b in bins] == [(0.1, 0.2, 1), (0.7, 0.8, 3)]
    high = bins[1]
    assert high.mean_probability == pytest.approx((0.7 + 0.75 + 0.72) / 3)
    assert high.frequency == pytest.approx(2 / 3)
    assert bins[0].frequency == 0.0


def test_no_forecasts_give_no_bins():
    assert calibration_bins([], []) == []


def test_grouped_calibration_keeps_groups_apart():
    table = grouped_calibration([0.9, 0.9, 0.2], [True, False, True], [0, 1, 1], 2, bins=5)
    assert table.shape == (2, 5, 3)
    assert table[0, 4].tolist() == [1.0, 0.9, 1.0]
    assert table[1, 4].tolist() == [1.0, 0.9, 0.0]
    assert table[1, 1].tolist() == [1.0, 0.2, 1.0]
    assert np.count_nonzero(table[:, :, 0]) == 3


def test_calibration_columns_match_the_bin_records():
    cal = calibration([0.05, 0.95, 0.9], [False, True, False], bins=10)
    assert cal.lower == (0.0, 0.9)
    assert cal.count == (1, 2)
    assert cal.frequency == (0.0, 0.5)
    assert [b.upper for b in cal.bins()] == pytest.approx([0.1, 1.0])
