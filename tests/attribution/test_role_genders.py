"""The gender a role gives the person who holds it."""

from foretold.attribution.role_genders import role_gender, roles_gender, spouse_gender


def test_role_head_before_an_of_phrase_genders_the_holder():
    assert role_gender("fiancée of journalist Tomas Brandt") == "f"
    assert role_gender("widow of the late king") == "f"
    assert role_gender("the senator's husband") == "m"


def test_roles_of_both_sexes_or_neither_give_no_gender():
    assert role_gender("a former chair") is None
    assert role_gender("mayor of Eastbrook") is None
    assert roles_gender(["wife of Bo Ray", "a nurse"]) == "f"
    assert roles_gender(["wife of Bo Ray", "son of Cy Ott"]) is None


def test_spouse_noun_gives_the_other_spouse_the_other_gender(nlp):
    doc = nlp("Lina Varga, widow of Tomas Brandt, spoke. Bo Ray's wife agreed. Ed Moe left.")
    names = {ent.text: ent for ent in doc.ents if ent.label_ == "PERSON"}
    assert spouse_gender(names["Tomas Brandt"]) == "m"
    assert spouse_gender(names["Bo Ray's"] if "Bo Ray's" in names else names["Bo Ray"]) == "m"
    assert spouse_gender(names["Ed Moe"]) is None
