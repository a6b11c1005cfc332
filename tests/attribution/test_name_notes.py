from foretold.attribution.entities import Entity
from foretold.attribution.name_notes import name_note


def test_a_note_that_the_name_is_assumed_is_no_role():
    assert name_note("a pseudonym")
    assert name_note("not her real name")
    assert name_note("names have been changed")
    assert name_note("a pseudonym used for her safety")


def test_a_role_opening_with_a_name_word_stays():
    assert not name_note("a nickname expert")
    assert not name_note("an alias researcher")


def test_an_entity_takes_no_name_note_for_a_role():
    mara = Entity("Mara", "person")
    mara.add_role("a pseudonym")
    mara.add_role("a nurse")
    assert list(mara.roles) == ["a nurse"]


def test_a_speaker_under_a_pseudonym_has_no_role(attributed):
    text = (
        "Two nurses, Ravi Menon, and Mara (a pseudonym), who work at the clinic, spoke to "
        "reporters. "
        '"We have had no masks for a month," Mara said.'
    )
    statement = attributed(text).statements[-1]
    assert statement.speaker == "Mara"
    assert statement.speaker_role is None


def test_no_kinship_with_a_namesake_is_no_role():
    assert name_note("no relation")
    assert name_note("no relation to the senator")
    assert not name_note("a relation of the senator")
