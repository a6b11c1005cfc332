"""The sentence a character offset lies in."""

from foretold.attribution.sentence_index import SentenceIndex, sentences_looked_up


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


def test_a_token_reads_its_sentence_from_the_table_while_the_block_is_open(nlp):
    doc = nlp("The mayor spoke. She said the road was shut. Then she left.")
    expected = [(t.sent.start, t.sent.end) for t in doc]
    with sentences_looked_up(doc):
        assert "sent" in doc.user_token_hooks
        assert [(t.sent.start, t.sent.end) for t in doc] == expected
        sentences = SentenceIndex.of(doc).sentences
        assert all(t.sent is sentences[1] for t in sentences[1])
    assert "sent" not in doc.user_token_hooks


def test_a_sentence_hook_the_document_had_is_put_back(nlp):
    doc = nlp("The mayor spoke. She said the road was shut.")

    def own(token):
        return token.doc[:]

    doc.user_token_hooks["sent"] = own
    with sentences_looked_up(doc):
        assert doc[0].sent.end == 4
    assert doc.user_token_hooks["sent"] is own
