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
