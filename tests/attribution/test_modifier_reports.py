"""Reports the parse hung as a modifier on the subject of the clause they report."""

from foretold.attribution.finding import find_cues
from foretold.attribution.modifier_reports import modifier_report, modifier_report_content
from foretold.attribution.passives import raising_content


def _seas(from_rows, tag: str = "VBD"):
    """ "Scientists at the lab reported warming seas appear to harm corals." with "reported"
    read as a modifier of "seas"."""
    return from_rows(
        [
            "Scientists 4 nsubj NNS NOUN scientist",
            "at 0 prep IN ADP at",
            "the 3 det DT DET the",
            "lab 1 pobj NN NOUN lab",
            f"reported 6 amod {tag} VERB report",
            "warming 6 compound NN NOUN warming",
            "seas 7 nsubj NNS NOUN sea",
            "appear 7 ROOT VBP VERB appear",
            "to 9 aux TO PART to",
            "harm 7 xcomp VB VERB harm",
            "corals 9 dobj NNS NOUN coral",
            ". 7 punct . PUNCT .",
        ]
    )


def test_a_finite_modifier_with_a_subject_reports_the_clause_after_it(from_rows):
    doc = _seas(from_rows)
    assert modifier_report_content(doc[4]) == (5, 12)
    assert (report := modifier_report(doc[6])) is not None and report.i == 4


def test_a_participle_modifier_is_no_report(from_rows):
    doc = _seas(from_rows, "VBN")
    assert modifier_report_content(doc[4]) is None
    assert modifier_report(doc[6]) is None


def test_a_modifier_with_no_subject_of_its_own_is_no_report(from_rows):
    doc = from_rows(
        [
            "There 1 expl EX PRON there",
            "were 1 ROOT VBD AUX be",
            "five 4 nummod CD NUM five",
            "confirmed 4 amod VBD VERB confirm",
            "cases 1 attr NNS NOUN case",
            ". 1 punct . PUNCT .",
        ]
    )
    assert modifier_report_content(doc[3]) is None


def test_the_cue_reports_the_clause_for_its_subject(from_rows):
    doc = _seas(from_rows)
    cue = next(c for c in find_cues(doc, [-1] * len(doc)) if c.token.text == "reported")
    assert cue.subject is not None and cue.subject.i == 0
    assert [doc.text[a:b] for a, b in cue.fragments] == ["warming seas appear to harm corals"]


def test_the_raised_clause_starts_after_the_report(from_rows):
    doc = _seas(from_rows)
    assert raising_content(doc[7]) == (5, 11)
