"""A bare verb the parse joined to a tensed cue goes on with the reported clause."""

from foretold.attribution.bare_conjuncts import bare_conjunct_end


def _call(parsed, tag: str, lemma: str, word: str, reopen: str = "VB"):
    """ "The board issued a call that the firm reopen the plant, <word> staff", with the last
    verb joined to "issued"."""
    words = ["The", "board", "issued", "a", "call", "that", "the", "firm", "reopen", "the"]
    words += ["plant", ",", word, "staff"]
    heads = [1, 2, 2, 4, 2, 8, 7, 8, 4, 10, 8, 2, 2, 12]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "mark", "det", "nsubj", "acl", "det"]
    deps += ["dobj", "punct", "conj", "dobj"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "IN", "DT", "NN", reopen, "DT", "NN", ",", tag]
    tags += ["NNS"]
    lemmas = ["the", "board", "issue", "a", "call", "that", "the", "firm", "reopen", "the"]
    lemmas += ["plant", ",", lemma, "staff"]
    return parsed(words, heads, deps, tags, lemmas)


def test_a_bare_conjunct_of_a_past_cue_goes_on_with_the_content(parsed):
    assert bare_conjunct_end(_call(parsed, "VB", "rehire", "rehire"), 3, 11, 2) == 14


def test_a_past_conjunct_is_the_cues_own_act(parsed):
    assert bare_conjunct_end(_call(parsed, "VBD", "thank", "thanked"), 3, 11, 2) == 11


def test_a_bare_conjunct_after_content_with_no_bare_verb_stays_out(parsed):
    doc = _call(parsed, "VB", "rehire", "rehire", reopen="VBD")
    assert bare_conjunct_end(doc, 3, 11, 2) == 11


def test_a_bare_conjunct_of_a_past_verb_above_the_cue_goes_on_with_the_content(parsed):
    words = ["Lee", "waved", "as", "she", "urged", "the", "city", "to", "reopen", "the"]
    words += ["plant", ",", "rehire", "staff"]
    heads = [1, 1, 4, 4, 1, 6, 4, 8, 4, 10, 8, 1, 1, 12]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "advcl", "det", "dobj", "aux", "xcomp", "det"]
    deps += ["dobj", "punct", "conj", "dobj"]
    tags = ["NNP", "VBD", "IN", "PRP", "VBD", "DT", "NN", "TO", "VB", "DT", "NN", ",", "VB"]
    tags += ["NNS"]
    lemmas = ["Lee", "wave", "as", "she", "urge", "the", "city", "to", "reopen", "the"]
    lemmas += ["plant", ",", "rehire", "staff"]
    doc = parsed(words, heads, deps, tags, lemmas)
    assert bare_conjunct_end(doc, 5, 11, 4) == 14


def test_a_subjunctive_clause_with_its_own_subject_goes_on_with_the_content(contents):
    found = contents(
        "A judge ordered last week that the polls be kept open until nine, and the count not be "
        "published until Friday."
    )
    assert (
        "ordered",
        "that the polls be kept open until nine, and the count not be published until Friday",
    ) in found


def test_a_clause_with_a_modal_after_a_subjunctive_stays_out(contents):
    found = contents(
        "A judge ordered last week that the polls be kept open until nine, and the count will be "
        "published on Friday."
    )
    assert ("ordered", "that the polls be kept open until nine") in found


def test_an_embedded_question_joined_to_the_cue_goes_on_with_the_content(contents):
    found = contents(
        "In the interview, Lee explained how the vaccine works, and why people should trust the "
        "regulators."
    )
    assert ("explained", "how the vaccine works, and why people should trust the regulators") in (
        found
    )


def test_an_inverted_question_after_an_embedded_one_stays_out(contents):
    found = contents("Lee described what the board decided, and why should anyone care?")
    assert ("described", "what the board decided") in found
