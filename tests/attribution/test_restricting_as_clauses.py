"""A generic "as we know it" clause that narrows a noun reports no one's words."""


def test_generic_as_clause_after_a_noun_is_no_report(cue_words):
    words = cue_words("Cars as we understand them will vanish within a decade.")
    assert "understand" not in words


def test_generic_as_clause_inside_a_report_leaves_the_report(attributed):
    result = attributed("Experts said that phones as we know them will soon disappear.")
    cues = [s.cue for s in result.statements]
    assert "know" not in cues
    assert "said" in cues


def test_parenthetical_as_report_is_kept(cue_words):
    words = cue_words("The plan, as the mayor said, was a disaster for the town.")
    assert "said" in words
