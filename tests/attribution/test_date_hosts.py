from datetime import date

import pytest

from foretold.attribution.date_hosts import (
    accompanying_participle,
    issuing_verb,
    later_conjunct_participle,
    quoted_clause_conjunct,
    served_verb,
    where_host,
    with_clause_head,
)
from foretold.attribution.dates import cue_date

MONDAY = date(2021, 12, 6)


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_with_clause_shares_the_date_of_its_verb(nlp):
    doc = nlp("The bridge was shut on Friday, with the mayor saying it was unsafe.")
    saying = _token(doc, "saying")
    assert with_clause_head(saying) == _token(doc, "shut")
    assert cue_date(saying, MONDAY) == date(2021, 12, 3)


def test_an_issued_statement_shares_the_date_of_its_issuing(nlp):
    doc = nlp("On Friday, the army released a statement saying no one was hurt.")
    statement = _token(doc, "statement")
    assert issuing_verb(statement) == _token(doc, "released")
    assert cue_date(statement, MONDAY) == date(2021, 12, 3)


def test_joining_calls_is_no_issuing(nlp):
    doc = nlp("On Monday the senator joined the calls for a ban on the pesticide.")
    assert issuing_verb(_token(doc, "calls")) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Lee spoke at a rally in Ohio on Monday, where she said taxes would fall.",
        "On Monday Lee met the governor, where she said taxes would fall.",
    ],
)
def test_a_where_clause_shares_the_date_of_the_event(nlp, sentence):
    doc = nlp(sentence)
    said = _token(doc, "said")
    assert where_host(said) is not None
    assert cue_date(said, MONDAY) == MONDAY


def test_a_present_tense_issuing_verb_tells_of_its_date(nlp):
    doc = nlp("On Friday the army releases a statement saying no one was hurt.")
    statement = _token(doc, "statement")
    assert issuing_verb(statement) == _token(doc, "releases")
    assert cue_date(statement, MONDAY) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council closed the road on Sunday and said it was unsafe.", date(2021, 12, 5)),
        (
            "The council closed the road on Sunday and whoever spoke for it said it was unsafe.",
            None,
        ),
    ],
)
def test_a_conjunct_with_a_clausal_subject_has_its_own_date(nlp, sentence, expected):
    assert cue_date(_token(nlp(sentence), "said"), MONDAY) == expected


def test_a_with_clause_parsed_as_a_noun_modifier_shares_the_date(nlp):
    doc = nlp(
        "Germany on Friday banned the airline from its airports, with officials saying this "
        "was for security reasons."
    )
    saying = _token(doc, "saying")
    assert with_clause_head(saying) == _token(doc, "banned")
    assert cue_date(saying, MONDAY) == date(2021, 12, 3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('Lee said, "Taxes will fall," while addressing reporters on Sunday.', date(2021, 12, 5)),
        ('Lee said, "The plant will close," when asked about it on Friday.', date(2021, 12, 3)),
        ('"Taxes will fall," Lee said while visiting the site on Friday.', date(2021, 12, 3)),
    ],
)
def test_a_while_participle_after_the_words_dates_them(nlp, sentence, expected):
    doc = nlp(sentence)
    said = _token(doc, "said")
    assert accompanying_participle(said) is not None
    assert cue_date(said, MONDAY) == expected


def test_a_when_participle_of_a_reported_clause_is_the_clause_s(nlp):
    doc = nlp("Lee said the suspect lied when asked about it on Friday.")
    said = _token(doc, "said")
    assert accompanying_participle(said) is None
    assert cue_date(said, MONDAY) is None


@pytest.mark.parametrize(
    ("sentence", "cue", "verb"),
    [
        ("On Friday, two farmers filed a lawsuit claiming the dam is unsafe.", "claiming", "filed"),
        (
            "On Friday, the union sent a letter demanding higher wages for nurses.",
            "demanding",
            "sent",
        ),
    ],
)
def test_a_participle_of_an_issued_object_shares_the_date_of_its_issuing(nlp, sentence, cue, verb):
    doc = nlp(sentence)
    participle = _token(doc, cue)
    assert issuing_verb(participle) == _token(doc, verb)
    assert cue_date(participle, MONDAY) == date(2021, 12, 3)


def test_a_closing_participle_of_a_to_be_report_shares_its_date(nlp):
    doc = nlp(
        "On Friday, news outlets reported the rebel leader to be dead citing sources in the army."
    )
    assert cue_date(_token(doc, "citing"), MONDAY) == date(2021, 12, 3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'The chain, in its March 8 media release, reported that with limits in place, "many '
            'stores are still selling out within an hour", and called the demand "unprecedented".',
            date(2021, 3, 8),
        ),
        (
            'Last Friday, the host went on a rant on the radio, saying that the "board was '
            'asleep" and called for them to cut fees.',
            date(2021, 12, 3),
        ),
    ],
)
def test_a_conjunct_after_the_closing_quotation_goes_with_the_report(nlp, sentence, expected):
    doc = nlp(sentence)
    called = _token(doc, "called")
    assert quoted_clause_conjunct(called) is not None
    assert cue_date(called, MONDAY) == expected


def test_a_conjunct_of_unquoted_words_keeps_no_date_of_the_report(nlp):
    doc = nlp("On Friday the chain said stores sold out and called the demand unprecedented.")
    assert quoted_clause_conjunct(_token(doc, "called")) is None


def test_a_participle_on_a_purpose_clause_shares_the_date_of_the_act_it_served(nlp):
    doc = nlp(
        "On Friday, the governor declared a drought so the state could release funds, "
        "saying the farms were failing."
    )
    saying = _token(doc, "saying")
    assert served_verb(saying.head) == _token(doc, "declared")
    assert cue_date(saying, MONDAY) == date(2021, 12, 3)


def test_the_date_of_an_aim_is_no_day_of_saying(nlp):
    doc = nlp("The mayor shut the road so crews could repair it on Tuesday, saying it was unsafe.")
    assert cue_date(_token(doc, "saying"), MONDAY) is None


def test_a_clause_of_what_followed_serves_no_act(nlp):
    doc = nlp("It rained on Friday, so the match was called off, the league said.")
    assert served_verb(_token(doc, "called")) is None


def test_a_participle_after_a_quoted_later_conjunct_dates_the_first(nlp):
    doc = nlp('Lee cited the law and said, "It is void", while addressing reporters on Friday.')
    cited = _token(doc, "cited")
    assert later_conjunct_participle(cited) == _token(doc, "addressing")
    assert cue_date(cited, MONDAY) == date(2021, 12, 3)


def test_a_later_conjunct_with_its_own_subject_keeps_its_participle(nlp):
    doc = nlp('Lee cited the law and Kim said, "It is void", while addressing reporters on Friday.')
    assert later_conjunct_participle(_token(doc, "cited")) is None
