from datetime import date

import pytest

from foretold.attribution.anaphoric_days import anaphoric_day, relative_day
from foretold.attribution.dates import cue_date

MONDAY = date(2021, 12, 6)


def _date_of(nlp, sentence, cue):
    doc = nlp(sentence)
    return cue_date(next(t for t in doc if t.text == cue), MONDAY)


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        (
            "The cabinet voted on Saturday, and the ministry announced the result that night.",
            "announced",
            date(2021, 12, 4),
        ),
        (
            "The cabinet met on Saturday; later that day the ministry said the talks had failed.",
            "said",
            date(2021, 12, 4),
        ),
        (
            "The minister flew to the city on Friday. In a meeting that day he told reporters "
            "the toll would rise.",
            "told",
            date(2021, 12, 3),
        ),
        (
            "The paper published the interview on November 4. On the same day, the company "
            "said the deal was done.",
            "said",
            date(2021, 11, 4),
        ),
    ],
)
def test_an_anaphoric_day_takes_the_day_named_before(nlp, sentence, cue, expected):
    assert _date_of(nlp, sentence, cue) == expected


def test_an_anaphoric_day_without_a_day_before_dates_nothing(nlp):
    sentence = "In a meeting that day he told reporters the toll would rise."
    assert _date_of(nlp, sentence, "told") is None
    sentence = "The fair ran in March. In a meeting that day he told reporters the toll would rise."
    assert _date_of(nlp, sentence, "told") is None


def test_an_anaphoric_day_inside_the_words_dates_nothing(nlp):
    sentence = "The cabinet met on Saturday. Lee said the vote was rigged on that day."
    assert _date_of(nlp, sentence, "said") is None


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        (
            "The tribunal in Leeds ruled on November 23 the merger was void. The regulator "
            "appealed the decision. The council also ruled on the same day as the tribunal, "
            "finding that the merger needed a vote.",
            "finding",
            date(2021, 11, 23),
        ),
        (
            "The board met on Saturday to discuss the deal. On the same day as the board, the "
            "union said it would strike.",
            "said",
            date(2021, 12, 4),
        ),
    ],
)
def test_the_same_day_as_something_takes_its_day_named_before(nlp, sentence, cue, expected):
    assert _date_of(nlp, sentence, cue) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The board met on Saturday. On the same day as the vote, the union said it would strike.",
        "On the same day as the board, the union said it would strike.",
    ],
)
def test_the_same_day_as_something_undated_dates_nothing(nlp, sentence):
    assert _date_of(nlp, sentence, "said") is None


@pytest.mark.parametrize(
    ("sentence", "word", "anaphoric"),
    [
        ("He left that day.", "day", True),
        ("He left that day.", "that", True),
        ("He left on the same day.", "same", True),
        ("He left on the same day as the envoy.", "day", True),
        ("He left on the day as planned.", "day", False),
        ("He spoke on the day of the vote.", "day", False),
        ("He backed that plan.", "that", False),
        ("He left the next day.", "day", False),
    ],
)
def test_which_day_phrases_point_back(nlp, sentence, word, anaphoric):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert (anaphoric_day(token) is not None) == anaphoric


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        (
            "The cabinet met on Saturday. The next day, the ministry said the talks had failed.",
            "said",
            date(2021, 12, 5),
        ),
        (
            "The cabinet met on Thursday. Two days later, the ministry said the talks had failed.",
            "said",
            date(2021, 12, 4),
        ),
        (
            "The cabinet met on Saturday, and a day later the minister told reporters the talks "
            "had failed.",
            "told",
            date(2021, 12, 5),
        ),
        (
            "The cabinet met on Saturday. The ministry had said the day before that the talks "
            "would fail.",
            "said",
            date(2021, 12, 3),
        ),
        (
            "The cabinet met on November 20. The previous day, the ministry said the talks "
            "would fail.",
            "said",
            date(2021, 11, 19),
        ),
        (
            "The cabinet met on Saturday. The ministry said the following day the talks had "
            "failed.",
            "said",
            date(2021, 12, 5),
        ),
        (
            "The envoy arrived on December 1. In an interview the next day, the minister said "
            "the talks had failed.",
            "said",
            date(2021, 12, 2),
        ),
    ],
)
def test_a_relative_day_counts_from_the_day_named_before(nlp, sentence, cue, expected):
    assert _date_of(nlp, sentence, cue) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The next day, the ministry said the talks had failed.",
        "The fair ran in March. Two days later, the ministry said the talks had failed.",
        "The cabinet met on Monday. The next day, the ministry said the talks had failed.",
        "The cabinet met on Saturday. A few days later, the ministry said the talks had failed.",
        "The cabinet met on Saturday. The day after the vote, the ministry said the talks had "
        "failed.",
    ],
)
def test_a_relative_day_without_a_counted_past_day_dates_nothing(nlp, sentence):
    assert _date_of(nlp, sentence, "said") is None


@pytest.mark.parametrize(
    ("sentence", "word", "days"),
    [
        ("He left the next day.", "day", 1),
        ("He left the following morning.", "the", 1),
        ("He left two days later.", "Two", 2),
        ("He left three days earlier.", "earlier", -3),
        ("He had said the day before.", "day", -1),
        ("He left a day after.", "a", 1),
        ("He left the day after the vote.", "day", None),
        ("He left a few days later.", "days", None),
        ("He backed the next plan.", "next", None),
    ],
)
def test_how_many_days_a_relative_day_counts(nlp, sentence, word, days):
    doc = nlp(sentence)
    token = next((t for t in doc if t.lower_ == word.lower()), doc[0])
    found = relative_day(token)
    assert (found[1] if found else None) == days
