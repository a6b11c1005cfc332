"""A subject hung across a colon on a verb with a subject of its own after it is none of its."""

from foretold.attribution.colon_subjects import left_across_colon
from foretold.attribution.speakers import subject_of


def _topic(parsed, mark: str = ":"):
    """ "Lee, asked again<mark> each side attacked him, saying no.", with "Lee" hung on
    "attacked" as a second subject."""
    words = ["Lee", ",", "asked", "again", mark, "each", "side", "attacked", "him", ",", "saying"]
    words += ["no", "."]
    heads = [7, 7, 7, 2, 7, 6, 7, 7, 7, 10, 7, 10, 7]
    deps = ["nsubj", "punct", "advcl", "advmod", "punct", "det", "nsubj", "ROOT", "dobj"]
    deps += ["punct", "advcl", "dobj", "punct"]
    tags = ["NNP", ",", "VBN", "RB", ":" if mark == ":" else ",", "DT", "NN", "VBD", "PRP", ","]
    tags += ["VBG", "DT", "."]
    lemmas = ["Lee", ",", "ask", "again", mark, "each", "side", "attack", "he", ",", "say"]
    lemmas += ["no", "."]
    return parsed(words, heads, deps, tags, lemmas)


def _label(parsed):
    """ "Lee: each side attacked him.", a headline's speaker label before the colon."""
    words = ["Lee", ":", "each", "side", "attacked", "him", "."]
    heads = [4, 4, 3, 4, 4, 4, 4]
    deps = ["nsubj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"]
    tags = ["NNP", ":", "DT", "NN", "VBD", "PRP", "."]
    lemmas = ["Lee", ":", "each", "side", "attack", "he", "."]
    return parsed(words, heads, deps, tags, lemmas)


def test_a_name_before_a_colon_is_no_subject_of_the_verb_after_it(parsed):
    doc = _topic(parsed)
    assert left_across_colon(doc[0], [doc[0], doc[6]], doc[7])
    assert subject_of(doc[7]) == doc[6]


def test_the_participle_reports_for_the_subject_after_the_colon(parsed):
    doc = _topic(parsed)
    assert subject_of(doc[10]) == doc[6]


def test_a_name_with_no_colon_before_the_other_subject_stays(parsed):
    doc = _topic(parsed, mark=",")
    assert not left_across_colon(doc[0], [doc[0], doc[6]], doc[7])
    assert subject_of(doc[7]) == doc[0]


def test_a_name_the_colon_follows_at_once_labels_the_speaker(parsed):
    doc = _label(parsed)
    assert not left_across_colon(doc[0], [doc[0], doc[3]], doc[4])
    assert subject_of(doc[4]) == doc[0]


def test_the_last_subject_is_never_left_behind(parsed):
    doc = _topic(parsed)
    assert not left_across_colon(doc[6], [doc[0], doc[6]], doc[7])
