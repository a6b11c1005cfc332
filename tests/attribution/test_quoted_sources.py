"""Who speaks when one source quotes another "as saying"."""

from __future__ import annotations

from foretold.attribution.quoted_sources import as_saying, quoted_source, quoting_verb

from .cues_in_text import token as _token


def test_the_one_quoted_as_saying_is_the_source(nlp):
    doc = nlp("The Herald quoted Ann Lee, a nurse in Leeds, as saying the ward was full.")
    quoted = _token(doc, "quoted")
    assert as_saying(quoted) is not None and as_saying(quoted).text == "saying"
    assert quoted_source(quoted).text == "Lee"


def test_a_verb_of_quoting_without_as_saying_quotes_no_one(nlp):
    doc = nlp("The Herald quoted a line from the report.")
    assert quoted_source(_token(doc, "quoted")) is None


def test_the_gerund_finds_its_verb_of_quoting(nlp):
    doc = nlp(
        "The radio cited Tom Reyes, head of the port authority, as saying the ships were late."
    )
    assert quoting_verb(_token(doc, "saying")).text == "cited"


def test_the_words_quoted_as_saying_are_the_quoted_persons(attributed):
    text = (
        "The Herald also cited Ann Lee, head of the city water board, as saying the pipes were old."
    )
    statements = attributed(text).statements
    assert [(s.speaker, s.text) for s in statements] == [("Ann Lee", "the pipes were old")]


def test_a_quotation_before_quoted_as_saying_is_the_quoted_persons(attributed):
    text = '"We will not sell the farm," the Herald quoted Tom Reyes as saying.'
    statements = attributed(text).statements
    assert [s.speaker for s in statements] == ["Tom Reyes"]


def test_the_subject_of_a_passive_quoting_verb_speaks(attributed):
    text = "Lee was quoted by the newspaper as saying the bridge was unsafe."
    statements = attributed(text).statements
    assert [(s.cue, s.speaker, s.text) for s in statements] == [
        ("saying", "Lee", "the bridge was unsafe")
    ]


def test_one_reported_as_saying_speaks(attributed):
    text = "The minister was reported by the agency as saying the talks had failed."
    statements = attributed(text).statements
    assert [(s.cue, s.speaker, s.text) for s in statements] == [
        ("saying", "minister", "the talks had failed")
    ]
