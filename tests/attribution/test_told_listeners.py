"""The listener a telling verb's clause swallowed."""

from __future__ import annotations


def test_a_named_listener_opening_the_clause_is_left_out(attributed):
    text = "A port official on Monday told The Harbour Times radio crews were sent to the bay."
    assert [s.text for s in attributed(text).statements] == ["radio crews were sent to the bay"]


def test_a_listener_apart_from_the_clause_stays_outside(attributed):
    text = "The mayor told Velo News the bridge would reopen in May."
    assert [s.text for s in attributed(text).statements] == ["the bridge would reopen in May"]


def test_a_clause_of_another_verb_keeps_its_named_subject(attributed):
    text = "The mayor said Velo Motors would pay for the bridge."
    assert [s.text for s in attributed(text).statements] == ["Velo Motors would pay for the bridge"]


def test_a_listener_running_into_a_quotation_is_left_out(attributed):
    text = (
        'Later, she told local radio host Benny tha Great "if you cannot decide who to back, '
        'then you should stay home."'
    )
    told = next(s for s in attributed(text).statements if s.cue == "told")
    assert told.text.startswith('"if you cannot decide')


def test_a_subject_before_a_quoted_predicate_stays(attributed):
    text = 'The senator told Velo Radio Harlan "was a fine mayor," and then left the studio.'
    told = next(s for s in attributed(text).statements if s.cue == "told")
    assert 'Harlan "was a fine mayor' in told.text


def test_a_listener_run_into_a_name_already_used_is_left_out(attributed):
    text = (
        "Hamid Farouk has not been seen since May. "
        "Retired diplomat Jane Roe told NPR Hamid Farouk had left the country."
    )
    told = [s for s in attributed(text).statements if s.cue == "told"]
    expected = [("Jane Roe", "Hamid Farouk had left the country")]
    assert [(s.speaker, s.text) for s in told] == expected


def test_a_name_the_tagger_took_for_one_person_stays_whole(nlp):
    from spacy.tokens import Doc

    from foretold.attribution.told_listeners import told_listener_end

    words = ["Lee", "left", ".", "Roe", "told", "Ann", "Lee", "had", "gone", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 4, 4, 6, 8, 8, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "compound", "nsubj", "aux", "ccomp"]
        + ["punct"],
        pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
        ents=["B-PERSON", "O", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"],
    )
    assert told_listener_end(doc[4], "tell", 5, doc[8]) == 5


def test_her_the_parser_hung_on_the_told_clause_is_the_listener(attributed):
    text = "The coach had told her Smith had quit the team before the final."
    told = [s for s in attributed(text).statements if s.cue == "told"]
    assert [s.text for s in told] == ["Smith had quit the team before the final"]


def test_her_read_as_a_possessive_opening_the_told_clause_is_left_out(nlp):
    from spacy.tokens import Doc

    from foretold.attribution.told_listeners import told_listener_end

    words = ["Roe", "told", "her", "Lee", "had", "gone", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 5, 1, 1],
        deps=["nsubj", "ROOT", "poss", "dobj", "aux", "ccomp", "punct"],
        pos=["PROPN", "VERB", "PRON", "PROPN", "AUX", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "PRP", "NNP", "VBD", "VBN", "."],
    )
    assert told_listener_end(doc[1], "tell", 2, doc[5]) == 3


def test_her_after_a_listener_stays_in_the_told_clause(nlp):
    from spacy.tokens import Doc

    from foretold.attribution.told_listeners import told_listener_end

    words = ["Roe", "told", "Lee", "her", "bus", "had", "gone", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 4, 6, 6, 1, 1],
        deps=["nsubj", "ROOT", "dative", "poss", "nsubj", "aux", "ccomp", "punct"],
        pos=["PROPN", "VERB", "PROPN", "PRON", "NOUN", "AUX", "VERB", "PUNCT"],
        tags=["NNP", "VBD", "NNP", "PRP$", "NN", "VBD", "VBN", "."],
    )
    assert told_listener_end(doc[1], "tell", 3, doc[6]) == 3


def test_her_before_a_bare_singular_noun_is_the_subjects_possessive(attributed):
    text = "Ann Lee told her brother had died in the war."
    told = [s for s in attributed(text).statements if s.cue == "told"]
    assert [s.text for s in told] == ["her brother had died in the war"]
