import pytest


def test_thing_meant_for_a_purpose_is_no_intention(cue_words):
    assert "intended" not in cue_words("The ferry service is intended to launch in May.")


def test_thing_due_to_happen_is_no_supposition(cue_words):
    text = "By now the talks are supposed to have produced a deal both sides can sign."
    assert "supposed" not in cue_words(text)


def test_person_supposing_stays(cue_words):
    assert "supposes" in cue_words("The chief supposes that the storm will miss the coast.")


def test_person_intending_stays(cue_words):
    assert "intends" in cue_words("The mayor intends to run for a second term next year.")


def test_permission_is_no_report(cue_words):
    text = "The new update will allow farmers to share their harvest records online."
    assert "allow" not in cue_words(text)


def test_quality_shown_is_no_finding(cue_words):
    text = "One experimental vaccine, Varix, initially showed promise in the trials."
    assert "showed" not in cue_words(text)


def test_poll_showing_a_lead_stays(cue_words):
    assert "showed" in cue_words("A new poll showed that the mayor was ahead by ten points.")


@pytest.mark.parametrize(
    "text",
    [
        "The defendant showed no remorse during the hearing in March.",
        "The young pilot showed great composure during the landing.",
        "At the shelter the governor showed flashes of compassion for the families.",
    ],
)
def test_feeling_shown_in_conduct_is_no_report(cue_words, text):
    assert not {"showed", "shown"} & set(cue_words(text))


def test_respect_shown_for_someone_stays(cue_words):
    text = "The senator shows no respect for the other members of the panel."
    assert "shows" in cue_words(text)


def test_study_showing_a_clause_stays(cue_words):
    text = "The study showed that remorse fades with time."
    assert "showed" in cue_words(text)


def test_thing_weighed_is_no_view(cue_words):
    text = "Two local senators are both reportedly considering runs."
    assert "considering" not in cue_words(text)


def test_view_held_as_stays(cue_words):
    text = "Most engineers consider the new design of the bridge as unsafe."
    assert "consider" in cue_words(text)


def test_thing_known_of_is_no_belief(cue_words):
    text = "Harlan, who runs a bakery in town, may not even be aware of the award."
    assert "aware" not in cue_words(text)


def test_price_asked_is_no_accusation(cue_words):
    text = "The ferry line will charge an added fee for taking a car to the island."
    assert "charge" not in cue_words(text)


def test_charge_with_a_crime_stays(cue_words):
    text = "Prosecutors charged that the mayor had lied to the council about the budget."
    assert "charged" in cue_words(text)


def test_risk_posed_by_a_thing_is_no_threat(cue_words):
    text = "The long drought threatens the wheat harvest across the valley."
    assert "threatens" not in cue_words(text)


def test_threat_made_by_people_stays(cue_words):
    text = "Local ranchers threatened to sue the county over the new fees."
    assert "threatened" in cue_words(text)


def test_risk_posed_by_that_is_no_threat(cue_words):
    text = "Rents rose again in March. That threatened to push many families out of town."
    assert "threatened" not in cue_words(text)


def test_threat_made_by_a_union_stays(cue_words):
    text = "The dockworkers' union threatened to strike if the port cut wages."
    assert "threatened" in cue_words(text)


def test_gain_held_out_by_a_thing_is_no_pledge(cue_words):
    text = "The jet promises increased fuel efficiency as it is built out of carbon composites."
    assert "promises" not in cue_words(text)


def test_pledge_made_by_a_mayor_stays(cue_words):
    text = "The mayor promised lower fares for the new ferry line."
    assert "promised" in cue_words(text)


def test_showing_up_is_no_impression(cue_words):
    text = "The mayor appeared on a morning radio show on Sunday."
    assert "appeared" not in cue_words(text)


def test_impression_of_appear_stays(cue_words):
    text = "The new ferry schedule appears to have cut waiting times by half."
    assert "appears" in cue_words(text)


def test_thing_withheld_is_no_denial(cue_words):
    text = "The council has repeatedly denied funding for the new bridge over the river."
    assert "denied" not in cue_words(text)


def test_denied_report_stays(cue_words):
    text = "The bakery chain denied the report, saying its sales had grown this year."
    assert "denied" in cue_words(text)


def test_habit_of_a_kind_is_no_belief(cue_words):
    text = "The heron is the only bird known to eat the river's young eels."
    assert "known" not in cue_words(text)


def test_state_found_out_is_no_resolve(cue_words):
    text = "Lena Ruiz fell ill in May. She was later determined to have a fractured hip."
    assert "determined" not in cue_words(text)


def test_cause_found_out_is_no_resolve(cue_words):
    text = "The barn fire was determined to have started in a faulty heater."
    assert "determined" not in cue_words(text)


def test_resolve_stays(cue_words):
    text = "The young mayor was determined to win the vote in the spring."
    assert "determined" in cue_words(text)


def test_thing_sought_is_no_finding(cue_words):
    text = "The Green Party is to find a new leader after the vote in the north."
    assert "find" not in cue_words(text)


def test_finding_of_an_inquiry_stays(cue_words):
    text = "The panel will meet again to find whether the dam had failed."
    assert "find" in cue_words(text)


def test_emergency_answered_is_no_reply(cue_words):
    text = "Firefighters were answering a call about a burning barn when the truck overturned."
    assert "answering" not in cue_words(text)


def test_crew_responding_to_a_fire_is_no_reply(cue_words):
    text = "The fire engine crashed while the crew was responding to a grass fire."
    assert "responding" not in cue_words(text)


def test_a_door_or_a_phone_answered_is_no_reply(cue_words):
    text = "Volunteers visited Ann Lee, who answered her door on Sunday and said she would vote."
    assert cue_words(text) == ["said"]
    assert cue_words("Nobody answered the phone at the mayor's office on Friday.") == []


def test_answered_call_for_reform_stays(cue_words):
    text = "The governor answered the call for reform with a new bill."
    assert "answered" in cue_words(text)


def test_cause_explained_by_a_thing_is_no_explanation(cue_words):
    text = "The rise in ferry fares is partly explained by the higher cost of diesel."
    assert "explained" not in cue_words(text)


def test_rule_explained_by_an_official_stays(cue_words):
    text = "The new parking rule was explained by the city planner at the meeting."
    assert "explained" in cue_words(text)


def test_contest_defended_is_no_case_argued(cue_words):
    text = "Senators defending their seats this year need his voters."
    assert "defending" not in cue_words(text)


def test_plan_defended_stays(cue_words):
    assert "defended" in cue_words("The governor defended the budget on Monday.")


def test_outcome_decided_is_no_view(cue_words):
    assert "decide" not in cue_words("Independents alone will not decide the primary.")


def test_fate_decided_by_voters_is_no_view(cue_words):
    text = "Voters in the valley will decide the fate of the new stadium next month."
    assert "decide" not in cue_words(text)


def test_race_decided_in_the_passive_is_no_view(cue_words):
    assert "decided" not in cue_words("The race was decided by a few hundred votes in the end.")


def test_decision_to_act_stays(cue_words):
    assert "decided" in cue_words("The board decided to close the plant in March.")


def test_choice_not_yet_made_stays(cue_words):
    text = "The farmers have not decided which candidate they will back."
    assert "decided" in cue_words(text)


def test_status_given_up_is_no_stance(cue_words):
    text = "Many firms are renouncing their citizenship to cut taxes."
    assert "renouncing" not in cue_words(text)


def test_violence_renounced_stays(cue_words):
    assert "renounced" in cue_words("The cleric renounced violence last year.")


def test_image_projected_onto_a_surface_is_no_forecast(cue_words):
    text = "Protesters shouted at the minister and projected slogans onto the walls of the hall."
    assert "projected" not in cue_words(text)


def test_figure_projected_stays(cue_words):
    text = "Analysts projected a record deficit for the coming year."
    assert "projected" in cue_words(text)


def test_place_shown_to_a_person_is_no_finding(cue_words):
    assert "showed" not in cue_words("At the farm, the old chef showed me where he slept.")


def test_map_showing_where_stays(cue_words):
    assert "shows" in cue_words("The map shows where the storm hit.")


def test_gesture_at_a_person_is_no_report(cue_words):
    text = "He recently pointed to a woman in the crowd and called her a hero."
    assert "pointed" not in cue_words(text)


def test_pointing_to_a_report_stays(cue_words):
    assert "pointed" in cue_words("She pointed to the report.")


def test_pointing_out_to_a_person_stays(cue_words):
    assert "pointed" in cue_words("He pointed out the flaw to me.")


def test_word_referring_to_a_meaning_is_no_report(cue_words):
    text = 'The word "boom" only refers to how fast prices rose, not how long they stayed high.'
    assert "refers" not in cue_words(text)


def test_person_referring_to_a_thing_stays(cue_words):
    assert "referred" in cue_words("The mayor referred to the cost of the new bridge.")


def test_record_defended_stays(cue_words):
    assert "defended" in cue_words("The governor defended his record on the economy.")


def test_price_asked_of_a_payer_is_no_accusation(cue_words):
    text = "The inquiry began after the airline was charging travellers in Wales 15% more."
    assert "charging" not in cue_words(text)


def test_charge_with_a_crime_and_no_amount_stays(cue_words):
    text = "Police charged the driver with reckless driving on Sunday."
    assert "charged" in cue_words(text)


def test_party_voted_for_is_no_report(cue_words):
    text = "Farmers in the valley, who mostly vote Republican, sold their crops early."
    assert "vote" not in cue_words(text)


def test_groups_read_as_voted_are_no_report(cue_words):
    text = "Many residents hand their ballots to voting groups to carry to the county offices."
    assert "voting" not in cue_words(text)


def test_vote_for_a_plan_or_to_act_stays(cue_words):
    assert "voted" in cue_words("The council voted to delay the new parking fees.")
    assert "voted" in cue_words("The board voted 5 to 2 to close the old library.")


def test_event_a_time_saw_is_no_view(cue_words):
    text = "The rescue plan of 2009 saw most of the bank coming under state control."
    assert "saw" not in cue_words(text)


def test_change_undergone_is_no_view(cue_words):
    text = "Also, shipping firms saw steep drops as a result of the new port fees."
    assert "saw" not in cue_words(text)


def test_toll_an_event_saw_is_no_view(cue_words):
    text = "The purges saw thousands if not tens of thousands of farmers jailed."
    assert "saw" not in cue_words(text)


def test_clause_before_a_semicolon_leaves_a_change_undergone(cue_words):
    text = (
        "In the 1980s the ruler became feared; the purges saw thousands if not tens of "
        "thousands of farmers jailed."
    )
    assert "saw" not in cue_words(text)


def test_expectation_held_now_stays(cue_words):
    assert "see" in cue_words("Most economists see wages rising over the next year.")


def test_seeing_that_stays(cue_words):
    assert "saw" in cue_words("The inspector saw that the bridge had been badly repaired.")


def test_forecast_people_saw_stays(cue_words):
    assert "saw" in cue_words("Economists saw growth slowing to 2 percent next year.")


def test_what_a_show_has_in_it_is_no_view(cue_words):
    text = "The show, which is on hiatus, sees three men and three women move in together."
    assert "sees" not in cue_words(text)
    assert "sees" not in cue_words("Each round sees two teams meet in the final.")


def test_forecast_of_a_report_or_a_body_in_the_present_stays(cue_words):
    assert "sees" in cue_words("The report sees growth slowing next year.")
    assert "sees" in cue_words("The central bank sees inflation at two percent.")
    assert "see" in cue_words("In the new poll, 61 percent see the governor favourably.")


def test_outcome_of_a_plan_in_a_relative_clause_is_no_view(cue_words):
    text = "The ferry line is pursuing a growth plan which will see its fleet double by 2030."
    assert "see" not in cue_words(text)


def test_view_of_a_person_in_a_relative_clause_stays(cue_words):
    text = "The mayor, who saw the cuts as a mistake, resigned on Monday."
    assert "saw" in cue_words(text)


def test_draw_of_a_thing_is_no_plea(cue_words):
    text = "Their dull plans will never have the appeal of a fresh start offered by the mayor."
    assert "appeal" not in cue_words(text)


def test_plea_for_something_stays(contents):
    text = "The governor's appeal for calm after the storm was heard across the harbour."
    assert ("appeal", "calm") in contents(text)


def test_proof_owed_is_no_finding(cue_words):
    text = "The council was firm: the mayor must prove that the new bridge is safe."
    assert "prove" not in cue_words(text)


def test_proof_as_a_challenge_is_no_finding(cue_words):
    text = "By putting the onus on the firm to prove its dam is sound, the board bought time."
    assert "prove" not in cue_words(text)


def test_advice_to_consider_is_no_view(cue_words):
    text = "Lawmakers should consider passing rules that limit access to stored chemicals."
    assert "consider" not in cue_words(text)


def test_advice_to_consider_after_a_report_is_no_view(cue_words):
    text = "Our results support safer storage. Owners ought to consider locking their sheds."
    assert "consider" not in cue_words(text)


def test_consideration_reported_stays(cue_words):
    text = "Many farmers in the valley are considering joining the new cooperative."
    assert "considering" in cue_words(text)


def test_finding_proved_stays(cue_words):
    text = "A study by two engineers proved that the old bridge was never safe."
    assert "proved" in cue_words(text)


def test_court_appeal_by_a_party_stays(cue_words):
    text = "The high court ruled on the appeal of that decision by Lee's government."
    assert "appeal" in cue_words(text)


def test_court_appeal_filed_stays(contents):
    assert ("appeal", "the fine") in contents("The city filed an appeal of the fine.")


def test_appeal_of_a_court_decision_stays(contents):
    assert ("appeal", "the ruling") in contents("The club made an appeal of the ruling.")


def test_name_glossed_in_the_present_is_no_report(cue_words):
    assert "refers" not in cue_words("The Kremlin refers to the Russian government.")
    assert "refers" not in cue_words("The White House refers to the president's office.")


def test_organisation_referring_in_a_document_stays(contents):
    text = "Acme refers to the study in its complaint."
    assert ("refers", "the study in its complaint") in contents(text)


def test_person_referring_in_the_present_stays(cue_words):
    assert "refers" in cue_words("Lee refers to the cost in her letter.")


def test_client_defended_by_a_law_firm_is_no_stance(cue_words):
    text = "Ann Lee, who worked for a big law firm that defended troubled banks, spoke first."
    assert "defended" not in cue_words(text)


def test_client_defended_by_attorneys_is_no_stance(cue_words):
    text = "Two attorneys defended the bank at the trial in Denver last spring."
    assert "defended" not in cue_words(text)


def test_lawyer_defending_a_decision_stays(cue_words):
    assert "defended" in cue_words("The lawyer defended the ruling in a statement.")


def test_beat_written_about_is_no_report(contents):
    text = "Tom Reed, who writes about the oil industry for investors, said prices would rise."
    assert contents(text) == [("said", "prices would rise")]


def test_piece_written_about_stays(cue_words):
    text = "Tom Reed, who wrote about the plan last week, said prices would rise."
    assert "wrote" in cue_words(text)


def test_participle_after_a_noun_hung_on_the_verb_is_no_intention(cue_words):
    text = "Earlier this year, the firm opened a large data center in Ohio intended to support it."
    assert "intended" not in cue_words(text)


def test_intention_after_a_subject_stays(cue_words):
    assert "intended" in cue_words("The mayor, who had long intended to run, stayed home.")


def test_work_written_is_no_report(cue_words):
    text = (
        "After he moved to Texas and continued to write songs he would mail to the band, "
        "they asked him to join."
    )
    assert "write" not in cue_words(text)


def test_letter_reporting_a_view_stays(cue_words):
    assert "wrote" in cue_words("The poet wrote that the songs of the band were too long.")


def test_a_book_written_to_argue_stays(cue_words):
    text = "The historian wrote a book arguing that the war was lost in its first year."
    assert "wrote" in cue_words(text)


def test_admission_to_a_body_in_the_passive_is_no_confession(cue_words):
    text = (
        "For her research, Okafor was elected as a Fellow of the Royal Institute in 1985 and "
        "admitted to the National Academy of Letters in 1996."
    )
    assert "admitted" not in cue_words(text)


def test_admission_to_hospital_is_no_confession(cue_words):
    assert "admitted" not in cue_words("The driver was admitted to hospital on Monday night.")


def test_confession_with_admit_to_stays(cue_words):
    assert "admitted" in cue_words("The former treasurer admitted to the thefts on Monday.")


def test_matter_referred_to_a_body_is_no_saying(cue_words):
    text = "People who ignore a subpoena are referred to prosecutors for possible charges."
    assert "referred" not in cue_words(text)


def test_referred_to_as_stays(cue_words):
    assert "referred" in cue_words("The first Tuesday of March is referred to as the big day.")


def test_confession_with_admit_that_stays(cue_words):
    assert "admitted" in cue_words("The treasurer admitted that he had taken the funds.")


def test_what_a_name_suggests_is_no_report(cue_words):
    text = "As its name suggests, the rowing club meets by the river every Sunday."
    assert cue_words(text) == []


def test_what_a_term_implies_is_no_report(cue_words):
    text = "The term implies that the volunteers are never paid for their work."
    assert cue_words(text) == []


def test_person_suggesting_stays(cue_words):
    text = "The coach suggested that the rowing club meets by the river every Sunday."
    assert cue_words(text) == ["suggested"]


def test_someone_seen_with_a_thing_is_no_view(cue_words):
    text = "The former mayor was seen with a walking cane at the town fair."
    assert "seen" not in cue_words(text)


def test_a_post_seen_by_anyone_is_no_view(cue_words):
    text = "The post, which was about the mayor, could potentially be seen by anyone with access."
    assert "seen" not in cue_words(text)


def test_as_seen_by_a_thing_is_no_view(cue_words):
    text = "The bridge was still being repaired, as seen by the cranes around its towers."
    assert "seen" not in cue_words(text)


def test_thing_seen_after_a_colon_is_no_view(cue_words):
    text = (
        "The harbour does offer a perk for visitors: the old ferry can often be seen docked"
        " at the pier, a museum on water."
    )
    assert "seen" not in cue_words(text)


def test_seen_as_or_seen_to_or_seen_speaking_stays(cue_words):
    assert "seen" in cue_words("The budget plan is widely seen as a failure by economists.")
    assert "seen" in cue_words("The mayor is widely seen to favour the new harbour tax.")
    text = "Ann Lee is seen speaking about a hard line on the new harbour tax."
    assert "seen" in cue_words(text)


def test_same_said_of_another_is_no_report(cue_words):
    text = "The same could not be said for Ann Lee, 26, a nurse who was hurt in the crash."
    assert "said" not in cue_words(text)


def test_same_said_about_a_plan_stays(cue_words):
    assert "said" in cue_words("Much the same was said about the old plan.")


@pytest.mark.parametrize(
    "text",
    [
        "The fallout of the slump has been felt most keenly by residents of the mill towns.",
        "The quake was felt by people in three states.",
    ],
)
def test_effect_felt_is_no_view(cue_words, text):
    assert "felt" not in cue_words(text)


def test_view_felt_stays(cue_words):
    assert "felt" in cue_words("Many voters felt the plan was unfair.")


def test_inability_after_cannot_is_no_impression(cue_words):
    text = "The mayor just can't seem to convince the voters in the valley."
    assert "seem" not in cue_words(text)


def test_inability_after_could_not_is_no_impression(cue_words):
    text = "The two sides could not seem to agree on a date for the talks."
    assert "seem" not in cue_words(text)


def test_impression_denied_without_can_stays(cue_words):
    text = "The mayor doesn't seem to mind the criticism from the valley."
    assert "seem" in cue_words(text)


def test_price_after_a_clause_closed_by_a_colon_is_no_accusation(cue_words):
    text = (
        "Travel is one of the largest costs of the campaign: a company he owns has charged "
        "the campaign $3.7 million for flights."
    )
    assert "charged" not in cue_words(text)


def test_attack_carried_out_is_a_deed_not_words(cue_words):
    text = "Days after the gunman carried out his attack on the school, the council met."
    assert "attack" not in cue_words(text)


def test_suicide_attack_is_a_deed_not_words(cue_words):
    text = "The bomber's suicide attack on the army base killed nine soldiers."
    assert "attack" not in cue_words(text)


def test_attack_on_a_vessel_is_a_deed_not_words(cue_words):
    text = "The submarine was short on torpedoes from its recent attack on enemy cargo ships."
    assert "attack" not in cue_words(text)


def test_attack_in_words_stays(cue_words):
    assert "attack" in cue_words("The senator's attack on the mayor drew wide criticism.")


def test_aiming_a_speech_at_a_rival_points_a_thing(cue_words):
    text = "The governor aimed her speech at the mayor, not at the council."
    assert "aimed" not in cue_words(text)


def test_aiming_ads_in_a_relative_clause_points_a_thing(cue_words):
    text = "The board, which aimed its new ads at young voters, met on Monday."
    assert "aimed" not in cue_words(text)


def test_aiming_to_act_states_a_purpose(cue_words):
    assert "aims" in cue_words("The governor aims to cut property taxes next year.")


def test_a_claim_staked_is_a_right_put_forward_not_an_assertion(contents):
    text = "The city is staking its claim to the title of cultural capital."
    assert not any(cue == "claim" for cue, _ in contents(text))
    text = "Her claim that the vote was rigged drew scorn."
    assert ("claim", "that the vote was rigged") in contents(text)


def test_an_outcome_proven_is_no_finding(cue_words):
    text = "The old theory lives on, even though it has been proved wrong again and again."
    assert "proved" not in cue_words(text)
    assert "proved" in cue_words("The claim was proved false by the audit.")


def test_an_appeal_had_is_a_draw_not_a_plea(cue_words):
    assert "appeal" not in cue_words("The general had only one appeal for the party: he won.")
    assert "appeal" in cue_words("The mayor made a fresh appeal for calm on Sunday.")


def test_a_way_found_is_no_finding(cue_words):
    text = "Several clubs have found ways to cut costs, chiefly by sharing coaches."
    assert cue_words(text) == []
    assert cue_words("The study found that the virus spreads fast.") == ["found"]
