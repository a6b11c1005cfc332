"""A report made at an occasion the narration dated takes the occasion's day."""

from datetime import date

import pytest


def test_in_the_speech_takes_the_day_the_narration_gave_it(said_days):
    text = (
        "On Monday, Governor Anna Berg delivered her yearly budget speech. "
        "Members of the assembly walked out before she finished. "
        'In the speech, Berg said, "We will balance the books."'
    )
    assert dict(said_days(text))['"We will balance the books."'] == date(2020, 6, 22)


def test_during_the_broadcast_of_a_dated_tribute(said_days):
    text = (
        'During the network\'s "A Tribute For Mia", Sunday evening, many singers made '
        "appearances. Tom Reyes and Lola Park both sang. "
        'During the broadcast, Reyes said, "She taught us all to sing."'
    )
    assert dict(said_days(text))['"She taught us all to sing."'] == date(2020, 6, 21)


def test_at_the_event_of_a_dated_party(said_days):
    text = (
        "On Saturday, about a hundred people attended a garden party organised by mayor "
        "Karl Olsen. Music was played at the start. "
        'At the event, Olsen said "The town is proud of its gardens."'
    )
    assert dict(said_days(text))['"The town is proud of its gardens."'] == date(2020, 6, 20)


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        pytest.param(
            "On Monday, Governor Anna Berg delivered her yearly budget speech. "
            "Members of the assembly later heard a speech by her deputy. "
            'In the speech, Berg said, "We will balance the books."',
            '"We will balance the books."',
            id="another occasion of the noun between",
        ),
        pytest.param(
            "Governor Anna Berg delivered her yearly budget speech. "
            'In the speech, Berg said, "We will balance the books."',
            '"We will balance the books."',
            id="an undated occasion",
        ),
        pytest.param(
            "On Monday, Governor Anna Berg delivered her yearly budget speech. "
            'In the speech, the critic Paul Ode said, "It was dull."',
            '"It was dull."',
            id="a speaker not told of at the occasion",
        ),
        pytest.param(
            "On the last night, Mayor Anna Berg delivered a long speech. "
            'During the speech, Berg said, "We will win."',
            '"We will win."',
            id="the last night of an event is not the night before",
        ),
    ],
)
def test_an_occasion_that_gives_no_day_keeps_none(said_days, text, quotation):
    assert dict(said_days(text))[quotation] is None
