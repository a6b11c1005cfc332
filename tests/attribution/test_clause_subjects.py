"""Objects that are the subject of a clause the parse broke off."""

from foretold.attribution.clause_subjects import broken_clause_end
from foretold.attribution.content import clause_content


def test_subjectless_verb_after_the_object_goes_on_with_it(parsed):
    doc = parsed(
        ["the", "judge", "ruled", "the", "draft", "violated", "the", "law"],
        [1, 2, 2, 4, 2, 2, 7, 5],
        ["det", "nsubj", "ROOT", "det", "dobj", "advcl", "det", "dobj"],
        ["DT", "NN", "VBD", "DT", "NN", "VBD", "DT", "NN"],
        ["the", "judge", "rule", "the", "draft", "violate", "the", "law"],
    )
    assert broken_clause_end(doc[2], doc[4]) == 8
    assert [doc[a:b].text for a, b in clause_content(doc[2])] == ["the draft violated the law"]


def test_verb_after_a_conjunction_inside_the_object_is_the_cues_own(parsed):
    doc = parsed(
        ["he", "denied", "the", "charges", "and", "accused", "her"],
        [1, 1, 3, 1, 3, 1, 5],
        ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "dobj"],
        ["PRP", "VBD", "DT", "NNS", "CC", "VBD", "PRP"],
        ["he", "deny", "the", "charge", "and", "accuse", "her"],
    )
    assert broken_clause_end(doc[1], doc[3]) is None


def test_verb_with_its_own_subject_is_no_broken_clause(parsed):
    doc = parsed(
        ["she", "praised", "the", "team", "they", "won"],
        [1, 1, 3, 1, 5, 1],
        ["nsubj", "ROOT", "det", "dobj", "nsubj", "advcl"],
        ["PRP", "VBD", "DT", "NN", "PRP", "VBD"],
        ["she", "praise", "the", "team", "they", "win"],
    )
    assert broken_clause_end(doc[1], doc[3]) is None
