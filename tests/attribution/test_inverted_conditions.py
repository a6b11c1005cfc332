"""A report whose content opens with an inverted condition the parser cut off."""

from foretold.attribution.inverted_conditions import governed_clause, inverted_condition


def _condition(parsed):
    words = ["He", "went", "on", "to", "say", "that", "should", "buyers", "pay", ",", "he"]
    return parsed(
        [*words, "would", "agree", "."],
        [1, 12, 1, 4, 1, 8, 8, 8, 4, 12, 12, 12, 12, 12],
        ["nsubj", "ccomp", "prt", "aux", "xcomp", "nsubj", "aux", "nsubj", "ccomp", "punct"]
        + ["nsubj", "aux", "ROOT", "punct"],
        ["PRP", "VBD", "RP", "TO", "VB", "DT", "MD", "NNS", "VB", ",", "PRP", "MD", "VB", "."],
        ["he", "go", "on", "to", "say", "that", "should", "buyer", "pay", ",", "he", "would"]
        + ["agree", "."],
    )


def test_modal_before_the_subject_and_a_comma_after_make_a_condition(parsed):
    doc = _condition(parsed)
    assert inverted_condition(doc[8])


def test_clause_after_the_comma_is_what_the_condition_governs(parsed):
    doc = _condition(parsed)
    assert governed_clause(doc[4], doc[8]) == doc[12]


def test_report_takes_in_the_governed_clause(contents):
    found = contents(
        "Ann Lee spoke to the council on Monday. She later went on to say that should the council "
        "approve the fee, she would not oppose the new road."
    )
    assert (
        "say",
        "that should the council approve the fee, she would not oppose the new road",
    ) in found
    assert all(cue != "oppose" for cue, _ in found)
