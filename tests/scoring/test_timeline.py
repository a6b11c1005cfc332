from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from foretold.scoring.timeline import TimelineEntry, live_intervals, timeline


def d(day):
    return date(2022, 1, day)


def test_median_of_live_forecasts_changes_on_each_event_day():
    entries = [
        TimelineEntry("a", 0.2, d(1)),
        TimelineEntry("b", 0.6, d(3), until=d(10)),
        TimelineEntry("c", 0.9, d(5)),
    ]
    points = timeline(entries)
    assert [(p.day, p.live, p.median) for p in points] == [
        (d(1), 1, 0.2),
        (d(3), 2, 0.4),
        (d(5), 3, 0.6),
        (d(10), 2, 0.55),
    ]
    assert (points[2].low, points[2].high) == (0.2, 0.9)


def test_a_later_forecast_by_the_same_forecaster_supersedes_the_earlier_one():
    entries = [TimelineEntry("a", 0.2, d(1)), TimelineEntry("a", 0.8, d(4))]
    assert [(p.day, p.live, p.median) for p in timeline(entries)] == [
        (d(1), 1, 0.2),
        (d(4), 1, 0.8),
    ]


def test_same_day_forecasts_of_one_forecaster_stand_as_their_mean():
    entries = [TimelineEntry("a", 0.6, d(2)), TimelineEntry("a", 0.8, d(2))]
    (point,) = timeline(entries)
    assert point.live == 1 and abs(point.median - 0.7) < 1e-12


def test_after_every_forecast_expired_nothing_is_live():
    points = timeline([TimelineEntry("a", 0.3, d(1), until=d(2))])
    assert [(p.day, p.live, p.median) for p in points] == [(d(1), 1, 0.3), (d(2), 0, None)]


def test_a_forecast_that_ended_before_it_was_made_is_never_live():
    assert live_intervals([TimelineEntry("a", 0.3, d(5), until=d(5))]) == []
    assert timeline([]) == []


entries = st.lists(
    st.builds(
        TimelineEntry,
        forecaster_id=st.sampled_from(["a", "b", "c"]),
        probability=st.floats(min_value=0.0, max_value=1.0),
        said_on=st.integers(1, 20).map(d),
        until=st.one_of(st.none(), st.integers(1, 28).map(d)),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(entries)
def test_each_point_counts_one_live_forecast_per_forecaster_and_brackets_the_median(items):
    intervals = live_intervals(items)
    for point in timeline(items):
        live = [p for s, e, p in intervals if s <= point.day and (e is None or point.day < e)]
        assert point.live == len(live) <= 3
        if live:
            assert point.low <= point.median <= point.high
