"""Nesting: one attribution per stretch of text."""

from foretold.attribution.cue import Cue
from foretold.attribution.nesting import clean_fragments, drop_nested

from .cues_in_text import rest as _rest
from .cues_in_text import span as _span
from .cues_in_text import token as _token


def test_two_cues_with_the_same_content_make_one_statement(nlp):
    text = 'Reed wrote to the board. Reed: "The fund is safe." Lee agreed.'
    doc = nlp(text)
    quote = (text.index('"'), text.rindex('"') + 1)
    label = Cue(_token(doc, ":"), ":", doc[6], [quote], quoted=True)
    wrote = Cue(_token(doc, "wrote"), "wrote", doc[0], [quote], quoted=True)
    kept = drop_nested([wrote, label], doc)
    assert len(kept) == 1


def test_a_second_cue_of_the_same_speaker_reading_fewer_words_gives_way(nlp):
    text = 'Kerr replied with a note on her site: "We will rebuild. It takes time." Lee agreed.'
    doc = nlp(text)
    whole = (text.index('"'), text.rindex('"') + 1)
    first = (whole[0], text.index(". It") + 1)
    replied = Cue(_token(doc, "replied"), "replied", doc[0], [whole], quoted=True)
    note = Cue(_token(doc, "note"), "note", doc[0], [first], quoted=True)
    assert drop_nested([replied, note], doc) == [replied]


def test_cues_of_two_speakers_with_nested_words_both_stay(nlp):
    text = 'Kerr replied with a note on her site: "We will rebuild. It takes time." Lee agreed.'
    doc = nlp(text)
    whole = (text.index('"'), text.rindex('"') + 1)
    first = (whole[0], text.index(". It") + 1)
    replied = Cue(_token(doc, "replied"), "replied", doc[0], [whole], quoted=True)
    note = Cue(_token(doc, "note"), "note", doc[4], [first], quoted=True)
    assert len(drop_nested([replied, note], doc)) == 2


def test_a_cue_inside_another_cues_content_gives_way(nlp):
    text = "Reed said the mayor thinks the fund is safe."
    doc = nlp(text)
    said = Cue(_token(doc, "said"), "said", doc[0], [_rest(text, "the mayor")])
    thinks = Cue(_token(doc, "thinks"), "thinks", doc[3], [_rest(text, "the fund")])
    assert drop_nested([thinks, said], doc) == [said]


def test_a_quoted_label_takes_its_name_out_of_another_cues_content(nlp):
    text = 'Polls agree with Jane Doe: "Turnout was the story of the night." Lee agreed.'
    doc = nlp(text)
    quote = (text.index('"'), text.index('"', text.index('"') + 1) + 1)
    name = (text.index("Jane"), text.index(":"))
    label = Cue(_token(doc, ":"), ":", _token(doc, "Doe"), [quote], quoted=True)
    agree = Cue(_token(doc, "agree"), "agree", doc[0], [name])
    assert drop_nested([agree, label], doc) == [label]


def test_a_cue_noun_in_a_passive_subject_outranks_its_verb(nlp):
    text = "Her warnings about the budget were echoed by the board."
    doc = nlp(text)
    subject = (0, text.index(" were"))
    about = (text.index("the budget"), text.index(" were"))
    echoed = Cue(_token(doc, "echoed"), "echoed", doc[9], [subject])
    warnings = Cue(_token(doc, "warnings"), "warnings", doc[0], [about])
    assert drop_nested([echoed, warnings], doc) == [warnings]


def test_an_infinitive_cue_under_a_passive_of_hearsay_keeps_its_speaker(nlp):
    text = 'The governor is reported to have called the budget "a disgrace."'
    doc = nlp(text)
    reported = _token(doc, "reported")
    called = _token(doc, "called")
    assert called.dep_ == "xcomp" and called.head == reported
    whole = (0, len(text) - 1)
    outer = Cue(reported, "reported", None, [whole])
    inner = Cue(called, "called", doc[1], [_rest(text, "the budget")])
    assert drop_nested([outer, inner], doc) == [inner]


def test_an_infinitive_judgement_with_an_object_outranks_its_verb(nlp):
    text = "The senator declined to criticize the new tariffs on Friday."
    doc = nlp(text)
    declined = _token(doc, "declined")
    criticize = _token(doc, "criticize")
    assert criticize.dep_ == "xcomp" and criticize.head == declined
    outer = Cue(declined, "declined", doc[1], [_rest(text, "to criticize")])
    inner = Cue(criticize, "criticize", doc[1], [_span(text, "the new tariffs")])
    assert drop_nested([outer, inner], doc) == [inner]


def test_an_infinitive_judgement_asked_for_gives_way(nlp):
    text = "The senator was asked to criticize the new tariffs on Friday."
    doc = nlp(text)
    asked = _token(doc, "asked")
    criticize = _token(doc, "criticize")
    assert criticize.dep_ == "xcomp" and criticize.head == asked
    outer = Cue(asked, "asked", None, [_rest(text, "to criticize")])
    inner = Cue(criticize, "criticize", doc[1], [_span(text, "the new tariffs")])
    assert drop_nested([outer, inner], doc) == [outer]


def test_an_infinitive_of_a_plain_speech_verb_gives_way(nlp):
    text = "The senator declined to discuss the new tariffs on Friday."
    doc = nlp(text)
    declined = _token(doc, "declined")
    discuss = _token(doc, "discuss")
    outer = Cue(declined, "declined", doc[1], [_rest(text, "to discuss")])
    inner = Cue(discuss, "discuss", doc[1], [_span(text, "the new tariffs")])
    assert drop_nested([outer, inner], doc) == [outer]


def test_an_infinitive_under_a_passive_of_expectation_gives_way(nlp):
    text = "The governor is expected to announce that the budget will pass."
    doc = nlp(text)
    expected = _token(doc, "expected")
    announce = _token(doc, "announce")
    outer = Cue(expected, "expected", None, [(0, len(text) - 1)])
    inner = Cue(announce, "announce", doc[1], [_rest(text, "the budget")])
    assert drop_nested([outer, inner], doc) == [outer]


def test_a_quotation_takes_its_cues_own_words_out_of_the_report_around_it(nlp):
    text = '"The fund is safe," Reed said Monday in Dayton, according to aides.'
    doc = nlp(text)
    quote = (0, text.index(" Reed"))
    said = Cue(_token(doc, "said"), "said", _token(doc, "Reed"), [quote], quoted=True)
    whole = (0, text.index(", according"))
    according = Cue(_token(doc, "according"), "according to", None, [whole])
    assert drop_nested([said, according], doc) == [said]


def test_the_thing_that_carried_a_quotation_is_no_report_of_its_own(nlp):
    text = 'The council issued a statement Friday saying, "The fund is safe."'
    doc = nlp(text)
    saying = _token(doc, "saying")
    quote = (text.index('"'), len(text))
    issued = Cue(_token(doc, "issued"), "issued", doc[1], [(text.index("a statement"), len(text))])
    said = Cue(saying, "saying", doc[1], [quote], quoted=True)
    assert drop_nested([issued, said], doc) == [said]


def test_a_lone_relative_pronoun_is_no_content(contents):
    text = "The city keeps old buses which, the mayor said, nobody wants to drive."
    assert ("said", "which") not in contents(text)


def test_a_date_alone_is_no_content(contents):
    text = '"The plan will work," the mayor told reporters on Tuesday. "We are ready."'
    assert all(content != "Tuesday" for _, content in contents(text))


def test_a_partitive_relative_on_the_source_is_no_content(contents):
    text = "Twelve people were hurt, according to doctors, some of whom were at the scene."
    found = [content for _, content in contents(text)]
    assert "Twelve people were hurt" in found
    assert not any(content.startswith("some of whom") for content in found)


def test_pieces_split_only_by_the_cue_make_one_content(contents):
    text = "Ten workers, according to the union, lost their jobs at the plant in May."
    assert contents(text) == [
        ("according to", "Ten workers, according to the union, lost their jobs at the plant in May")
    ]


def test_a_passive_of_telling_has_no_content_in_the_one_told(contents):
    text = 'In March she was told by the inspector of "serious faults in the wiring".'
    found = [content for _, content in contents(text)]
    assert "she" not in found
    assert '"serious faults in the wiring"' in found


def test_a_quotation_attached_again_inside_its_clause_makes_no_second_piece(nlp):
    text = 'The agency raised the risk from "moderate" to "high" on Monday.'
    doc = nlp(text)
    clause = _span(text, '"moderate" to "high"')
    inner = _span(text, '"high"')
    raised = Cue(_token(doc, "raised"), "raised", doc[1], [clause, inner], quoted=True)
    assert clean_fragments(doc, raised) == [clause]


def test_a_piece_that_lost_the_last_item_of_its_list_ends_before_the_conjunction(nlp):
    text = "Lee discussed her budget, the new school, and the roads, among other things."
    doc = nlp(text)
    cut = (text.index("her"), text.index("and") + 3)
    discussed = Cue(_token(doc, "discussed"), "discussed", doc[0], [cut])
    assert [text[a:b] for a, b in clean_fragments(doc, discussed)] == ["her budget, the new school"]


def test_a_cue_the_filters_drop_shelters_no_report_inside_it(contents):
    text = "Officials said the dam had failed; Jones secured the area."
    assert ("said", "the dam had failed") in contents(text)


def test_a_closing_cue_reports_back_only_to_the_semicolon_after_another_report(contents):
    text = (
        'He said Kim is "a model of honesty for me"; however, "to remove any doubts about '
        'our respect, I wrote a letter", he added.'
    )
    found = contents(text)
    assert ("said", 'Kim is "a model of honesty for me"') in found
    assert ("added", '"to remove any doubts about our respect, I wrote a letter"') in found


def test_pieces_around_a_cue_join_when_the_second_goes_on_with_its_verb(contents):
    text = "His plan, he stated, was for the city to lend the firms money."
    assert contents(text) == [("stated", text[:-1])]


def test_an_owned_cue_noun_outranks_a_speakerless_cue_taking_it_as_object(attributed):
    text = "If it fails, that is all the more reason to consider Ann Lee's proposal for a toll."
    [statement] = attributed(text).statements
    assert (statement.cue, statement.speaker) == ("proposal", "Ann Lee")


def test_a_cue_noun_stays_inside_the_object_of_a_cue_with_a_speaker(attributed):
    text = "The council will consider Ann Lee's proposal for a toll."
    [statement] = attributed(text).statements
    assert (statement.cue, statement.speaker) == ("consider", "council")


def test_an_opening_phrase_with_a_possessive_joins_the_clause_after_the_cue(contents):
    text = "In the wake of the mayor's arrest, aides said, the office was closed."
    assert contents(text) == [("said", text[:-1])]


def test_a_bracketed_aside_does_not_split_a_clause_around_the_cue(contents):
    text = "At 4 a.m. (0900 GMT), police said, the fire broke out in the hall."
    assert contents(text) == [("said", text[:-1])]


def test_a_lone_opening_adverb_is_no_content(contents):
    text = 'However, she added, "the doors were never locked."'
    assert [t for _, t in contents(text)] == ['"the doors were never locked."']


def test_a_label_set_off_by_a_dash_speaks_words_a_verb_before_it_shares(attributed):
    text = (
        "But polls did predict the Democratic caucus - Gallup: \u201cWhile the caucuses gave an "
        "upset on one side, most pollsters fared much better with the other results.\u201d"
    )
    statements = attributed(text).statements
    assert [(s.cue, s.speaker_mention.text) for s in statements] == [(":", "Gallup")]


def test_an_outer_cue_reporting_a_report_whole_takes_all_its_quotation(attributed):
    text = (
        "Ward said Mills \u201cwould never get the votes,\u201d the adviser recalled, adding that "
        "Ward said of his rival: \u201cHe is finished. He knows it.\u201d"
    )
    statements = attributed(text).statements
    assert [(s.cue, s.text, s.speaker_mention.text) for s in statements][-1] == (
        "adding",
        "that Ward said of his rival: \u201cHe is finished. He knows it.\u201d",
        "the adviser",
    )


def test_a_demonstrative_object_of_the_cue_stays_as_its_content(contents):
    text = "Lee backed the levy. He never mentions that in his speeches."
    assert ("mentions", "that") in contents(text)


def test_a_lone_determiner_that_is_no_object_of_the_cue_is_dropped(nlp):
    text = "Lee said that the plan was dead."
    doc = nlp(text)
    lone = _span(text, "that")
    said = Cue(_token(doc, "said"), "said", doc[0], [lone])
    assert clean_fragments(doc, said) == []


def test_a_cue_reports_the_topic_of_unowned_words_it_takes_as_object(nlp):
    text = "The mayor offered some kind words about the new coach on Monday."
    doc = nlp(text)
    coach = _span(text, "the new coach")
    offered = Cue(_token(doc, "offered"), "offered", doc[1], [_rest(text, "some kind")])
    words = Cue(_token(doc, "words"), "words", None, [coach])
    assert drop_nested([offered, words], doc) == [offered]
    assert offered.fragments == [coach]


def test_a_judgement_by_a_named_doer_outranks_a_cue_without_a_speaker(nlp):
    text = "The ruling seemed so harsh that it prompted the judge to condemn the panel."
    doc = nlp(text)
    seemed = Cue(_token(doc, "seemed"), "seemed", None, [(0, len(text) - 1)])
    condemn = Cue(_token(doc, "condemn"), "condemn", doc[8], [_span(text, "the panel")])
    assert drop_nested([seemed, condemn], doc) == [condemn]


def test_a_judgement_by_a_named_doer_gives_way_to_a_speakers_report(nlp):
    text = "Reed said the vote forced the judge to condemn the panel."
    doc = nlp(text)
    said = Cue(_token(doc, "said"), "said", doc[0], [_rest(text, "the vote")])
    condemn = Cue(_token(doc, "condemn"), "condemn", doc[6], [_span(text, "the panel")])
    assert drop_nested([said, condemn], doc) == [said]


def test_an_askers_questions_outrank_the_cue_that_answers_them(nlp):
    text = "The firm did not respond to the paper's questions about the loans."
    doc = nlp(text)
    respond = Cue(_token(doc, "respond"), "respond", doc[1], [_rest(text, "the paper")])
    questions = Cue(_token(doc, "questions"), "questions", doc[7], [_rest(text, "the loans")])
    assert drop_nested([respond, questions], doc) == [questions]


def test_a_quotation_running_into_a_later_sentence_with_its_own_cue_stops_there(contents):
    text = 'Park described the damage as "terrible. It really hurts the town," he said.'
    assert contents(text) == [
        ("described", 'the damage as "terrible'),
        ("said", "It really hurts the town"),
    ]


def test_a_quotation_running_into_a_later_sentence_without_a_cue_keeps_its_words(contents):
    text = 'Park described the damage as "terrible. It really hurts the town."'
    assert contents(text) == [
        ("described", 'the damage as "terrible. It really hurts the town."'),
    ]


def test_a_that_report_stays_apart_around_its_speaker_and_cue(contents):
    found = contents("A storm hit the bridge that engineers said was unsafe.")
    assert found == [("said", "the bridge that"), ("said", "was unsafe")]


def test_a_clause_split_by_its_cue_stays_whole_around_a_phrase_quoted_inside_it(contents):
    text = 'Rescuers, police said, found ten "very weak" survivors.'
    assert contents(text) == [("said", 'Rescuers, police said, found ten "very weak" survivors')]


def test_a_quotation_split_by_its_cue_stays_two_pieces(contents):
    assert contents('"Overall," he said, "it went well."') == [
        ("said", '"Overall,"'),
        ("said", '"it went well."'),
    ]


def test_the_relative_subject_of_a_verb_of_feeling_is_its_content(contents):
    text = "The council passed the budget in a way that pleased the mayor."
    assert ("pleased", "that") in contents(text)


def test_a_verb_of_feeling_inside_another_content_keeps_its_statement(contents):
    text = "The quarterly figures show a sharp rise in prices that alarmed the regulators."
    found = contents(text)
    assert ("show", "a sharp rise in prices that alarmed the regulators") in found
    assert ("alarmed", "that") in found
