"""Objects that are the subject of a clause the parse broke off."""

from foretold.attribution.clause_subjects import (
    broken_clause_end,
    broken_predicate,
    predicate_opening,
)
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


def test_verb_after_a_relative_between_commas_goes_on_with_the_object(from_rows):
    doc = from_rows(
        [
            "engineers 1 nsubj NNS NOUN engineer",
            "suggest 1 ROOT VBP VERB suggest",
            "a 3 det DT DET a",
            "valve 1 dobj NN NOUN valve",
            "in 3 prep IN ADP in",
            "the 6 det DT DET the",
            "pump 4 pobj NN NOUN pump",
            ", 6 punct , PUNCT ,",
            "which 11 nsubj WDT PRON which",
            "had 11 aux VBD AUX have",
            "never 11 neg RB ADV never",
            "failed 6 relcl VBN VERB fail",
            ", 1 punct , PUNCT ,",
            "was 14 aux VBD AUX be",
            "leaking 1 advcl VBG VERB leak",
            "oil 14 dobj NN NOUN oil",
        ]
    )
    assert broken_predicate(doc[1], doc[3]) == doc[14]
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "a valve in the pump , which had never failed , was leaking oil"
    ]


def test_verb_after_a_phrase_hung_on_the_cue_goes_on_with_the_object(from_rows):
    doc = from_rows(
        [
            "forecasters 1 nsubj NNS NOUN forecaster",
            "reported 1 ROOT VBD VERB report",
            "the 3 det DT DET the",
            "storm 1 dobj NN NOUN storm",
            "in 1 prep IN ADP in",
            "the 6 det DT DET the",
            "gulf 4 pobj NN NOUN gulf",
            "had 8 aux VBD AUX have",
            "weakened 1 advcl VBN VERB weaken",
        ]
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "the storm in the gulf had weakened"
    ]


def test_complement_after_the_objects_relative_starts_at_the_object(from_rows):
    doc = from_rows(
        [
            "police 1 nsubj NNS NOUN police",
            "said 1 ROOT VBD VERB say",
            "a 3 det DT DET a",
            "man 1 dobj NN NOUN man",
            "from 3 prep IN ADP from",
            "town 4 pobj NN NOUN town",
            ", 5 punct , PUNCT ,",
            "who 8 nsubj WP PRON who",
            "drove 5 relcl VBD VERB drive",
            "the 10 det DT DET the",
            "van 8 dobj NN NOUN van",
            ", 1 punct , PUNCT ,",
            "had 13 aux VBD AUX have",
            "fled 1 ccomp VBN VERB flee",
        ]
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "a man from town , who drove the van , had fled"
    ]


def test_past_form_with_an_agent_and_no_be_describes_the_object(from_rows):
    doc = from_rows(
        [
            "they 1 nsubj PRP PRON they",
            "found 1 ROOT VBD VERB find",
            "the 3 det DT DET the",
            "field 1 dobj NN NOUN field",
            "turned 1 ccomp VBD VERB turn",
            "white 4 oprd JJ ADJ white",
            "by 4 agent IN ADP by",
            "frost 6 pobj NN NOUN frost",
        ]
    )
    assert broken_predicate(doc[1], doc[3]) is None


def test_noun_phrase_ends_at_a_semicolon_the_parse_hung_on_it(from_rows):
    doc = from_rows(
        [
            "police 1 nsubj NNS NOUN police",
            "found 1 ROOT VBD VERB find",
            "a 3 det DT DET a",
            "knife 1 dobj NN NOUN knife",
            ", 3 punct , PUNCT ,",
            "which 7 nsubjpass WDT PRON which",
            "was 7 auxpass VBD AUX be",
            "hidden 3 relcl VBN VERB hide",
            "; 3 punct : PUNCT ;",
            "inside 11 prep IN ADP inside",
            "it 9 pobj PRP PRON it",
            "was 1 ccomp VBD AUX be",
            "cash 11 attr NN NOUN cash",
        ]
    )
    assert predicate_opening(doc[3]) == 8
    assert broken_predicate(doc[1], doc[3]) is None


def test_asides_between_commas_stand_between_object_and_predicate(contents):
    text = (
        "Farmers have claimed the company, above all, among other buyers, is cutting prices "
        "and hurting growers."
    )
    assert (
        "claimed",
        "the company, above all, among other buyers, is cutting prices and hurting growers",
    ) in contents(text)


def test_a_verb_after_an_aside_and_a_conjunction_is_the_cues_own(cue_words):
    text = "The coach praised the team, especially, and thanked the fans."
    assert cue_words(text).count("praised") == 1 and "thanked" in cue_words(text)


def test_a_bare_day_stands_between_object_and_predicate(contents):
    text = (
        "Councillor Ann Lee commented the mayor's remarks Monday are likely as near as the "
        "city will ever get to an apology."
    )
    assert (
        "commented",
        "the mayor's remarks Monday are likely as near as the city will ever get to an apology",
    ) in contents(text)


def test_infinitive_aside_between_commas_goes_on_to_the_predicate(contents):
    text = "The paper suggested arson, perhaps to claim the insurance, is now the main theory."
    assert contents(text) == [
        ("suggested", "arson, perhaps to claim the insurance, is now the main theory")
    ]


def test_an_aside_in_brackets_stands_between_object_and_predicate(contents):
    text = (
        "The survey found families who live near the coast (the coast is about 40 km long) "
        "can lose their homes."
    )
    assert contents(text) == [
        (
            "found",
            "families who live near the coast (the coast is about 40 km long) can lose their homes",
        )
    ]
