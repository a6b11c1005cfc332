"""Inverted reports: the speaker after the verb that closes the content."""

from spacy.tokens import Doc

from foretold.attribution.inverted_cues import (
    interrupting_content,
    interrupting_speaker,
    inverted_content,
    inverted_speaker,
)


def _cue(doc, word):
    return next(t for t in doc if t.text == word)


def _texts(doc, ranges):
    return [doc[a:b].text for a, b in ranges]


def test_object_after_closing_verb_is_its_speaker(nlp):
    doc = nlp("The plan will fail, warned the minister.")
    cue = _cue(doc, "warned")
    assert inverted_speaker(cue).text == "minister"
    assert _texts(doc, inverted_content(cue)) == ["The plan will fail"]


def test_inverted_speaker_with_a_name_beside_it(nlp):
    doc = nlp("There is no evidence of fraud, insisted the election commissioner, Mary Jones.")
    cue = _cue(doc, "insisted")
    assert inverted_speaker(cue).text == "commissioner"
    assert _texts(doc, inverted_content(cue)) == ["There is no evidence of fraud"]


def test_listener_is_no_inverted_speaker(nlp):
    doc = nlp("He resigned last week, told reporters.")
    cue = _cue(doc, "told")
    assert inverted_speaker(cue) is None
    assert inverted_content(cue) == []


def test_verb_with_its_own_subject_is_no_inverted_report(nlp):
    doc = nlp("The plan will fail, the minister warned the board.")
    assert inverted_speaker(_cue(doc, "warned")) is None


def test_title_split_at_of_gives_the_name(nlp):
    words = ["The", "talks", "failed", ",", "stated", "Minister", "of", "Trade", "Ann", "Lee", "."]
    heads = [1, 2, 2, 2, 2, 4, 5, 9, 9, 6, 2]
    deps = ["det", "nsubj", "ROOT", "punct", "conj", "dobj", "prep", "compound", "compound"]
    deps += ["pobj", "punct"]
    tags = ["DT", "NNS", "VBD", ",", "VBD", "NNP", "IN", "NNP", "NNP", "NNP", "."]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "VERB", "PROPN", "ADP", "PROPN", "PROPN", "PROPN"]
    pos += ["PUNCT"]
    lemmas = ["the", "talk", "fail", ",", "state", "Minister", "of", "Trade", "Ann", "Lee", "."]
    ents = ["O"] * 8 + ["B-PERSON", "I-PERSON", "O"]
    doc = Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas, ents=ents
    )
    assert inverted_speaker(doc[4]).text == "Lee"
    assert _texts(doc, inverted_content(doc[4])) == ["The talks failed"]


def test_coordinated_verb_phrase_after_the_speaker_goes_on_with_the_content(nlp):
    words = ["The", "bomb", "was", "hidden", "in", "a", "bag", ",", "said", "the", "police"]
    words += [",", "and", "was", "left", "by", "a", "door", "."]
    heads = [1, 3, 3, 3, 3, 6, 4, 3, 3, 10, 8, 8, 8, 14, 8, 14, 17, 15, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "punct", "conj"]
    deps += ["det", "dobj", "punct", "cc", "auxpass", "conj", "prep", "det", "pobj", "punct"]
    tags = ["DT", "NN", "VBD", "VBN", "IN", "DT", "NN", ",", "VBD", "DT", "NN", ",", "CC"]
    tags += ["VBD", "VBN", "IN", "DT", "NN", "."]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN"]
    pos += ["PUNCT", "CCONJ", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    lemmas = ["the", "bomb", "be", "hide", "in", "a", "bag", ",", "say", "the", "police", ","]
    lemmas += ["and", "be", "leave", "by", "a", "door", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert inverted_speaker(doc[8]).text == "police"
    assert _texts(doc, inverted_content(doc[8])) == [
        "The bomb was hidden in a bag",
        "was left by a door",
    ]


def test_interrupting_report_with_a_relative_on_its_speaker(nlp):
    doc = nlp(
        "And the mayor, said Jones, who remains friendly with her old boss, never forgets a slight."
    )
    cue = _cue(doc, "said")
    assert interrupting_speaker(cue).text == "Jones"
    assert _texts(doc, interrupting_content(cue)) == ["the mayor", "never forgets a slight"]


def test_interrupting_report_with_a_title_beside_its_speaker(nlp):
    doc = nlp("The plan, said Lee, the panel's chair, will cost more than expected.")
    cue = _cue(doc, "said")
    assert interrupting_speaker(cue).text == "Lee"
    assert _texts(doc, interrupting_content(cue)) == ["The plan", "will cost more than expected"]


def test_interrupting_report_whose_speaker_the_parse_made_its_object(nlp):
    doc = nlp("Prices, said the report, would rise.")
    cue = _cue(doc, "said")
    assert interrupting_speaker(cue).text == "report"
    assert _texts(doc, interrupting_content(cue)) == ["Prices", "would rise"]


def test_report_with_that_is_no_interrupting_report(nlp):
    doc = nlp("The mayor said that Lee, the chair, would resign.")
    cue = _cue(doc, "said")
    assert interrupting_speaker(cue) is None
    assert interrupting_content(cue) == []


def test_document_after_closing_quotation_is_its_speaker(nlp):
    doc = nlp('"The park will close on Monday," stated the letter.')
    cue = _cue(doc, "stated")
    assert inverted_speaker(cue).text == "letter"


def test_past_read_tagged_as_bare_form_after_quotation(nlp):
    doc = nlp(
        'The council sent a letter to residents. "The park will close on Monday," read the letter.'
    )
    cue = _cue(doc, "read")
    assert cue.tag_ == "VB"
    assert inverted_speaker(cue).text == "letter"
