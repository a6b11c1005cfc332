"""A participle of saying after a closing quotation goes on for the one quoted."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        'Dana Reyes remarked, "The plan failed," further adding, "We must try again."',
        'Dana Reyes remarked, "It was a long year. I saw the cost of it," further remarking, '
        "\"Voters have told us, 'Enough.'\" Reyes was elected in 2010.",
        'Dana Reyes said, "The plan failed", also noting, "We must try again."',
    ],
)
def test_the_second_quotation_keeps_the_speaker(attributed, text):
    statements = attributed(text).statements
    assert len(statements) == 2
    assert [s.speaker for s in statements] == ["Dana Reyes", "Dana Reyes"]
    assert statements[1].text.startswith('"')


def test_a_participle_after_its_report_is_unchanged(attributed):
    text = '"The plan failed," Dana Reyes said, adding, "We must try again."'
    statements = attributed(text).statements
    assert [(s.cue, s.speaker) for s in statements] == [
        ("said", "Dana Reyes"),
        ("adding", "Dana Reyes"),
    ]


def test_a_participle_after_a_quotation_inside_a_reported_clause(attributed):
    text = (
        'Dana Reyes said the new tariff "costs farmers a fortune," further saying, '
        '"Nobody in the valley can afford it."'
    )
    statements = attributed(text).statements
    assert [(s.cue, s.speaker) for s in statements] == [
        ("said", "Dana Reyes"),
        ("saying", "Dana Reyes"),
    ]
    assert statements[0].text.endswith('fortune,"')
    assert statements[1].text.startswith('"Nobody')


def test_a_participle_after_a_quotation_that_opens_the_text_ends_its_search(attributed):
    text = '"The plan failed," further adding, "We must try again."'
    found = attributed(text).statements
    assert [s.text for s in found] == ['"The plan failed,"', '"We must try again."']
