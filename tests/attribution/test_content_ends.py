"""Where the content of a reporting verb ends: what is cut off after it and what is taken in."""

import pytest
from spacy.tokens import Span

from foretold.attribution.content import clause_content
from foretold.attribution.content_ends import (
    appositive_cut,
    duration_cut,
    noun_conjunct_end,
    numeral_conjunct_end,
    press_partner_cut,
    quoted_side_clause_end,
    subject_conjunct_cut,
    when_or_where,
)


def test_closing_time_clause_of_the_act_is_left_out(contents):
    text = "The league refused to ban the players from competing after the agency called for a ban."
    assert ("refused", "to ban the players from competing") in contents(text)


def test_closing_participle_hung_on_the_cue_goes_with_the_complement(parsed):
    words = ["they", "insisted", "it", "was", "brief", ",", "reflecting", "doubts"]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 3, 1, 6],
        ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct", "advcl", "dobj"],
        ["PRP", "VBD", "PRP", "VBD", "JJ", ",", "VBG", "NNS"],
        ["they", "insist", "it", "be", "brief", ",", "reflect", "doubt"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "it was brief , reflecting doubts"
    ]


def test_medium_hung_on_the_object_is_left_out(contents):
    text = "The governor claimed victory in a tweet on Sunday night."
    assert ("claimed", "victory") in contents(text)


def test_broadcast_hung_on_the_object_is_left_out(contents):
    text = "The state broadcaster announced the resignation on television late on Friday."
    assert ("announced", "the resignation") in contents(text)


def test_site_hung_on_the_object_is_left_out(contents):
    text = "The senator welcomed the governor's endorsement on Twitter."
    assert ("welcomed", "the governor's endorsement") in contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The campaign has touted his endorsement on its Facebook page.", "his endorsement"),
        ("The mayor criticized the new plan on her Twitter account.", "the new plan"),
    ],
)
def test_place_on_a_named_site_hung_on_the_object_is_left_out(contents, text, content):
    assert contents(text)[0][1] == content


@pytest.mark.parametrize(
    "text",
    [
        "The mayor praised the budget in public.",
        "The list was known, but the mayor had never articulated it in public.",
    ],
)
def test_in_public_after_the_object_is_left_out(contents, text):
    assert contents(text)[-1][1] in {"the budget", "it"}


def test_press_release_hung_on_the_object_is_left_out(contents):
    text = "The ministry announced the new rescue plan in a press release issued on Monday."
    assert ("announced", "the new rescue plan") in contents(text)


def test_clause_after_a_closing_colon_that_heads_the_report_goes_with_the_content(parsed):
    words = ["they", "argued", "that", "it", "failed", ":", "the", "costs", "rose", "."]
    doc = parsed(
        words,
        [1, 8, 4, 4, 1, 8, 7, 8, 8, 8],
        ["nsubj", "ccomp", "mark", "nsubj", "ccomp", "punct", "poss", "nsubj", "ROOT", "punct"],
        ["PRP", "VBD", "IN", "PRP", "VBD", ",", "DT", "NNS", "VBD", ","],
        ["they", "argue", "that", "it", "fail", ":", "the", "cost", "rise", "."],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["that it failed : the costs rose"]


def test_venue_of_the_saying_after_the_object_is_left_out(parsed):
    words = ["she", "mocked", "him", "on", "the", "trail"]
    doc = parsed(
        words,
        [1, 1, 1, 1, 5, 3],
        ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
        ["PRP", "VBD", "PRP", "IN", "DT", "NN"],
        ["she", "mock", "he", "on", "the", "trail"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["him"]


def test_place_of_the_act_after_the_object_is_left_out(parsed):
    words = ["voters", "favored", "her", "in", "other", "states"]
    doc = parsed(
        words,
        [1, 1, 1, 1, 5, 3],
        ["nsubj", "ROOT", "dobj", "prep", "amod", "pobj"],
        ["NNS", "VBD", "PRP", "IN", "JJ", "NNS"],
        ["voter", "favor", "she", "in", "other", "state"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["her"]


def test_modal_conjunct_of_an_object_cue_goes_with_the_object(contents):
    text = "The governor proposes a new levy on banks and would spare small firms."
    assert ("proposes", "a new levy on banks and would spare small firms") in contents(text)


def test_clause_after_a_semicolon_that_keeps_the_subject_goes_with_the_content(contents):
    text = (
        "The mayor said the problem was not the budget; the problem was that the council kept"
        " delaying the vote."
    )
    assert (
        "said",
        "the problem was not the budget; the problem was that the council kept delaying the vote",
    ) in contents(text)


def test_predicate_the_parser_made_the_head_of_the_report_goes_with_the_content(parsed):
    words = ["aides", "believe", "her", "record", ",", "built", "slowly", ",", "will", "win"]
    doc = parsed(
        words,
        [1, 9, 3, 1, 1, 9, 5, 5, 9, 9],
        ["nsubj", "ccomp", "poss", "dobj", "punct", "csubj", "advmod", "punct", "aux", "ROOT"],
        ["NNS", "VBP", "PRP$", "NN", ",", "VBN", "RB", ",", "MD", "VB"],
        ["aide", "believe", "her", "record", ",", "build", "slowly", ",", "will", "win"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "her record , built slowly , will win"
    ]


def test_closing_cause_clause_hung_inside_the_object_is_left_out(contents):
    text = (
        "The coach refused to discuss the terms of the deal she reached with the club because"
        " she is bound by a gag order."
    )
    assert ("refused", "to discuss the terms of the deal she reached with the club") in contents(
        text
    )


def test_venue_of_one_of_several_is_not_what_was_said(nlp):
    doc = nlp("She mocked him at one of her rallies.")
    assert doc[3].lower_ == "at"
    assert when_or_where(doc[3])


def test_paragraph_a_closing_colon_announces_goes_with_the_object(contents):
    text = "The auditor cited several worrying figures:\n\nThe average rent rose by 12 percent."
    assert contents(text) == [
        ("cited", "several worrying figures"),
        ("cited", "The average rent rose by 12 percent"),
    ]


def test_paragraph_a_closing_colon_announces_goes_with_a_phrasal_object(contents):
    text = (
        "The committee pointed out some worrying figures:\n\n"
        "The average rent in the city rose by 12 percent.\n\nOther towns fared better."
    )
    assert contents(text) == [
        ("pointed", "some worrying figures"),
        ("pointed", "The average rent in the city rose by 12 percent"),
    ]


def test_block_paragraph_a_closing_colon_announces_is_taken_whole(contents):
    text = (
        "The judge rejected this argument:\n\n"
        "The claim is broad. It also ignores the rules. Worse, it would harm the states."
        "\n\nThe case goes on."
    )
    assert (
        "rejected",
        "The claim is broad. It also ignores the rules. Worse, it would harm the states",
    ) in contents(text)


def test_block_paragraph_a_closing_colon_announces_stops_before_a_quotation(contents):
    text = (
        "The auditor cited several worrying figures:\n\n"
        'The average rent rose by 12 percent. Wages fell. "It is grim," she said.'
    )
    assert ("cited", "The average rent rose by 12 percent. Wages fell") in contents(text)


def test_quotation_after_a_closing_colon_is_not_taken_in(contents):
    text = 'The auditor cited several worrying figures:\n\n"Rents rose by 12 percent," she said.'
    assert ("cited", "several worrying figures") in contents(text)
    assert all(not (cue == "cited" and "Rents" in words) for cue, words in contents(text))


def test_partner_of_a_talk_is_left_out(contents):
    text = "Dr Moss discussed her findings with reporters last week."
    assert ("discussed", "her findings") in contents(text)


def test_thing_a_talk_found_fault_with_stays(contents):
    text = "The harbour master discussed problems with the new dredging plan."
    assert ("discussed", "problems with the new dredging plan") in contents(text)


def test_relative_partner_of_a_talk_is_left_out(contents):
    text = "The mayor discussed the budget with her husband on Sunday."
    assert contents(text) == [("discussed", "the budget")]


def test_noun_coordinated_with_the_cue_without_a_joiner_goes_with_the_complement(parsed):
    words = ["they", "agree", "it", "is", "hard", "to", "put", "on", "hold", "the", "ruling"]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 6, 3, 6, 1, 10, 8],
        ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "aux", "xcomp", "prep", "conj", "det", "dobj"],
        ["PRP", "VBP", "PRP", "VBZ", "JJ", "TO", "VB", "IN", "NN", "DT", "NN"],
        ["they", "agree", "it", "be", "hard", "to", "put", "on", "hold", "the", "ruling"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "it is hard to put on hold the ruling"
    ]


def test_verb_coordinated_with_the_cue_after_a_joiner_stays_out(parsed):
    words = ["they", "agree", "it", "is", "hard", "and", "hope", "for", "change"]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 1, 1, 6, 7],
        ["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "cc", "conj", "prep", "pobj"],
        ["PRP", "VBP", "PRP", "VBZ", "JJ", "CC", "VBP", "IN", "NN"],
        ["they", "agree", "it", "be", "hard", "and", "hope", "for", "change"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["it is hard"]


def test_second_stance_noun_coordinated_with_the_first_stays_out(parsed):
    words = ["she", "took", "swipes", "at", "him", "and", "jabs", "at", "them"]
    doc = parsed(
        words,
        [1, 1, 1, 2, 3, 2, 2, 6, 7],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "prep", "pobj"],
        ["PRP", "VBD", "NNS", "IN", "PRP", "CC", "NNS", "IN", "PRP"],
        ["she", "take", "swipe", "at", "he", "and", "jab", "at", "they"],
    )
    assert noun_conjunct_end(doc[2], 5, frozenset({"swipes", "jabs"})) == 5
    assert noun_conjunct_end(doc[2], 5, frozenset({"swipes"})) == 9


def test_closing_stretch_of_time_hung_on_the_object_is_left_out(parsed):
    doc = parsed(
        ["she", "wrote", "about", "fees", "for", "many", "years"],
        [1, 1, 1, 2, 3, 6, 4],
        ["nsubj", "ROOT", "prep", "pobj", "prep", "amod", "pobj"],
        ["PRP", "VBD", "IN", "NNS", "IN", "JJ", "NNS"],
        ["she", "write", "about", "fee", "for", "many", "year"],
    )
    assert duration_cut(doc[3], 7) == 4


def test_named_stretch_of_time_after_the_object_stays(parsed):
    doc = parsed(
        ["she", "backed", "a", "plan", "for", "the", "coming", "years"],
        [1, 1, 3, 1, 3, 7, 7, 4],
        ["nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj"],
        ["PRP", "VBD", "DT", "NN", "IN", "DT", "JJ", "NNS"],
        ["she", "back", "a", "plan", "for", "the", "coming", "year"],
    )
    assert duration_cut(doc[3], 8) == 8


def test_closing_point_in_time_hung_inside_the_object_is_left_out(parsed):
    words = ["she", "announced", "her", "exit", "from", "the", "board", "on", "the", "eve"]
    doc = parsed(
        words + ["of", "the", "vote"],
        [1, 1, 3, 1, 3, 6, 4, 6, 9, 7, 9, 12, 10],
        ["nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj", "prep", "det", "pobj"]
        + ["prep", "det", "pobj"],
        ["PRP", "VBD", "PRP$", "NN", "IN", "DT", "NN", "IN", "DT", "NN", "IN", "DT", "NN"],
        words + ["of", "the", "vote"],
    )
    assert duration_cut(doc[3], 13) == 7


def test_noun_before_a_subjectless_conjunct_of_the_cue_is_its_subject(parsed):
    words = ["critics", "blasting", "the", "raids", "and", "the", "mayor", "defending", "them"]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 6, 3, 1, 7],
        ["nsubj", "ROOT", "det", "dobj", "cc", "det", "conj", "conj", "dobj"],
        ["NNS", "VBG", "DT", "NNS", "CC", "DT", "NN", "VBG", "PRP"],
        ["critic", "blast", "the", "raid", "and", "the", "mayor", "defend", "they"],
    )
    assert subject_conjunct_cut(doc[1], doc[3], 7) == 4


def test_coordinated_objects_stay_together(parsed):
    words = ["critics", "blasted", "the", "raids", "and", "the", "mayor", "."]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 6, 3, 1],
        ["nsubj", "ROOT", "det", "dobj", "cc", "det", "conj", "punct"],
        ["NNS", "VBD", "DT", "NNS", "CC", "DT", "NN", "."],
        ["critic", "blast", "the", "raid", "and", "the", "mayor", "."],
    )
    assert subject_conjunct_cut(doc[1], doc[3], 7) == 7


def test_description_of_a_person_closing_the_object_is_left_out(parsed):
    words = ["they", "rejected", "the", "backing", "of", "Ann", "Lee", ",", "a", "loud", "voice"]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 6, 4, 6, 10, 10, 6],
        ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj", "punct", "det", "amod"]
        + ["appos"],
        ["PRP", "VBD", "DT", "NN", "IN", "NNP", "NNP", ",", "DT", "JJ", "NN"],
        ["they", "reject", "the", "backing", "of", "Ann", "Lee", ",", "a", "loud", "voice"],
    )
    doc.ents = [Span(doc, 5, 7, label="PERSON")]
    assert appositive_cut(doc[3], 11) == 7


def test_description_of_a_thing_in_the_object_stays(parsed):
    words = ["they", "rejected", "the", "plan", ",", "a", "costly", "idea"]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 7, 7, 3],
        ["nsubj", "ROOT", "det", "dobj", "punct", "det", "amod", "appos"],
        ["PRP", "VBD", "DT", "NN", ",", "DT", "JJ", "NN"],
        ["they", "reject", "the", "plan", ",", "a", "costly", "idea"],
    )
    assert appositive_cut(doc[3], 8) == 8


def _count_report(from_rows, last: str):
    """ "Lee claimed two people died, and <last> ...": the conjunct after the comma and "and"."""
    rows = [
        "Lee 1 nsubj NNP PROPN Lee",
        "claimed 1 ROOT VBD VERB claim",
        "two 3 nummod CD NUM two",
        "people 4 nsubj NNS NOUN people",
        "died 1 ccomp VBD VERB die",
        ", 4 punct , PUNCT ,",
        "and 1 cc CC CCONJ and",
        last,
        "in 7 prep IN ADP in",
        "the 10 det DT DET the",
        "north 8 pobj NN NOUN north",
    ]
    return from_rows(rows)


def test_a_number_coordinated_with_the_cue_goes_on_with_the_count(from_rows):
    doc = _count_report(from_rows, "three 1 conj CD NUM three")
    assert numeral_conjunct_end(doc[1], 5) == len(doc)


def test_a_verb_coordinated_with_the_cue_is_a_second_act(from_rows):
    doc = _count_report(from_rows, "left 1 conj VBD VERB leave")
    assert numeral_conjunct_end(doc[1], 5) == 5


def test_press_a_talk_was_held_with_is_left_out_of_its_topic(contents):
    text = "The coach discussed his plans for the team and his own future with a correspondent."
    assert ("discussed", "his plans for the team and his own future") in contents(text)


def test_a_with_phrase_of_the_topic_that_names_no_press_stays_in_it(contents):
    text = "The mayor discussed the trouble with the new stadium."
    assert ("discussed", "the trouble with the new stadium") in contents(text)


def _talk_about(from_rows, topic: list[str]):
    """ "Ray spoke about <topic> with Newsday": the "with" phrase hung on the topic's head."""
    head = 2 + len(topic)
    rows = ["Ray 1 nsubj NNP PROPN Ray", "spoke 1 ROOT VBD VERB speak", "about 1 prep IN ADP about"]
    rows += [*topic[:-1], topic[-1].replace(" X ", " 2 ")]
    rows += [f"with {head} prep IN ADP with", f"Newsday {head + 1} pobj NNP PROPN Newsday"]
    return from_rows(rows)


def test_who_a_talk_about_a_name_was_held_with_is_left_out_of_the_topic(from_rows):
    doc = _talk_about(from_rows, ["Smith X pobj NNP PROPN Smith"])
    assert press_partner_cut(doc[1], 3, 6) == 4
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["Smith"]


def test_a_with_phrase_on_a_common_noun_of_the_topic_stays(from_rows):
    doc = _talk_about(from_rows, ["the 4 det DT DET the", "merger X pobj NN NOUN merger"])
    assert press_partner_cut(doc[1], 3, 7) == 7


def test_who_asked_the_questions_a_speaker_answered_is_left_out(contents):
    text = "The candidate answered some questions about her campaign from reporter Bo Ray."
    assert ("answered", "some questions about her campaign") in contents(text)


def test_a_from_phrase_naming_no_asker_stays_in_the_questions(contents):
    text = "The mayor answered questions about the loan from the bank."
    assert ("answered", "questions about the loan from the bank") in contents(text)


def test_the_speakers_own_saying_hung_on_a_verb_of_the_topic_is_left_out(contents):
    text = "The mayor talked about building new schools in his address."
    assert contents(text) == [("talked", "building new schools")]


def test_a_saying_hung_on_a_noun_of_the_topic_stays(contents):
    text = "The senator spoke about the errors in his speech."
    assert contents(text) == [("spoke", "the errors in his speech")]


def test_a_time_after_the_list_closing_and_opens_the_writers_next_clause(contents):
    text = (
        "The ruler came to power in 1980. He supported schools, clinics, and small farms, "
        "and a few years into his term, the country had a strong economy."
    )
    assert ("supported", "schools, clinics, and small farms") in contents(text)


def test_a_time_that_is_the_lists_own_last_item_stays(contents):
    text = "The mayor discussed the budget and the next five years."
    assert ("discussed", "the budget and the next five years") in contents(text)


def test_condition_opening_content_before_the_cue_goes_with_it(parsed):
    from foretold.attribution.content_ends import with_fronted_conditions

    words = ["If", "talks", "fail", ",", "tariffs", "rise", ",", "she", "said", "."]
    doc = parsed(
        words,
        [2, 2, 8, 8, 5, 8, 8, 8, 8, 8],
        ["mark", "nsubj", "advcl", "punct", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "punct"],
        ["IN", "NNS", "VBP", ",", "NNS", "VBP", ",", "PRP", "VBD", "."],
        ["if", "talk", "fail", ",", "tariff", "rise", ",", "she", "say", "."],
    )
    assert with_fronted_conditions(doc[8], 4) == 0
    assert with_fronted_conditions(doc[5], 4) == 4


def test_condition_opening_an_inverted_report_is_reported(contents):
    assert contents(
        "If the mice were first exposed to the noise, their fear of the sound was stronger, the "
        "study revealed."
    ) == [
        (
            "revealed",
            "If the mice were first exposed to the noise, their fear of the sound was stronger",
        )
    ]


def _paired(parsed, first=("not", "only")):
    words = ["Lee", "said", "that", *first, "was", "the", "road", "closed", ",", "but", "the"]
    words += ["bridge", "was", "hit", "."]
    heads = [1, 1, 5, 5, 3, 1, 7, 5, 5, 1, 1, 12, 14, 14, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "preconj", "advmod", "ccomp", "det", "nsubj", "acomp"]
    deps += ["punct", "cc", "det", "nsubjpass", "auxpass", "conj", "punct"]
    tags = ["NNP", "VBD", "IN", "RB", "RB", "VBD", "DT", "NN", "JJ", ",", "CC", "DT", "NN"]
    tags += ["VBD", "VBN", "."]
    lemmas = ["Lee", "say", "that", *first, "be", "the", "road", "closed", ",", "but", "the"]
    lemmas += ["bridge", "be", "hit", "."]
    return parsed(words, heads, deps, tags, lemmas)


def test_not_only_takes_in_the_but_half_of_the_pair(parsed):
    from foretold.attribution.content_ends import correlative_end

    doc = _paired(parsed)
    assert correlative_end(doc[1], 2, 9) == 15


def test_without_not_only_the_but_clause_stays_out(parsed):
    from foretold.attribution.content_ends import correlative_end

    doc = _paired(parsed, first=("at", "first"))
    assert correlative_end(doc[1], 2, 9) == 9


def test_a_quoting_clause_hung_above_an_infinitive_cue_goes_on_with_its_content(from_rows):
    rows = [
        "Lee 1 nsubj NNP PROPN Lee",
        "went 1 ROOT VBD VERB go",
        "on 1 prt RP ADP on",
        "to 4 aux TO PART to",
        "say 1 advcl VB VERB say",
        "they 6 nsubj PRP PRON they",
        "lost 4 ccomp VBD VERB lose",
        "because 10 mark IN SCONJ because",
        "we 10 nsubj PRP PRON we",
        "had 10 aux VBD AUX have",
        "quit 1 advcl VBN VERB quit",
    ]
    doc = from_rows([*rows, '" 12 punct `` PUNCT "', "early 10 advmod RB ADV early"])
    assert quoted_side_clause_end(doc[4], 7) == 13  # say [they lost because we had "quit early]
    plain = from_rows([*rows, "early 10 advmod RB ADV early"])
    assert quoted_side_clause_end(plain[4], 7) == 7  # no quotation: the reason may be the act's


def test_present_time_clause_after_a_past_demand_goes_with_what_was_asked(contents):
    text = "Democrats have pushed for quick repairs while a review of the span is carried out."
    content = "quick repairs while a review of the span is carried out"
    assert ("pushed", content) in contents(text)


def test_until_clause_of_a_coming_event_goes_with_the_object(contents):
    text = "The union has demanded a freeze on fares until the review is finished."
    assert ("demanded", "a freeze on fares until the review is finished") in contents(text)


def test_when_clause_of_a_coming_event_stays_with_the_infinitive(contents):
    text = "The governor promised to sign the bill when it reaches her desk."
    assert ("promised", "to sign the bill when it reaches her desk") in contents(text)


def test_present_state_after_a_past_report_is_left_out(contents):
    text = "The mayor declined to comment while the case is pending."
    assert ("declined", "to comment") in contents(text)


def test_medium_after_for_is_what_a_judgement_was_passed_on(contents):
    text = "The senator praised the mayor for her speech on housing."
    assert contents(text) == [("praised", "the mayor for her speech on housing")]


def test_tweet_after_for_stays_with_the_attacked_person(contents):
    text = "The senator attacked the governor for the tweet, claiming it misled voters."
    assert contents(text) == [
        ("attacked", "the governor for the tweet"),
        ("claiming", "it misled voters"),
    ]


def test_day_the_parse_hung_on_the_object_is_when_the_act_was_done(contents):
    text = "Governor Tom Hill endorsed the senator's approach on Saturday."
    assert ("endorsed", "the senator's approach") in contents(text)


def test_bare_day_the_parse_hung_on_the_object_is_left_out(contents):
    text = "Governor Tom Hill endorsed the senator's approach Saturday."
    assert ("endorsed", "the senator's approach") in contents(text)


def test_month_after_in_closing_the_object_stays(contents):
    text = "The ministry reported a sharp rise in sales in March."
    assert ("reported", "a sharp rise in sales in March") in contents(text)


def test_what_a_thing_is_blamed_on_is_no_medium(attributed):
    [statement] = attributed("Lee blamed the defeat on a video that went viral.").statements
    assert statement.text == "the defeat on a video that went viral"


def test_the_medium_of_blaming_a_person_stays_out(attributed):
    [statement] = attributed("Lee blamed the mayor on television.").statements
    assert statement.text == "the mayor"


def test_speech_after_of_is_what_the_object_is_made_of_not_a_medium(parsed):
    words = ["critics", "decried", "a", "wave", "of", "hateful", "speech"]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 6, 4],
        ["nsubj", "ROOT", "det", "dobj", "prep", "amod", "pobj"],
        ["NNS", "VBD", "DT", "NN", "IN", "JJ", "NN"],
        ["critic", "decry", "a", "wave", "of", "hateful", "speech"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["a wave of hateful speech"]


def test_participle_right_after_a_direct_object_goes_with_it(parsed):
    words = ["critics", "decried", "a", "wave", "of", "slurs", "spreading", "online"]
    doc = parsed(
        words,
        [1, 1, 3, 1, 3, 4, 1, 6],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "advcl", "advmod"],
        ["NNS", "VBD", "DT", "NN", "IN", "NNS", "VBG", "RB"],
        ["critic", "decry", "a", "wave", "of", "slur", "spread", "online"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "a wave of slurs spreading online"
    ]
