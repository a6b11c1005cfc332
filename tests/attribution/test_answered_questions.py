"""Answered questions: an asker's questions about a topic under a cue that answers them."""

from foretold.attribution.answered_questions import answered_question

from .cues_in_text import token as _token


def test_an_askers_questions_about_a_topic_are_answered(nlp):
    doc = nlp("The firm did not respond to the paper's questions about the loans.")
    assert answered_question(_token(doc, "questions"), _token(doc, "respond"))


def test_questions_without_an_asker_are_not(nlp):
    doc = nlp("The firm did not respond to questions about the loans.")
    assert not answered_question(_token(doc, "questions"), _token(doc, "respond"))


def test_an_askers_remarks_are_not_questions(nlp):
    doc = nlp("The firm did not respond to the paper's remarks about the loans.")
    assert not answered_question(_token(doc, "remarks"), _token(doc, "respond"))


def test_questions_answered_with_a_quotation_are_not_framed(nlp):
    doc = nlp('Lee responded to the paper\'s question about the city with "Which city?"')
    assert not answered_question(_token(doc, "question"), _token(doc, "responded"))


def test_a_with_phrase_of_the_topic_is_no_answer(nlp):
    doc = nlp("The firm did not respond to the paper's questions about the deal with China.")
    assert answered_question(_token(doc, "questions"), _token(doc, "respond"))
