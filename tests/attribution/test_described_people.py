"""Names the tagger reads as bodies that a word for one person describes."""

from spacy.tokens import Span

from foretold.attribution.described_people import described_person


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


def _tagged_body(doc, name: str) -> Span:
    """The words of ``name`` in ``doc`` as a span tagged as an organisation."""
    start = next(t.i for t in doc if doc[t.i :].text.startswith(name))
    end = start + len(name.split())
    return Span(doc, start, end, label="ORG")


def test_name_apposed_to_words_for_one_person_is_a_person(attributed):
    result = attributed(
        "In a statement, Marja Rockmoor Kummings, his widow and the chair of the state party, "
        "said he worked hard."
    )
    kinds = {p.name: p.kind for p in result.people}
    assert kinds["Marja Rockmoor Kummings"] == "person"


def test_a_given_name_left_out_of_the_tag_belongs_to_the_described_name(attributed):
    result = attributed(
        'Speaking to Reuters, an attendee Om Prakesh said, "We have been drinking it for 21 years."'
    )
    kinds = {p.name: p.kind for p in result.people}
    assert kinds["Om Prakesh"] == "person"
    assert "Prakesh" not in kinds


def test_a_compound_word_for_a_person_describes_the_name(nlp):
    doc = nlp(
        "Speaking about the film, the Ruritanian archbishop Wojmir Palak said it was painful."
    )
    assert described_person(_tagged_body(doc, "Wojmir Palak"))


def test_member_after_a_noun_for_the_body_is_a_title(nlp):
    doc = nlp('"It is a fine result", said selection committee member Olf Danelius.')
    assert described_person(_tagged_body(doc, "Olf Danelius"))


def test_an_apposition_of_kin_and_employee_describes_a_person(nlp):
    doc = nlp(
        "The first victim was Skandar Navarin, a former boyfriend and employee of the killer."
    )
    assert described_person(_tagged_body(doc, "Skandar Navarin"))


def test_an_apposition_after_the_object_of_a_preposition_tells_nothing(nlp):
    doc = nlp("Speaking to Velo Norwe, the president of the league said the ban was unfair.")
    assert not described_person(_tagged_body(doc, "Velo Norwe"))
