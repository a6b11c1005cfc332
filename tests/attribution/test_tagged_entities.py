"""The names the tagger found in a text, made once per text."""

from foretold.attribution.tagged_entities import entity_at, tagged_entities

TEXT = "Ann Lee of the Velo Motor Company spoke in Paris on Monday."


def test_the_names_are_those_the_tagger_found_in_text_order(nlp):
    doc = nlp(TEXT)
    assert [(e.start, e.end, e.label_) for e in tagged_entities(doc)] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]


def test_a_text_asked_again_gets_the_same_spans(nlp):
    doc = nlp(TEXT)
    assert tagged_entities(doc) is tagged_entities(doc)


def test_two_texts_keep_their_own_names(nlp):
    first, second = nlp(TEXT), nlp("Officials in Lima said nothing.")
    assert {e.text for e in tagged_entities(first)} != {e.text for e in tagged_entities(second)}
    assert all(e.doc is second for e in tagged_entities(second))


def test_the_name_opening_at_a_token(nlp):
    doc = nlp(TEXT)
    first = doc.ents[0]
    assert entity_at(doc, first.start).text == first.text
    assert entity_at(doc, first.start + 1) is None
