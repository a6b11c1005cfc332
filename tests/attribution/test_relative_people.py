"""A relative "who" stands for a person, not the organisation in a role phrase."""


def test_who_after_a_role_of_an_organisation_is_the_person(attributed):
    result = attributed(
        "Reporters then contacted Maria Lopez, the director of the Harbor Institute, who has "
        "long been critical of the new port plan."
    )
    critical = next(s for s in result.statements if s.cue == "critical")
    assert critical.speaker == "Maria Lopez"
    assert critical.text == "the new port plan"
