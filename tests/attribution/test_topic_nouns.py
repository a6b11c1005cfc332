"""Topic nouns: a noun of words without a holder, with a topic, as a cue's object."""

from foretold.attribution.topic_nouns import framed_topic_noun, topic_phrase

from .cues_in_text import token as _token


def test_unowned_words_about_a_topic_are_framed_by_their_verb(nlp):
    doc = nlp("The mayor offered some kind words about the new coach on Monday.")
    words = _token(doc, "words")
    assert framed_topic_noun(words, _token(doc, "offered"))
    assert topic_phrase(words).lower_ == "about"


def test_owned_words_are_not_framed(nlp):
    doc = nlp("The coach offered his kind words about the mayor.")
    assert not framed_topic_noun(_token(doc, "words"), _token(doc, "offered"))


def test_a_noun_outside_the_words_and_views_is_not_framed(nlp):
    doc = nlp("The mayor offered some advice about the new budget.")
    assert not framed_topic_noun(_token(doc, "advice"), _token(doc, "offered"))
