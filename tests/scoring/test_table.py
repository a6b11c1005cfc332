from datetime import date

import numpy as np

from foretold.scoring.table import ScoredForecasts, ScoreRow, day_from_number, day_number


def test_day_numbers_round_trip_and_none_is_nan():
    assert day_number(date(1970, 1, 2)) == 1.0
    assert day_from_number(day_number(date(2022, 2, 24))) == date(2022, 2, 24)
    assert np.isnan(day_number(None))


def test_rows_become_coded_columns():
    rows = [
        ScoreRow("Tatiana Stanovaya", "tatiana-stanovaya", "q1", 0.8, True, date(2021, 12, 5)),
        ScoreRow("Fyodor Lukyanov", "fyodor-lukyanov", "q1", 0.2, True),
        ScoreRow("Tatiana Stanovaya", "tatiana-stanovaya", "q2", 0.7, False),
    ]
    table = ScoredForecasts.from_rows(rows)
    assert table.size == 3
    assert table.forecaster.tolist() == [0, 1, 0]
    assert table.question.tolist() == [0, 0, 1]
    assert table.names == ("Tatiana Stanovaya", "Fyodor Lukyanov")
    assert table.forecaster_ids == ("tatiana-stanovaya", "fyodor-lukyanov")
    assert table.forecast_counts.tolist() == [2, 1]
    assert table.happened.tolist() == [True, True, False]
    assert np.isnan(table.said_day[1]) and not np.isnan(table.said_day[0])
