from collections import defaultdict

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foretold.scoring.peer import peer_scores


def _as_dict(result):
    return {
        (int(q), int(f)): float(s)
        for q, f, s in zip(result.question, result.forecaster, result.score, strict=True)
    }


def test_two_forecasters_side_by_side_split_the_difference_of_their_log_scores():
    got = _as_dict(peer_scores([0, 0], [0, 1], [0, 0], [10, 10], [-0.1, -1.0]))
    assert got[(0, 0)] == pytest.approx(90.0)
    assert got[(0, 1)] == pytest.approx(-90.0)


def test_a_late_joiner_is_compared_only_while_standing_hand_computed():
    # A and B stand from day 0, C joins on day 5; the question's life is days 0..10
    got = _as_dict(peer_scores([0, 0, 0], [0, 1, 2], [0, 0, 5], [10, 10, 10], [-0.1, -1.0, -0.4]))
    assert got[(0, 0)] == pytest.approx(75.0)
    assert got[(0, 1)] == pytest.approx(-82.5)
    assert got[(0, 2)] == pytest.approx(7.5)


def test_a_forecaster_alone_on_a_question_has_no_peer_score():
    got = _as_dict(peer_scores([0, 1, 1], [0, 1, 2], [0, 0, 0], [5, 5, 5], [-0.2, -0.3, -0.4]))
    assert np.isnan(got[(0, 0)])
    assert got[(1, 1)] == pytest.approx(10.0)


def test_a_later_forecast_supersedes_the_same_forecasters_earlier_one():
    # forecaster 0 says -2.0 on day 0, then -0.2 from day 5; forecaster 1 says -1.0 throughout
    got = _as_dict(peer_scores([0, 0, 0], [0, 0, 1], [0, 5, 0], [10, 10, 10], [-2.0, -0.2, -1.0]))
    assert got[(0, 0)] == pytest.approx(100 * (5 * -1.0 + 5 * 0.8) / 10)


def test_same_day_forecasts_of_one_forecaster_stand_as_their_mean():
    got = _as_dict(peer_scores([0, 0, 0], [0, 0, 1], [3, 3, 3], [4, 4, 4], [-0.2, -0.4, -1.0]))
    assert got[(0, 0)] == pytest.approx(100 * (-0.3 + 1.0))


def test_no_rows_give_no_scores():
    assert peer_scores([], [], [], [], []).score.size == 0


def _reference(q, f, s, e, x):
    """Day by day, straight from the definition."""
    merged = defaultdict(list)
    for row in zip(q, f, s, e, x, strict=True):
        merged[row[:3]].append((max(row[3], row[2] + 1), row[4]))
    standing = defaultdict(list)
    for (qq, ff, ss), items in merged.items():
        standing[(qq, ff)].append([ss, max(a for a, _ in items), np.mean([b for _, b in items])])
    for intervals in standing.values():
        intervals.sort()
        for a, b in zip(intervals, intervals[1:], strict=False):
            a[1] = min(a[1], b[0])
    out = {}
    for qq in set(q):
        mine = [(ff, *iv) for (q2, ff), ivs in standing.items() if q2 == qq for iv in ivs]
        t0, t1 = min(m[1] for m in mine), max(m[2] for m in mine)
        total, covered = defaultdict(float), defaultdict(int)
        for t in range(t0, t1):
            live = {ff: xx for ff, ss, ee, xx in mine if ss <= t < ee}
            if len(live) < 2:
                continue
            for ff, xx in live.items():
                others = [v for g, v in live.items() if g != ff]
                total[ff] += xx - sum(others) / len(others)
                covered[ff] += 1
        for ff in {m[0] for m in mine}:
            out[(qq, ff)] = 100 * total[ff] / (t1 - t0) if covered[ff] else float("nan")
    return out


rows = st.lists(
    st.tuples(
        st.integers(0, 2),
        st.integers(0, 3),
        st.integers(0, 15),
        st.integers(-2, 12),
        st.floats(min_value=-4.6, max_value=-0.01),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(rows)
def test_vectorised_peer_scores_match_the_day_by_day_definition(data):
    q = [r[0] for r in data]
    f = [r[1] for r in data]
    s = [r[2] for r in data]
    e = [r[2] + r[3] for r in data]
    x = [r[4] for r in data]
    got = _as_dict(peer_scores(q, f, s, e, x))
    expected = _reference(q, f, s, e, x)
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        if np.isnan(value):
            assert np.isnan(got[key])
        else:
            assert got[key] == pytest.approx(value, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(rows)
def test_peer_scores_on_a_question_add_up_to_zero(data):
    result = peer_scores(
        [r[0] for r in data],
        [r[1] for r in data],
        [r[2] for r in data],
        [r[2] + r[3] for r in data],
        [r[4] for r in data],
    )
    for question in set(result.question.tolist()):
        scores = result.score[(result.question == question) & ~np.isnan(result.score)]
        assert abs(scores.sum()) < 1e-6
