import pytest


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "At the rally, Lee said once in office she would repeal the levy.",
            "once in office she would repeal the levy",
        ),
        (
            "Lee said once elected she would repeal the levy.",
            "once elected she would repeal the levy",
        ),
        ("Lee said if in power she would cut fares.", "if in power she would cut fares"),
    ],
)
def test_a_bare_condition_after_the_verb_opens_the_reported_clause(contents, text, content):
    assert ("said", content) in contents(text)


def test_once_before_a_phrase_naming_the_occasion_of_saying_opens_nothing(contents):
    text = "Lee said once in an interview she would never return to the city."
    assert not any(content.startswith("once") for _, content in contents(text))
