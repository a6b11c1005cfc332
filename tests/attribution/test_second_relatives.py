"""A second relative clause joined inside a raised report is no part of it."""

from foretold.attribution.second_relatives import second_relative_end


def test_a_second_who_clause_is_left_out(contents):
    text = (
        "The race turns on older voters, who are expected to make up half of the electorate"
        " and who maintain a fondness for the mayor."
    )
    assert ("expected", "who are expected to make up half of the electorate") in contents(text)


def test_a_report_whose_subject_is_no_relative_pronoun_keeps_its_end(nlp):
    doc = nlp("Voters are expected to stay home and who can blame them.")
    assert second_relative_end(doc[0], len(doc) - 1) == len(doc) - 1
