"""Clauses in brackets that tell of what someone did rather than report the words around them."""

from spacy.tokens import Doc

from foretold.attribution.content import clause_content
from foretold.attribution.narrated_asides import narrated_aside

_POS = {"PRP": "PRON", "VBD": "VERB", "VBG": "VERB", "NNS": "NOUN", "NN": "NOUN", "NNP": "PROPN"}
_POS |= {"-LRB-": "PUNCT", "-RRB-": "PUNCT", ".": "PUNCT", "RB": "ADV", "IN": "ADP"}
_POS |= {"DT": "DET", "CC": "CCONJ"}


def _doc(nlp, words, heads, deps, tags, lemmas) -> Doc:
    pos = [_POS[t] for t in tags]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


_WORDS = ["It", "meant", "tracking", "costs", "(", "Lee", "reported", "weekly", "to", "the"]
_WORDS += ["board", "and", "kept", "the", "ledgers", ")", "."]
_HEADS = [1, 1, 1, 2, 6, 6, 1, 6, 6, 10, 8, 6, 6, 14, 12, 6, 1]
_DEPS = ["nsubj", "ROOT", "xcomp", "dobj", "punct", "nsubj", "parataxis", "advmod", "prep"]
_DEPS += ["det", "pobj", "cc", "conj", "det", "dobj", "punct", "punct"]
_TAGS = ["PRP", "VBD", "VBG", "NNS", "-LRB-", "NNP", "VBD", "RB", "IN", "DT", "NN", "CC", "VBD"]
_TAGS += ["DT", "NNS", "-RRB-", "."]
_LEMMAS = ["it", "mean", "track", "cost", "(", "Lee", "report", "weekly", "to", "the", "board"]
_LEMMAS += ["and", "keep", "the", "ledger", ")", "."]


def test_bracketed_clause_with_a_second_act_is_narration(nlp):
    doc = _doc(nlp, _WORDS, _HEADS, _DEPS, _TAGS, _LEMMAS)
    assert narrated_aside(doc[6])


def test_narrated_aside_reports_nothing_of_the_sentence_around_it(nlp):
    doc = _doc(nlp, _WORDS, _HEADS, _DEPS, _TAGS, _LEMMAS)
    assert "It meant tracking costs" not in [doc[a:b].text for a, b in clause_content(doc[6])]


def test_bare_report_in_brackets_is_no_narration(nlp):
    doc = _doc(
        nlp,
        ["The", "talks", "(", "she", "said", ")", "failed", "."],
        [1, 6, 4, 4, 6, 4, 6, 6],
        ["det", "nsubj", "punct", "nsubj", "parataxis", "punct", "ROOT", "punct"],
        ["DT", "NNS", "-LRB-", "PRP", "VBD", "-RRB-", "VBD", "."],
        ["the", "talk", "(", "she", "say", ")", "fail", "."],
    )
    assert not narrated_aside(doc[4])
    assert [doc[a:b].text for a, b in clause_content(doc[4])] == ["The talks", "failed"]


def test_a_bracket_never_closed_is_no_narrated_aside(nlp):
    words = _WORDS[:15] + ["."]
    heads = _HEADS[:15] + [1]
    deps = _DEPS[:15] + ["punct"]
    tags = _TAGS[:15] + ["."]
    lemmas = _LEMMAS[:15] + ["."]
    doc = _doc(nlp, words, heads, deps, tags, lemmas)
    assert doc[4].text == "(" and ")" not in [t.text for t in doc]
    assert not narrated_aside(doc[6])


def test_a_clause_after_the_closing_bracket_makes_no_narrated_aside(nlp):
    doc = _doc(
        nlp,
        ["(", "She", "said", ")", "the", "talks", "failed", "."],
        [2, 2, 2, 2, 5, 6, 2, 2],
        ["punct", "nsubj", "ROOT", "punct", "det", "nsubj", "ccomp", "punct"],
        ["-LRB-", "PRP", "VBD", "-RRB-", "DT", "NNS", "VBD", "."],
        ["(", "she", "say", ")", "the", "talk", "fail", "."],
    )
    assert not narrated_aside(doc[2])
