"""A name glued to the time of day after it is the speaker, not the time."""

from foretold.attribution.day_part_subjects import name_before_day_part


def _glued(from_rows, day: str):
    return from_rows(
        [
            "Lee 2 compound NNP PROPN Lee",
            f"{day} 2 compound NNP PROPN {day}",
            "night 3 nsubj NN NOUN night",
            "recounted 3 ROOT VBD VERB recount",
            "the 5 det DT DET the",
            "talks 3 dobj NNS NOUN talk",
            ". 3 punct . PUNCT .",
        ]
    )


def test_a_name_before_a_weekday_and_its_night_is_the_subject(from_rows):
    doc = _glued(from_rows, "Sunday")
    assert name_before_day_part(doc[2]).text == "Lee"


def test_a_night_without_a_weekday_before_it_stays_the_subject(from_rows):
    doc = _glued(from_rows, "Smith")
    assert name_before_day_part(doc[2]).text == "night"
