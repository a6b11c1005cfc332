"""A report made at an occasion the narration dated takes the occasion's day."""

from datetime import date


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


def test_another_occasion_of_the_noun_between_keeps_no_day(said_days):
    text = (
        "On Monday, Governor Anna Berg delivered her yearly budget speech. "
        "Members of the assembly later heard a speech by her deputy. "
        'In the speech, Berg said, "We will balance the books."'
    )
    assert dict(said_days(text))['"We will balance the books."'] is None


def test_an_undated_occasion_keeps_no_day(said_days):
    text = (
        "Governor Anna Berg delivered her yearly budget speech. "
        'In the speech, Berg said, "We will balance the books."'
    )
    assert dict(said_days(text))['"We will balance the books."'] is None


def test_a_speaker_not_told_of_at_the_occasion_keeps_no_day(said_days):
    text = (
        "On Monday, Governor Anna Berg delivered her yearly budget speech. "
        'In the speech, the critic Paul Ode said, "It was dull."'
    )
    assert dict(said_days(text))['"It was dull."'] is None


def test_the_last_night_of_an_event_is_not_the_night_before(said_days):
    text = (
        "On the last night, Mayor Anna Berg delivered a long speech. "
        'During the speech, Berg said, "We will win."'
    )
    assert dict(said_days(text))['"We will win."'] is None
