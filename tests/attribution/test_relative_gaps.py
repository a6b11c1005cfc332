"""The words that stand for the thing a cue names or describes inside a relative clause."""

from foretold.attribution.quotes import find_quote_spans
from foretold.attribution.relative_gaps import relative_opening
from foretold.attribution.statements import find_cues, token_quotes


def test_a_wh_pronoun_stands_alone(nlp):
    doc = nlp("They hired Ann Lee, whom critics describe as aloof.")
    start, end = relative_opening(next(t for t in doc if t.text == "whom"))
    assert doc[start:end].text == "whom"


def test_that_takes_the_noun_it_follows(nlp):
    doc = nlp("The court played a video that the senator described as a forgery.")
    start, end = relative_opening(next(t for t in doc if t.text == "that"))
    assert doc[start:end].text == "a video that"


def test_a_report_in_a_relative_clause_leaves_out_its_speaker_and_cue(contents):
    text = "The council backed the bridge, which engineers said would cost $5 million."
    assert ("said", "would cost $5 million") in contents(text)
    assert not any("engineers said" in found for _, found in contents(text))


def _fragments(nlp, text: str, cue: str) -> list[str]:
    doc = nlp(text)
    cues = find_cues(doc, token_quotes(doc, find_quote_spans(text)))
    return next([text[a:b] for a, b in c.fragments] for c in cues if c.text == cue)


def test_a_that_report_keeps_its_noun_apart_from_the_predicate(nlp):
    text = "Voters heard of a tax that the mayor said was needed for schools."
    assert _fragments(nlp, text, "said") == ["a tax that", "was needed for schools"]


def test_a_relative_that_tagged_as_a_conjunction_still_reports(nlp):
    text = "The mayor unveiled a plan that critics say would cost $5 million."
    assert _fragments(nlp, text, "say")[-1] == "would cost $5 million"
