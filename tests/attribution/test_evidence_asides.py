"""A "records show" aside the parser broke reports the clause around it."""


def test_an_aside_before_a_second_report_reports_the_clause_before_it(attributed):
    text = "The company lost money in 2015, court records show, and analysts say it will close."
    found = [(s.cue, s.text) for s in attributed(text).statements]
    assert found == [
        ("show", "The company lost money in 2015"),
        ("say", "it will close"),
    ]


def test_an_aside_inside_the_sentence_reports_both_sides(attributed):
    text = "In 2015, court records show, the company lost money."
    [statement] = attributed(text).statements
    assert (statement.cue, statement.speaker_mention.text) == ("show", "records")
    assert statement.text == "In 2015, court records show, the company lost money"


def test_an_aside_the_parse_hung_on_a_modifier_read_as_a_participle(attributed):
    text = (
        "The club had to give its coach a loan of five thousand pounds in May, "
        "fundraising documents show."
    )
    [statement] = attributed(text).statements
    assert (statement.cue, statement.speaker_mention.text) == ("show", "documents")
    assert statement.text == "The club had to give its coach a loan of five thousand pounds in May"
