"""Things, acts and ideas taken for organisations make no record."""

from foretold.attribution.thing_names import names_thing


def _names(result):
    return {p.name for p in result.people}


def test_a_thing_taken_for_a_source_makes_no_record(attributed):
    result = attributed("The new model indicated that the river would flood by Friday.")
    assert "new model" not in _names(result)


def test_bodies_named_by_common_nouns_keep_their_records(attributed):
    result = attributed("The jury found him guilty. The palace said the queen was well.")
    assert {"jury", "palace"} <= _names(result)


def test_names_in_capitals_and_words_for_people_are_no_things():
    assert names_thing("the way") and names_thing("one of the plans")
    assert not names_thing("Velo Way")
    assert not names_thing("the left-wing")
    assert not names_thing("a local chairman")
    assert not names_thing("the ministry of internal affairs")


def test_a_thing_taken_for_a_person_makes_no_record():
    from foretold.attribution import person_records
    from foretold.attribution.entities import Entity

    fuel = Entity("kerosene", "person", mentions=[(0, 8, "kerosene")])
    child = Entity("one of the children", "person", mentions=[(20, 39, "one of the children")])
    someone = Entity("someone", "person", mentions=[(50, 57, "someone")])
    assert [p.name for p in person_records([fuel, child, someone])] == [
        "one of the children",
        "someone",
    ]
