"""A demonstrative noun phrase a colon closes points to the words after it."""

POINTED = (
    "The mayor argued that the council could not audit her office. The judge rejected this "
    "argument:\n\nThe charter gives the council the power to audit every office of the city, "
    "and no officer stands above it.\n\nThe ruling can be appealed."
)
DENIED = (
    "The treasurer denied any allegation of a bribe:\n\nThe payments covered hotels and travel "
    "for the campaign, and none of the money went to the race.\n\nHe left soon after."
)


def test_pointer_before_a_colon_is_no_statement_of_its_own(contents):
    found = contents(POINTED)
    assert ("rejected", "this argument") not in found
    assert any(cue == "rejected" and words.startswith("The charter") for cue, words in found)


def test_object_with_content_of_its_own_stays_before_a_colon(contents):
    assert ("denied", "any allegation of a bribe") in contents(DENIED)
