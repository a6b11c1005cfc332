"""A pluperfect conjunct hung on a simple-past cue runs on with the pluperfect report."""


def test_a_pluperfect_conjunct_joins_the_pluperfect_report(attributed):
    text = 'The family said she had been in "good health for her age" but had recently had a cold.'
    [statement] = attributed(text).statements
    assert statement.text == 'she had been in "good health for her age" but had recently had a cold'


def test_a_simple_past_conjunct_stays_out(attributed):
    text = 'The family said she had been in "good health for her age" but declined to say more.'
    texts = [s.text for s in attributed(text).statements]
    assert 'she had been in "good health for her age"' in texts


def test_a_present_conjunct_joins_the_present_report(attributed):
    text = (
        "The grocer remarked that flour is a heavy item, and, when sold out, leaves "
        "whole aisles empty."
    )
    [statement] = attributed(text).statements
    assert statement.text == (
        "that flour is a heavy item, and, when sold out, leaves whole aisles empty"
    )


def test_a_present_conjunct_after_a_past_report_stays_out(attributed):
    text = "The grocer remarked that flour was a heavy item, and, as a rule, stocks little of it."
    texts = [s.text for s in attributed(text).statements]
    assert "that flour was a heavy item" in texts
