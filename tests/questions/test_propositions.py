import pytest

from foretold.questions.propositions import analyse


@pytest.mark.parametrize(
    ("text", "negations"),
    [
        ("hostilities break out", 0),
        ("hostilities do not break out", 1),
        ("Putin never invades Ukraine", 1),
        ("Ford makes it through 2009 without government aid", 1),
        ("Russia fails to invade Ukraine", 1),
        ("Johnson achieves a no-deal Brexit by October 31", 0),
    ],
)
def test_negation_cues_are_counted(nlp, text, negations):
    assert analyse(nlp(text)).negations == negations


def test_demonyms_and_seats_of_power_share_the_country_key(nlp):
    keys = analyse(nlp("The Kremlin and Russian troops approach Ukrainian towns")).keys
    assert {"russia", "ukraine"} <= keys


def test_event_words_leave_out_names_dates_and_the_question_word(nlp):
    parts = analyse(nlp("Will Russia launch a military offensive into Ukraine in 2022?"))
    assert parts.event.startswith("launch a military offensive into")
    assert not {"Will", "Russia", "Ukraine", "2022"} & set(parts.event.split())


def test_empty_text_has_no_entities(nlp):
    parts = analyse(nlp(""))
    assert parts.entities == () and parts.negations == 0
