"""Whether two forms of an organisation's name name one body or two."""

from foretold.attribution.organisation_parts import (
    foreign_name,
    names_part,
    opening_places,
    other_places,
)


def test_a_longer_name_met_later_is_the_body_only_with_its_legal_form():
    assert not names_part("Velmart", "Velmart Inc.", set(), later=True)
    assert not names_part("Velmart", "Velmart Holdings Group", set(), later=True)
    assert names_part("Velmart", "Velmart Polska", set(), later=True)
    assert names_part("Orbit", "Orbit Music", set(), later=True)


def test_a_longer_name_met_first_is_the_body_unless_it_adds_a_place_or_an_owner():
    assert not names_part("Velmart", "Velmart Computer", set(), later=False)
    assert names_part("Velmart", "Velmart UK", set(), later=False)
    assert names_part("Velmart", "Velmart Canada", {"Canada"}, later=False)
    assert names_part("Velmart", "Velmart Computer's Orbit OS", set(), later=False)


def test_bodies_of_one_kind_in_different_places_are_two():
    places = {"Veldan", "Ruritanian", "U.S."}
    assert opening_places("the Veldan Chess Federation", places) == {"veld"}
    assert opening_places("Chess Federation", places) == frozenset()
    assert other_places("Veldan Chess Federation", ["the Ruritanian Chess Federation"], places)
    assert not other_places("U.S. Chess Federation", ["Chess Federation"], places)
    assert not other_places("United States Senate", ["U.S. Senate"], places)


def test_a_full_name_of_a_place_the_article_is_not_about():
    assert foreign_name("U.S. Senate", {"ruri": 3, "us": 1}, {"U.S."})
    assert not foreign_name("U.S. Senate", {"ruri": 1, "us": 2}, {"U.S."})
    assert not foreign_name("Senate", {"ruri": 3}, set())
    assert not foreign_name("U.S. Senate", {}, {"U.S."})
