"""A capitalised title with the body or place it serves and the name after them."""

from spacy.tokens import Doc

from foretold.attribution.mentions import MentionIndex
from foretold.attribution.title_phrases import held_title, title_end, title_start


def _title_doc(nlp, words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A parsed sentence as the parser reads a title phrase: the title heads the subject and
    the name hangs on its preposition."""
    tags = {"PROPN": "NNP", "ADP": "IN", "DET": "DT", "VERB": "VBD", "ADJ": "JJ"}
    tags |= {"NOUN": "NN", "PRON": "PRP"}
    return Doc(
        nlp.vocab,
        words=words,
        pos=pos,
        tags=[tags[p] for p in pos],
        heads=heads,
        deps=deps,
        spaces=[True] * len(words),
    )


def test_a_title_keeps_its_place_and_the_name_after_it(nlp):
    words = ["First", "Minister", "of", "Velonia", "Ann", "Marlow", "said", "it"]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PRON"]
    heads = [1, 6, 1, 5, 5, 2, 6, 6]
    deps = ["compound", "nsubj", "prep", "compound", "compound", "pobj", "ROOT", "dobj"]
    doc = _title_doc(nlp, words, pos, heads, deps)
    assert title_end(doc[1]) == 6
    assert MentionIndex(doc).mention(doc[1]).text == "First Minister of Velonia Ann Marlow"


def test_a_title_keeps_the_body_it_serves_with_its_article(nlp):
    words = ["The", "Health", "Minister", "for", "the", "Velo", "Region", "said", "it"]
    pos = ["DET", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "VERB", "PRON"]
    heads = [2, 2, 7, 2, 6, 6, 3, 7, 7]
    deps = ["det", "compound", "nsubj", "prep", "det", "compound", "pobj", "ROOT", "dobj"]
    doc = _title_doc(nlp, words, pos, heads, deps)
    assert MentionIndex(doc).mention(doc[2]).text == "The Health Minister for the Velo Region"


def test_a_title_in_lower_case_is_left_to_office_end(nlp):
    words = ["The", "minister", "of", "Velonia", "said", "it"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "VERB", "PRON"]
    heads = [1, 4, 1, 2, 4, 4]
    deps = ["det", "nsubj", "prep", "pobj", "ROOT", "dobj"]
    doc = _title_doc(nlp, words, pos, heads, deps)
    assert title_end(doc[1]) == 2


def test_a_title_keeps_no_object_with_a_mark_or_common_word_in_it(nlp):
    words = ["Minister", "of", "the", "new", "Velo", "Region", "said", "it"]
    pos = ["PROPN", "ADP", "DET", "ADJ", "PROPN", "PROPN", "VERB", "PRON"]
    heads = [6, 0, 5, 5, 5, 1, 6, 6]
    deps = ["nsubj", "prep", "det", "amod", "compound", "pobj", "ROOT", "dobj"]
    doc = _title_doc(nlp, words, pos, heads, deps)
    assert title_end(doc[0]) == 1


def test_a_title_with_its_body_is_held_under_the_title():
    assert held_title("Health Minister for the Velo Region", "region") == "minister"
    assert held_title("Health Minister", "minister") == "minister"
    assert held_title("Ann Marlow", "marlow") == "marlow"


def test_a_mention_opening_at_a_bodys_for_phrase_starts_with_the_body(attributed):
    text = 'Remarked Institute for Coastal Research geologist Mira Tandel, "The shore is moving."'
    mentions = [s.speaker_mention.text for s in attributed(text).statements]
    assert mentions == ["Institute for Coastal Research geologist Mira Tandel"]


def test_a_mention_opening_at_a_titles_of_phrase_starts_with_the_title(attributed):
    text = "Director of Velo Harbour Operations Arno Kessel said the port would close."
    mentions = [s.speaker_mention.text for s in attributed(text).statements]
    assert mentions == ["Director of Velo Harbour Operations Arno Kessel"]


def test_title_start_reads_back_over_the_title_to_its_first_capital(nlp):
    words = ["Acting", "Deputy", "Minister", "of", "Roads", "Ann", "Marlow", "said", "it"]
    pos = ["ADJ", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PRON"]
    heads = [2, 2, 6, 2, 6, 6, 7, 7, 7]
    deps = ["amod", "compound", "nmod", "prep", "compound", "compound", "nsubj", "ROOT", "dobj"]
    doc = _title_doc(nlp, words, pos, heads, deps)
    assert title_start(doc, 4) == 0


def test_title_start_leaves_a_lower_case_title_and_an_opening_verb(nlp):
    words = ["the", "head", "of", "Velo", "Ann", "Marlow", "said", "it"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PRON"]
    heads = [1, 5, 1, 5, 5, 6, 6, 6]
    deps = ["det", "nmod", "prep", "compound", "compound", "nsubj", "ROOT", "dobj"]
    assert title_start(_title_doc(nlp, words, pos, heads, deps), 3) == 3
    words = ["Remarked", "Center", "for", "Velo", "Studies", "said", "it", "rained"]
    pos = ["VERB", "PROPN", "ADP", "PROPN", "PROPN", "VERB", "PRON", "VERB"]
    heads = [1, 5, 1, 4, 2, 5, 7, 5]
    deps = ["amod", "nsubj", "prep", "compound", "pobj", "ROOT", "nsubj", "ccomp"]
    assert title_start(_title_doc(nlp, words, pos, heads, deps), 3) == 1
