"""Reports joined in one act of saying share its day."""

from datetime import date

import pytest


def test_a_conjunct_hung_on_the_reported_clause_takes_the_day(said_days):
    text = (
        "The mayor said on Monday that the council had not approved the budget, "
        "and warned of cuts to bus routes."
    )
    assert ("cuts to bus routes", date(2020, 6, 22)) in said_days(text)


def test_a_conjunct_takes_a_carried_day(said_days):
    text = (
        "The police chief said on Sunday that the attacker had acted alone. "
        "He also noted that the roads were shut, and mentioned a second arrest."
    )
    assert ("a second arrest", date(2020, 6, 21)) in said_days(text)


def test_the_by_participle_takes_the_day_of_its_verb(said_days):
    text = (
        'On Friday the coach underlined the need for discipline by saying "we have to be better."'
    )
    assert ('"we have to be better."', date(2020, 6, 19)) in said_days(text)


def test_the_verb_takes_the_day_of_its_by_participle(said_days):
    text = (
        "The coach said on Friday that the team had lost. "
        'He underlined the point by saying "we have to be better."'
    )
    assert ("the point", date(2020, 6, 19)) in said_days(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            "The mayor said on Monday that the plant would close, and she warned of more cuts.",
            "more cuts",
            id="a subject of its own",
        ),
        pytest.param(
            "The coach said on Friday that the team had lost, and in May had warned of injuries.",
            "injuries",
            id="an auxiliary and a time of its own",
        ),
    ],
)
def test_a_conjunct_that_may_be_another_occasion_keeps_no_day(said_days, text, words):
    assert (words, None) in said_days(text)
