"""The clause a clause verb reports."""

import pytest
from spacy.tokens import Doc

from foretold.attribution.content import clause_content


def test_gerund_complement_of_a_clause_verb_is_the_content(nlp):
    doc = nlp("The mayor recalled meeting the governor twice.")
    verb = next(t for t in doc if t.text == "recalled")
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["meeting the governor twice"]


def test_report_after_a_comma_hung_on_its_content_reads_the_clause_before(parsed):
    words = ["the", "plant", "will", "close", ",", "a", "report", "shows"]
    doc = parsed(
        words,
        [1, 3, 3, 3, 3, 6, 7, 3],
        ["det", "nsubj", "aux", "ROOT", "punct", "det", "nsubj", "ccomp"],
        ["DT", "NN", "MD", "VB", ",", "DT", "NN", "VBZ"],
        ["the", "plant", "will", "close", ",", "a", "report", "show"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[7])] == ["the plant will close"]


def test_report_hung_with_its_comma_and_quote_mark_on_its_content_reads_the_clause_before(nlp):
    closing = "\u201d"
    doc = Doc(
        nlp.vocab,
        words=["Lee", "thinks", "the", "plan", "failed", ",", closing, "Cole", "said", "."],
        heads=[1, 1, 3, 4, 1, 8, 8, 8, 1, 1],
        deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct", "punct", "nsubj", "ccomp"]
        + ["punct"],
        tags=["NNP", "VBZ", "DT", "NN", "VBD", ",", "''", "NNP", "VBD", "."],
        pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
        lemmas=["Lee", "think", "the", "plan", "fail", ",", closing, "Cole", "say", "."],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[8])] == ["Lee thinks the plan failed"]


def test_closing_report_that_took_over_part_of_its_content_reads_the_clause_before(parsed):
    words = ["the", "law", "made", "it", "easy", "for", "firms", "to", "grow", ",", "she", "said"]
    doc = parsed(
        words,
        [1, 2, 2, 4, 2, 11, 11, 8, 11, 11, 11, 2],
        ["det", "nsubj", "ROOT", "nsubj", "ccomp", "mark", "nsubj", "aux", "advcl", "punct"]
        + ["nsubj", "advcl"],
        ["DT", "NN", "VBD", "PRP", "JJ", "IN", "NNS", "IN", "VB", ",", "PRP", "VBD"],
        ["the", "law", "make", "it", "easy", "for", "firm", "to", "grow", ",", "she", "say"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[11])] == [
        "the law made it easy for firms to grow"
    ]


def test_reporting_aside_leaves_a_phrase_after_its_comma_to_the_content(contents):
    text = "The city might have avoided the crisis, they argue, perhaps by acting sooner."
    assert [t for c, t in contents(text) if c == "argue"] == [
        "The city might have avoided the crisis, they argue, perhaps by acting sooner"
    ]


def test_predicate_joined_to_a_reporting_aside_goes_on_with_the_clause_it_interrupts(nlp):
    doc = nlp("He had no criminal record, the police added, and had passed all security checks.")
    verb = next(t for t in doc if t.text == "added")
    assert [doc[a:b].text for a, b in clause_content(verb)] == [
        "He had no criminal record",
        "and had passed all security checks",
    ]


def test_act_in_the_aside_verbs_form_after_its_comma_stays_the_speakers(nlp):
    doc = nlp("The mine was safe, the firm said, and left the site.")
    verb = next(t for t in doc if t.text == "said")
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["The mine was safe"]


def test_report_set_inside_dashes_reports_the_clause_after_the_opening_dash(nlp):
    doc = nlp(
        "The real question is not whether he quits the race \u2014 that won't happen, his aides"
        " believe \u2014 but how he finds a role."
    )
    verb = next(t for t in doc if t.text == "believe")
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["that won't happen"]


def test_reporting_aside_leaves_a_clause_before_its_comma_to_the_content(nlp):
    doc = nlp("Because the river is low, says the study, barges wait at the port.")
    verb = next(t for t in doc if t.text == "says")
    found = [doc[a:b].text for a, b in clause_content(verb)]
    assert found == ["Because the river is low", "barges wait at the port"]


def test_report_closing_its_brackets_reports_the_words_before_its_comma(nlp):
    doc = nlp("Her ratings (at one point as low as 20 percent, a historian says) hurt him.")
    verb = next(t for t in doc if t.text == "says")
    found = [doc[a:b].text for a, b in clause_content(verb)]
    assert found == ["at one point as low as 20 percent"]


def test_fronted_so_is_what_an_inverted_report_says(contents):
    assert contents("So says a loud voice at the end of the film.") == [("says", "So")]


def test_an_object_right_before_a_clause_without_subject_is_its_subject(contents):
    text = (
        "The website further reported its source said that the tenant moved in the day"
        " before the blast."
    )
    assert contents(text)[0] == (
        "reported",
        "its source said that the tenant moved in the day before the blast",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The SDF said hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped"
            " from a camp.",
            "hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped from a camp",
        ),
        (
            "Police said dozens of GM (General Motors) workers were hurt.",
            "dozens of GM (General Motors) workers were hurt",
        ),
    ],
)
def test_an_object_running_up_to_a_bare_plural_subject_opens_the_content(contents, text, content):
    assert contents(text)[0] == ("said", content)


def test_fronted_adverbial_clause_hung_as_the_complement_is_not_the_content(parsed):
    words = ["while", "all", "agreed", "it", "was", "rare", ",", "she", "stressed", "the", "need"]
    doc = parsed(
        words,
        [2, 2, 4, 2, 8, 4, 8, 8, 8, 10, 8],
        ["mark", "nsubj", "advcl", "dobj", "ccomp", "acomp", "punct", "nsubj", "ROOT", "det"]
        + ["dobj"],
        ["IN", "DT", "VBD", "PRP", "VBD", "JJ", ",", "PRP", "VBD", "DT", "NN"],
        ["while", "all", "agree", "it", "be", "rare", ",", "she", "stress", "the", "need"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[8])] == ["the need"]


def test_clause_of_time_after_the_cue_and_a_comma_is_not_what_was_said(attributed):
    text = (
        "\u201cHis legend will live on,\u201d Spencer said, as a few young fighters worked out "
        "inside the gym, while outside some fans stopped to take photos of themselves near "
        "the large image of the boxer that overlooks the front door. \u201cHis stories will "
        "live on.\u201d"
    )
    assert [s.text for s in attributed(text).statements] == [
        "\u201cHis legend will live on,\u201d",
        "\u201cHis stories will live on.\u201d",
    ]


def test_verb_with_a_past_modal_coordinated_with_the_cue_goes_on_with_the_content(contents):
    text = "The minister said she was tired of the job, but would stay until May."
    assert [t for c, t in contents(text) if c == "said"] == [
        "she was tired of the job, but would stay until May"
    ]


def test_bare_verb_coordinated_after_an_infinitive_complement_goes_with_it(contents):
    text = "They want the party to drop the plank, and strike the clause on wages."
    assert [t for c, t in contents(text) if c == "want"] == [
        "the party to drop the plank, and strike the clause on wages"
    ]


def test_that_clause_hung_on_the_listeners_apposition_is_the_content(parsed):
    words = ["she", "told", "the", "paper", ",", "a", "weekly", ",", "that", "the", "mayor"]
    doc = parsed(
        [*words, "quit"],
        [1, 1, 3, 1, 3, 6, 3, 6, 11, 10, 11, 6],
        ["nsubj", "ROOT", "det", "dobj", "punct", "det", "appos", "punct", "mark", "det"]
        + ["nsubj", "relcl"],
        ["PRP", "VBD", "DT", "NN", ",", "DT", "NN", ",", "IN", "DT", "NN", "VBD"],
        ["she", "tell", "the", "paper", ",", "a", "weekly", ",", "that", "the", "mayor", "quit"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["that the mayor quit"]


def test_adjective_before_a_long_object_goes_with_the_content(parsed):
    words = ["the", "court", "found", "unconstitutional", "a", "law", "to", "lapse"]
    doc = parsed(
        words,
        [1, 2, 2, 2, 5, 7, 7, 2],
        ["det", "nsubj", "ROOT", "acomp", "det", "nsubj", "aux", "ccomp"],
        ["DT", "NN", "VBD", "JJ", "DT", "NN", "IN", "VB"],
        ["the", "court", "find", "unconstitutional", "a", "law", "to", "lapse"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[2])] == ["unconstitutional a law to lapse"]


def test_modal_predicate_coordinated_with_the_cue_goes_with_a_gerund_subject(contents):
    text = (
        "The director said cutting state grants before new donors could be found, and without"
        " knowing who will run the board, could badly hurt clinics that serve families."
    )
    assert (
        "said",
        "cutting state grants before new donors could be found, and without knowing who will"
        " run the board, could badly hurt clinics that serve families",
    ) in contents(text)


def test_a_clause_taken_for_a_relative_of_a_time_is_the_content(nlp):
    text = "The two donors didn't know at the time that the candidate they backed would win."
    doc = nlp(text)
    verb = next(t for t in doc if t.text == "know")
    assert [doc[a:b].text for a, b in clause_content(verb)] == [
        "that the candidate they backed would win"
    ]
    doc = nlp("The mayor disclosed for the first time that the council had lost the files.")
    verb = next(t for t in doc if t.text == "disclosed")
    assert [doc[a:b].text for a, b in clause_content(verb)] == [
        "that the council had lost the files"
    ]


def test_a_date_opening_a_clause_with_no_that_dates_the_saying(attributed):
    statement = attributed("The Treasury said on Monday it would sell more bonds.").statements[0]
    assert statement.text == "it would sell more bonds"


def test_an_aside_after_a_dash_reports_the_phrase_after_the_dash(contents):
    text = "He stayed in jail for a month - proof, his lawyers argued, of a biased court."
    assert contents(text) == [("argued", "proof, his lawyers argued, of a biased court")]


def test_a_that_before_another_subordinator_is_the_verbs_object_not_a_clause(attributed):
    text = "Ann Cole learned that in 2001 after she expressed doubts about the mayor's new stadium."
    statements = attributed(text).statements
    assert [(s.cue, s.speaker_mention.text) for s in statements] == [("doubts", "she")]


def test_a_subordinator_right_after_that_leaves_that_the_clauses_mark(parsed):
    words = ["Lee", "said", "that", ",", "after", "the", "vote", ",", "they", "left"]
    doc = parsed(
        words,
        [1, 1, 9, 9, 9, 6, 9, 9, 9, 1],
        ["nsubj", "ROOT", "mark", "punct", "mark", "det", "nsubj", "punct", "nsubj", "ccomp"],
        ["NNP", "VBD", "IN", ",", "IN", "DT", "NN", ",", "PRP", "VBD"],
        ["Lee", "say", "that", ",", "after", "the", "vote", ",", "they", "leave"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "that , after the vote , they left"
    ]


def test_a_that_clause_with_a_later_subordinator_is_still_the_content(contents):
    found = contents("Research suggests that job losses since 2001 have hurt the town.")
    assert found == [("suggests", "that job losses since 2001 have hurt the town")]


def test_a_report_closing_its_sentence_hung_on_the_report_before_reads_all_of_it(nlp):
    doc = nlp("Ortiz said the mayor had no chance to keep the seat, the aide recalled.")
    verb = next(t for t in doc if t.text == "recalled")
    assert [doc[a:b].text for a, b in clause_content(verb)] == [
        "Ortiz said the mayor had no chance to keep the seat"
    ]


def test_a_that_clause_hung_on_the_verb_above_is_the_cues_content(attributed):
    found = attributed(
        "It is unlikely Lee knew last spring, as she toured the farm towns, that the race "
        "would tighten."
    ).statements
    assert [(s.cue, s.speaker, s.text) for s in found] == [
        ("knew", "Lee", "that the race would tighten")
    ]


def test_a_bare_report_after_a_closing_cue_leaves_the_content_before_the_comma(contents):
    text = (
        "The hospital in the town, which lost its roof in the storm, treated 25 wounded "
        "people who came to the hospital, Channel 5 reported the mayor said."
    )
    assert contents(text) == [
        (
            "reported",
            "The hospital in the town, which lost its roof in the storm, treated 25 wounded "
            "people who came to the hospital",
        )
    ]


def test_complement_stops_before_another_source_after_a_semicolon(contents):
    text = (
        "Floods hit the coast. The bureau reported the quake's magnitude was 6.1; European"
        " Seismological Centre (EMSC) reported 6.3."
    )
    assert contents(text) == [
        ("reported", "the quake's magnitude was 6.1"),
        ("reported", "6.3"),
    ]


def test_complement_stops_before_another_source_with_the_same_verb_after_and(contents):
    text = "One farmer said the harvest came early and several said they wanted more rain."
    assert contents(text) == [
        ("said", "the harvest came early"),
        ("said", "they wanted more rain"),
    ]


def test_second_that_clause_with_a_report_stays_in_the_complement(contents):
    text = "The mayor said that the plant would close and that workers said they had been warned."
    assert ("said", "that the plant would close and that workers said they had been warned") in (
        contents(text)
    )


def test_clause_before_a_semicolon_is_not_the_complement_of_the_verb_after_it(parsed):
    words = ["the", "strike", "began", ";", "Lee", "promised", "marches", "."]
    doc = parsed(
        words,
        [1, 2, 5, 5, 5, 5, 5, 5],
        ["det", "nsubj", "ccomp", "punct", "nsubj", "ROOT", "dobj", "punct"],
        ["DT", "NN", "VBD", ":", "NNP", "VBD", "NNS", "."],
        ["the", "strike", "begin", ";", "Lee", "promise", "march", "."],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[5])] == ["marches"]


def test_as_clause_with_a_partner_in_talk_tells_when(contents):
    text = "As Tom, a cheerful baker, joked with his neighbour at the table, his sister grew bored."
    assert not any(cue == "joked" for cue, _ in contents(text))


def test_as_clause_with_no_content_reports_the_sentence(contents):
    text = "As the mayor noted on Monday, the budget for the harbour is tight."
    assert ("noted", "the budget for the harbour is tight") in contents(text)


def test_a_condition_clause_hung_on_the_cue_is_part_of_the_report(attributed):
    text = (
        "Schools were closed, and officials recommended residents avoid crowded places and "
        "clinics unless they were in need of urgent care."
    )
    statement = next(s for s in attributed(text).statements if s.cue == "recommended")
    assert statement.text.endswith("unless they were in need of urgent care")


def test_a_time_phrase_taken_for_the_subject_leaves_the_object_as_the_subject(from_rows):
    doc = from_rows(
        [
            "The 1 det DT DET the",
            "study 2 nsubj NN NOUN study",
            "concluded 2 ROOT VBD VERB conclude",
            "hunters 2 dobj NNS NOUN hunter",
            "living 3 acl VBG VERB live",
            "in 4 prep IN ADP in",
            "Iceland 5 pobj NNP PROPN Iceland",
            "tens 9 quantmod NNS NOUN ten",
            "of 9 quantmod IN ADP of",
            "thousands 13 nsubj NNS NOUN thousand",
            "of 9 prep IN ADP of",
            "years 10 pobj NNS NOUN year",
            "ago 9 advmod RB ADV ago",
            "were 2 ccomp VBD AUX be",
            "more 15 advmod RBR ADV more",
            "skilled 13 acomp JJ ADJ skilled",
            "than 17 mark IN SCONJ than",
            "thought 15 advcl VBN VERB think",
            ". 2 punct . PUNCT .",
        ]
    )
    assert [doc[a:b].text for a, b in clause_content(doc[2])] == [
        "hunters living in Iceland tens of thousands of years ago were more skilled than thought"
    ]


def test_an_aside_reports_only_the_clause_after_the_last_semicolon(contents):
    text = "Two towns flooded; the cause, engineers said, was a broken dam."
    assert contents(text) == [("said", "the cause, engineers said, was a broken dam")]


def test_a_clause_after_a_semicolon_with_its_own_aside_report_is_not_the_first_speakers(
    contents,
):
    text = (
        "Health officials said the boy had a rash and was kept at home; his illness, they "
        "reported, was later described as measles."
    )
    assert contents(text) == [
        ("said", "the boy had a rash and was kept at home"),
        ("reported", "his illness, they reported, was later described as measles"),
    ]


def test_an_as_clause_with_a_topic_of_its_own_tells_when(contents):
    text = "As Ann Lee remarked on the vote, her aide left the room."
    assert ("remarked", "her aide left the room") not in contents(text)
    text = "As Bo Ray spoke about the strike, the crowd began to leave."
    assert ("spoke", "the crowd began to leave") not in contents(text)
    text = "As Ann Lee said on Monday, the vote will fail."
    assert ("said", "the vote will fail") in contents(text)
    text = "As Ann Lee wrote on her blog, the vote will fail."
    assert ("wrote", "the vote will fail") in contents(text)


def test_an_as_clause_with_a_clause_for_its_topic_tells_when(contents):
    text = "As the mayor hinted at what the budget might include, the council began to argue."
    assert contents(text) == [("hinted", "what the budget might include")]
    text = "As Lee spoke about how the vote had gone, her aide left the room."
    assert ("spoke", "her aide left the room") not in contents(text)


def _hung_modal_clause(from_rows, participle: bool) -> Doc:
    """ "Lee suggested the fee, like rising costs, could hurt sales." with the modal clause
    hung on the cue as an adverbial and the aside's closing comma on its preposition."""
    rising = "rising 7 amod VBG VERB rise" if participle else "high 7 amod JJ ADJ high"
    return from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "suggested 1 ROOT VBD VERB suggest",
            "the 3 det DT DET the",
            "fee 1 dobj NN NOUN fee",
            ", 1 punct , PUNCT ,",
            "like 10 prep IN ADP like",
            rising,
            "costs 5 pobj NNS NOUN cost",
            ", 5 punct , PUNCT ,",
            "could 10 aux MD AUX could",
            "hurt 1 advcl VB VERB hurt",
            "sales 10 dobj NNS NOUN sale",
            ". 1 punct . PUNCT .",
        ]
    )


def test_modal_clause_hung_on_the_cue_after_its_object_and_an_aside_is_the_content(from_rows):
    for participle in (False, True):
        doc = _hung_modal_clause(from_rows, participle)
        assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
            doc[2:12].text  # "the fee, like rising costs, could hurt sales"
        ]


def test_participle_hung_on_the_cue_after_its_object_is_no_content(from_rows):
    doc = from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "opened 1 ROOT VBD VERB open",
            "a 3 det DT DET a",
            "office 1 dobj NN NOUN office",
            "meant 1 advcl VBD VERB mean",
            "to 6 aux TO PART to",
            "help 4 xcomp VB VERB help",
            "users 6 dobj NNS NOUN user",
            ". 1 punct . PUNCT .",
        ]
    )
    assert clause_content(doc[1]) in (None, [])


def test_that_made_the_object_of_a_joined_preposition_opens_the_reported_clause(contents):
    assert contents(
        "Judge Lee clarified in the proceedings that her fines were not tied to or affected by "
        "the ruling the firm received in a separate case."
    ) == [
        (
            "clarified",
            "that her fines were not tied to or affected by the ruling the firm received in a "
            "separate case",
        )
    ]


def test_a_clause_spliced_on_after_the_object_and_a_comma_is_not_reported(contents):
    text = (
        "The firm also announced a new phone, the Zeta One, which Acme will sell in the "
        "United States, Beta will sell it in Canada."
    )
    assert all(content != "Beta will sell it in Canada" for _, content in contents(text))
    assert contents("The mayor warned the council, the plan would fail.") != []


def test_clause_hung_on_a_passive_agent_is_the_report(attributed):
    text = "Reporters were told by officials that the bridge was unsafe."
    statements = attributed(text).statements
    assert [(s.cue, s.speaker, s.text) for s in statements] == [
        ("told", "officials", "that the bridge was unsafe")
    ]


def test_clause_without_that_taken_for_a_relative_of_the_listener_is_what_was_told(contents):
    assert contents("Ms Ortega informed the league she did not wish to play for Spain.") == [
        ("informed", "she did not wish to play for Spain")
    ]
    assert contents("The envoy informed police she had diplomatic immunity.") == [
        ("informed", "she had diplomatic immunity")
    ]


def test_relative_clause_with_a_gap_on_the_listener_is_no_told_clause(contents):
    assert contents("Lee informed the officials she met.") == []


def test_an_aside_reports_the_words_before_its_comma_the_parser_hung_on_it(contents):
    text = (
        "One truck and a car broke through the guardrail; around 50 gallons of fuel, "
        "officials said, spilled and ignited."
    )
    assert contents(text) == [
        ("said", "around 50 gallons of fuel, officials said, spilled and ignited")
    ]


def test_an_aside_after_a_semicolon_leaves_the_clause_before_it_to_the_writer(contents):
    text = (
        "One bus and a van broke through the rail before hitting other cars; around 30 "
        "gallons of diesel fuel, officials said, spilled and ignited."
    )
    assert contents(text) == [
        ("said", "around 30 gallons of diesel fuel, officials said, spilled and ignited")
    ]


def test_a_clause_in_brackets_is_no_complement_of_its_own(contents):
    text = (
        "The report noted older wells which lie below the dam (the dam is roughly 60 m high) "
        "can flood in spring."
    )
    assert contents(text) == [
        (
            "noted",
            "older wells which lie below the dam (the dam is roughly 60 m high) can flood in "
            "spring",
        )
    ]


def test_object_hung_on_the_noun_of_the_cues_phrase_is_the_subject_of_its_complement(parsed):
    words = ["Acme", "said", "in", "its", "filing", "the", "probe", "focuses", "on", "tests"]
    doc = parsed(
        words,
        [1, 1, 1, 4, 2, 6, 4, 1, 7, 8],
        ["nsubj", "ROOT", "prep", "poss", "pobj", "det", "dobj", "ccomp", "prep", "pobj"],
        ["NNP", "VBD", "IN", "PRP$", "NN", "DT", "NN", "VBZ", "IN", "NNS"],
        ["Acme", "say", "in", "its", "filing", "the", "probe", "focus", "on", "test"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["the probe focuses on tests"]


def test_phrase_of_the_cue_with_no_object_on_its_noun_leaves_the_complement_alone(parsed):
    words = ["Acme", "said", "in", "its", "filing", "the", "probe", "focuses", "on", "tests"]
    doc = parsed(
        words,
        [1, 1, 1, 4, 2, 6, 7, 1, 7, 8],
        ["nsubj", "ROOT", "prep", "poss", "pobj", "det", "nsubj", "ccomp", "prep", "pobj"],
        ["NNP", "VBD", "IN", "PRP$", "NN", "DT", "NN", "VBZ", "IN", "NNS"],
        ["Acme", "say", "in", "its", "filing", "the", "probe", "focus", "on", "test"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["the probe focuses on tests"]


def test_a_present_perfect_clause_after_a_backshifted_one_is_the_writers(attributed):
    text = "Ann Lee said she would not stand again and Tom Cole has since entered the race."
    found = [(s.cue, s.speaker, s.text) for s in attributed(text).statements]
    assert found[0] == ("said", "Ann Lee", "she would not stand again")


def test_a_joined_clause_in_the_report_s_own_tense_stays(attributed):
    text = "Ann Lee said the firm would close the plant and the staff would be moved."
    found = [(s.cue, s.text) for s in attributed(text).statements]
    assert found == [("said", "the firm would close the plant and the staff would be moved")]


def test_a_subject_read_as_one_phrase_with_the_name_before_it_starts_the_clause(contents):
    text = (
        "The city of Hanford announced on Twitter the Federal Aviation Administration and "
        "the National Transportation Safety Board were to investigate the cause of the fire."
    )
    found = [t for c, t in contents(text) if c == "announced"]
    assert found == [
        "the Federal Aviation Administration and the National Transportation Safety Board "
        "were to investigate the cause of the fire"
    ]


def test_say_reports_a_bare_order_hung_on_it(contents):
    assert ("says", "cut taxes, fees to lift growth") in contents(
        "Lee says cut taxes, fees to lift growth."
    )
    assert ("says", "cut the payroll tax now") in contents(
        "The senator says cut the payroll tax now."
    )


def test_otherwise_after_a_report_stands_for_the_clause_it_denies(contents):
    text = "The mayor says the plan works, but the figures suggest otherwise."
    assert ("suggest", "otherwise") in contents(text)


def test_a_crowd_cheering_meanwhile_is_no_source(contents):
    text = "The mayor was questioned harder than ever before, as the crowd cheered on the attacks."
    assert contents(text) == []
    assert contents("The plan will fail, as critics have warned.") == [
        ("warned", "The plan will fail")
    ]
