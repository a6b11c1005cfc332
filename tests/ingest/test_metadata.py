"""Bylines, agencies, dates, publishers and broken URLs read from short strings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from foretold.ingest.metadata import (
    agency_name,
    date_in_url,
    dateline_agency,
    parse_byline,
    parse_date_line,
    publisher_for_url,
    repair_url,
    split_authors,
)


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        (
            "By Brian Knowlton and Anna Smolchenko for AFP",
            ("Brian Knowlton", "Anna Smolchenko"),
            "AFP",
        ),
        ("By Jane Doe, Associated Press", ("Jane Doe",), "AP"),
        ("By Reuters Staff", (), "Reuters"),
        ("BY AFP", (), "AFP"),
        ("By John Smith, Staff Writer", ("John Smith",), None),
        ("By Max Seddon in Moscow and Henry Foy in Brussels", ("Max Seddon", "Henry Foy"), None),
        ("By A. B. Cole | Bloomberg", ("A. B. Cole",), "Bloomberg"),
        ("Author: Jane Doe; Tom Lee", ("Jane Doe", "Tom Lee"), None),
    ],
)
def test_byline_gives_authors_and_agency(
    line: str, authors: tuple[str, ...], agency: str | None
) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.authors, byline.agency) == (authors, agency)


@pytest.mark.parametrize(
    "line",
    ["By Tuesday, the council had voted twice.", "By the way, nobody came.", "Byline-free text"],
)
def test_sentences_starting_with_by_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


def test_byline_can_carry_the_date() -> None:
    byline = parse_byline("By Jane Doe | March 14, 2023")
    assert byline is not None and byline.published == date(2023, 3, 14)


@pytest.mark.parametrize(
    ("line", "day", "stamp"),
    [
        ("December 06, 2021", date(2021, 12, 6), None),
        ("Mon 6 Dec 2021", date(2021, 12, 6), None),
        (
            "Published: 6 December 2021 10:32 GMT",
            date(2021, 12, 6),
            datetime(2021, 12, 6, 10, 32, tzinfo=UTC),
        ),
        (
            "2021-12-06T10:00:00+03:00",
            date(2021, 12, 6),
            datetime(2021, 12, 6, 10, tzinfo=timezone(timedelta(hours=3))),
        ),
        ("Updated Dec. 7, 2021 at 3:05 p.m.", date(2021, 12, 7), datetime(2021, 12, 7, 15, 5)),
        ("14 mars 2023", date(2023, 3, 14), None),
        ("Published 25/12/2021 10:32", date(2021, 12, 25), datetime(2021, 12, 25, 10, 32)),
        ("12/25/2021", date(2021, 12, 25), None),
        ("25.12.2021", date(2021, 12, 25), None),
        ("2021/12/06", date(2021, 12, 6), None),
        ("07/07/2021", date(2021, 7, 7), None),
    ],
)
def test_date_lines(line: str, day: date, stamp: datetime | None) -> None:
    assert parse_date_line(line) == (day, stamp)


@pytest.mark.parametrize(
    "line", ["The meeting on December 6, 2021 went well.", "February 30, 2021", "Room 2021"]
)
def test_sentences_and_impossible_dates_are_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize("line", ["06/12/2021", "Updated 3.4.2022", "31/02/2021"])
def test_numeric_dates_that_read_both_ways_or_never_are_not_guessed(line: str) -> None:
    assert parse_date_line(line) is None


def test_url_split_by_whitespace_is_repaired() -> None:
    broken = (
        "https://www.themoscowtimes.com/2021/12/06/"
        "in-biden-putin-talks-key-question-is-russias-intent-in-uk raine-a75737"
    )
    assert repair_url(broken) == broken.replace(" ", "")
    assert repair_url("https://example.com/a-b\nc-d.html.") == "https://example.com/a-bc-d.html"
    assert repair_url("no address here") is None


@pytest.mark.parametrize(
    ("url", "publisher"),
    [
        ("https://www.themoscowtimes.com/2021/12/06/x", "The Moscow Times"),
        ("https://edition.cnn.com/2023/x", "CNN"),
        ("https://news.bbc.co.uk/x", "BBC News"),
        ("https://en.wikinews.org/wiki/X", "Wikinews"),
        ("https://unknown.example/x", None),
        (None, None),
    ],
)
def test_publisher_from_the_domain_table(url: str | None, publisher: str | None) -> None:
    assert publisher_for_url(url) == publisher


def test_agencies_and_datelines() -> None:
    assert agency_name("Agence France-Presse") == "AFP"
    assert agency_name("The Associated Press") == "AP"
    assert agency_name("ap") is None
    assert dateline_agency("MOSCOW (Reuters) - Russia said on Monday") == "Reuters"
    assert dateline_agency("WASHINGTON (AP) — The Senate voted") == "AP"
    assert dateline_agency("He spoke to AFP on Monday.") is None


def test_date_in_url_and_author_lists() -> None:
    assert date_in_url("https://x.com/2021/12/06/story") == date(2021, 12, 6)
    assert date_in_url("https://x.com/story-2021") is None
    assert split_authors("Jane Doe; Tom Lee") == ("Jane Doe", "Tom Lee")
    assert split_authors(["By Jane Doe", "Tom Lee and Ann Ray"]) == (
        "Jane Doe",
        "Tom Lee",
        "Ann Ray",
    )
