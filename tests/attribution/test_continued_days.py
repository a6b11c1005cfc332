"""A report that goes on with the speaker's dated report just before it takes its day."""

from datetime import date

import pytest


def test_also_said_in_the_next_sentence_takes_the_day(said_days):
    text = (
        "The police chief said on Sunday that the attacker had acted alone. "
        "He also said there was no sign of a wider threat."
    )
    assert said_days(text) == [
        ("that the attacker had acted alone", date(2020, 6, 21)),
        ("there was no sign of a wider threat", date(2020, 6, 21)),
    ]


def test_added_in_the_next_sentence_takes_the_day(said_days):
    text = (
        "The port official on Monday told reporters the ship had lost contact. "
        "He added that the crew were still being sought."
    )
    assert ("that the crew were still being sought", date(2020, 6, 22)) in said_days(text)


def test_plain_said_in_the_next_sentence_keeps_no_day(said_days):
    text = "The mayor said on Monday the plant would close. She said the workers were angry."
    assert ("the workers were angry", None) in said_days(text)


def test_report_in_a_new_paragraph_keeps_no_day(said_days):
    text = (
        "The town council met this week.\n\n"  # a lead: see test_lead_days
        "The mayor said on Monday the plant would close.\n\nShe also said staff were angry."
    )
    assert ("staff were angry", None) in said_days(text)


def test_another_speaker_adding_keeps_no_day(said_days):
    text = "The mayor said on Monday the plant would close. The union also said it was worried."
    assert ("it was worried", None) in said_days(text)


def test_a_report_with_a_time_of_its_own_keeps_no_day(said_days):
    text = (
        "The police chief said on Sunday that the attacker had acted alone. "
        "He also said last year that the district was safe."
    )
    days = dict(said_days(text))
    assert days["that the district was safe"] is None


def test_a_carried_day_passes_on_down_a_run_of_reports(said_days):
    text = (
        "The police chief said on Sunday that the attacker had acted alone. "
        "He also said there was no sign of a wider threat. "
        "He added that the roads would reopen."
    )
    days = dict(said_days(text))
    assert days["that the roads would reopen"] == date(2020, 6, 21)


def test_a_quotation_after_the_dated_gist_takes_the_day(said_days):
    text = (
        "The mayor said on Monday that the plant would close. "
        '"We tried everything to keep it open," she said.'
    )
    days = dict(said_days(text))
    assert days['"We tried everything to keep it open,"'] == date(2020, 6, 22)


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        pytest.param(
            "The mayor said on Monday that the plant would close. "
            '"We tried everything to keep it open," she said in a 2015 interview.',
            '"We tried everything to keep it open,"',
            id="a time of its own",
        ),
        pytest.param(
            "The town council met this week.\n\n"
            "The mayor said on Monday that the plant would close.\n\n"
            '"We tried everything to keep it open," she said.',
            '"We tried everything to keep it open,"',
            id="a new paragraph",
        ),
        pytest.param(
            "According to the WHO's report dated May 2, the virus had spread. "
            'The WHO\'s website said: "There is no cure."',
            '"There is no cure."',
            id="after a dated source",
        ),
    ],
)
def test_a_quotation_of_another_occasion_keeps_no_day(said_days, text, quotation):
    assert dict(said_days(text))[quotation] is None


def test_also_said_after_a_quotation_of_two_sentences_takes_the_day(said_days):
    text = (
        'The mayor said on Monday, "We tried everything. Nothing worked." '
        "She also said the workers would be paid."
    )
    assert ("the workers would be paid", date(2020, 6, 22)) in said_days(text)


def test_a_time_inside_the_quotation_is_no_time_of_the_verb(said_days):
    text = (
        "The mayor on Monday endorsed her rival. "
        '"Three months ago," she said, "I entered the race to win."'
    )
    days = dict(said_days(text))
    assert days['"I entered the race to win."'] == date(2020, 6, 22)


def test_also_said_past_a_sentence_of_narration_takes_the_day(said_days):
    text = (
        "The mayor said on Monday that the plant would close. "
        "Its three hundred staff were sent home. "
        "She also said the workers would be paid."
    )
    assert ("the workers would be paid", date(2020, 6, 22)) in said_days(text)


def test_also_said_past_another_speakers_report_keeps_no_day(said_days):
    text = (
        "The mayor said on Monday that the plant would close. "
        "The union said it was shocked. "
        "The mayor also said the workers would be paid."
    )
    assert ("the workers would be paid", None) in said_days(text)


def test_a_quotation_past_a_sentence_of_narration_keeps_no_day(said_days):
    text = (
        "The mayor said on Monday that the plant would close. "
        "Its three hundred staff were sent home. "
        '"We tried everything," she said.'
    )
    assert ('"We tried everything,"', None) in said_days(text)


def test_a_report_in_the_speech_told_of_before_takes_its_day(said_days):
    text = (
        "The governor announced on Monday that she would resign. "
        "Protests had gone on for weeks.\n\n"
        '"I leave this office with a heavy heart," she said in the speech.'
    )
    assert ('"I leave this office with a heavy heart,"', date(2020, 6, 22)) in said_days(text)


def test_a_report_in_a_speech_not_pointed_back_at_keeps_no_day(said_days):
    text = (
        "The governor announced on Monday that she would resign. "
        "Protests had gone on for weeks.\n\n"
        '"I leave this office with a heavy heart," she said in a speech.'
    )
    assert ('"I leave this office with a heavy heart,"', None) in said_days(text)
