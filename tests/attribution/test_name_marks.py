"""A name or a term in quotation marks inside a report leaves the report indirect."""

from __future__ import annotations

from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _kinds(nlp, text: str) -> list[tuple[str, str]]:
    article = make_article(text, language="en")
    return [(s.cue, s.kind) for s in attribute(nlp(article.text), article).statements]


def test_product_name_in_marks_is_no_quotation(nlp):
    text = (
        "Mara Quill, the chief executive, said that the store will open on the firm's "
        'current system "Glacier" within a month.'
    )
    assert _kinds(nlp, text) == [("said", "indirect")]


def test_name_after_the_and_that_is_no_quotation(nlp):
    text = 'Mara Quill announced that the "Harbor" release will ship next spring.'
    assert _kinds(nlp, text) == [("announced", "indirect")]


def test_so_called_term_is_no_quotation(nlp):
    text = 'Tom Reyes said the so-called "dead zone" had grown over the summer.'
    assert _kinds(nlp, text) == [("said", "indirect")]


def test_term_after_naming_participle_is_no_quotation(nlp):
    text = (
        "Tom Reyes noted that over a million small programs, commonly called "
        '"widgets," have been sold this year.'
    )
    assert _kinds(nlp, text) == [("noted", "indirect")]


def test_gloss_after_or_is_no_quotation(nlp):
    text = 'Tom Reyes said every buyer would receive a free cover, or "sleeve," this month.'
    assert _kinds(nlp, text) == [("said", "indirect")]


def test_words_of_the_speaker_stay_mixed(nlp):
    text = 'Tom Reyes said the plan was "a gift to the rich" and would fail.'
    assert _kinds(nlp, text) == [("said", "mixed")]


def test_name_the_cue_gives_stays_mixed(nlp):
    text = 'The senator described the affair as "Harborgate" in a speech on Monday.'
    assert [k for _, k in _kinds(nlp, text)] == ["mixed"]


def test_quoted_sentence_after_that_is_direct(nlp):
    text = 'Tom Reyes said that "I will not pretend the hard times are over."'
    assert _kinds(nlp, text) == [("said", "direct")]
