"""Names of fictional characters that the tagger reads as people's."""

from spacy.tokens import Span

from foretold.attribution.fictional_names import fictional_names


def _people(nlp, text: str, *names: str) -> list[Span]:
    """The parse of ``text`` with every occurrence of each name tagged PERSON."""
    doc = nlp(text)
    spans = []
    for name in names:
        start = 0
        while (at := text.find(name, start)) >= 0:
            span = doc.char_span(at, at + len(name))
            if not any(s.start < span.end and span.start < s.end for s in spans):
                spans.append(Span(doc, span.start, span.end, label="PERSON"))
            start = at + len(name)
    doc.ents = sorted(spans)
    return list(doc.ents)


def test_a_name_called_a_character_is_no_person(nlp):
    people = _people(
        nlp,
        "She wore a costume based on comics character Ann Vale. With Ann, she said, the "
        "mask was hard to see through. Kim Lee said it won a prize.",
        "Ann Vale",
        "Ann",
        "Kim Lee",
    )
    assert fictional_names(people) == {"Ann Vale", "Ann"}


def test_character_actor_calls_no_name_a_character(nlp):
    people = _people(
        nlp, "The veteran character actor Ann Vale said the film was long.", "Ann Vale"
    )
    assert fictional_names(people) == set()


def test_a_character_makes_no_record_in_the_people_table(nlp):
    from foretold.attribution import attribute
    from foretold.ingest.article import make_article

    text = "She wore a costume based on comics character Ann Vale. Kim Lee said it won a prize."
    article = make_article(text, language="en")
    doc = nlp(article.text)
    vale, lee = text.index("Ann Vale"), text.index("Kim Lee")
    doc.ents = [
        doc.char_span(vale, vale + len("Ann Vale"), label="PERSON"),
        doc.char_span(lee, lee + len("Kim Lee"), label="PERSON"),
    ]
    people = {p.name for p in attribute(doc, article).people if p.kind == "person"}
    assert people == {"Kim Lee"}
