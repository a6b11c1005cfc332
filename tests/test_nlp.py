from foretold.nlp import ABBREVIATION_PERIODS, PARAGRAPH_BREAKS


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_the_pipeline_breaks_sentences_at_paragraph_ends(nlp):
    assert PARAGRAPH_BREAKS in nlp.pipe_names
    text = (
        '"We take every one seriously," said Richard Trumka, president of the A.F.L.-C.I.O.'
        "\n\nThe potential pairing of Mr. Trump and union members could be greased."
    )
    sentences = _sentences(nlp, text)
    assert sentences[-1] == "The potential pairing of Mr. Trump and union members could be greased."


def test_a_break_inside_a_sentence_is_left_to_the_parser(nlp):
    text = "Lavrov called on U.S.\n\nSecretary of State Antony Blinken to provide guarantees."
    assert len(_sentences(nlp, text)) == 1
    lower = "He said the\n\ntalks failed on Tuesday."
    assert len(_sentences(nlp, lower)) == 1


def test_a_line_ending_in_a_semicolon_before_a_capital_ends_a_sentence(nlp):
    text = "Storm floods the harbour;\nMayor hoping for calm in coming days.\n\nIt rained."
    assert "Mayor hoping for calm in coming days." in _sentences(nlp, text)


def test_a_paragraph_after_an_abbreviation_opening_with_a_function_word_is_a_new_sentence(nlp):
    text = "Kim lost to Lee, D-Va.\n\nIn a new poll, most voters chose Lee."
    assert _sentences(nlp, text)[-1] == "In a new poll, most voters chose Lee."
    kept = "Lavrov called on U.S.\n\nSecretary of State Antony Blinken to provide guarantees."
    assert len(_sentences(nlp, kept)) == 1


def test_the_pipeline_marks_abbreviation_periods_before_parsing(nlp):
    names = nlp.pipe_names
    assert names.index(ABBREVIATION_PERIODS) < names.index("parser")
    text = "A deal whereby Ostro Kft. (Ostro Works) bought the yard was revealed on Monday."
    assert _sentences(nlp, text) == [text]


def test_a_capital_after_a_bracketed_stop_and_a_closing_quote_opens_a_sentence(nlp):
    doc = nlp(
        'The study found "a coating that can make a sink self-cleaning[.]" Okafor is the '
        "lab's early career professor."
    )
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["The", "Okafor"]


def test_a_bracketed_stop_before_a_lower_case_word_ends_nothing(nlp):
    doc = nlp('She said it was "over[.]" and left the room.')
    assert [t.text for t in doc if t.is_sent_start] == ["She"]


def test_a_quotation_mark_glued_to_a_word_after_a_comma_or_stop_is_its_own_token(nlp):
    words = [t.text for t in nlp.tokenizer('to audiences,"Katie Lee said. It ended.\u201cThen')]
    assert words == [
        "to", "audiences", ",", '"', "Katie", "Lee", "said", ".",
        "It", "ended", ".", "\u201c", "Then",
    ]  # fmt: skip


def test_a_quotation_mark_after_a_comma_before_a_digit_is_left_alone(nlp):
    assert [t.text for t in nlp.tokenizer('x,"5')] == ['x,"5']
