"""Organisations the text sets beside a word for a kind of thing are things and make no record."""

import pytest

from foretold.attribution.apposed_things import apposed_to_thing


def _names(result):
    return {p.name for p in result.people}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Velora signed a deal to market its regional aircraft, the Skyrunner, across Asia. "
            'Velo Studios said, "Sales start in May."',
            "Skyrunner",
        ),
        (
            "Tickets sold out for the new film, Harbor Lights, on Friday. "
            'Velo Studios said, "The film cost $40 million."',
            "Harbor Lights",
        ),
    ],
)
def test_a_thing_named_beside_its_kind_makes_no_record(attributed, text, thing):
    names = _names(attributed(text))
    assert thing not in names
    assert "Velo Studios" in names


def test_only_a_name_after_a_word_for_a_thing_is_a_thing(nlp):
    doc = nlp("Tickets sold out for the new film, Harbor Lights, on Friday, Velo Studios said.")
    film = doc.text.index("Harbor Lights")
    studio = doc.text.index("Velo Studios")
    assert apposed_to_thing(doc, film, film + len("Harbor Lights"))
    assert not apposed_to_thing(doc, studio, studio + len("Velo Studios"))


def test_a_name_with_a_word_for_a_thing_before_it_is_a_thing(nlp):
    doc = nlp("Indonesian cargo ship MV Velo Star vanished in 2019.")
    ship = doc.text.index("MV Velo Star")
    assert apposed_to_thing(doc, ship, ship + len("MV Velo Star"))
    doc = nlp("She starred on reality television show Velo House.")
    show = doc.text.index("Velo House")
    assert apposed_to_thing(doc, show, show + len("Velo House"))
