"""The words that stand for the thing a cue names or describes inside a relative clause."""

from foretold.attribution.quotes import find_quote_spans
from foretold.attribution.relative_gaps import relative_opening, splits_relative_report
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


def test_a_relative_object_splits_a_cue_the_parse_hung_on_a_verb_before_it(from_rows):
    # "bound by an agreement [that] he does not want [to break]", with "want" read as a
    # complement of "bound"
    doc = from_rows(
        [
            "He 1 nsubjpass PRP PRON he",
            "is 2 auxpass VBZ AUX be",
            "bound 2 ROOT VBN VERB bind",
            "by 2 agent IN ADP by",
            "an 5 det DT DET an",
            "agreement 3 pobj NN NOUN agreement",
            "that 12 dobj WDT PRON that",
            "he 10 nsubj PRP PRON he",
            "does 10 aux VBZ AUX do",
            "not 10 neg RB PART not",
            "want 2 ccomp VB VERB want",
            "to 12 aux TO PART to",
            "break 10 xcomp VB VERB break",
            ". 2 punct . PUNCT .",
        ]
    )
    assert splits_relative_report(doc[6], doc[10])


def test_a_conjunction_that_does_not_split_a_complement_cue(from_rows):
    # "Lee said [that] we want [to win]": "that" opens the clause, no relative pronoun
    doc = from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "said 1 ROOT VBD VERB say",
            "that 4 mark IN SCONJ that",
            "we 4 nsubj PRP PRON we",
            "want 1 ccomp VBP VERB want",
            "to 6 aux TO PART to",
            "win 4 xcomp VB VERB win",
            ". 1 punct . PUNCT .",
        ]
    )
    assert not splits_relative_report(doc[2], doc[4])


def test_a_free_relative_what_is_the_subject_of_the_report_after_the_cue(nlp):
    text = "Voters rejected what critics said was an unfair tax."
    assert _fragments(nlp, text, "said") == ["what", "was an unfair tax"]


def test_a_free_relative_report_after_a_participle_keeps_its_predicate(nlp):
    text = "The sailors were freed quickly, showing what experts said was a sign of better ties."
    assert _fragments(nlp, text, "said") == ["what", "was a sign of better ties"]


def test_that_read_as_a_conjunction_takes_the_noun_it_follows(nlp):
    doc = nlp("He staged rallies, creating scenes that critics have likened to fascist salutes.")
    that = next(t for t in doc if t.text == "that")
    assert that.dep_ == "mark"  # the parse this reading repairs
    start, end = relative_opening(that)
    assert doc[start:end].text == "scenes that"


def test_a_gap_below_the_relative_verb_takes_the_noun_with_its_that(contents):
    text = "The report named two of the flaws that critics like to cite against the mayor."
    assert ("cite", "the flaws that") in contents(text)
