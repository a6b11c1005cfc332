"""A second act of the speaker coordinated with the cue is left out of the content."""

from foretold.attribution.cue_conjuncts import drop_cue_conjunct


def test_a_conjunct_in_the_cues_form_hung_on_the_object_is_cut(parsed):
    words = ["she", "was", "touting", "her", "record", "and", "attacking", "him"]
    heads = [2, 2, 2, 4, 2, 4, 4, 6]
    deps = ["nsubj", "aux", "ROOT", "poss", "dobj", "cc", "conj", "dobj"]
    tags = ["PRP", "VBD", "VBG", "PRP$", "NN", "CC", "VBG", "PRP"]
    lemmas = ["she", "be", "tout", "her", "record", "and", "attack", "him"]
    doc = parsed(words, heads, deps, tags, lemmas)
    assert drop_cue_conjunct(doc, 3, len(doc), 2) == 5


def test_a_conjunct_in_the_form_of_the_word_it_hangs_on_stays(parsed):
    words = ["warning", "that", "prices", "are", "rising", "and", "falling"]
    heads = [0, 4, 4, 4, 0, 4, 4]
    deps = ["ROOT", "mark", "nsubj", "aux", "ccomp", "cc", "conj"]
    tags = ["VBG", "IN", "NNS", "VBZ", "VBG", "CC", "VBG"]
    lemmas = ["warn", "that", "price", "be", "rise", "and", "fall"]
    doc = parsed(words, heads, deps, tags, lemmas)
    assert drop_cue_conjunct(doc, 1, len(doc), 0) == len(doc)


def test_a_tensed_report_after_a_participle_cue_is_the_speakers_next_statement(contents):
    text = (
        'Last week, Smith went on a rant on the radio, saying that the "board was lazy" '
        "and called for them to cut fees at once."
    )
    assert contents(text) == [
        ("saying", 'that the "board was lazy"'),
        ("called", "for them to cut fees at once"),
    ]


def test_a_conjunct_of_the_content_after_a_tensed_cue_stays(contents):
    assert contents("Lee said the plan was tired and wanted to leave.") == [
        ("said", "the plan was tired and wanted to leave")
    ]
