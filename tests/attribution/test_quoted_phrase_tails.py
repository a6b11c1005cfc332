def _directing(attributed, text: str):
    return next(s for s in attributed(text).statements if s.cue == "directing")


def test_an_of_phrase_on_a_quoted_noun_runs_the_statement_on(attributed):
    text = 'She was directing the committees to "proceed with their work" of reform.'
    statement = _directing(attributed, text)
    assert statement.text == '"proceed with their work" of reform'
    assert statement.kind == "mixed"


def test_a_preposition_that_may_hang_on_the_clause_stays_out(attributed):
    text = 'She was directing the committees to "proceed with their work" from Monday.'
    statement = _directing(attributed, text)
    assert statement.text == '"proceed with their work"'
    assert statement.kind == "direct"


def test_a_quotation_closing_over_a_comma_ends_its_clause(attributed):
    text = 'She was directing the committees to "proceed with their work," of course.'
    assert _directing(attributed, text).text == '"proceed with their work,"'


def test_a_conjunct_after_the_quotation_stays_out(attributed):
    text = 'She was directing the committees to "proceed with their work" and left.'
    assert _directing(attributed, text).text == '"proceed with their work"'


def test_a_cue_after_the_quotation_is_no_part_of_it(contents):
    text = '"We stand ready to help our neighbours" tweeted the mayor of Ashford.'
    assert ("tweeted", '"We stand ready to help our neighbours"') in contents(text)
