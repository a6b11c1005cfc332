""" "The city" standing for the one place an article has described as a city."""

from foretold.attribution.place_epithets import described_places, only_place, place_epithet


def test_a_place_is_described_by_an_of_phrase_or_beside_its_name(nlp):
    doc = nlp(
        "A pipe burst in the Canadian city of Port Alden on Monday. "
        "Pellham, a small town in Ontario, sent crews to help."
    )
    assert [(noun, name) for _, noun, name in described_places(doc)] == [
        ("city", "Port Alden"),
        ("town", "Pellham"),
    ]


def test_a_place_named_without_its_noun_is_not_described(nlp):
    assert described_places(nlp("A pipe burst in Port Alden on Monday.")) == []


def test_only_the_definite_noun_with_lower_case_words_is_an_epithet(nlp):
    doc = nlp("The city said so. The island nation said so. A city did. The Ontario town did.")
    mentions = [doc[0:2], doc[5:8], doc[11:13], doc[15:18]]
    assert [place_epithet(m) for m in mentions] == ["city", "nation", None, None]


def test_one_place_described_before_is_the_one():
    described = [(0, "city", "Port Alden"), (50, "town", "Pellham")]
    assert only_place(described, "city", 60) == "Port Alden"
    assert only_place(described, "city", 0) is None
    assert only_place(described, "village", 60) is None


def test_a_country_may_be_described_as_a_nation():
    assert only_place([(0, "country", "Velmora")], "nation", 60) == "Velmora"


def test_two_places_of_the_kind_leave_it_open():
    described = [(0, "city", "Port Alden"), (50, "city", "Pellham")]
    assert only_place(described, "city", 60) is None
    assert only_place(described, "city", 40) == "Port Alden"


def test_the_city_speaks_for_the_city_described_before(speaker_of):
    text = (
        "A water main burst on Monday in the Canadian city of Port Alden. "
        "The city said that the water supply would return by Friday."
    )
    assert speaker_of(text, "water supply would return") == "Port Alden"


def test_the_city_after_two_described_cities_is_neither(speaker_of):
    text = (
        "Water mains burst on Monday in the city of Port Alden and the city of Pellham. "
        "The city said that the water supply would return by Friday."
    )
    assert speaker_of(text, "water supply would return") == "city"


def test_the_island_nation_speaks_for_the_country_described_before(speaker_of):
    text = (
        "Storms hit Velmora, a small country in the Pacific, on Sunday. "
        "The island nation said that 300 homes had been destroyed."
    )
    assert speaker_of(text, "300 homes") == "Velmora"
