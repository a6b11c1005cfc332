"""Names of ships that the tagger reads as people's."""

from spacy.tokens import Span

from foretold.attribution.ship_names import ship_names


def _people(nlp, text: str, *names: str) -> list[Span]:
    """The parse of ``text`` with the first occurrence after the last of each name tagged
    PERSON, in order."""
    doc = nlp(text)
    spans, start = [], 0
    for name in names:
        at = text.index(name, start)
        span = doc.char_span(at, at + len(name))
        spans.append(Span(doc, span.start, span.end, label="PERSON"))
        start = at + len(name)
    doc.ents = spans
    return list(doc.ents)


def test_a_name_only_ever_after_a_ship_prefix_names_a_ship(nlp):
    people = _people(
        nlp,
        "The charity renamed its ship after Ann Lee, a girl who drowned. Their ship, MV "
        "Ann Lee, was previously MV Professor Bo Ray.",
        "Ann Lee",
        "Ann Lee",
        "Bo Ray",
    )
    assert ship_names(people) == {"Bo Ray"}


def test_the_last_word_of_a_ship_name_used_alone_names_the_ship(nlp):
    people = _people(
        nlp,
        "The submarine U.S.S. Velmar sank in 1944. The Velmar was short on torpedoes.",
        "U.S.S. Velmar",
        "Velmar",
    )
    assert ship_names(people) == {"U.S.S. Velmar", "Velmar"}


def test_a_ship_named_after_someone_is_no_one_in_the_people_table(nlp):
    from foretold.attribution import attribute
    from foretold.ingest.article import make_article

    text = "The ship was previously MV Professor Bo Ray. Ann Lee said it was refitted."
    article = make_article(text, language="en")
    doc = nlp(article.text)
    bo, ann = text.index("Bo Ray"), text.index("Ann Lee")
    doc.ents = [
        doc.char_span(bo, bo + len("Bo Ray"), label="PERSON"),
        doc.char_span(ann, ann + len("Ann Lee"), label="PERSON"),
    ]
    people = {p.name for p in attribute(doc, article).people if p.kind == "person"}
    assert people == {"Ann Lee"}
