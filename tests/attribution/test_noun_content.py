"""The content of cue nouns: clauses, preposition objects, listeners and colons."""

import pytest

from foretold.attribution.noun_content import noun_content


def test_to_phrase_after_a_noun_of_speech_names_the_listener(parsed):
    words = ["her", "comments", "to", "reporters", "about", "the", "trade"]
    doc = parsed(
        words,
        [1, 1, 1, 2, 1, 6, 4],
        ["poss", "ROOT", "prep", "pobj", "prep", "det", "pobj"],
        ["PRP", "NNS", "IN", "NNS", "IN", "DT", "NN"],
        ["her", "comment", "to", "reporter", "about", "the", "trade"],
    )
    assert [doc[a:b].text for a, b in noun_content(doc[1])] == ["the trade"]


def test_to_phrase_after_a_report_names_where_it_went(parsed):
    words = ["their", "reports", "to", "the", "commission"]
    doc = parsed(
        words,
        [1, 1, 1, 4, 2],
        ["poss", "ROOT", "prep", "det", "pobj"],
        ["PRP$", "NNS", "IN", "DT", "NN"],
        ["their", "report", "to", "the", "commission"],
    )
    assert noun_content(doc[1]) == []


def _question_raised(parsed, verb: str, tag: str):
    words = [verb, "the", "question", "of", "whether", "it", "counts", "as", "fraud", "and"]
    words += ["prompting", "a", "review"]
    return parsed(
        words,
        [0, 2, 0, 2, 6, 6, 3, 6, 7, 6, 6, 12, 10],
        ["ROOT", "det", "dobj", "prep", "mark", "nsubj", "pcomp", "prep", "pobj", "cc"]
        + ["conj", "det", "dobj"],
        [tag, "DT", "NN", "IN", "IN", "PRP", "VBZ", "IN", "NN", "CC", "VBG", "DT", "NN"],
        [verb, "the", "question", "of", "whether", "it", "count", "as", "fraud", "and"]
        + ["prompt", "a", "review"],
    )


def test_phrase_object_stops_before_a_participle_parallel_to_the_noun_s_verb(parsed):
    doc = _question_raised(parsed, "raising", "VBG")
    assert [doc[a:b].text for a, b in noun_content(doc[2])] == ["whether it counts as fraud"]


def test_clause_of_a_root_cue_noun_stops_before_the_sentence_verb(parsed):
    words = ["Lee", "'s", "claim", "that", "Park", "lied", "to", "voters", "touched", "off"]
    words += ["a", "debate"]
    doc = parsed(
        words,
        [2, 0, 2, 5, 5, 2, 5, 6, 7, 8, 11, 8],
        ["poss", "case", "ROOT", "mark", "nsubj", "acl", "prep", "pobj", "acl", "prt"]
        + ["det", "dobj"],
        ["NNP", "POS", "NN", "IN", "NNP", "VBD", "IN", "NNS", "VBD", "RP", "DT", "NN"],
        ["Lee", "'s", "claim", "that", "Park", "lie", "to", "voter", "touch", "off", "a", "debate"],
    )
    assert [doc[a:b].text for a, b in noun_content(doc[2])] == ["that Park lied to voters"]


def test_infinitive_of_a_root_cue_noun_stops_before_a_past_verb_hung_as_participle(parsed):
    words = ["His", "decision", "to", "run", "for", "a", "third", "term", "led", "to"]
    words += ["tensions", "."]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 7, 7, 4, 7, 8, 9, 1],
        ["poss", "ROOT", "aux", "acl", "prep", "det", "amod", "pobj", "acl", "prep"]
        + ["pobj", "punct"],
        ["PRP$", "NN", "TO", "VB", "IN", "DT", "JJ", "NN", "VBN", "IN", "NNS", "."],
        ["his", "decision", "to", "run", "for", "a", "third", "term", "lead", "to"]
        + ["tension", "."],
    )
    assert [doc[a:b].text for a, b in noun_content(doc[1])] == ["to run for a third term"]


def test_relative_clause_with_no_gap_is_what_the_cue_noun_says(parsed):
    words = ["allegations", "he", "misled", "the", "auditors"]
    doc = parsed(
        words,
        [0, 2, 0, 4, 2],
        ["ROOT", "nsubj", "relcl", "det", "dobj"],
        ["NNS", "PRP", "VBD", "DT", "NNS"],
        ["allegation", "he", "mislead", "the", "auditor"],
    )
    assert [doc[a:b].text for a, b in noun_content(doc[0])] == ["he misled the auditors"]
    doc = parsed(
        ["the", "claims", "he", "made"],
        [1, 1, 3, 1],
        ["det", "ROOT", "nsubj", "relcl"],
        ["DT", "NNS", "PRP", "VBD"],
        ["the", "claim", "he", "make"],
    )
    assert noun_content(doc[1]) == []


def test_colon_after_a_noun_of_speech_opens_its_content(contents):
    text = "The union leaders sent Mr. Park a blunt message: He is hurting the party and must stop."
    assert contents(text) == [("message", "He is hurting the party and must stop")]
    text = "The report raises a basic question about the plan: How would the city pay for it?"
    assert ("question", "How would the city pay for it") in contents(text)


def test_phrase_hung_on_a_noun_measuring_the_cue_noun_is_its_content(parsed):
    words = ["after", "months", "of", "criticism", "over", "the", "deal"]
    doc = parsed(
        words,
        [0, 0, 1, 2, 1, 6, 4],
        ["ROOT", "pobj", "prep", "pobj", "prep", "det", "pobj"],
        ["IN", "NNS", "IN", "NN", "IN", "DT", "NN"],
        ["after", "month", "of", "criticism", "over", "the", "deal"],
    )
    assert [doc[a:b].text for a, b in noun_content(doc[3])] == ["the deal"]


def test_content_of_a_noun_opening_a_from_to_range_stops_at_the_next_to(nlp):
    doc = nlp("He drew fire for all from his plan to cut budgets, to his feud with the press.")
    plan = next(t for t in doc if t.text == "plan")
    assert [doc[a:b].text for a, b in noun_content(plan)] == ["to cut budgets"]


def test_question_after_be_is_the_content_of_its_subject_noun(contents):
    assert contents("The question now is whether the council will approve the budget.") == [
        ("question", "whether the council will approve the budget")
    ]
    assert contents("The question isn't so much whether the plan will survive.") == [
        ("question", "whether the plan will survive")
    ]


def test_a_participle_that_describes_the_noun_is_no_content(nlp):
    doc = nlp("The panel's report, released on Friday, blamed the builders.")
    assert noun_content(doc[3]) == []
    doc = nlp("The board rejected the claims made by the builders.")
    assert noun_content(doc[4]) == []


def test_clause_after_be_opens_with_a_that_hung_inside_it(parsed):
    words = ["The", "fear", "is", "that", "if", "talks", "fail", ",", "prices", "will", "rise"]
    doc = parsed(
        words,
        [1, 2, 2, 6, 6, 6, 10, 10, 10, 10, 2],
        ["det", "nsubj", "ROOT", "mark", "mark", "nsubj", "advcl", "punct", "nsubj", "aux"]
        + ["ccomp"],
        ["DT", "NN", "VBZ", "IN", "IN", "NNS", "VBD", ",", "NNS", "MD", "VB"],
        ["the", "fear", "be", "that", "if", "talk", "fail", ",", "price", "will", "rise"],
    )
    assert [doc[a:b].text for a, b in noun_content(doc[1])] == [
        "that if talks fail , prices will rise"
    ]


def test_a_stance_participle_reports_its_cause_in_a_by_phrase(attributed):
    statements = attributed("Local farmers have been outraged by the new water rules.").statements
    assert [(s.cue, s.text, s.speaker_mention.text) for s in statements] == [
        ("outraged", "the new water rules", "Local farmers")
    ]
    statements = attributed("The governor was delighted by the turnout.").statements
    assert [(s.cue, s.text) for s in statements] == [("delighted", "the turnout")]


def test_a_noun_of_asking_reports_what_it_is_said_to_include(attributed):
    statements = attributed(
        "The strikers' demands include a pay rise and shorter shifts at the plant."
    ).statements
    assert [(s.cue, s.text, s.speaker_mention.text) for s in statements] == [
        ("demands", "a pay rise and shorter shifts at the plant", "The strikers")
    ]


def test_a_noun_of_no_asking_reports_nothing_it_includes(attributed):
    assert not attributed("The strikers' plans include a march through the city.").statements


def test_broadcast_a_message_went_out_on_is_not_what_it_was_about(contents):
    text = "The governor sent a message on Twitter to his supporters."
    assert ("message", "Twitter") not in contents(text)


def test_message_posted_on_a_site_reports_through_its_participle(contents):
    text = "The senator posted a message on Facebook on Friday announcing he would retire."
    assert contents(text) == [("announcing", "he would retire")]


def test_a_participle_of_the_means_words_went_by_is_no_content(contents):
    text = "Voters were angry after revelations the aides sent rude comments using an app."
    assert [c for c, _ in contents(text)] == []


@pytest.mark.parametrize(
    ("noun", "thing", "content"),
    [
        pytest.param("frustration", "delays", ["the delays"], id="discontent: what about"),
        pytest.param("plan", "partners", [], id="another cue noun: no topic"),
    ],
)
def test_with_phrase_after_a_cue_noun(parsed, noun, thing, content):
    doc = parsed(
        ["their", noun, "with", "the", thing],
        [1, 1, 1, 4, 2],
        ["poss", "ROOT", "prep", "det", "pobj"],
        ["PRP$", "NN", "IN", "DT", "NNS"],
        ["their", noun, "with", "the", thing[:-1]],
    )
    assert [doc[a:b].text for a, b in noun_content(doc[1])] == content


def test_voiced_frustration_with_a_thing_is_reported_whole(contents):
    text = (
        "Hundreds of fans gathered outside the stadium to express their frustration with the club."
    )
    assert ("express", "their frustration with the club") in contents(text)


def test_a_that_clause_the_parse_hung_on_the_copula_is_the_stance_adjective_s(attributed):
    found = [
        (s.cue, s.text)
        for s in attributed("She is nervous that the board will rule against him.").statements
    ]
    assert found == [("nervous", "that the board will rule against him")]
