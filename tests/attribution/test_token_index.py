"""A document's tokens made once, and the tokens written as given words."""

from foretold.attribution.token_index import (
    spellings_of,
    tokens_in,
    tokens_lowered,
    tokens_of,
    tokens_spelled,
    tokens_titled,
)


def test_the_tokens_of_a_document_are_its_tokens_in_order_made_once(nlp):
    doc = nlp("Lee said the plan failed, and Cole said so too.")
    tokens = tokens_of(doc)
    assert [t.i for t in tokens] == list(range(len(doc)))
    assert [t.text for t in tokens] == [t.text for t in doc]
    assert tokens_of(doc) is tokens


def test_the_tokens_of_a_span_are_the_documents_own(nlp):
    doc = nlp("Lee said the plan failed. Cole said so too.")
    second = list(doc.sents)[1]
    tokens = tokens_in(second)
    assert [t.text for t in tokens] == [t.text for t in second]
    assert all(t is tokens_of(doc)[t.i] for t in tokens)


def test_tokens_written_as_given_words_come_in_text_order(nlp):
    doc = nlp("Lee said the plan failed, and Cole said so too.")
    assert [(t.text, t.i) for t in tokens_spelled(doc, ["Cole", "said"])] == [
        ("said", 1),
        ("Cole", 7),
        ("said", 8),
    ]


def test_a_span_gives_only_its_own_tokens(nlp):
    doc = nlp("Lee said the plan failed. Cole said so too.")
    second = list(doc.sents)[1]
    assert [t.i for t in tokens_spelled(second, ["said"])] == [second.start + 1]


def test_a_word_the_document_does_not_have_gives_no_token(nlp):
    doc = nlp("Lee said the plan failed.")
    assert tokens_spelled(doc, ["Cole", "said."]) == []


def test_the_spellings_of_a_document_are_its_words_each_once_case_kept(nlp):
    doc = nlp("The plan failed, and the board said the plan failed.")
    assert sorted(spellings_of(doc)) == sorted({t.text for t in doc})
    assert "The" in spellings_of(doc) and "the" in spellings_of(doc)


def test_tokens_written_as_given_words_in_any_case_come_in_text_order(nlp):
    doc = nlp("He said she would go. She said he would not. HE left.")
    assert [(t.text, t.i) for t in tokens_lowered(doc, ["he"])] == [
        ("He", 0),
        ("he", 8),
        ("HE", 12),
    ]


def test_tokens_written_in_title_case_come_in_text_order(nlp):
    doc = nlp("Ann Lee said the BBC and Velonet were wrong.")
    assert [t.text for t in tokens_titled(doc)] == ["Ann", "Lee", "Velonet"]
