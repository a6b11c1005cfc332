from foretold.attribution.quotes import find_quote_spans


def _quoted(text):
    return [text[q.start : q.end] for q in find_quote_spans(text)]


def test_curly_straight_and_typewriter_quotes_are_paired():
    text = "“One,” she said. \"Two,\" he said. ``Three,'' they said. ''Four,'' we said."
    assert _quoted(text) == ["“One,”", '"Two,"', "``Three,''", "''Four,''"]


def test_apostrophes_do_not_open_quotes():
    assert _quoted('It’s Trump’s "big day," he said.') == ['"big day,"']


def test_unbalanced_mark_inside_a_paragraph_is_dropped():
    assert _quoted('He said "this never closes and more text.') == []


def test_quote_running_to_the_next_quoted_paragraph_ends_at_its_paragraph():
    text = "“First part of the speech.\n\n“Second part,” she said."
    assert _quoted(text) == ["“First part of the speech.", "“Second part,”"]


def test_straight_marks_nested_in_straight_marks_stay_inside():
    text = '"The memo errs. The "United States" holds none of them." Lee later wrote more.'
    assert _quoted(text) == ['"The memo errs. The "United States" holds none of them."']


def test_a_lone_opening_mark_inside_a_quotation_still_closes_it():
    assert _quoted('"We won. "They lost," she said.') == ['"We won. "']


def test_empty_and_odd_text_give_nothing():
    assert find_quote_spans("") == ()
    assert find_quote_spans('""""\n"') is not None


def test_curly_quote_nested_in_straight_marks_stays_inside():
    text = 'He wrote: "They call it “the plan” now, and it works." Then he left.'
    assert _quoted(text) == ['"They call it “the plan” now, and it works."']


def test_quote_opening_a_sentence_and_left_open_runs_to_its_paragraph_end():
    text = "“We are ready,” said Ann. “We have the votes and the time.\n\nLater she left."
    assert _quoted(text) == ["“We are ready,”", "“We have the votes and the time."]


def test_a_closing_mark_that_starts_a_paragraph_opens_a_quotation():
    text = "Lee spoke first.\n” We will not give up on this town,” the letter read."
    assert _quoted(text) == ["” We will not give up on this town,”"]


def test_a_quotation_split_by_its_cue_gives_two_spans():
    text = "“We will win,” she said, “and we will win big.”"
    assert _quoted(text) == ["“We will win,”", "“and we will win big.”"]


def test_single_marks_nested_in_double_marks_stay_inside():
    text = "\"My father told me, 'Never give up,' and I never did,\" Ann Lee said."
    assert _quoted(text) == ["\"My father told me, 'Never give up,' and I never did,\""]


def test_curly_single_marks_nested_in_curly_double_marks_stay_inside():
    text = "“They shouted ‘Out!’ at us,” she said."
    assert _quoted(text) == ["“They shouted ‘Out!’ at us,”"]


def test_a_closing_mark_with_no_opening_one_is_dropped():
    assert _quoted("She added, the plan is over now.”") == []


def test_a_quotation_opened_twice_keeps_the_later_opening():
    text = "He said “maybe. “We will see what happens,” Lee said."
    assert _quoted(text) == ["“We will see what happens,”"]
