"""Names the tagger labels PERSON that are not people."""

from foretold.attribution import attribute
from foretold.ingest.article import make_article


def _people(nlp, text):
    article = make_article(text, language="en")
    return attribute(nlp(article.text), article).people


def test_place_tagged_as_a_person_is_not_a_person(nlp):
    people = _people(
        nlp, "Putin warned the West and Kiev against crossing red lines. Kiev rejected it."
    )
    assert "Kiev" not in {p.name for p in people if p.kind == "person"}


def test_nationality_adjective_is_not_a_person(nlp):
    people = _people(
        nlp, "The ferry left at 9:00 a.m. Tongan time, and Sione Vake said it was full."
    )
    assert "Tongan" not in {p.name for p in people if p.kind == "person"}


def test_descriptor_before_a_one_word_name_makes_it_an_organisation(nlp):
    people = _people(nlp, "Irish low cost airline Ryanair said fares would rise.")
    assert [(p.name, p.kind) for p in people] == [("Ryanair", "organization")]


def test_media_digits_and_the_publisher_are_not_people(nlp):
    from spacy.tokens import Span

    from foretold.attribution.mistagged_names import medium_names

    doc = nlp("Ann Lee wrote on Twitter that COVID-19 had hit the town, Lee told the Courier.")
    words = [t.text for t in doc]
    spans = [(0, 2), (words.index("Twitter"), words.index("Twitter") + 1)]
    spans += [(words.index("Courier"), words.index("Courier") + 1)]
    covid = next(t for t in doc if t.text.startswith("COVID"))
    spans.append((covid.i, covid.i + 1))
    doc.ents = [Span(doc, a, b, label="PERSON") for a, b in sorted(spans)]
    people = list(doc.ents)
    assert medium_names(people, publisher="The Courier") >= {"Twitter", "Courier", covid.text}
    assert "Ann Lee" not in medium_names(people, publisher="The Courier")


def test_office_held_in_a_one_word_name_makes_it_an_organisation(nlp):
    people = _people(
        nlp,
        "Mark Olsen, the founder of Velora, said the firm would grow. Velora said profits rose.",
    )
    assert ("Velora", "organization") in [(p.name, p.kind) for p in people]
    people = _people(nlp, "The son of Reed, Tom Reed, said the price was fair.")
    assert [(p.name, p.kind) for p in people] == [("Tom Reed", "person")]
