"""A report that opens its sentence and a comma, hung by the parse on the clause after it."""

from foretold.attribution.fronted_reports import fronted_report


def _fronted(parsed):
    words = ["Lee", "reported", ",", "the", "council", "resigned", "."]
    return parsed(
        words,
        [1, 5, 5, 4, 5, 5, 5],
        ["nsubj", "ccomp", "punct", "det", "nsubj", "ROOT", "punct"],
        ["NNP", "VBD", ",", "DT", "NN", "VBD", "."],
        ["Lee", "report", ",", "the", "council", "resign", "."],
    )


def test_report_before_a_comma_hung_on_the_clause_after_is_fronted(parsed):
    doc = _fronted(parsed)
    assert fronted_report(doc[1])


def test_the_clause_after_the_comma_is_not_fronted(parsed):
    doc = _fronted(parsed)
    assert not fronted_report(doc[5])


def test_fronted_report_reports_the_clause_after_its_comma(attributed):
    found = attributed(
        "The Daily Ledger's Ann Lee previously reported, the city council refused to publish "
        "the budget."
    ).statements
    assert [(s.cue, s.speaker, s.text) for s in found] == [
        ("reported", "Ann Lee", "the city council refused to publish the budget")
    ]
