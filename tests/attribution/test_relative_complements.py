"""A report inside a relative clause whose complement the parser misread."""

from foretold.attribution.relative_complements import misread_relative_complement


def test_a_relative_report_keeps_the_clause_it_reports(contents):
    text = "The mayor shut the old bridge, which the paper reported caused long delays."
    assert ("reported", "which the paper reported caused long delays") in contents(text)


def test_a_relative_clause_with_one_subject_is_not_misread(nlp):
    doc = nlp("The council approved the plan that the mayor announced on Monday.")
    verb = next(t for t in doc if t.text == "announced")
    assert misread_relative_complement(verb) is None
