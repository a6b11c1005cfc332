from foretold.attribution import attribute
from foretold.attribution.cue import char_range
from foretold.attribution.plausible import plausible_cues
from foretold.attribution.statements import Cue
from foretold.ingest.article import make_article


def _cues(nlp, text):
    article = make_article(text, language="en")
    return [s.cue for s in attribute(nlp(article.text), article).statements]


def test_writing_a_thing_is_no_attribution(nlp):
    assert "wrote" not in _cues(nlp, "Last week the mayor wrote a long letter to the council.")


def test_writing_what_was_said_stays(nlp):
    assert "wrote" in _cues(nlp, "Last week the mayor wrote that the council had failed.")


def test_first_person_perceiving_is_narration(nlp):
    assert _cues(nlp, "On the way home I noticed a sign on the fence by the road.") == []


def test_reflexive_object_is_no_attribution(nlp):
    assert _cues(nlp, "The two rivals mocked each other at the dinner.") == []


def test_markup_remnant_is_no_attribution(nlp):
    text = '<post id="12" author="@someone">The budget was not approved, officials said.'
    assert _cues(nlp, text) == []


def test_audience_addressed_is_no_attribution(nlp):
    assert "address" not in _cues(nlp, "The governor will address the union convention on Monday.")


def test_question_addressed_stays(nlp):
    text = "The governor addressed how the new budget would pay for the schools."
    assert "addressed" in _cues(nlp, text)


def test_subject_taught_is_no_attribution(nlp):
    assert "teaches" not in _cues(nlp, "Her brother teaches history at a small college.")


def test_topic_focused_on_is_no_attribution(nlp):
    text = "The mayor's long speech focused on road repairs and bus fares."
    assert "focused" not in _cues(nlp, text)


def test_topic_a_person_focused_on_stays(nlp):
    text = "In the debate, Maria Lopez focused on road repairs and bus fares."
    assert "focused" in _cues(nlp, text)


def test_topic_learned_about_is_no_attribution(nlp):
    text = "The more the voters learn about the new candidate, the less they trust him."
    assert "learn" not in _cues(nlp, text)


def test_thing_noticed_is_no_attribution(nlp):
    assert "noticing" not in _cues(nlp, "Across the state, farmers are noticing the new senator.")


def test_clause_learned_stays(nlp):
    text = "The board learned that the new school would open two years late."
    assert "learned" in _cues(nlp, text)


def test_person_finding_a_thing_is_no_attribution(nlp):
    assert "found" not in _cues(nlp, "After a long search, Maria Lopez found a new apartment.")


def test_survey_finding_stays(nlp):
    assert "found" in _cues(nlp, "A new survey found that most farmers oppose the tariff.")


def test_page_markup_in_the_sentence_is_no_attribution(nlp):
    text = (
        '<post id="7" author="@someone">The mayor promises to fix the roads https://x.co/a</post>.'
    )
    assert "promises" not in _cues(nlp, text)


def test_participle_naming_its_noun_is_no_attribution(nlp):
    text = "The council met after the budget figures reported by the auditor last week."
    assert "reported" not in _cues(nlp, text)


def test_topic_of_a_noun_of_words_is_no_attribution(nlp):
    text = "Listen to the senator's remarks on the farm bill below."
    assert "remarks" not in _cues(nlp, text)


def test_fixed_opening_phrase_is_no_attribution(nlp):
    text = "That said, the new bridge will cost far more than the old one."
    assert "said" not in _cues(nlp, text)


def test_question_put_to_you_is_no_attribution(nlp):
    assert "support" not in _cues(nlp, "Do you support the new mayor?")


def test_words_for_a_person_stay(nlp):
    assert "words" in _cues(nlp, "His words for the mayor were harsh.")


def test_clause_before_a_verb_outside_the_lexicon_is_no_attribution(nlp):
    assert _cues(nlp, "Prices rose sharply last year, so they sold the farm.") == []


def test_clause_before_a_cue_across_a_semicolon_is_no_attribution(nlp):
    text = "Sales fell in the spring; the company hopes for a better winter."
    assert "hopes" not in _cues(nlp, text)


def test_clause_before_a_cue_after_a_comma_stays(nlp):
    assert "said" in _cues(nlp, "The plan will fail, she said.")


def test_thing_kept_up_is_no_attribution(nlp):
    assert "continued" not in _cues(nlp, "The senator continued her campaign in Ohio on Monday.")


def test_a_noun_object_kept_up_is_no_attribution_even_with_a_verb_inside(nlp):
    text = "The shares rose on Friday, continuing their run of having gained every week."
    assert "continuing" not in _cues(nlp, text)
    assert "continued" in _cues(nlp, "She continued that the plan had failed.")


def test_quotation_continued_stays(nlp):
    assert "continued" in _cues(nlp, '"We will win the state," she continued.')


def _cue_on(nlp, text, verb, content):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    start = text.index(content)
    span = doc.char_span(start, start + len(content))
    return Cue(token, token.text, None, [char_range(doc, span.start, span.end)])


def test_verb_outside_the_lexicon_needs_a_clause_with_a_subject(nlp):
    text = "Lee sold the farm to the bank."
    assert plausible_cues([_cue_on(nlp, text, "sold", "the farm")], text) == []
    text = "Lee figured they had erred."
    assert plausible_cues([_cue_on(nlp, text, "figured", "they had erred")], text) != []


def test_a_source_that_is_a_relative_pronoun_is_no_attribution(nlp):
    text = "The two towns signed a pact, according to which the river belongs to both of them."
    assert "according to" not in _cues(nlp, text)


def test_a_duty_to_speak_is_no_attribution(nlp):
    assert _cues(nlp, "The mayor will have to explain the new budget to the council.") == []
    assert _cues(nlp, "Members were spared from having to answer the question.") == []


def test_what_is_yet_to_be_said_stays(nlp):
    assert "address" in _cues(nlp, "The mayor has yet to address how the budget will be paid.")


def test_first_person_doing_a_thing_is_narration(nlp):
    assert _cues(nlp, "Last summer we read the reports and I visited the mill.") == []


def test_an_act_on_a_thing_is_no_attribution(nlp):
    assert _cues(nlp, "On Friday the senate confirmed her nomination to the bench.") == []
    assert _cues(nlp, "The town celebrated the fiftieth anniversary of its founding.") == []


def test_an_act_on_something_said_stays(nlp):
    assert "issued" in _cues(nlp, "The weather service issued a warning for the coast.")
    assert "confirmed" in _cues(nlp, "The ministry confirmed that the bridge had collapsed.")


def test_an_event_lived_through_is_no_view(nlp):
    assert _cues(nlp, "Local banks saw shares fall sharply on Tuesday.") == []
    assert _cues(nlp, "European markets saw a steep fall on Monday.") == []


def test_a_view_seen_stays(nlp):
    assert "sees" in _cues(nlp, "The senator sees parallels between the two crises.")


def test_a_verdict_is_no_attribution(nlp):
    assert _cues(nlp, "The driver was found guilty on all counts.") == []
    assert _cues(nlp, "The new mayor was sworn in on Monday.") == []


def test_looking_to_see_is_no_attribution(nlp):
    assert "see" not in _cues(nlp, "The engineers waited to see whether the dam would hold.")


def test_a_what_clause_after_a_preposition_names_a_thing(nlp):
    text = "The strike was an example of what the union envisions for the sector."
    assert "envisions" not in _cues(nlp, text)


def test_a_plan_for_a_thing_has_no_content(nlp):
    assert "plan" not in _cues(nlp, "The minister presented his plan for the railways.")


def test_week_seeing_an_event_is_no_attribution(nlp):
    text = "The following election saw a large victory for the ruling party."
    assert "saw" not in _cues(nlp, text)


def test_infinitive_of_purpose_with_an_object_is_no_attribution(nlp):
    text = "Divers searched the lake for two days in an effort to find the missing boat."
    assert "find" not in _cues(nlp, text)


def test_infinitive_of_purpose_with_a_clause_stays(nlp):
    text = "The inspectors checked the dam again to show that it was safe."
    assert "show" in _cues(nlp, text)


def test_office_sought_is_no_attribution(nlp):
    text = "The former governor is seeking the party's nomination for the Senate."
    assert "seeking" not in _cues(nlp, text)


def test_deed_ordered_is_no_attribution(nlp):
    text = "The appeals court ordered a new trial for the two men."
    assert "ordered" not in _cues(nlp, text)


def test_clause_ordered_stays(nlp):
    text = "The judge ordered that the two men remain in custody until April."
    assert "ordered" in _cues(nlp, text)


def test_thing_posted_in_a_passive_is_no_attribution(nlp):
    text = "The new limits were posted as notices on the shop doors."
    assert "posted" not in _cues(nlp, text)


def test_lives_claimed_are_no_attribution(nlp):
    text = "The flood destroyed two bridges and claimed about forty lives."
    assert "claimed" not in _cues(nlp, text)


def test_thing_shown_off_is_no_attribution(nlp):
    text = "At the launch the chief executive showed off the new folding screen."
    assert "showed" not in _cues(nlp, text)


def test_thing_added_is_no_attribution(nlp):
    text = "The latest update adds a dark mode to the older phones."
    assert "adds" not in _cues(nlp, text)


def test_what_someone_has_seen_is_no_attribution(nlp):
    assert _cues(nlp, "The two engineers who have seen the drawings left the firm.") == []
    assert _cues(nlp, "The mayor has seen her support shrink since the spring.") == []


def test_a_view_held_in_the_perfect_stays(nlp):
    assert "seen" in _cues(nlp, "The mayor has seen the new plan as a test of her term.")
    assert "seen" in _cues(nlp, "The minister has seen that the old rules failed.")


def test_seeing_after_a_preposition_is_no_attribution(nlp):
    text = "After seeing the flood warnings, the farmers moved their herds."
    assert _cues(nlp, text) == []


def test_a_forecast_seen_stays(nlp):
    assert "see" in _cues(nlp, "The economists see a recession next year.")
    assert "sees" in _cues(nlp, "The bank sees rates rising by the summer.")


def test_moving_to_act_with_no_act_is_no_attribution(nlp):
    assert _cues(nlp, "Then a young rival began to challenge her in Ohio.") == []
    assert _cues(nlp, "The low price ended up encouraging its overuse by the farmers.") == []


def test_moving_to_act_with_an_act_stays(nlp):
    assert "encouraged" in _cues(nlp, "The mayor encouraged the farmers to sell their herds.")
    text = "The mayor challenged her rival to a debate on the budget."
    assert "challenged" in _cues(nlp, text)


def test_a_person_finding_a_thing_with_a_clause_is_no_attribution(nlp):
    assert _cues(nlp, "Young farmers often cannot find jobs that pay well in the valley.") == []
    assert _cues(nlp, "The mayor found a way to pay for the new bridge.") == []


def test_answering_only_a_message_is_no_attribution(nlp):
    assert _cues(nlp, "The mayor was responding to a letter from the farmers' union.") == []
    text = "Responding to the criticism, the mayor said the bridge was safe."
    assert _cues(nlp, text) == ["said"]


def test_an_answer_denied_or_given_stays(nlp):
    assert "respond" in _cues(nlp, "The firm did not respond to a request for comment.")
    assert "responded" in _cues(nlp, "The mayor responded that the bridge was safe.")


def test_a_gerund_that_is_the_subject_of_an_it_clause_reports_nothing(attributed):
    assert attributed("It was a great pleasure discussing this with you.").statements == ()


def test_content_in_another_paragraph_is_no_attribution(nlp):
    text = "The senator admitted the loss.\n\nSince then the party has never lost the seat."
    cue = _cue_on(nlp, text, "admitted", "the party has never lost the seat")
    assert plausible_cues([cue], text) == []


def test_content_in_the_cue_paragraph_stays(nlp):
    text = "The senator admitted the party had lost the seat.\n\nIt was a hard night."
    cue = _cue_on(nlp, text, "admitted", "the party had lost the seat")
    assert plausible_cues([cue], text) != []


def test_a_deal_called_off_is_no_attribution(nlp):
    text = "The two banks called off their planned merger after the new rules."
    assert "called" not in _cues(nlp, text)


def test_a_phone_call_is_no_attribution(nlp):
    text = "She called the senator to thank him for his support."
    assert "called" not in _cues(nlp, text)


def test_a_call_on_someone_to_act_stays(nlp):
    text = "The governor called on her rival to resign from the board."
    assert "called" in _cues(nlp, text)


def test_thing_observed_is_no_attribution(nlp):
    text = "The team has been observing the comet since early March."
    assert "observing" not in _cues(nlp, text)


def test_observing_that_stays(nlp):
    text = "The team observed that the comet had grown dimmer."
    assert "observed" in _cues(nlp, text)


def test_product_demonstrated_is_no_attribution(nlp):
    text = "At the fair the company demonstrated its new electric tractor."
    assert "demonstrated" not in _cues(nlp, text)


def test_meeting_to_discuss_a_topic_is_no_attribution(nlp):
    text = "The council will meet on Monday to discuss the new parking rules."
    assert "discuss" not in _cues(nlp, text)


def test_event_seen_as_a_done_deed_is_no_attribution(nlp):
    assert "see" not in _cues(nlp, "The agreement will see new trains delivered to three cities.")
    text = "The storm came during the wet season, which saw a sharp rise in river levels."
    assert "saw" not in _cues(nlp, text)


def test_view_seen_stays(nlp):
    assert "sees" in _cues(nlp, "The minister sees that the plan has failed.")
