"""Words for speakers: what can and cannot name one."""

from foretold.attribution.speaker_words import (
    editor_insert,
    names_no_one,
    person_word,
    swallowed_clause,
)


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


def test_a_subject_under_neither_nor_names_no_one(nlp):
    from foretold.attribution.speaker_words import names_neither

    doc = nlp("Neither Ann Lee nor Tom Bell said the law was fair.")
    assert names_neither(doc[2])
    doc = nlp("Ann Lee and Tom Bell said the law was fair.")
    assert not names_neither(doc[1])


def test_neither_nor_said_is_said_by_no_one(attributed):
    text = "Neither Velonian nor Dutch authorities said the ship was seized."
    statements = attributed(text).statements
    assert [s.speaker for s in statements] == [None]
    assert statements[0].speaker_mention.text == "Neither Velonian nor Dutch authorities"


def test_pronouns_people_and_person_nouns_stand_for_persons(nlp):
    doc = nlp("He met the senator who saw aides near the stadium.")
    words = {t.text: person_word(t) for t in doc}
    assert words["He"] and words["senator"] and words["who"] and words["aides"]
    assert not words["stadium"]
