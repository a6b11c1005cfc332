"""A closing quoted phrase the parse hung on the cue belongs to the content."""

# The first two sentences are from Wikinews (CC BY 2.5).
_WANTED = (
    "Smith announced the move on Wednesday. He did not say where the cuts were going to take "
    'place, but wanted to present details of the plan to European governments "{}".'
)
_CALLING = (
    "President Trump responded to her letter on Twitter, calling for the beginning of a "
    'presidential transition process "in the best interests of the country"{}.'
)


def _statement(attributed, text: str, cue: str):
    return next(s for s in attributed(text).statements if s.cue == cue)


def test_a_quoted_adverb_closing_the_sentence_joins_the_content(attributed):
    statement = _statement(attributed, _WANTED.format("very soon"), "wanted")
    assert statement.text.endswith('European governments "very soon"')
    assert statement.kind == "mixed"


def test_a_quoted_phrase_hung_on_a_participle_cue_joins_the_content(attributed):
    statement = _statement(attributed, _CALLING.format(""), "calling")
    assert statement.text == (
        'the beginning of a presidential transition process "in the best interests of the country"'
    )


def test_a_quotation_opening_with_a_capital_stays_out(attributed):
    statement = _statement(attributed, _WANTED.format("Very soon"), "wanted")
    assert statement.text.endswith("to European governments")


def test_a_quotation_followed_by_a_clause_of_its_own_stays_out(attributed):
    statement = _statement(attributed, _CALLING.format(" and left"), "calling")
    assert statement.text == "the beginning of a presidential transition process"
