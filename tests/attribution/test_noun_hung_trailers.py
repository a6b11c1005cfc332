"""Closing reports the parse hung on a noun of the clause they report."""

from foretold.attribution.content import clause_content
from foretold.attribution.noun_hung_trailers import noun_hung_trailer


def _closing(from_rows, subject: str, tag: str):
    """'Lee admitted the deal was "a bargain," <subject> reported in May.' with "reported"
    hung on "bargain" as a clause on it."""
    return from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "admitted 1 ROOT VBD VERB admit",
            "the 3 det DT DET the",
            "deal 4 nsubj NN NOUN deal",
            "was 1 ccomp VBD AUX be",
            '" 7 punct `` PUNCT "',
            "a 7 det DT DET a",
            "bargain 4 attr NN NOUN bargain",
            ", 7 punct , PUNCT ,",
            "\" 7 punct '' PUNCT \"",
            f"{subject} 11 nsubj {tag} PRON {subject}",
            "reported 7 acl VBD VERB report",
            "in 11 prep IN ADP in",
            "May 12 pobj NNP PROPN May",
            ". 1 punct . PUNCT .",
        ]
    )


def test_the_clause_before_the_comma_is_what_the_closing_report_reports(from_rows):
    doc = _closing(from_rows, "Reuters", "NNP")
    assert noun_hung_trailer(doc[11]) == [(0, 8)]  # Lee admitted the deal was "a bargain
    assert clause_content(doc[11]) == [(0, 8)]


def test_a_clause_opened_by_a_relative_pronoun_is_on_the_noun(from_rows):
    doc = _closing(from_rows, "which", "WDT")
    assert noun_hung_trailer(doc[11]) == []


def test_an_aside_inside_a_clause_is_no_closing_report(from_rows):
    """ "The team mapped polyps, which, they observed, grew fast." with "observed" on
    "polyps"."""
    doc = from_rows(
        [
            "The 1 det DT DET the",
            "team 2 nsubj NN NOUN team",
            "mapped 2 ROOT VBD VERB map",
            "polyps 2 dobj NNS NOUN polyp",
            ", 3 punct , PUNCT ,",
            "which 10 nsubj WDT PRON which",
            ", 7 punct , PUNCT ,",
            "they 8 nsubj PRP PRON they",
            "observed 3 relcl VBD VERB observe",
            ", 8 punct , PUNCT ,",
            "grew 3 relcl VBD VERB grow",
            "fast 10 advmod RB ADV fast",
            ". 2 punct . PUNCT .",
        ]
    )
    assert noun_hung_trailer(doc[8]) == []
