"""Organisation names the tagger split at their "for" or "of"."""

from foretold.attribution.split_names import joined_organisation


def test_relative_clause_on_the_second_half_names_the_whole(attributed):
    text = (
        "The ban followed an order from the State Commission for the Energy Markets, which "
        "demanded a halt."
    )
    speakers = [s.speaker for s in attributed(text).statements]
    assert speakers == ["State Commission for the Energy Markets"]


def test_names_that_are_not_joined_stay_apart(nlp):
    doc = nlp("Acme Corp sold the plant to Velo Inc for a dollar.")
    for ent in doc.ents:
        assert joined_organisation(ent).text == ent.text


def test_a_person_name_opening_an_organisation_named_in_full_elsewhere_is_the_body(attributed):
    text = (
        "Ola Berg of Marwick Fire and Rescue said no crews would be sent into the building. "
        "Marwick Fire and Rescue requested support and equipment from other fire departments."
    )
    attribution = attributed(text)
    speakers = [s.speaker for s in attribution.statements]
    assert speakers == ["Ola Berg", "Marwick Fire and Rescue"]
    assert [p.name for p in attribution.people if p.kind == "person"] == ["Ola Berg"]
