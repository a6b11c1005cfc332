"""A past participle clause on the noun before it, hung on a reporting verb as a complement."""

from spacy.tokens import Doc

from foretold.attribution.content import clause_content
from foretold.attribution.reduced_noun_clauses import reduced_noun_clause

_WORDS = ["Rangers", "estimate", "the", "flock", "by", "photographing", "the", "lake"]
_WORDS += ["turned", "white", "by", "resting", "birds", "."]


def _misparsed(parsed) -> Doc:
    """ "turned white ..." hung on "estimate" as its complement, as the parser may do."""
    return parsed(
        _WORDS,
        [1, 1, 3, 1, 1, 4, 7, 5, 1, 8, 8, 12, 10, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "det", "dobj", "ccomp", "oprd"]
        + ["agent", "amod", "pobj", "punct"],
        ["NNS", "VBP", "DT", "NN", "IN", "VBG", "DT", "NN", "VBD", "JJ", "IN", "JJ", "NNS", "."],
        ["ranger", "estimate", "the", "flock", "by", "photograph", "the", "lake", "turn"]
        + ["white", "by", "resting", "bird", "."],
    )


def test_participle_clause_after_a_noun_of_another_phrase_is_no_report(parsed):
    doc = _misparsed(parsed)
    assert reduced_noun_clause(doc[8], doc[1])
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["the flock"]


def test_clause_with_its_own_subject_is_still_the_report(parsed):
    doc = parsed(
        ["Analysts", "said", "the", "market", "turned", "lower", "."],
        [1, 1, 3, 4, 1, 4, 1],
        ["nsubj", "ROOT", "det", "nsubj", "ccomp", "advmod", "punct"],
        ["NNS", "VBD", "DT", "NN", "VBD", "RB", "."],
        ["analyst", "say", "the", "market", "turn", "lower", "."],
    )
    assert not reduced_noun_clause(doc[4], doc[1])
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["the market turned lower"]


def test_clause_after_the_verbs_own_object_is_left_to_the_object_rules(parsed):
    doc = parsed(
        ["Analysts", "said", "the", "market", "turned", "lower", "."],
        [1, 1, 3, 1, 1, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "ccomp", "advmod", "punct"],
        ["NNS", "VBD", "DT", "NN", "VBD", "RB", "."],
        ["analyst", "say", "the", "market", "turn", "lower", "."],
    )
    assert not reduced_noun_clause(doc[4], doc[1])
