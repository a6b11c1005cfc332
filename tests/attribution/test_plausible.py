import pytest

from foretold.attribution.cue import char_range
from foretold.attribution.plausible import plausible_cues
from foretold.attribution.statements import Cue


def test_writing_a_thing_is_no_attribution(cue_words):
    assert "wrote" not in cue_words("Last week the mayor wrote a long letter to the council.")


def test_writing_what_was_said_stays(cue_words):
    assert "wrote" in cue_words("Last week the mayor wrote that the council had failed.")


def test_first_person_perceiving_is_narration(cue_words):
    assert cue_words("On the way home I noticed a sign on the fence by the road.") == []


def test_reflexive_object_is_no_attribution(cue_words):
    assert cue_words("The two rivals mocked each other at the dinner.") == []


def test_reflexive_found_in_a_place_is_no_attribution(cue_words):
    assert "found" not in cue_words("After the storm the farmer found himself in a shelter.")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator often calls herself conservative on spending.", "herself conservative"),
        (
            "Most of the new members identify themselves as independents.",
            "themselves as independents",
        ),
    ],
)
def test_reflexive_with_a_predicate_is_a_self_description(contents, text, content):
    assert any(words.startswith(content) for _, words in contents(text))


def test_markup_remnant_is_no_attribution(cue_words):
    text = '<post id="12" author="@someone">The budget was not approved, officials said.'
    assert cue_words(text) == []


def test_audience_addressed_is_no_attribution(cue_words):
    assert "address" not in cue_words("The governor will address the union convention on Monday.")


def test_question_addressed_stays(cue_words):
    text = "The governor addressed how the new budget would pay for the schools."
    assert "addressed" in cue_words(text)


def test_subject_taught_is_no_attribution(cue_words):
    assert "teaches" not in cue_words("Her brother teaches history at a small college.")


def test_topic_focused_on_is_no_attribution(cue_words):
    text = "The mayor's long speech focused on road repairs and bus fares."
    assert "focused" not in cue_words(text)


def test_topic_a_person_focused_on_stays(cue_words):
    text = "In the debate, Maria Lopez focused on road repairs and bus fares."
    assert "focused" in cue_words(text)


def test_topic_learned_about_is_no_attribution(cue_words):
    text = "The more the voters learn about the new candidate, the less they trust him."
    assert "learn" not in cue_words(text)


def test_thing_noticed_is_no_attribution(cue_words):
    assert "noticing" not in cue_words("Across the state, farmers are noticing the new senator.")


def test_clause_learned_stays(cue_words):
    text = "The board learned that the new school would open two years late."
    assert "learned" in cue_words(text)


def test_person_finding_a_thing_is_no_attribution(cue_words):
    assert "found" not in cue_words("After a long search, Maria Lopez found a new apartment.")


def test_a_kind_of_surgeon_is_a_speaker_not_a_thing(cue_words):
    assert "addressed" in cue_words("The retired neurosurgeon addressed her concerns at length.")


def test_a_person_finding_someone_of_a_quality_judges_them(cue_words):
    assert "found" in cue_words("They found Ann Lee credible.")


def test_a_person_finding_someone_in_a_state_is_no_attribution(cue_words):
    assert cue_words("They found Ann Lee alive near the ridge.") == []
    assert cue_words("He found the door open when he came home.") == []


def test_survey_finding_stays(cue_words):
    assert "found" in cue_words("A new survey found that most farmers oppose the tariff.")


def test_page_markup_in_the_sentence_is_no_attribution(cue_words):
    text = (
        '<post id="7" author="@someone">The mayor promises to fix the roads https://x.co/a</post>.'
    )
    assert "promises" not in cue_words(text)


def test_participle_naming_its_noun_is_no_attribution(cue_words):
    text = "The council met after the budget figures reported by the auditor last week."
    assert "reported" not in cue_words(text)


def test_participle_of_a_stance_toward_its_noun_stays(attributed):
    found = attributed("The bill, opposed by the unions, never became law.").statements
    assert [(s.cue, s.text) for s in found] == [("opposed", "The bill")]
    assert found[0].speaker_mention is not None
    assert found[0].speaker_mention.text == "the unions"


def test_topic_of_a_noun_of_words_is_no_attribution(cue_words):
    text = "Listen to the senator's remarks on the farm bill below."
    assert "remarks" not in cue_words(text)


def test_fixed_opening_phrase_is_no_attribution(cue_words):
    text = "That said, the new bridge will cost far more than the old one."
    assert "said" not in cue_words(text)


def test_question_put_to_you_is_no_attribution(cue_words):
    assert "support" not in cue_words("Do you support the new mayor?")


def test_words_for_a_person_stay(cue_words):
    assert "words" in cue_words("His words for the mayor were harsh.")


def test_clause_before_a_verb_outside_the_lexicon_is_no_attribution(cue_words):
    assert cue_words("Prices rose sharply last year, so they sold the farm.") == []


def test_clause_before_a_cue_across_a_semicolon_is_no_attribution(cue_words):
    text = "Sales fell in the spring; the company hopes for a better winter."
    assert "hopes" not in cue_words(text)


def test_clause_before_a_cue_after_a_comma_stays(cue_words):
    assert "said" in cue_words("The plan will fail, she said.")


def test_thing_kept_up_is_no_attribution(cue_words):
    assert "continued" not in cue_words("The senator continued her campaign in Ohio on Monday.")


def test_a_noun_object_kept_up_is_no_attribution_even_with_a_verb_inside(cue_words):
    text = "The shares rose on Friday, continuing their run of having gained every week."
    assert "continuing" not in cue_words(text)
    assert "continued" in cue_words("She continued that the plan had failed.")


def test_quotation_continued_stays(cue_words):
    assert "continued" in cue_words('"We will win the state," she continued.')


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


def test_a_source_that_is_a_relative_pronoun_is_no_attribution(cue_words):
    text = "The two towns signed a pact, according to which the river belongs to both of them."
    assert "according to" not in cue_words(text)


def test_a_duty_to_speak_is_no_attribution(cue_words):
    assert cue_words("The mayor will have to explain the new budget to the council.") == []
    assert cue_words("Members were spared from having to answer the question.") == []


def test_a_past_had_to_speak_tells_of_a_thing_done(cue_words):
    text = "The clerk had to explain to the judge that the files were lost."
    assert "explain" in cue_words(text)
    assert cue_words("The clerk would have had to explain it to the judge.") == []


def test_a_perfect_had_to_speak_tells_of_a_thing_done(cue_words):
    text = "The governor has also had to repudiate parts of her old housing plan."
    assert "repudiate" in cue_words(text)


def test_a_bidding_to_speak_is_no_attribution(cue_words):
    text = "The synod passed a rule mandating priests and deacons to report abuse to the bishops."
    assert "report" not in cue_words(text)
    assert "report" not in cue_words("A new law requires lenders to report their losses.")


def test_a_report_after_a_bidding_is_kept(cue_words):
    text = "After the court ordered it, the firm reported that its losses had doubled."
    assert "reported" in cue_words(text)


def test_what_is_yet_to_be_said_stays(cue_words):
    assert "address" in cue_words("The mayor has yet to address how the budget will be paid.")


def test_first_person_doing_a_thing_is_narration(cue_words):
    assert cue_words("Last summer we read the reports and I visited the mill.") == []


def test_an_act_on_a_thing_is_no_attribution(cue_words):
    assert cue_words("On Friday the senate confirmed her nomination to the bench.") == []
    assert cue_words("The town celebrated the fiftieth anniversary of its founding.") == []


def test_an_act_on_something_said_stays(cue_words):
    assert "issued" in cue_words("The weather service issued a warning for the coast.")
    assert "confirmed" in cue_words("The ministry confirmed that the bridge had collapsed.")


def test_a_person_listing_things_names_them_in_words(cue_words):
    assert "listed" in cue_words("At the rally the mayor angrily listed her achievements.")
    assert "listed" in cue_words("He also listed the failures of the old council.")


def test_a_firm_listing_its_shares_is_no_attribution(cue_words):
    assert cue_words("Last year the firm listed its shares on the exchange.") == []


def test_an_event_lived_through_is_no_view(cue_words):
    assert cue_words("Local banks saw shares fall sharply on Tuesday.") == []
    assert cue_words("European markets saw a steep fall on Monday.") == []


def test_a_view_seen_stays(cue_words):
    assert "sees" in cue_words("The senator sees parallels between the two crises.")


def test_a_verdict_is_no_attribution(cue_words):
    assert cue_words("The driver was found guilty on all counts.") == []
    assert cue_words("The new mayor was sworn in on Monday.") == []


def test_a_state_found_in_is_no_attribution(cue_words):
    assert cue_words("All but one of the victims were found dismembered in a shed.") == []
    assert cue_words("The guard was found stabbed in his cell.") == []


def test_looking_to_see_is_no_attribution(cue_words):
    assert "see" not in cue_words("The engineers waited to see whether the dam would hold.")


def test_seeing_still_to_come_is_no_attribution(cue_words):
    text = "The team is going ahead to the next race and will see what happens."
    assert "see" not in cue_words(text)


def test_seeing_what_happened_stays(cue_words):
    assert "saw" in cue_words("The mayor saw what happened at the plant on Monday.")


def test_seeing_to_come_with_a_that_clause_stays(cue_words):
    assert "see" in cue_words("Voters will see that the mayor kept his word.")


def test_a_what_clause_after_a_preposition_names_a_thing(cue_words):
    text = "The strike was an example of what the union envisions for the sector."
    assert "envisions" not in cue_words(text)


def test_a_plan_for_a_thing_has_no_content(cue_words):
    assert "plan" not in cue_words("The minister presented his plan for the railways.")


def test_week_seeing_an_event_is_no_attribution(cue_words):
    text = "The following election saw a large victory for the ruling party."
    assert "saw" not in cue_words(text)


def test_infinitive_of_purpose_with_an_object_is_no_attribution(cue_words):
    text = "Divers searched the lake for two days in an effort to find the missing boat."
    assert "find" not in cue_words(text)


def test_forecast_aimed_at_in_an_infinitive_of_purpose_is_no_attribution(cue_words):
    text = "She later joined a team that built models to predict storm surges along the coast."
    assert "predict" not in cue_words(text)


def test_forecast_made_stays(cue_words):
    text = "The weather office predicted storm surges along the coast on Friday."
    assert "predicted" in cue_words(text)


def test_infinitive_of_purpose_with_a_clause_stays(cue_words):
    text = "The inspectors checked the dam again to show that it was safe."
    assert "show" in cue_words(text)


def test_office_sought_is_no_attribution(cue_words):
    text = "The former governor is seeking the party's nomination for the Senate."
    assert "seeking" not in cue_words(text)


def test_a_penalty_sought_in_court_is_no_attribution(cue_words):
    text = "The lawyers argued the case for weeks while prosecutors sought a sentence of ten years."
    assert "sought" not in cue_words(text)


def test_a_manner_taken_on_is_no_attribution(cue_words):
    text = "Ahead of the vote, the senator assumed the governor's combative style, mocking rivals."
    assert "assumed" not in cue_words(text)
    assert "assumed" in cue_words("The senator assumed that the governor would win the vote.")


def test_deed_ordered_is_no_attribution(cue_words):
    text = "The appeals court ordered a new trial for the two men."
    assert "ordered" not in cue_words(text)


def test_clause_ordered_stays(cue_words):
    text = "The judge ordered that the two men remain in custody until April."
    assert "ordered" in cue_words(text)


def test_thing_posted_in_a_passive_is_no_attribution(cue_words):
    text = "The new limits were posted as notices on the shop doors."
    assert "posted" not in cue_words(text)


def test_lives_claimed_are_no_attribution(cue_words):
    text = "The flood destroyed two bridges and claimed about forty lives."
    assert "claimed" not in cue_words(text)


def test_thing_shown_off_is_no_attribution(cue_words):
    text = "At the launch the chief executive showed off the new folding screen."
    assert "showed" not in cue_words(text)


def test_thing_added_is_no_attribution(cue_words):
    text = "The latest update adds a dark mode to the older phones."
    assert "adds" not in cue_words(text)


def test_feature_of_backing_added_is_no_attribution(cue_words):
    text = "The new release adds support for cloud backups, which users had long wanted."
    assert "adds" not in cue_words(text)


def test_support_added_by_its_holder_stays(cue_words):
    text = "The governor added her support for the school budget on Friday."
    assert "added" in cue_words(text)


def test_what_someone_has_seen_is_no_attribution(cue_words):
    assert cue_words("The two engineers who have seen the drawings left the firm.") == []
    assert cue_words("The mayor has seen her support shrink since the spring.") == []


def test_a_view_held_in_the_perfect_stays(cue_words):
    assert "seen" in cue_words("The mayor has seen the new plan as a test of her term.")
    assert "seen" in cue_words("The minister has seen that the old rules failed.")


def test_seeing_after_a_preposition_is_no_attribution(cue_words):
    text = "After seeing the flood warnings, the farmers moved their herds."
    assert cue_words(text) == []


def test_a_forecast_seen_stays(cue_words):
    assert "see" in cue_words("The economists see a recession next year.")
    assert "sees" in cue_words("The bank sees rates rising by the summer.")


def test_moving_to_act_with_no_act_is_no_attribution(cue_words):
    assert cue_words("Then a young rival began to challenge her in Ohio.") == []
    assert cue_words("The low price ended up encouraging its overuse by the farmers.") == []


def test_moving_to_act_with_an_act_stays(cue_words):
    assert "encouraged" in cue_words("The mayor encouraged the farmers to sell their herds.")
    text = "The mayor challenged her rival to a debate on the budget."
    assert "challenged" in cue_words(text)


def test_a_rival_challenged_for_an_office_is_no_attribution(cue_words):
    text = "Hale entered politics when he challenged Governor Ann Marsh for the party's nomination."
    assert "challenged" not in cue_words(text)


def test_a_rival_challenged_for_his_words_stays(cue_words):
    assert "challenged" in cue_words("She challenged the mayor for his remarks on housing.")


def test_a_person_finding_a_thing_with_a_clause_is_no_attribution(cue_words):
    assert cue_words("Young farmers often cannot find jobs that pay well in the valley.") == []
    assert cue_words("The mayor found a way to pay for the new bridge.") == []


def test_answering_only_a_message_is_no_attribution(cue_words):
    assert cue_words("The mayor was responding to a letter from the farmers' union.") == []
    text = "Responding to the criticism, the mayor said the bridge was safe."
    assert cue_words(text) == ["said"]


def test_an_answer_denied_or_given_stays(cue_words):
    assert "respond" in cue_words("The firm did not respond to a request for comment.")
    assert "responded" in cue_words("The mayor responded that the bridge was safe.")


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


def test_a_deal_called_off_is_no_attribution(cue_words):
    text = "The two banks called off their planned merger after the new rules."
    assert "called" not in cue_words(text)


def test_a_phone_call_is_no_attribution(cue_words):
    text = "She called the senator to thank him for his support."
    assert "called" not in cue_words(text)


def test_a_call_on_someone_to_act_stays(cue_words):
    text = "The governor called on her rival to resign from the board."
    assert "called" in cue_words(text)


def test_thing_observed_is_no_attribution(cue_words):
    text = "The team has been observing the comet since early March."
    assert "observing" not in cue_words(text)


def test_observing_that_stays(cue_words):
    text = "The team observed that the comet had grown dimmer."
    assert "observed" in cue_words(text)


def test_product_demonstrated_is_no_attribution(cue_words):
    text = "At the fair the company demonstrated its new electric tractor."
    assert "demonstrated" not in cue_words(text)


def test_product_demonstrated_with_a_quoted_term_is_no_attribution(cue_words):
    text = 'At the stall, Mira was demonstrating small lamps that can be worn as "halos" at night.'
    assert "demonstrating" not in cue_words(text)
    text = 'The engineer demonstrated that the lamps "never overheat" at night.'
    assert "demonstrated" in cue_words(text)


def test_meeting_to_discuss_a_topic_is_no_attribution(cue_words):
    text = "The council will meet on Monday to discuss the new parking rules."
    assert "discuss" not in cue_words(text)


def test_event_seen_as_a_done_deed_is_no_attribution(cue_words):
    assert "see" not in cue_words("The agreement will see new trains delivered to three cities.")
    text = "The storm came during the wet season, which saw a sharp rise in river levels."
    assert "saw" not in cue_words(text)


def test_view_seen_stays(cue_words):
    assert "sees" in cue_words("The minister sees that the plan has failed.")


def test_bracketed_pointer_to_an_example_reports_nothing(cue_words):
    text = "She was known for her charm, not for her policy (think Ann Lee and Tom Cole)."
    assert "think" not in cue_words(text)
    assert "think" in cue_words("Ann Lee and Tom Cole think the plan will fail.")


def test_moving_oneself_to_act_is_no_attribution(cue_words):
    text = "The young coder challenged himself to build a chess engine from scratch."
    assert "challenged" not in cue_words(text)


def test_pushing_a_thing_to_a_level_is_no_attribution(cue_words):
    text = "The heavy selling pushed the main index to its lowest level in two years."
    assert "pushed" not in cue_words(text)


def test_pushing_someone_to_act_stays(cue_words):
    assert "pushed" in cue_words("Party leaders pushed the senator to resign.")


def test_clause_after_a_passive_thing_is_not_its_content(cue_words):
    assert "announced" not in cue_words("After the merger was announced the shares climbed.")


def test_clause_after_a_passive_of_telling_stays(cue_words):
    assert "told" in cue_words("Reporters were told the bridge would stay closed.")


def test_people_sought_are_no_attribution(cue_words):
    text = "The two founders have been seeking investors for their bakery chain."
    assert "seeking" not in cue_words(text)


def test_apology_sought_stays(cue_words):
    text = "The farmers sought an apology from the water board over the outage."
    assert "sought" in cue_words(text)


def test_money_spent_on_a_deed_is_no_attribution(cue_words):
    text = "A group of ranchers spent $40,000 to back the sheriff in the race."
    assert "back" not in cue_words(text)


def test_backing_without_money_stays(cue_words):
    text = "A group of ranchers backed the sheriff in the race."
    assert "backed" in cue_words(text)


def test_talk_sought_in_a_purpose_infinitive_is_no_attribution(cue_words):
    text = "The reporter phoned the harbour master to discuss the dredging plan."
    assert "discuss" not in cue_words(text)


def test_talk_scheduled_is_no_attribution(cue_words):
    text = "The parish council is scheduled to discuss the dredging plan on Monday."
    assert "discuss" not in cue_words(text)


def test_talk_held_stays(cue_words):
    text = "The harbour master discussed the dredging plan at length."
    assert "discussed" in cue_words(text)


def test_one_of_the_courses_taught_is_no_report(cue_words):
    text = "For years he taught one of the school's most sought-after courses, Modern Poetry."
    assert "taught" not in cue_words(text)


def test_criticism_addressed_is_no_report(cue_words):
    text = (
        "The chief also addressed — albeit obliquely — criticism the network has received over "
        "the amount of airtime it has given the mayor."
    )
    assert "addressed" not in cue_words(text)


def test_comments_on_a_topic_with_a_gerund_are_no_report(cue_words):
    text = (
        "This post was updated to include the mayor's comments on the fund, market competition "
        "and her consideration of running for office."
    )
    assert "comments" not in cue_words(text)


def test_comments_on_how_stay(cue_words):
    text = "The post now includes her comments on how the fund would run."
    assert "comments" in cue_words(text)


def test_person_tagged_as_firm_finding_an_audience_is_no_finding(cue_words):
    text = (
        "Rebecca Ford spoke first. But in Ohio, even more so than in Iowa, Ford found a "
        "receptive audience for her message."
    )
    assert "found" not in cue_words(text)


def test_finding_with_a_clause_stays(cue_words):
    assert "found" in cue_words("The Ford plant closed. Ford found that sales fell.")


def test_stance_participle_keeps_the_topic_it_is_about(attributed):
    text = "The mayor was miffed over the council\u2019s vote on the budget."
    found = attributed(text).statements
    assert [(s.cue, s.text) for s in found] == [("miffed", "the council\u2019s vote on the budget")]
    assert found[0].speaker_mention is not None
    assert found[0].speaker_mention.text == "The mayor"


def test_thing_that_moves_others_to_act_is_a_cause(cue_words):
    assert "pushed" not in cue_words("The new car pushed rival carmakers to follow suit.")
    assert "pressured" not in cue_words("The drought pressured farmers to sell their land.")


def test_group_that_moves_others_to_act_stays(cue_words):
    assert "pushed" in cue_words("The union pushed its members to strike in June.")


def test_passive_in_a_condition_is_no_report(cue_words):
    text = (
        "The letter if written by the driver could help the state's case:"
        " \u201cIt shows a plan to cause harm.\u201d"
    )
    assert "written" not in cue_words(text)
    text = "The lawyer said the note if written by the driver could help the case."
    assert cue_words(text) == ["said"]


def test_a_naming_verb_that_gives_no_name_names_nothing(cue_words):
    text = "She got the part years later, when Nordmedia dubbed the first two seasons of the show."
    assert "dubbed" not in cue_words(text)
    assert cue_words("He branded the cattle before dawn.") == []
    assert "dubbed" in cue_words('Fans soon dubbed the phone "the brick".')
    assert "labeled" in cue_words("The government labeled the group as a terrorist outfit.")


def test_allegations_addressed_are_answered_in_words(contents):
    text = "The senator addressed the allegations in a radio interview on Monday."
    assert ("addressed", "the allegations") in contents(text)


def test_issue_addressed_is_no_report(cue_words):
    assert "addressed" not in cue_words("The senator addressed the issue at a town hall on Monday.")


def test_thing_wanted_as_a_pronoun_is_no_attribution(cue_words):
    text = "The new service sells short videos, and viewers want it so badly that they pay."
    assert "want" not in cue_words(text)


def test_state_wanted_stays(cue_words):
    text = "The council members want the old bridge closed before the winter."
    assert "want" in cue_words(text)


def test_view_of_a_person_is_no_attribution(cue_words):
    text = "Voters are divided in their opinions of Lee, and most have a dim view of Ann Cole."
    assert cue_words(text) == []


def test_view_of_a_pronoun_person_is_no_attribution(cue_words):
    assert "view" not in cue_words("Most voters have an unfavorable view of him.")


def test_view_of_a_thing_stays(cue_words):
    assert "view" in cue_words("Most voters have a dim view of the new toll plan.")


@pytest.mark.parametrize(
    "text",
    [
        "A week later, the governor called Maria Ostrova.",
        "The senator called both candidates on Tuesday night and met them on Friday.",
        "Each campaign sent hundreds of volunteers to call voters and knock on doors.",
    ],
)
def test_call_placed_to_a_person_is_no_report(cue_words, text):
    assert not {"called", "call"} & set(cue_words(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The governor called Maria Ostrova a liar.", "called"),
        ("The senator called out the mayor over the budget.", "called"),
        ("The union called for new talks with the owners.", "called"),
    ],
)
def test_call_that_names_or_demands_stays(cue_words, text, cue):
    assert cue in cue_words(text)


def test_numbered_name_put_on_show_is_no_attribution(cue_words):
    text = "Apple also demonstrated iOS 5, a new version of the system that powers phones."
    assert "demonstrated" not in cue_words(text)


def test_means_used_to_identify_is_no_attribution(cue_words):
    text = "The geologists used drones to identify places where the ice had melted."
    assert "identify" not in cue_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master appeared before reporters to discuss the dredging plan.",
        "The novelist visited a radio studio on Friday to discuss her latest book.",
    ],
)
def test_talk_at_an_appearance_is_held(cue_words, text):
    assert "discuss" in cue_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "After the loss, the Green Party evaluated what went wrong and chose a new leader.",
        "The Green Party has never reconciled who its voters are.",
        "Acme Corp audited how the funds were spent.",
    ],
)
def test_unknown_verb_with_wh_clause_is_no_report(contents, text):
    assert contents(text) == []


def test_unknown_verb_asking_whether_stays(contents):
    text = "The Green Party queried whether the count was fair."
    assert ("queried", "whether the count was fair") in contents(text)
