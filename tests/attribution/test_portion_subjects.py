"""A part of a document speaks with the document's voice."""


def test_part_of_a_named_judges_statement_is_the_judge(attributed):
    result = attributed(
        "Judge Ann Cole ruled on Monday. Part of Judge Cole's statement reads "
        '"the rule has outlived its purpose."'
    )
    reads = next(s for s in result.statements if s.cue == "reads")
    assert reads.speaker == "Ann Cole"


def test_section_of_a_report_is_the_report(attributed):
    result = attributed("A section of the report says the river is polluted.")
    [statement] = result.statements
    assert statement.speaker == "report"
    assert statement.text == "the river is polluted"


def test_part_of_a_group_of_people_is_left_as_it_is(attributed):
    result = attributed("Part of the crowd said the match was fixed.")
    [statement] = result.statements
    assert statement.speaker == "Part"


def test_excerpts_from_a_book_are_the_book(attributed):
    result = attributed(
        "Excerpts from Ann Cole's new book revealed that the mayor had ignored the warnings."
    )
    [statement] = result.statements
    assert statement.speaker == "Ann Cole's new book"
    assert statement.text == "that the mayor had ignored the warnings"


def test_passages_of_a_report_are_the_report(attributed):
    result = attributed("Passages of the report say the river is polluted.")
    [statement] = result.statements
    assert statement.speaker == "report"


def test_excerpts_from_a_titled_book_are_the_book(attributed):
    result = attributed("Excerpts from the book Harbour Lights reveal the port was sold.")
    [statement] = result.statements
    assert statement.speaker != "Excerpts"
    assert "Harbour Lights" in statement.speaker


def test_the_results_of_a_survey_are_named_with_the_survey(attributed):
    result = attributed("The results of nationwide surveys indicate that voters are unifying.")
    [statement] = result.statements
    assert statement.speaker_mention.text == "The results of nationwide surveys"
    assert statement.text == "that voters are unifying"


def test_early_findings_keep_the_poll_they_come_from(attributed):
    result = attributed("Early results of an entrance poll show that the race is close.")
    [statement] = result.statements
    assert statement.speaker_mention.text == "Early results of an entrance poll"


def test_results_of_something_else_stay_as_they_are(attributed):
    result = attributed("The results of the reforms show that the plan worked.")
    [statement] = result.statements
    assert statement.speaker_mention.text == "The results"
