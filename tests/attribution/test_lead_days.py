"""A report in the paragraph after the lead that goes on with the speaker's dated report in
the lead takes the lead's day."""

from datetime import date

import pytest


def test_quotation_in_the_second_paragraph_takes_the_lead_day(said_days):
    text = (
        "Yesterday afternoon, the mayor of Lakeside, Anna Berg, announced that the city "
        "would close its harbour to cargo ships.\n\n"
        '"The harbour will be closed from next week," Berg announced.'
    )
    assert ('"The harbour will be closed from next week,"', date(2020, 6, 22)) in said_days(text)


def test_detail_in_the_second_paragraph_takes_the_lead_day(said_days):
    text = (
        "On Sunday, the health ministry said the outbreak had spread to two more towns.\n\n"
        "The health ministry announced the tests found the virus in forty samples, and said "
        "more tests were under way."
    )
    days = said_days(text)
    assert ("the tests found the virus in forty samples", date(2020, 6, 21)) in days
    assert ("more tests were under way", date(2020, 6, 21)) in days


@pytest.mark.parametrize(
    ("second", "words"),
    [
        ("The health ministry later said more tests were under way.", "more tests were under way"),
        (
            "The health ministry said on Twitter that more tests were under way.",
            "that more tests were under way",
        ),
        (
            "The health ministry had said the outbreak was over.",
            "the outbreak was over",
        ),
        (
            "When the first cases were found, the health ministry said schools would close.",
            "schools would close",
        ),
        (
            "The health ministry said earlier more tests were under way.",
            "earlier more tests were under way",
        ),
    ],
)
def test_report_of_another_possible_occasion_keeps_no_day(said_days, second, words):
    text = "On Sunday, the health ministry said the outbreak had spread to two more towns.\n\n"
    assert (words, None) in said_days(text + second)


def test_report_in_the_third_paragraph_keeps_no_day(said_days):
    text = (
        "On Sunday, the health ministry said the outbreak had spread to two more towns.\n\n"
        "Schools in the region were closed last month.\n\n"
        "The health ministry said more tests were under way."
    )
    assert ("more tests were under way", None) in said_days(text)
