"""Adjectives that head a noun phrase, and the quotation frame the parser hangs on them."""

from foretold.attribution.nominal_adjectives import (
    adjective_run_into_object,
    frames_quotation,
    nominal_adjective,
)

from .cues_in_text import token as _word

_FRAMED = (
    "Ann Lee posted the clip on Thursday.\n\n"
    "\u201cWhat if the mayor had a plan?\u201d the 43-year-old asked in the video\u2019s "
    "description.\n"
)


def test_an_adjective_with_a_determiner_heads_a_phrase(nlp):
    doc = nlp(_FRAMED)
    assert nominal_adjective(_word(doc, "old"))


def test_an_adjective_on_a_noun_heads_none(nlp):
    doc = nlp("The old mayor asked for a recount.")
    assert not nominal_adjective(_word(doc, "old"))


def test_a_participle_after_the_phrase_frames_the_quotation(nlp):
    doc = nlp(_FRAMED)
    assert frames_quotation(_word(doc, "asked"))


def test_the_phrase_before_asked_after_a_question_is_the_speaker(attributed):
    found = [s.speaker_mention for s in attributed(_FRAMED).statements if s.cue == "asked"]
    assert found and found[0] is not None and "43-year-old" in found[0].text


def test_an_age_phrase_the_parse_tags_as_a_date_is_the_subject_of_said(attributed):
    text = "Ann Lee was arrested on Monday. The 43-year-old said she would fight the charges."
    found = [s for s in attributed(text).statements if s.cue == "said"]
    assert [(s.speaker, s.speaker_mention.text) for s in found] == [("Ann Lee", "The 43-year-old")]


def test_a_superlative_the_parse_hung_with_its_article_on_the_verb_is_its_subject(attributed):
    text = "Ann Lee won the race. The youngest said she would run again."
    found = [s for s in attributed(text).statements if s.cue == "said"]
    assert [(s.speaker, s.speaker_mention.text) for s in found] == [("Ann Lee", "The youngest")]


def test_an_age_phrase_run_into_the_object_of_told_is_its_subject(attributed):
    text = "Ann Lee was arrested on Monday. The 43-year-old told reporters she would fight it."
    found = [s for s in attributed(text).statements if s.cue == "told"]
    assert [(s.speaker, s.speaker_mention.text, s.text) for s in found] == [
        ("Ann Lee", "The 43-year-old", "she would fight it")
    ]


def test_a_plain_adjective_before_a_participle_and_a_noun_is_no_subject(nlp):
    doc = nlp("The new reported cases show the virus is spreading.")
    assert adjective_run_into_object(_word(doc, "reported")) is None
