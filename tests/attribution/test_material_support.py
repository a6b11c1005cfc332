"""A backing verb with an adverb of material means is a deed, not a report."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The festival was supported financially by the regional government.",
        "The rebels were backed militarily by a neighbouring state.",
    ],
)
def test_material_backing_reports_nothing(attributed, text):
    assert attributed(text).statements == ()


def test_voiced_backing_still_reports(attributed):
    statements = attributed("The union publicly supported the plan to cut hours.").statements
    assert [s.text for s in statements] == ["the plan to cut hours"]
