"""The gender a role gives the person who holds it."""

from foretold.attribution.role_genders import role_gender, roles_gender


def test_role_head_before_an_of_phrase_genders_the_holder():
    assert role_gender("fiancée of journalist Tomas Brandt") == "f"
    assert role_gender("widow of the late king") == "f"
    assert role_gender("the senator's husband") == "m"


def test_roles_of_both_sexes_or_neither_give_no_gender():
    assert role_gender("a former chair") is None
    assert role_gender("mayor of Eastbrook") is None
    assert roles_gender(["wife of Bo Ray", "a nurse"]) == "f"
    assert roles_gender(["wife of Bo Ray", "son of Cy Ott"]) is None
