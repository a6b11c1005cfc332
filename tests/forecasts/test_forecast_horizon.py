from datetime import date

import pytest

from foretold.forecasts.horizon import find_horizon

BASE = date(2021, 12, 6)  # a Monday


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("an offensive early in 2022 involving", date(2022, 1, 1), date(2022, 4, 30)),
        ("by the end of the year", BASE, date(2021, 12, 31)),
        ("by the end of 2022", BASE, date(2022, 12, 31)),
        ("early next year", date(2022, 1, 1), date(2022, 4, 30)),
        ("next week", date(2021, 12, 13), date(2021, 12, 19)),
        ("on Tuesday", date(2021, 12, 7), date(2021, 12, 7)),
        ("by March", BASE, date(2022, 3, 31)),
        ("in two years' time", BASE, date(2023, 12, 6)),
        ("within 30 days", BASE, date(2022, 1, 5)),
        ("mid-2022", date(2022, 5, 1), date(2022, 8, 31)),
    ],
)
def test_time_phrases_are_normalised_against_the_base_date(text, start, end):
    horizon = find_horizon(text, BASE)
    assert horizon is not None
    assert (horizon.start, horizon.end) == (start, end)


def test_no_time_phrase_means_an_open_horizon():
    assert find_horizon("Russia invades Ukraine", BASE) is None


def test_without_a_base_date_the_phrase_is_kept_undated():
    horizon = find_horizon("by the end of the year", None)
    assert (
        horizon is not None and horizon.start is None and horizon.text == "by the end of the year"
    )
