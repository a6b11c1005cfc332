from datetime import date

import pytest

from foretold.attribution.dates import cue_date, resolve_date

MONDAY = date(2021, 12, 6)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Sunday", date(2021, 12, 5)),
        ("Friday", date(2021, 12, 3)),
        ("Monday", MONDAY),
        ("yesterday", date(2021, 12, 5)),
        ("June 16", date(2021, 6, 16)),
        ("Dec. 24", date(2020, 12, 24)),
        ("March 3, 2019", date(2019, 3, 3)),
        ("next year", None),
    ],
)
def test_relative_dates_resolve_against_publication(phrase, expected):
    assert resolve_date(phrase, MONDAY) == expected


def test_weekday_without_publication_date_is_unknown():
    assert resolve_date("Sunday", None) is None


def test_date_must_modify_the_cue(nlp):
    doc = nlp("She told AFP on Sunday that the talks on Tuesday would fail.")
    told = next(t for t in doc if t.text == "told")
    assert cue_date(told, MONDAY) == date(2021, 12, 5)
    doc = nlp("She said the talks on Tuesday would fail.")
    said = next(t for t in doc if t.text == "said")
    assert cue_date(said, MONDAY) is None


def test_a_leap_day_later_than_publication_has_no_year_before_it():
    assert resolve_date("February 29", date(2024, 1, 10)) is None
    assert resolve_date("February 29", date(2024, 3, 10)) == date(2024, 2, 29)
