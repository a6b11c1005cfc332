"""Reports the parse hung on the clause that continues their content."""

from foretold.attribution.finding import find_cues
from foretold.attribution.hung_reports import hung_report_content


def _hung(from_rows, mark: str):
    """ "Lee said that rents are high since without new homes, families may leave." with
    "said" hung on "leave"."""
    return from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "said 13 ccomp VBD VERB say",
            "that 4 mark IN SCONJ that",
            "rents 4 nsubj NNS NOUN rent",
            "are 1 ccomp VBP AUX be",
            "high 4 acomp JJ ADJ high",
            "since 4 prep IN SCONJ since",
            "without 6 prep IN ADP without",
            "new 9 amod JJ ADJ new",
            "homes 7 pobj NNS NOUN home",
            f"{mark} 13 punct {mark} PUNCT {mark}",
            "families 13 nsubj NNS NOUN family",
            "may 13 aux MD AUX may",
            "leave 13 ROOT VB VERB leave",
            ". 13 punct . PUNCT .",
        ]
    )


def test_the_words_after_the_comma_continue_the_that_clause(from_rows):
    doc = _hung(from_rows, ",")
    assert hung_report_content(doc[1]) == (2, 15)


def test_a_colon_sets_off_a_statement_of_its_own(from_rows):
    doc = _hung(from_rows, ":")
    assert hung_report_content(doc[1]) is None


def test_a_report_set_off_as_an_aside_keeps_its_own_words(from_rows):
    doc = from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "said 7 ccomp VBD VERB say",
            "that 4 mark IN SCONJ that",
            "rents 4 nsubj NNS NOUN rent",
            "rose 1 ccomp VBD VERB rise",
            ", 7 punct , PUNCT ,",
            "experts 7 nsubj NNS NOUN expert",
            "noted 7 ROOT VBD VERB note",
            ", 7 punct , PUNCT ,",
            "that 11 mark IN SCONJ that",
            "prices 11 nsubj NNS NOUN price",
            "fell 7 ccomp VBD VERB fall",
            ". 7 punct . PUNCT .",
        ]
    )
    assert hung_report_content(doc[1]) is None


def test_the_cue_reports_the_whole_run_of_words(from_rows):
    doc = _hung(from_rows, ",")
    cue = next(c for c in find_cues(doc, [-1] * len(doc)) if c.token.text == "said")
    assert [doc.text[a:b] for a, b in cue.fragments] == [
        "that rents are high since without new homes , families may leave"
    ]
