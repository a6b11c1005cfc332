"""What the object of a speech-act verb, or of its own preposition, names."""

import pytest
from spacy.tokens import Doc

from foretold.attribution.content import clause_content


def test_including_phrase_hung_on_the_cue_goes_with_the_object(parsed):
    words = ["she", "cited", "reports", "in", "May", ",", "including", "a", "survey"]
    doc = parsed(
        words,
        [1, 1, 1, 1, 3, 1, 1, 8, 6],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "prep", "det", "pobj"],
        ["PRP", "VBD", "NNS", "IN", "NN", ",", "VBG", "DT", "NN"],
        ["she", "cite", "report", "in", "May", ",", "include", "a", "survey"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "reports in May , including a survey"
    ]


def test_stranded_preposition_in_a_relative_clause_points_to_its_noun(nlp):
    doc = nlp("The unions ignored the issues the workers care about.")
    verb = next(t for t in doc if t.text == "care")
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["the issues"]


def test_fronted_what_of_a_naming_verb_leaves_the_name(contents):
    text = "The banks merged to form what they called ''one-stop shops,'' the report found."
    assert ("called", "''one-stop shops,''") in contents(text)


def test_fronted_what_of_a_naming_verb_keeps_a_phrase_of_the_name(contents):
    text = (
        "The governor has made fighting what she calls waste in the budget the centre of her term."
    )
    assert ("calls", "waste in the budget") in contents(text)
    text = "The council has made stopping what it called a sham on Tuesday its first task."
    assert ("called", "a sham") in contents(text)


def test_fronted_what_of_a_describing_verb_leaves_the_description(contents):
    text = "The council gave the firm access to what the mayor described as spare office space."
    assert ("described", "as spare office space") in contents(text)


def test_fronted_what_of_a_describing_verb_ends_with_its_description(contents):
    text = "The bill funds what critics describe as a wall along the border."
    assert ("describe", "as a wall along the border") in contents(text)


def test_object_predicate_with_no_object_is_the_object(parsed):
    words = ["she", "called", "out", "Park", ",", "citing", "his", "record"]
    doc = parsed(
        words,
        [1, 1, 1, 1, 1, 1, 7, 5],
        ["nsubj", "ROOT", "prt", "oprd", "punct", "advcl", "poss", "dobj"],
        ["PRP", "VBD", "RP", "NNP", ",", "VBG", "PRP", "NN"],
        ["she", "call", "out", "Park", ",", "cite", "his", "record"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["Park"]


def test_counselling_verb_reports_the_topic_after_its_listener(contents):
    assert ("advised", "the budget") in contents("She advised the mayor on the budget.")


def test_minding_verb_reports_the_of_phrase_after_its_listener(contents):
    text = "In the debate, the mayor reminded voters of the six years she had spent on the council."
    assert ("reminded", "the six years she had spent on the council") in contents(text)


def test_informing_participle_reports_the_of_phrase_after_its_listener(contents):
    text = "The agency emailed the firm on Monday, informing them of the breach."
    assert ("informing", "the breach") in contents(text)


def test_thing_that_reminds_the_writer_of_something_is_a_likeness(contents):
    assert contents("Her speech reminded me of her father.") == []


def test_gerund_complement_keeps_the_list_of_participles_after_it(contents):
    text = "In the video the host discusses hiding cash, dodging taxes and fleeing abroad."
    assert contents(text) == [("discusses", "hiding cash, dodging taxes and fleeing abroad")]


def test_question_coordinated_with_the_object_goes_with_it(nlp):
    words = ["she", "knows", "the", "rules", "and", "where", "they", "are", "kept"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 1, 8, 8, 8, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "cc", "advmod", "nsubjpass", "auxpass", "conj"],
        tags=["PRP", "VBZ", "DT", "NNS", "CC", "WRB", "PRP", "VBP", "VBN"],
        pos=["PRON", "VERB", "DET", "NOUN", "CCONJ", "SCONJ", "PRON", "AUX", "VERB"],
        lemmas=["she", "know", "the", "rule", "and", "where", "they", "be", "keep"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "the rules and where they are kept"
    ]


def test_relative_pronoun_the_cue_describes_leaves_out_speaker_and_cue(nlp):
    doc = nlp(
        "The firm was owned by John Smith, whom local reports identify as the mayor's cousin."
    )
    verb = next(t for t in doc if t.text == "identify")
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["whom", "as the mayor's cousin"]


def test_relative_that_the_cue_describes_opens_with_its_noun(nlp):
    doc = nlp("The court played a video that the senator described as a forgery.")
    verb = next(t for t in doc if t.text == "described")
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["a video that", "as a forgery"]


def test_relative_pronoun_the_cue_likens_keeps_the_comparison(nlp):
    doc = nlp("The mayor defended the rally, which critics have likened to a riot.")
    verb = next(t for t in doc if t.text == "likened")
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["which", "to a riot"]


def test_relative_that_read_as_a_conjunction_still_opens_with_its_noun(nlp):
    doc = nlp("Lee made remarks that opponents compared to a war cry.")
    verb = next(t for t in doc if t.text == "compared")
    assert verb.dep_ == "acl"  # the parse this reading repairs
    assert [doc[a:b].text for a, b in clause_content(verb)] == ["remarks that", "to a war cry"]


def _built(nlp, words, heads, deps, tags, pos, lemmas) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_demonstrative_taken_for_a_preposition_opens_the_object(nlp):
    words = ["the", "paper", "confirmed", "that", "claim", ",", "reporting", "nothing"]
    doc = _built(
        nlp,
        words,
        [1, 2, 2, 2, 3, 2, 2, 6],
        ["det", "nsubj", "ROOT", "prep", "pobj", "punct", "advcl", "dobj"],
        ["DT", "NN", "VBD", "IN", "NN", ",", "VBG", "NN"],
        ["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "NOUN"],
        ["the", "paper", "confirm", "that", "claim", ",", "report", "nothing"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[2])] == ["that claim"]


def test_demonstrative_taken_for_the_determiner_of_an_object_predicate_is_judged(nlp):
    words = ["critics", "called", "this", "reckless", "."]
    doc = _built(
        nlp,
        words,
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "det", "oprd", "punct"],
        ["NNS", "VBD", "DT", "JJ", "."],
        ["NOUN", "VERB", "DET", "ADJ", "PUNCT"],
        ["critic", "call", "this", "reckless", "."],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["this reckless"]


def test_demonstrative_judged_by_a_naming_verb_is_reported(contents):
    text = "The mayor promised quick repairs. Local engineers called this dubious."
    assert ("called", "this dubious") in contents(text)


def test_speech_verb_with_no_object_reports_the_clause_before_its_comma(contents):
    text = "Get a job and stop whining, her father scolded."
    assert contents(text) == [("scolded", "Get a job and stop whining")]


def test_clause_after_a_closing_participle_goes_with_the_participle(parsed):
    words = ["she", "addressed", "the", "issue", ",", "remarking", "it", "was", "minor"]
    doc = parsed(
        words,
        [1, 1, 3, 1, 1, 1, 7, 1, 7],
        ["nsubj", "ROOT", "det", "dobj", "punct", "advcl", "nsubj", "ccomp", "acomp"],
        ["PRP", "VBD", "DT", "NN", ",", "VBG", "PRP", "VBD", "JJ"],
        ["she", "address", "the", "issue", ",", "remark", "it", "be", "minor"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["the issue"]


def test_a_hyphened_object_is_read_whole(contents):
    text = "The watchdog called for a re-run of the tender."
    assert contents(text) == [("called", "a re-run of the tender")]


def test_directional_phrase_hung_on_the_cue_goes_with_the_object(contents):
    text = "The government announced the injection of ten billion dollars into the economy."
    assert [t for c, t in contents(text) if c == "announced"] == [
        "the injection of ten billion dollars into the economy"
    ]


def test_concessive_phrase_on_the_cue_goes_with_the_object(contents):
    text = "The governor defended the budget despite criticism from both parties."
    assert ("defended", "the budget despite criticism from both parties") in contents(text)
    text = "The mayor praised the plan amid growing doubts about its cost."
    assert ("praised", "the plan amid growing doubts about its cost") in contents(text)


def test_as_adjective_the_parser_made_a_clause_describes_the_object(contents):
    text = "Older voters described her as honest and steady."
    assert contents(text) == [("described", "her as honest and steady")]
    text = "Older voters were more likely to describe her as honest."
    assert ("describe", "her as honest") in contents(text)


def test_reporting_infinitive_after_the_object_is_the_next_act(contents):
    text = "The senator cited the new figures to argue that the program had failed."
    assert ("cited", "the new figures") in contents(text)
    text = "The mayor highlighted the budget gap to question whether the city can afford it."
    assert ("highlighted", "the budget gap") in contents(text)
    text = "The group backs the bill to cut taxes."
    assert contents(text) == [("backs", "the bill to cut taxes")]
    text = "Lee highlighted the fees she took from banks to call into question whether it is fair."
    assert ("highlighted", "the fees she took from banks") in contents(text)
    text = "The mayor praised a plan to show that the city can pay."
    assert ("praised", "a plan to show that the city can pay") in contents(text)


def test_cue_in_a_relative_clause_reports_the_subject_taken_from_the_main_verb(parsed):
    words = ["ad", "that", "slams", "Lee", "airs", "today"]
    doc = parsed(
        words,
        [0, 2, 0, 4, 2, 4],
        ["ROOT", "nsubj", "relcl", "nsubj", "ccomp", "npadvmod"],
        ["NN", "WDT", "VBZ", "NNP", "VBZ", "NN"],
        ["ad", "that", "slam", "Lee", "air", "today"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[2])] == ["Lee"]


def test_participle_hung_on_the_cue_after_its_prepositions_object_goes_with_it(parsed):
    words = ["they", "complained", "about", "prices", "rising", "again"]
    doc = parsed(
        words,
        [1, 1, 1, 2, 1, 4],
        ["nsubj", "ROOT", "prep", "pobj", "advcl", "advmod"],
        ["PRP", "VBD", "IN", "NNS", "VBG", "RB"],
        ["they", "complain", "about", "price", "rise", "again"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["prices rising again"]


def test_reporting_participle_after_its_prepositions_object_goes_with_it(parsed):
    words = ["the", "memo", "spoke", "of", "Turkey", "assuming", "the", "duty"]
    doc = parsed(
        words,
        [1, 2, 2, 2, 3, 2, 7, 5],
        ["det", "nsubj", "ROOT", "prep", "pobj", "advcl", "det", "dobj"],
        ["DT", "NN", "VBD", "IN", "NNP", "VBG", "DT", "NN"],
        ["the", "memo", "speak", "of", "Turkey", "assume", "the", "duty"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[2])] == ["Turkey assuming the duty"]


def test_reporting_participle_after_a_prepositions_object_makes_no_report_of_its_own(contents):
    text = "The union leader spoke of Turkey assuming the duty of guarding captured fighters."
    assert contents(text) == [("spoke", "Turkey assuming the duty of guarding captured fighters")]


def test_saying_with_a_clause_after_a_prepositions_object_reports_it_itself(contents):
    text = "The memo spoke of Lincoln saying that a house divided cannot stand."
    assert ("saying", "that a house divided cannot stand") in contents(text)


def test_phrase_on_the_cue_after_its_prepositions_object_goes_with_it(contents):
    text = "The campaign did not respond to our requests last week for comment."
    assert contents(text) == [("respond", "our requests last week for comment")]
    assert contents("The governor talks about crime at one of her rallies.") == [("talks", "crime")]


def test_particle_taken_for_an_adverb_still_makes_a_phrasal_verb(parsed):
    words = ["she", "walked", "back", "her", "remarks"]
    doc = parsed(
        words,
        [1, 1, 1, 4, 1],
        ["nsubj", "ROOT", "advmod", "poss", "dobj"],
        ["PRP", "VBD", "RB", "PRP$", "NNS"],
        ["she", "walk", "back", "her", "remark"],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == ["her remarks"]


def test_sizing_up_reports_what_is_judged(contents):
    assert contents("Voters are sizing up the two candidates.") == [
        ("sizing", "the two candidates")
    ]


def test_a_gerund_taken_for_a_preposition_reports_its_object(contents):
    text = "Considering the size of the budget, the mayor said it was easy to find savings."
    assert ("Considering", "the size of the budget") in contents(text)


def test_recipient_after_the_object_is_left_out(contents):
    text = "The union offered fresh support to teachers who say the reform is unfair."
    assert ("offered", "fresh support") in contents(text)
    assert ("say", "the reform is unfair") in contents(text)


def test_adjectives_listed_after_an_as_description_go_with_it(contents):
    text = (
        "The union has attacked the governor as being too close to the banks, too dependent "
        "on donors and for not releasing his tax returns."
    )
    assert contents(text) == [
        (
            "attacked",
            "the governor as being too close to the banks, too dependent on donors and for not "
            "releasing his tax returns",
        )
    ]


def test_list_items_hung_on_the_cue_after_the_objects_comma_go_with_it(contents):
    text = (
        "The author, who lives in Ohio, discussed her writing career, time in Iran and "
        "the 2015 lawsuit, and her life in Boston."
    )
    assert contents(text) == [
        (
            "discussed",
            "her writing career, time in Iran and the 2015 lawsuit, and her life in Boston",
        )
    ]


def test_described_relative_leaves_the_cues_adverbs_out(contents):
    text = "She took the herbal tea, which she promoted early in the spring as a cure for colds."
    found = dict(contents(text))
    assert found.get("promoted", "").endswith("as a cure for colds")
    assert "early in the spring" not in found.get("promoted", "")


def test_to_phrase_naming_who_heard_it_is_left_out_of_the_topic(contents):
    assert contents("The coach later commented on the defeat to them.") == [
        ("commented", "the defeat")
    ]


def test_bare_free_relative_says_nothing_of_its_own(contents):
    text = (
        "Smaller frogs were once thought to grow spines, but that is not what this survey reports."
    )
    assert not any(cue == "reports" for cue, _ in contents(text))


def test_bare_free_relative_with_a_time_says_nothing(contents):
    text = "That is exactly what my colleague Ann Lee at the Daily Courier wrote last week."
    assert not any(cue == "wrote" for cue, _ in contents(text))


def test_free_relative_with_a_topic_keeps_its_clause(contents):
    text = "He may come to regret what he said last year about the governor's budget."
    assert any("about the governor's budget" in said for _, said in contents(text))


def test_phrases_after_an_occasion_phrase_go_with_the_occasion(contents):
    text = "She recently condemned racism after vandalism against a church in the city."
    assert ("condemned", "racism") in contents(text)


def test_an_act_in_progress_after_the_object_is_left_out(contents):
    text = "The jury cited her early films in awarding the director a lifetime prize."
    assert ("cited", "her early films") in contents(text)


def test_an_in_phrase_with_a_noun_goes_with_the_object(contents):
    text = "The minister praised the police in the capital for their patience."
    assert any(cue == "praised" and "in the capital" in said for cue, said in contents(text))


def test_a_listener_after_the_object_of_a_message_verb_is_left_out(contents):
    text = "The ministry later confirmed the report to reporters."
    assert ("confirmed", "the report") in contents(text)


def test_the_second_term_of_a_comparison_stays_with_the_object(contents):
    text = "The columnist compared the governor to Nixon."
    assert ("compared", "the governor to Nixon") in contents(text)


def test_news_outlets_after_the_object_of_a_message_verb_are_left_out(contents):
    text = "Two officials confirmed the report to several news outlets."
    assert ("confirmed", "the report") in contents(text)


def test_a_question_opening_the_objects_list_goes_with_it(contents):
    text = (
        "With reporters, Lee discussed how her campaign began, her role in the party, "
        "and the prospects for the race."
    )
    found = (
        "discussed",
        "how her campaign began, her role in the party, and the prospects for the race",
    )
    assert found in contents(text)


def test_bare_by_name_after_the_object_goes_with_it(contents):
    assert ("mentioned", "the senator by name") in contents(
        "The governor rarely mentioned the senator by name."
    )


def test_name_the_parser_took_for_an_adverbial_noun_is_the_object(contents):
    text = "Henry compared Trump to former California Gov. Pete Wilson."
    assert ("compared", "Trump to former California Gov. Pete Wilson") in contents(text)


def test_by_phrase_of_a_name_after_a_prepositional_object_goes_with_it(contents):
    text = "In her speech she referred to her sister by a nickname."
    assert ("referred", "her sister by a nickname") in contents(text)


def test_by_phrase_of_a_means_after_a_prepositional_object_is_left_out(contents):
    text = "In her speech she referred to her sister by phone."
    assert ("referred", "her sister") in contents(text)


@pytest.mark.parametrize(
    ("noun", "content"),
    [("name", "each nurse by name"), ("letter", "each nurse")],  # only "by name" is said
)
def test_by_phrase_the_parser_hung_on_the_cue_goes_with_the_object_only_for_name(
    parsed, noun, content
):
    words = ["she", "praised", "each", "nurse", "by", noun]
    doc = parsed(
        words,
        [1, 1, 3, 1, 1, 4],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
        ["PRP", "VBD", "DT", "NN", "IN", "NN"],
        ["she", "praise", "each", "nurse", "by", noun],
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor will come on the show to talk about the budget and how many schools "
            "can stay open.",
            "the budget and how many schools can stay open",
        ),
        (
            "The mayor spoke about the flood and why the levee failed.",
            "the flood and why the levee failed",
        ),
    ],
)
def test_a_question_the_parser_coordinated_with_a_verb_goes_on_with_the_object(
    contents, text, content
):
    [(_, found)] = contents(text)
    assert found == content


def test_an_as_gerund_with_its_own_subject_goes_on_with_the_object(contents):
    text = "Lee has described the summit as Europe congratulating itself."
    assert contents(text) == [("described", "the summit as Europe congratulating itself")]


def test_a_question_after_a_joining_word_the_parser_hung_on_the_object(attributed):
    text = (
        "The editor will come on the show to talk about the southern border and how many "
        "Syrians can easily slip through."
    )
    [statement] = attributed(text).statements
    assert statement.text == "the southern border and how many Syrians can easily slip through"


def test_a_why_clause_after_reason_goes_with_it_where_the_parser_hung_it_above(from_rows):
    doc = from_rows(
        [
            "Cole 1 nsubj NNP PROPN Cole",
            "goes 1 ROOT VBZ VERB go",
            "on 1 prt RP ADP on",
            "to 4 aux TO PART to",
            "list 1 advcl VB VERB list",
            "reasons 4 dobj NNS NOUN reason",
            "why 10 advmod WRB ADV why",
            "a 8 det DT DET a",
            "levy 10 nsubj NN NOUN levy",
            "would 10 aux MD AUX would",
            "be 1 advcl VB AUX be",
            "the 13 det DT DET the",
            "better 13 amod JJR ADJ good",
            "course 10 attr NN NOUN course",
            ". 1 punct . PUNCT .",
        ]
    )
    assert [doc[a:b].text for a, b in clause_content(doc[4])] == [
        "reasons why a levy would be the better course"
    ]


def test_an_as_phrase_right_after_the_first_describes_the_joined_object(from_rows):
    doc = from_rows(
        [
            "Lee 1 nsubj NNP PROPN Lee",
            "portrays 1 ROOT VBZ VERB portray",
            "Ann 1 dobj NNP PROPN Ann",
            "as 1 prep IN ADP as",
            "a 5 det DT DET a",
            "hero 3 pobj NN NOUN hero",
            "and 5 cc CC CCONJ and",
            "Cole 5 conj NNP PROPN Cole",
            "as 1 prep IN ADP as",
            "a 10 det DT DET a",
            "villain 8 pobj NN NOUN villain",
            ". 1 punct . PUNCT .",
        ]
    )
    assert [doc[a:b].text for a, b in clause_content(doc[1])] == [
        "Ann as a hero and Cole as a villain"
    ]


def test_a_who_clause_hung_on_a_noun_before_the_verb_belongs_to_the_object(attributed):
    text = "Ann Lee Under Pressure To Repudiate Pastor Who Called For Riots In Springfield"
    [statement] = attributed(text).statements
    assert statement.text == "Pastor Who Called For Riots In Springfield"


def test_a_plural_who_clause_after_a_single_name_is_left_out(contents):
    text = (
        "The long wait sent a shiver through those backing Cole, who are growing weary of "
        "the recount - and nervous that the board will rule against him."
    )
    assert ("backing", "Cole") in contents(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator warned the central bank against buying bonds.", "buying bonds"),
        ("The mayor cautioned voters against complacency.", "complacency"),
        ("Her lawyer advised her against running for office.", "running for office"),
        ("The mayor warned against complacency.", "complacency"),
    ],
)
def test_the_one_warned_is_no_part_of_the_warning(contents, text, expected):
    assert [t for _, t in contents(text)] == [expected]
