"""Cues whose holder goes unnamed."""

from foretold.attribution.holderless_cues import (
    as_passive,
    gerund_fragment,
    passive_stance,
    passive_topic,
    reduced_passive,
)


def test_fronted_asked_has_no_named_asker(attributed):
    found = attributed("Asked whether he would run again, Reid said he had not decided.").statements
    assert [(s.speaker, s.text) for s in found] == [
        (None, "whether he would run again"),
        ("Reid", "he had not decided"),
    ]


def test_impersonal_infinitive_reports_with_no_holder(attributed):
    found = attributed(
        "It is important to note that the council never voted on the plan."
    ).statements
    assert [(s.cue, s.speaker, s.text) for s in found] == [
        ("note", None, "that the council never voted on the plan")
    ]


def test_news_that_comes_to_light_reports_its_clause_with_no_holder(attributed):
    found = attributed("Soon after, rumors circulated that the coach would retire.").statements
    assert [(s.cue, s.speaker, s.text) for s in found] == [
        ("rumors", None, "that the coach would retire")
    ]
    found = attributed("Within hours, reports surfaced the mayor had resigned.").statements
    assert [(s.speaker, s.text) for s in found] == [(None, "the mayor had resigned")]


def test_surfaced_news_stops_before_a_joined_clause_of_the_writer(attributed):
    found = attributed(
        "News has emerged that the singer gave money to the fund, and many fans are "
        "wondering if the fund will return it."
    ).statements
    assert [(s.speaker, s.text) for s in found] == [
        (None, "that the singer gave money to the fund"),
        ("many fans", "if the fund will return it"),
    ]


def test_details_that_emerge_about_a_topic_report_nothing(attributed):
    assert attributed("Details emerged about the call on Monday.").statements == ()


def test_infinitive_after_be_takes_the_clause_past_an_aside(attributed):
    found = attributed("The board is right to note, however, that the budget is short.").statements
    assert [(s.cue, s.text) for s in found] == [("note", "that the budget is short")]


def test_stance_noun_after_there_is_reports_its_clause(attributed):
    found = attributed("There is broad agreement that the bridge must be rebuilt.").statements
    assert [(s.speaker, s.text) for s in found] == [(None, "that the bridge must be rebuilt")]
    found = attributed("There is no consensus on whether the tax will raise money.").statements
    assert [s.text for s in found] == ["whether the tax will raise money"]


def test_passive_stance_keeps_its_subject(nlp):
    doc = nlp("The mayor was accused of lying about the budget.")
    start, end = passive_stance(doc, next(t for t in doc if t.text == "accused"))
    assert doc[start:end].text == "The mayor was accused of lying about the budget"


def test_passive_stance_leaves_out_a_closing_aside(nlp):
    doc = nlp("The mayor was later accused of taking bribes, which he denied.")
    start, end = passive_stance(doc, next(t for t in doc if t.text == "accused"))
    assert doc[start:end].text == "The mayor was later accused of taking bribes"


def test_passive_question_verb_reports_what_was_asked_not_whom(nlp):
    doc = nlp("The senator was asked about the budget during the debate.")
    start, end = passive_stance(doc, next(t for t in doc if t.text == "asked"))
    assert doc[start:end].text == "the budget"


def test_passive_topic_is_its_subject(nlp):
    doc = nlp("Two lobbyists are mentioned in the leaked memos.")
    start, end = passive_topic(doc, next(t for t in doc if t.text == "mentioned"))
    assert doc[start:end].text == "Two lobbyists"


def test_passive_topic_needs_a_naming_verb_and_a_noun_subject(nlp):
    doc = nlp("The bridge was rebuilt last year.")
    assert passive_topic(doc, next(t for t in doc if t.text == "rebuilt")) is None
    doc = nlp("It was mentioned in the memo.")
    assert passive_topic(doc, next(t for t in doc if t.text == "mentioned")) is None


def test_agentless_mention_reports_its_subject_with_no_holder(attributed):
    found = attributed("No other companies were mentioned in the report.").statements
    assert [(s.cue, s.speaker, s.text) for s in found] == [
        ("mentioned", None, "No other companies")
    ]


def test_a_sentence_that_is_only_a_gerund_reports_for_no_one(attributed):
    found = attributed("Warning that the deal could collapse.").statements
    assert [(s.cue, s.speaker, s.text) for s in found] == [
        ("Warning", None, "that the deal could collapse")
    ]
    found = attributed("Praising the mayor's record on housing.").statements
    assert [(s.cue, s.speaker, s.text) for s in found] == [
        ("Praising", None, "the mayor's record on housing")
    ]


def test_a_gerund_with_a_subject_is_no_fragment(nlp):
    doc = nlp("The board is warning that the deal could collapse.")
    assert not gerund_fragment(next(t for t in doc if t.text == "warning"))


def test_reported_is_a_verb_whose_passive_subject_is_the_topic(nlp):
    doc = nlp("Three new cases were reported in the region.")
    start, end = passive_topic(doc, next(t for t in doc if t.text == "reported"))
    assert doc[start:end].text == "Three new cases"


def test_a_passive_sharing_its_subject_reports_only_its_preposition(attributed):
    found = attributed(
        "She coached the team and was known as one of the best players in the league."
    ).statements
    assert [(s.cue, s.speaker, s.text) for s in found] == [
        ("known", None, "one of the best players in the league")
    ]


def test_an_event_said_to_have_gone_unreported_reports_nothing(nlp):
    for text in ["No injuries were reported after the storm.", "The leak was not reported."]:
        doc = nlp(text)
        assert passive_topic(doc, next(t for t in doc if t.text == "reported")) is None


def test_as_noted_above_is_no_report_of_the_clause_subject(attributed):
    found = attributed("The council approved the budget last week, as noted above.").statements
    assert [(s.cue, s.speaker) for s in found if s.speaker is not None] == []


def test_as_passive_needs_no_subject_or_agent(nlp):
    doc = nlp("The council approved the budget last week, as noted above.")
    assert as_passive(next(t for t in doc if t.text == "noted"))


def test_reduced_passive_after_when_has_no_named_speaker(attributed):
    found = attributed("The coach remains stubborn, especially when advised to rest his players.")
    assert [(s.cue, s.speaker, s.text) for s in found.statements] == [
        ("advised", None, "to rest his players")
    ]


def test_reduced_passive_needs_when_or_if(nlp):
    doc = nlp("The coach, advised by doctors, rested his players.")
    assert not reduced_passive(next(t for t in doc if t.text == "advised"))


def test_passive_preposition_naming_a_time_states_no_stance(nlp):
    doc = nlp("They were originally planned for April 28.")
    verb = next(t for t in doc if t.tag_ == "VBN")
    assert passive_stance(doc, verb) is None
    doc = nlp("She is known for her candour.")
    verb = next(t for t in doc if t.tag_ == "VBN")
    assert passive_stance(doc, verb) is not None


def test_a_question_joined_to_what_was_asked_about_is_asked_too(contents):
    text = "She was asked about the wave of strikes and whether she would support more of them."
    assert contents(text) == [
        ("asked", "the wave of strikes and whether she would support more of them"),
    ]
