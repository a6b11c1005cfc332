"""A share of those asked speaks with the voice of the poll that counted it."""


def test_a_percentage_in_a_poll_is_the_polls_finding(attributed):
    found = attributed(
        "In a new state poll, 38 percent of voters said the tax should be repealed."
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        ("new state poll", "the tax should be repealed")
    ]
    named = attributed("In a new state poll, most farmers said the tax should be repealed.")
    assert [s.speaker for s in named.statements] == ["most farmers"]


def test_a_fraction_in_a_survey_is_the_surveys_finding(attributed):
    found = attributed("In the survey, half of the doctors said the clinics were too small.")
    assert [s.speaker for s in found.statements] == ["survey"]
    after = attributed("Half of the doctors said the clinics were too small in the survey.")
    assert [s.speaker for s in after.statements] != ["survey"]
