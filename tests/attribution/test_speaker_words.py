"""Words for speakers: what can and cannot name one."""

from foretold.attribution.speaker_words import editor_insert, names_no_one, swallowed_clause


def test_a_word_in_square_brackets_is_an_editor_insert(nlp):
    doc = nlp("Then the [local] union will go on strike.")
    assert editor_insert(next(t for t in doc if t.text == "local"))
    assert not editor_insert(next(t for t in doc if t.text == "union"))


def test_a_bracket_closing_a_name_is_no_editor_insert(nlp):
    doc = nlp("But Acme [Foods] has been very open about it.")
    assert not editor_insert(next(t for t in doc if t.text == "Foods"))


def test_no_fewer_than_a_number_names_people(nlp):
    doc = nlp("No fewer than ten aides said the plan had failed.")
    assert not names_no_one(next(t for t in doc if t.text == "aides"))


def test_no_one_names_no_one(nlp):
    doc = nlp("No one said when the bridge would reopen.")
    assert names_no_one(next(t for t in doc if t.text == "one"))


def test_a_verb_taken_for_a_subject_is_a_swallowed_clause(nlp):
    text = "Students, however, account for over half of those riding buses in the U.S. Lee"
    doc = nlp(text + " also noted that fares had risen.")
    assert swallowed_clause(next(t for t in doc if t.text == "account"))
    assert not swallowed_clause(next(t for t in doc if t.text == "Students"))


def test_a_contracted_auxiliary_is_no_swallowed_clause(nlp):
    doc = nlp("While he’s said he likes the plan, he has not backed it.")
    assert not swallowed_clause(next(t for t in doc if t.text == "’s"))
