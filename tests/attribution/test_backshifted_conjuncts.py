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


def test_a_present_clause_with_its_own_subject_joins_the_present_report(attributed):
    text = "The mayor said the time for waiting is over, and the city has to act."
    [statement] = attributed(text).statements
    assert statement.text == "the time for waiting is over, and the city has to act"


def test_a_modal_clause_with_its_own_subject_joins_the_present_report(attributed):
    text = "Cole said the levy is too high, but it will be hard to cut."
    [statement] = attributed(text).statements
    assert statement.text == "the levy is too high, but it will be hard to cut"


def test_the_joining_word_may_follow_a_closing_quotation(attributed):
    text = (
        'He said Lee has been "a vital part of my team," and voters would need to '
        '"trust Lee" for the next year.'
    )
    [statement] = attributed(text).statements
    assert statement.text == (
        'Lee has been "a vital part of my team," and voters would need to "trust Lee" for '
        "the next year"
    )


def test_the_joining_word_the_parse_hung_on_the_conjunct(attributed):
    text = "Lee told reporters that the plan is sound and she has the votes to pass it."
    [statement] = attributed(text).statements
    assert statement.text == "that the plan is sound and she has the votes to pass it"


def test_a_past_clause_with_its_own_subject_stays_out(attributed):
    text = "The senator said the bill is unfair, and the vote failed."
    texts = [s.text for s in attributed(text).statements]
    assert texts == ["the bill is unfair"]


def test_a_clause_reported_by_its_own_verb_stays_out(attributed):
    text = "The senator said the bill is unfair, but records show that she voted for it."
    texts = [s.text for s in attributed(text).statements]
    assert "the bill is unfair" in texts
