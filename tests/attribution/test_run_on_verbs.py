"""A verb the tagger ran into the name before it as a noun."""

from spacy.lang.en import English
from spacy.tokens import Doc

from foretold.attribution.run_on_verbs import name_before_verb


def _parsed(words, tags, heads, deps) -> Doc:
    return Doc(English().vocab, words=words, tags=tags, heads=heads, deps=deps)


def test_a_verb_read_as_a_noun_after_a_plural_name_leaves_the_name():
    doc = _parsed(
        ["and", "Truthers", "regroup", "to", "question", "the", "count", "."],
        ["CC", "NNPS", "NN", "TO", "VB", "DT", "NN", "."],
        [4, 2, 4, 4, 4, 6, 4, 4],
        ["cc", "compound", "nsubj", "aux", "ROOT", "det", "dobj", "punct"],
    )
    assert name_before_verb(doc[2]).text == "Truthers"


def test_a_noun_after_a_plural_name_with_its_own_verb_stays():
    doc = _parsed(
        ["the", "Velo", "Workers", "union", "said", "no", "."],
        ["DT", "NNP", "NNPS", "NN", "VBD", "UH", "."],
        [3, 2, 3, 4, 4, 4, 4],
        ["det", "compound", "compound", "nsubj", "ROOT", "intj", "punct"],
    )
    assert name_before_verb(doc[3]).text == "union"
