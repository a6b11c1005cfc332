"""Small clauses: a bare verb with its own subject after a verb outside the lexicon reports
nothing."""

from foretold.attribution.small_clauses import small_clause


def test_a_bare_verb_with_a_subject_is_a_small_clause(from_rows):
    doc = from_rows(
        [
            "they 1 nsubj PRP PRON they",
            "let 1 ROOT VBD VERB let",
            "the 3 det DT DET the",
            "guards 4 nsubj NNS NOUN guard",
            "search 1 ccomp VB VERB search",
            "the 6 det DT DET the",
            "van 4 dobj NN NOUN van",
        ]
    )
    assert small_clause(doc[1])


def test_a_clause_after_a_modal_is_no_small_clause(from_rows):
    doc = from_rows(
        [
            "they 1 nsubj PRP PRON they",
            "hoped 1 ROOT VBD VERB hope",
            "the 3 det DT DET the",
            "guards 5 nsubj NNS NOUN guard",
            "would 5 aux MD AUX would",
            "search 1 ccomp VB VERB search",
            "it 5 dobj PRP PRON it",
        ]
    )
    assert not small_clause(doc[1])


def test_letting_someone_act_reports_nothing(contents):
    assert contents("They let the guards search the van before noon.") == []


def test_a_passive_after_a_bare_be_is_a_small_clause(from_rows):
    doc = from_rows(
        [
            "Acme 1 nsubj NNP PROPN Acme",
            "let 1 ROOT VBD VERB let",
            "the 3 det DT DET the",
            "phone 5 nsubjpass NN NOUN phone",
            "be 5 auxpass VB AUX be",
            "used 1 ccomp VBN VERB use",
            "abroad 5 advmod RB ADV abroad",
        ]
    )
    assert small_clause(doc[1])


def test_a_passive_after_a_modal_is_no_small_clause(from_rows):
    doc = from_rows(
        [
            "Acme 1 nsubj NNP PROPN Acme",
            "hoped 1 ROOT VBD VERB hope",
            "the 3 det DT DET the",
            "phone 6 nsubjpass NN NOUN phone",
            "would 6 aux MD AUX would",
            "be 6 auxpass VB AUX be",
            "used 1 ccomp VBN VERB use",
        ]
    )
    assert not small_clause(doc[1])
