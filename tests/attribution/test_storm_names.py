"""A named storm is no one and makes no record."""

from foretold.attribution import person_records
from foretold.attribution.entities import Entity
from foretold.attribution.storm_names import names_storm


def test_a_name_opened_by_a_storm_word_names_a_storm():
    assert names_storm("Typhoon Lan") and names_storm("Super Typhoon Lan")
    assert names_storm("Tropical Storm Ana") and names_storm("Hurricane Ida")
    assert not names_storm("Ann Storm") and not names_storm("Hurricane")
    assert not names_storm("storm chasers")


def test_a_storm_the_tagger_took_for_a_person_makes_no_record():
    storm = Entity("Typhoon Lan", "person", mentions=[(0, 11, "Typhoon Lan")])
    lee = Entity("Ann Storm", "person", mentions=[(30, 39, "Ann Storm")])
    assert [p.name for p in person_records([storm, lee])] == ["Ann Storm"]
