"""The sentence a character offset lies in."""

from foretold.attribution.sentence_index import SentenceIndex


def test_an_offset_is_numbered_by_the_sentence_it_lies_in(nlp):
    doc = nlp("The mayor spoke. She said the road was shut. Then she left.")
    index = SentenceIndex.of(doc)
    assert [s.text for s in index.sentences] == [s.text for s in doc.sents]
    assert index.number(doc.text.index("She")) == 1
    assert index.number(doc.text.index("road")) == 1
    assert index.number(doc.text.index("Then")) == 2
    assert index.number(-1) == -1


def test_the_index_of_a_document_is_built_once(nlp):
    doc = nlp("The mayor spoke. She said the road was shut.")
    assert SentenceIndex.of(doc) is SentenceIndex.of(doc)
    other = nlp("The mayor spoke. She said the road was shut.")
    assert SentenceIndex.of(other) is not SentenceIndex.of(doc)
