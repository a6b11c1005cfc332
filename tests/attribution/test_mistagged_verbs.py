"""Lexicon verbs the tagger took for nouns or adjectives."""

from foretold.attribution.finding import find_cues
from foretold.attribution.mistagged_verbs import conjunct_cue, mistagged_cue


def test_mistagged_closing_report_takes_the_clause_before_it(attributed):
    found = attributed(
        "A donor gave $500 to the fund in June, campaign finance records show."
    ).statements
    assert [(s.cue, s.text) for s in found] == [("show", "A donor gave $500 to the fund in June")]


def test_title_case_subject_opening_a_headline_claims_a_mistagged_verb(attributed):
    found = attributed("Trump calls for ending the curfew.").statements
    assert [(s.cue, s.speaker_mention.text) for s in found] == [("calls", "Trump")]


def test_mistagged_verb_opening_a_verbless_line_reports_its_object(contents):
    found = contents(
        "Party issues \u2018full apology\u2019 to Senator Smith.\n\nThe party said it was sorry."
    )
    assert [cue for cue, _ in found] == ["issues", "said"]
    assert found[0][1].endswith("apology\u2019 to Senator Smith")


def test_headline_verb_reports_the_object_of_its_own_preposition(attributed):
    found = attributed(
        "Mayor talks to students about housing.\n\nThe mayor spoke on Monday."
    ).statements
    assert [(s.cue, s.text, s.speaker_mention.text) for s in found][:1] == [
        ("talks", "housing", "Mayor")
    ]


def test_headline_infinitive_verb_reports_what_it_presses_for(contents):
    found = contents(
        "U.S. presses for peace deal in Sudan despite policy snags;\n\nTalks resumed on Monday."
    )
    assert found[:1] == [("presses", "peace deal in Sudan despite policy snags")]


def test_headline_after_a_fronted_phrase_reports_its_object(contents):
    found = contents("Amid turmoil, Jones claims nomination;\n\nThe vote ended on Monday.")
    assert found[:1] == [("claims", "nomination")]


def test_mistagged_verb_joined_to_a_verb_shares_its_subject(parsed):
    doc = parsed(
        ["She", "gushes", "about", "gardens", "and", "jokes", "about", "her", "hair", "."],
        [1, 1, 1, 2, 1, 1, 5, 8, 6, 1],
        ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "prep", "poss", "pobj", "punct"],
        ["PRP", "VBZ", "IN", "NNS", "CC", "NNS", "IN", "PRP$", "NN", "."],
        ["she", "gush", "about", "garden", "and", "joke", "about", "she", "hair", "."],
    )
    cues = find_cues(doc, [-1] * len(doc))
    joke = next(cue for cue in cues if cue.token.text == "jokes")
    assert joke.subject is not None and joke.subject.text == "She"
    assert [doc.text[a:b] for a, b in joke.fragments] == ["her hair"]


def test_a_word_inside_a_place_name_is_no_verb(contents):
    text = "A man pleaded not guilty on Monday in Concord, New Hampshire, United States."
    assert contents(text) == []


def test_report_after_an_auxiliary_loses_its_closing_material(parsed):
    doc = parsed(
        ["Lee", "did", "post", "online", "that", "the", "plan", "was", "a", "joke", ","]
        + ["with", "aides", "backing", "him", "."],
        [1, 1, 1, 2, 7, 6, 7, 1, 9, 7, 7, 7, 11, 12, 13, 1],
        ["nsubj", "ROOT", "dobj", "advmod", "mark", "det", "nsubj", "advcl", "det", "attr"]
        + ["punct", "prep", "pobj", "acl", "dobj", "punct"],
        ["NNP", "VBD", "NN", "RB", "IN", "DT", "NN", "VBD", "DT", "NN", ","]
        + ["IN", "NNS", "VBG", "PRP", "."],
        ["Lee", "do", "post", "online", "that", "the", "plan", "be", "a", "joke", ","]
        + ["with", "aide", "back", "he", "."],
    )
    cues = find_cues(doc, [-1] * len(doc))
    post = next(cue for cue in cues if cue.token.text == "post")
    assert [doc.text[a:b] for a, b in post.fragments] == ["that the plan was a joke"]


def test_a_quoted_place_name_in_a_quotation_is_no_cue(attributed):
    text = (
        'Lee later wrote, "The statement shows no grasp of the facts. The "United States" '
        'is not holding any prisoners. They are all held by local forces."\n'
    )
    assert all(s.cue != "States" for s in attributed(text).statements)


def test_a_mistagged_conjunct_takes_the_clause_hung_on_its_partner(from_rows):
    doc = from_rows(
        [
            "the 1 det DT DET the",
            "registry 2 nsubj NN NOUN registry",
            "lists 2 ROOT VBZ VERB list",
            "Acme 2 dobj NNP PROPN Acme",
            "and 2 cc CC CCONJ and",
            "states 2 conj NNS NOUN state",
            "it 7 nsubj PRP PRON it",
            "ships 2 ccomp VBZ VERB ship",
            "parts 7 dobj NNS NOUN part",
            ". 2 punct . PUNCT .",
        ]
    )
    cue = conjunct_cue(doc, doc[5])
    assert cue is not None
    assert [doc.text[a:b] for a, b in cue.fragments] == ["it ships parts"]


def test_closing_report_after_a_subject_with_an_of_phrase(attributed):
    found = attributed("Turnout fell in 2014, records of the county show.").statements
    assert [(s.cue, s.speaker_mention.text, s.text) for s in found] == [
        ("show", "records", "Turnout fell in 2014")
    ]


def test_of_phrase_before_a_mistagged_verb_inside_a_sentence_is_no_subject(attributed):
    text = (
        'The rejection of the treaty signals "the beginning of the end" for the union, '
        "said Ann Lee, the mayor."
    )
    found = attributed(text).statements
    assert [(s.cue, s.speaker_mention.text) for s in found] == [("said", "Ann Lee")]


def test_closing_report_after_a_name_with_small_words_and_a_no_break_space(nlp):
    text = "Lee was an engineer in Lyon, the daily Folha de Sao Paulo\u00a0reports."
    doc = nlp(text)
    [cue] = find_cues(doc, [-1] * len(doc))
    assert (cue.token.text, cue.subject is not None and cue.subject.text) == ("reports", "Paulo")
    assert [text[a:b] for a, b in cue.fragments] == ["Lee was an engineer in Lyon"]


def test_a_headline_name_read_as_an_order_is_the_subject_of_a_mistagged_verb(parsed):
    doc = parsed(
        ["Lee", "Calls", "On", "Kim", "To", "Resign", "."],
        [0, 0, 1, 2, 5, 0, 0],
        ["ROOT", "dobj", "prep", "pobj", "aux", "xcomp", "punct"],
        ["VB", "NNS", "IN", "NNP", "TO", "NNP", "."],
        ["lee", "call", "on", "Kim", "to", "Resign", "."],
    )
    cue = mistagged_cue(doc, doc[1], [-1] * len(doc))
    assert cue is not None and cue.subject is not None and cue.subject.text == "Lee"
    assert [doc.text[a:b] for a, b in cue.fragments] == ["On Kim To Resign"]
