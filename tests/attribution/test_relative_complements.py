"""A report inside a relative clause whose complement the parser misread."""

from foretold.attribution.relative_complements import misread_relative_complement


def test_a_relative_report_keeps_the_clause_it_reports(contents):
    text = "The mayor shut the old bridge, which the paper reported caused long delays."
    assert ("reported", "caused long delays") in contents(text)


def test_a_relative_clause_with_one_subject_is_not_misread(nlp):
    doc = nlp("The council approved the plan that the mayor announced on Monday.")
    verb = next(t for t in doc if t.text == "announced")
    assert misread_relative_complement(verb) is None


def test_a_past_form_read_as_a_complement_adjective_is_the_reported_clause(contents):
    text = "Ohio dropped the rules that the judges said discriminated against older voters."
    assert ("said", "discriminated against older voters") in contents(text)


def test_a_describing_verb_keeps_its_adjective_complement(nlp):
    doc = nlp("The mayor defended the old law, which critics called outdated.")
    verb = next(t for t in doc if t.text == "called")
    assert misread_relative_complement(verb) is None


def test_a_relative_report_told_to_its_passive_listener_has_no_teller(attributed):
    text = "Residents drank the water, which they had been assured was safe."
    statements = attributed(text).statements
    assert [(s.cue, s.text, s.speaker) for s in statements] == [
        ("assured", "which they had been assured was safe", None)
    ]


def test_a_relative_pronoun_made_the_object_of_a_telling_verb_is_the_clause_subject(contents):
    text = "Residents drank the water, which officials had assured them was safe."
    assert ("assured", "was safe") in contents(text)
