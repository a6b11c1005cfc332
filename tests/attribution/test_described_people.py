"""Names the tagger reads as bodies that a word for one person describes."""


def test_name_after_a_trade_noun_is_a_person(attributed):
    result = attributed("Payments went to porn star Stormy Banks and a model to stay silent.")
    kinds = {p.name: p.kind for p in result.people}
    assert kinds == {"Stormy Banks": "person"}


def test_name_apposed_to_an_office_of_a_place_is_a_person(attributed):
    result = attributed(
        "The current president of Arcadia, Hage Lumbo, expressed his sadness at the death."
    )
    lumbo = next(p for p in result.people if p.name == "Hage Lumbo")
    assert lumbo.kind == "person"
    assert "current president of Arcadia" in lumbo.roles


def test_name_after_a_word_that_also_describes_firms_stays_a_body(attributed):
    result = attributed("The deal hurt rival Velo Dynamics, which said sales were down.")
    assert {p.name: p.kind for p in result.people} == {"Velo Dynamics": "organization"}


def test_name_of_a_body_is_a_person_working_there(attributed):
    result = attributed("One resident told Pablo Riviera of WESH 2 news that they were used to it.")
    assert next(p.kind for p in result.people if p.name == "Pablo Riviera") == "person"
