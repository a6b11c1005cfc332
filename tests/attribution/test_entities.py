from foretold.attribution.entities import appositive_roles, country_key, kind_of, title_before


def test_title_before_a_name(nlp):
    doc = nlp("Following Putin's lead, Russian Foreign Minister Sergei Lavrov called.")
    start = next(t.i for t in doc if t.text == "Sergei")
    assert title_before(doc, start)[1] == "Russian Foreign Minister"


def test_sentence_opening_word_is_no_title(nlp):
    doc = nlp("When Joe Biden and Vladimir Putin meet on Tuesday.")
    start = next(t.i for t in doc if t.text == "Joe")
    assert title_before(doc, start)[1] == ""


def test_apposition_and_relative_clause_give_roles(nlp):
    doc = nlp("Heather Conley, a former assistant secretary of state, said it would fail.")
    head = next(t for t in doc if t.text == "Conley")
    assert appositive_roles(head) == ["a former assistant secretary of state"]
    doc = nlp("It will fail, said Conley, who is with the Center for Strategic Studies.")
    head = next(t for t in doc if t.text == "Conley")
    assert appositive_roles(head) == ["with the Center for Strategic Studies"]


def test_group_and_organisation_kinds(nlp):
    doc = nlp("Many analysts doubt it, and U.S. intelligence disagrees.")
    assert kind_of(next(t for t in doc if t.text == "analysts")) == "group"
    assert kind_of(next(t for t in doc if t.text == "intelligence")) == "organization"


def test_country_words_share_a_key():
    assert country_key("U.S.") == country_key("American") == "us"
    assert country_key("Russian") == country_key("Russia")
