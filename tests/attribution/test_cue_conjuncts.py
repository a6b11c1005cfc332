"""A second act of the speaker coordinated with the cue is left out of the content."""

from spacy.tokens import Doc

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


def _denial(parsed, lemma: str, tag: str):
    """ "Lee denied plans to sell the farm but not <verb> talks" with the conjunct hung on
    the infinitive."""
    words = ["Lee", "denied", "plans", "to", "sell", "the", "farm", "but", "not", lemma, "talks"]
    heads = [1, 1, 1, 4, 2, 6, 4, 4, 9, 4, 9]
    deps = ["nsubj", "ROOT", "dobj", "aux", "acl", "det", "dobj", "cc", "neg", "conj", "dobj"]
    tags = ["NNP", "VBD", "NNS", "TO", "VB", "DT", "NN", "CC", "RB", tag, "NNS"]
    lemmas = ["Lee", "deny", "plan", "to", "sell", "the", "farm", "but", "not", lemma, "talk"]
    return parsed(words, heads, deps, tags, lemmas)


def test_a_tensed_conjunct_hung_on_an_infinitive_is_the_cues_second_act(parsed):
    assert drop_cue_conjunct(_denial(parsed, "admitted", "VBD"), 2, 11, 1) == 7


def test_a_base_form_conjunct_of_the_infinitive_stays(parsed):
    assert drop_cue_conjunct(_denial(parsed, "hold", "VB"), 2, 11, 1) == 11


def test_a_tensed_conjunct_stays_after_a_tensed_verb_of_the_content(parsed):
    words = ["Lee", "said", "the", "firm", "asked", "to", "leave", "and", "agreed", "to", "pay"]
    heads = [1, 1, 3, 4, 1, 6, 4, 6, 6, 10, 8]
    deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "aux", "xcomp", "cc", "conj", "aux", "xcomp"]
    tags = ["NNP", "VBD", "DT", "NN", "VBD", "TO", "VB", "CC", "VBD", "TO", "VB"]
    lemmas = ["Lee", "say", "the", "firm", "ask", "to", "leave", "and", "agree", "to", "pay"]
    doc = parsed(words, heads, deps, tags, lemmas)
    assert drop_cue_conjunct(doc, 2, 11, 1) == 11


def test_a_conjunct_hung_on_an_expletive_clause_is_the_speakers_next_act(contents):
    text = "The mayor said there was a shortage of nurses and urged the council to hire more staff."
    assert contents(text) == [
        ("said", "there was a shortage of nurses"),
        ("urged", "the council to hire more staff"),
    ]


def _listing(from_rows, conjunct: str) -> Doc:
    """ "the registry lists Acme as a supplier and notes it ships parts", with the
    conjunct of the cue given as "word tag pos lemma"."""
    word, tag, pos, lemma = conjunct.split()
    return from_rows(
        [
            "the 1 det DT DET the",
            "registry 2 nsubj NN NOUN registry",
            "lists 2 ROOT VBZ VERB list",
            "Acme 2 dobj NNP PROPN Acme",
            "as 2 prep IN ADP as",
            "a 6 det DT DET a",
            "supplier 4 pobj NN NOUN supplier",
            "and 2 cc CC CCONJ and",
            f"{word} 2 conj {tag} {pos} {lemma}",
            "it 10 nsubj PRP PRON it",
            "ships 2 ccomp VBZ VERB ship",
            "parts 10 dobj NNS NOUN part",
        ]
    )


def test_a_lexicon_verb_joined_to_the_cue_ends_its_content(from_rows):
    doc = _listing(from_rows, "notes NNS NOUN note")
    assert drop_cue_conjunct(doc, 3, len(doc), 2) == 7


def test_a_bare_verb_joined_to_the_cue_may_go_on_the_content(from_rows):
    doc = _listing(from_rows, "note VB VERB note")
    assert drop_cue_conjunct(doc, 3, len(doc), 2) == len(doc)


def test_a_word_outside_the_lexicon_joined_to_the_cue_stays(from_rows):
    doc = _listing(from_rows, "sales NNS NOUN sale")
    assert drop_cue_conjunct(doc, 3, len(doc), 2) == len(doc)


def _signal(parsed, adverb: str):
    """ "Ann had signaled an intent to run but <adverb> decided against it", with the simple
    past hung on the noun of the infinitive as the parse may leave it."""
    words = ["Ann", "had", "signaled", "an", "intent", "to", "run", "but", adverb, "decided"]
    words += ["against", "it"]
    heads = [2, 2, 2, 4, 2, 6, 4, 6, 9, 4, 9, 10]
    deps = ["nsubj", "aux", "ROOT", "det", "dobj", "aux", "acl", "cc", "advmod", "acl", "prep"]
    deps += ["pobj"]
    tags = ["NNP", "VBD", "VBN", "DT", "NN", "TO", "VB", "CC", "RB", "VBD", "IN", "PRP"]
    lemmas = ["Ann", "have", "signal", "an", "intent", "to", "run", "but", adverb, "decide"]
    lemmas += ["against", "it"]
    return parsed(words, heads, deps, tags, lemmas)


def test_a_simple_past_hung_on_the_noun_of_an_infinitive_is_the_cues_second_act(parsed):
    assert drop_cue_conjunct(_signal(parsed, "ultimately"), 3, 12, 2) == 7


def test_a_simple_past_after_an_adverb_is_the_cues_second_act(parsed):
    words = ["Lee", "denied", "plans", "to", "sell", "the", "farm", "but", "quickly"]
    words += ["admitted", "talks"]
    heads = [1, 1, 1, 4, 2, 6, 4, 4, 9, 4, 9]
    deps = ["nsubj", "ROOT", "dobj", "aux", "acl", "det", "dobj", "cc", "advmod", "conj"]
    deps += ["dobj"]
    tags = ["NNP", "VBD", "NNS", "TO", "VB", "DT", "NN", "CC", "RB", "VBD", "NNS"]
    lemmas = ["Lee", "deny", "plan", "to", "sell", "the", "farm", "but", "quickly", "admit"]
    lemmas += ["talk"]
    assert drop_cue_conjunct(parsed(words, heads, deps, tags, lemmas), 2, 11, 1) == 7


def test_a_tensed_report_hung_on_a_verb_with_a_modal_is_the_speakers_next_act(contents):
    text = "She said she would run again and urged her supporters to vote."
    assert contents(text) == [
        ("said", "she would run again"),
        ("urged", "her supporters to vote"),
    ]


def test_a_tensed_report_hung_on_a_bare_verb_sharing_a_modal_is_the_speakers_next_act(parsed):
    # "Lee says he would meet them and warn them and tells voters he won."
    words = ["Lee", "says", "he", "would", "meet", "them", "and", "warn", "them", "and"]
    words += ["tells", "voters", "he", "won"]
    heads = [1, 1, 4, 4, 1, 4, 4, 4, 7, 7, 7, 10, 13, 10]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "cc", "conj", "dobj", "cc"]
    deps += ["conj", "dobj", "nsubj", "ccomp"]
    tags = ["NNP", "VBZ", "PRP", "MD", "VB", "PRP", "CC", "VB", "PRP", "CC"]
    tags += ["VBZ", "NNS", "PRP", "VBD"]
    lemmas = ["Lee", "say", "he", "would", "meet", "they", "and", "warn", "they", "and"]
    lemmas += ["tell", "voter", "he", "win"]
    doc = parsed(words, heads, deps, tags, lemmas)
    assert drop_cue_conjunct(doc, 2, len(doc), 1) == 9


def test_a_tensed_report_after_an_infinitive_cue_goes_with_its_clause(contents):
    text = (
        "He continues to insist that he will fight on to the convention and refuses to "
        "answer questions about his plans."
    )
    assert contents(text)[0] == ("insist", "that he will fight on to the convention")


def test_a_past_hung_on_a_cue_nouns_infinitive_goes_with_the_nouns_clause(refusal):
    assert drop_cue_conjunct(refusal("called", "call"), 9, 17, 8) == 12


def test_a_past_that_is_also_a_bare_form_stays_with_the_nouns_infinitive(refusal):
    assert drop_cue_conjunct(refusal("put", "put"), 9, 17, 8) == 17


def test_a_past_report_joined_to_a_present_content_verb_is_the_speakers_next_act(contents):
    text = "Ms. Park said she admires the mayor's energy and praised his record on housing."
    assert contents(text) == [
        ("said", "she admires the mayor's energy"),
        ("praised", "his record on housing"),
    ]


def test_a_past_report_joined_to_a_present_perfect_content_verb_is_cut(contents):
    text = (
        "The company acknowledged that it has paid fines since 2019 but declined to give "
        "the amounts."
    )
    assert contents(text) == [
        ("acknowledged", "that it has paid fines since 2019"),
        ("declined", "to give the amounts"),
    ]


def test_a_past_act_that_reports_nothing_stays_with_a_present_perfect_content(contents):
    assert contents("Lee said the firm has grown fast and hired 50 workers.") == [
        ("said", "the firm has grown fast and hired 50 workers")
    ]
