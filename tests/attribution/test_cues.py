from foretold.attribution.cues import ALL_VERBS, FILLER_VERBS, PREPOSITION_VERBS, cue_lemma
from foretold.attribution.quotes import find_quote_spans
from foretold.attribution.statements import colon_cues, find_cues, token_quotes


def _cues(nlp, text):
    doc = nlp(text)
    return [c.text for c in find_cues(doc, token_quotes(doc, find_quote_spans(text)))]


def test_reporting_verbs_and_according_to_are_cues(nlp):
    assert _cues(nlp, "Officials said the bridge was closed.") == ["said"]
    assert _cues(nlp, "The bridge was closed, according to police.") == ["according to"]


def test_cues_inside_quotation_marks_are_not_attributions(nlp):
    text = 'The senator told reporters on Monday: "I said we would win."'
    assert _cues(nlp, text) == ["told"]


def test_first_person_filler_is_not_a_cue(nlp):
    assert _cues(nlp, "I think the plan will fail.") == []


def test_lexicon_covers_belief_and_speech():
    assert {"say", "tell", "believe", "warn", "vow", "accuse"} <= ALL_VERBS
    assert "think" in FILLER_VERBS


def test_an_invitation_is_no_cue(nlp):
    assert _cues(nlp, "The club invited the mayor to open the new hall.") == []
    assert "invite" not in ALL_VERBS


def test_cue_lemma_mends_lemmatiser_slips():
    assert cue_lemma("hop", "hopes") == "hope"
    assert cue_lemma("say", "said") == "say"
    assert cue_lemma("eat", "eats") == "eat"


def test_heading_labels_are_not_speakers_but_mixed_case_names_are(nlp):
    text = "BYLINE: Jane Doe\n\nMcCain: We will win the seat.\n\nDeSantis on taxes: Cut them.\n"
    doc = nlp(text)
    cues = colon_cues(doc, token_quotes(doc, find_quote_spans(text)), text)
    assert [c.subject.text for c in cues] == ["McCain", "DeSantis"]


def test_question_nouns_report_without_a_holder(nlp):
    assert _cues(nlp, "The loss raised the question of whether the party can recover.") == [
        "question"
    ]
    assert _cues(nlp, "The question of the budget remains open.") == []


def _contents(nlp, text):
    doc = nlp(text)
    cues = find_cues(doc, token_quotes(doc, find_quote_spans(text)))
    return {c.text: [text[a:b] for a, b in c.fragments] for c in cues}


def test_verb_seems_like_and_it_seems_report_an_impression(nlp):
    found = _contents(nlp, "This plan seems like a sensible idea.")
    assert found["seems"] == ["This plan seems like a sensible idea"]
    found = _contents(nlp, "By now it seems like nobody will enter the race.")
    assert found["seems"] == ["nobody will enter the race"]


def test_verb_in_a_relative_clause_reports_the_pronoun_and_the_predicate(nlp):
    text = "They cut the tax, which economists say could slow growth."
    assert _contents(nlp, text)["say"] == ["which", "could slow growth"]


def test_verb_coordinated_after_its_content(nlp):
    text = "The factory is struggling, but it is still open, said the plant manager."
    assert _contents(nlp, text)["said"] == ["The factory is struggling, but it is still open"]


def test_verb_phrasal_and_prepositional_content(nlp):
    assert _contents(nlp, "The governor ruled out a second term.")["ruled"] == ["a second term"]
    assert _contents(nlp, "The union asked for a higher wage.")["asked"] == ["a higher wage"]


def test_a_motion_voted_down_is_the_object_alone(nlp):
    text = "The House passed it, but the Senate voted the measure down with a vote of 52 to 35."
    assert _contents(nlp, text)["voted"] == ["the measure"]


def test_verb_criticism_verbs_take_their_object(nlp):
    found = _contents(nlp, "The mayor derided the new parking rules.")
    assert found["derided"] == ["the new parking rules"]
    found = _contents(nlp, "The union disputed the company's figures.")
    assert found["disputed"] == ["the company's figures"]


def test_verb_care_about_names_its_object(nlp):
    found = _contents(nlp, "The farmers care about the price of grain.")
    assert found["care"] == ["the price of grain"]


def test_verb_trailing_as_clause_reports_the_clause_before_it(nlp):
    text = "The merger will collapse, as several analysts have predicted."
    assert _contents(nlp, text)["predicted"] == ["The merger will collapse"]


def test_mistagged_verb_after_a_quotation_closes_it(nlp):
    doc = nlp('"We will not back down from this fight," the editorial read.')
    cues = find_cues(doc, token_quotes(doc, find_quote_spans(doc.text)))
    assert [(c.text, c.subject.text, c.fragments) for c in cues] == [("read", "editorial", [])]


def test_mistagged_verb_before_that_clause_is_a_cue(nlp):
    text = "The city council projects that the new tax would raise $5 million."
    assert _contents(nlp, text)["projects"] == ["that the new tax would raise $5 million"]


def test_nouns_that_look_like_verbs_stay_nouns(nlp):
    assert "plans" not in _cues(nlp, "The board approved the new plans that the mayor drafted.")
    assert "states" not in _cues(nlp, "Voters in the big, rural states gave him a win.")


def test_expressed_stance_with_possessive_is_the_content(nlp):
    doc = nlp("The farmers expressed their support for the new dam.")
    cues = find_cues(doc, token_quotes(doc, find_quote_spans(doc.text)))
    found = [(c.text, c.subject.text, [doc.text[a:b] for a, b in c.fragments]) for c in cues]
    assert ("expressed", "farmers", ["their support for the new dam"]) in found


def test_relative_that_for_a_thing_holds_no_cue_noun(nlp):
    text = "The audit is a document that could raise new questions about the budget."
    assert "questions" not in _cues(nlp, text)


def test_pronoun_subject_holds_the_cue_noun_in_its_verb_phrase(nlp):
    doc = nlp("On Monday, she expanded upon her calls for new bike lanes.")
    cues = find_cues(doc, token_quotes(doc, find_quote_spans(doc.text)))
    found = {c.text: c.subject for c in cues}
    assert found["calls"].text == "she" and found["calls"].i == 3


def test_support_is_a_cue_only_when_voiced(nlp):
    assert "support" not in _cues(nlp, "The mayor had the full support of the council.")
    found = _contents(nlp, "The mayor voiced support for the new library.")
    assert found["support"] == ["the new library"]


def _found(nlp, text):
    doc = nlp(text)
    cues = find_cues(doc, token_quotes(doc, find_quote_spans(text)))
    return {c.text: (c.subject.text, [text[a:b] for a, b in c.fragments]) for c in cues}


def test_lexicon_verb_tagged_as_noun_after_did(nlp):
    found = _found(nlp, "Lee did post on Twitter Friday that his remarks were jokes.")
    assert found["post"] == ("Lee", ["that his remarks were jokes"])


def test_headline_verbs_joined_by_and_split_into_two_cues(nlp):
    found = _found(nlp, "Ohio Mayor Backs Smith And Denounces Jones.")
    assert found["Backs"][1] == ["Smith"]
    assert found["Denounces"][1] == ["Jones"]


def test_verb_tagged_as_adjective_before_it_as(nlp):
    found = _found(nlp, "The chef calls the dish ''comfort food''; rivals deride it as bland fare.")
    assert found["deride"] == ("rivals", ["it as bland fare"])


def test_boast_of_and_told_stories_of(nlp):
    found = _found(nlp, "Her new memoir boasts of her commitment to clean water.")
    assert found["boasts"] == ("memoir", ["her commitment to clean water"])
    text = "His cousin went to school with her, and told stories of how both boys were on the team."
    assert _found(nlp, text)["told"] == ("cousin", ["stories of how both boys were on the team"])


def test_stance_and_disclosure_verbs_take_their_object(nlp):
    found = _contents(nlp, "The mayor favors a new bridge over the river.")
    assert found["favors"] == ["a new bridge over the river"]
    found = _contents(nlp, "Many residents consider the fee unfair.")
    assert found["consider"] == ["the fee unfair"]
    found = _contents(nlp, "The audit exposed waste at the agency.")
    assert found["exposed"] == ["waste at the agency"]
    found = _contents(nlp, "Volunteers documented abuses at the border.")
    assert found["documented"] == ["abuses at the border"]


def test_passive_stance_with_a_preposition_reports_its_whole_clause(nlp):
    text = "The former treasurer was accused of hiding losses from the board."
    assert _contents(nlp, text)["accused"] == [text[:-1]]
    text = "The senator is known for her blunt speeches."
    assert _contents(nlp, text)["known"] == [text[:-1]]


def test_preps_stance_verbs_name_the_object_of_their_preposition(nlp):
    found = _contents(nlp, "The treasurer admitted to several accounting errors.")
    assert found["admitted"] == ["several accounting errors"]
    found = _contents(nlp, "The coach gushed about the new stadium.")
    assert found["gushed"] == ["the new stadium"]
    found = _contents(nlp, "The appeals court ruled against the zoning plan.")
    assert found["ruled"] == ["the zoning plan"]
    found = _contents(nlp, "The farmers are hoping for a mild winter.")
    assert found["hoping"] == ["a mild winter"]


def test_goals_are_cue_nouns(nlp):
    from foretold.attribution.noun_cues import noun_cue

    doc = nlp("The union stated its goal to cut hours.")
    cue = noun_cue(doc, doc[4])
    assert cue is not None and cue.subject.text == "union"


def test_stance_and_evidence_verbs_take_their_content(nlp):
    found = _contents(nlp, "Most farmers hate the new fuel tax.")
    assert found["hate"] == ["the new fuel tax"]
    found = _contents(nlp, "The mayor persuaded the council to delay the vote.")
    assert found["persuaded"] == ["the council to delay the vote"]
    found = _contents(nlp, "The survey illustrates how few tenants know their rights.")
    assert found["illustrates"] == ["how few tenants know their rights"]


def test_lexicon_covers_debunking_and_joking_about():
    assert "debunk" in ALL_VERBS
    assert "about" in PREPOSITION_VERBS["joke"].split()


def test_wanting_is_an_intention_with_its_infinitive_for_content(contents):
    assert contents("The governor wants to raise the toll on the bridge.") == [
        ("wants", "to raise the toll on the bridge")
    ]
    assert contents("The unions want the council to delay the vote.") == [
        ("want", "the council to delay the vote")
    ]
    assert contents("If you want to see the bridge, take the ferry.") == []


def test_preferring_is_a_stance_with_its_infinitive_for_content(contents):
    assert contents("Most residents prefer to wait for the final report.") == [
        ("prefer", "to wait for the final report")
    ]


def test_likening_and_crediting_verbs_report_their_object(attributed):
    found = attributed("The governor likened the strike to a hostage crisis.").statements
    assert [(s.cue, s.text) for s in found] == [("likened", "the strike to a hostage crisis")]
    text = "The coach credits the team's strong season to its young players."
    found = attributed(text).statements
    assert [(s.cue, s.text) for s in found] == [
        ("credits", "the team's strong season to its young players")
    ]


def test_verbs_of_liking_and_disowning_report_their_object(contents):
    assert contents("Many conservatives admire the former general.") == [
        ("admire", "the former general")
    ]
    assert contents("The council renounced its earlier plan.") == [
        ("renounced", "its earlier plan")
    ]


def test_verbs_of_hectoring_retracting_and_mirroring_report_their_object(contents):
    assert contents("The mayor harangued the council about its budget.") == [
        ("harangued", "the council about its budget")
    ]
    assert contents("The senator retracted her earlier claim.") == [
        ("retracted", "her earlier claim")
    ]
    assert contents("The senator mirrored the party line on trade.") == [
        ("mirrored", "the party line on trade")
    ]


def test_adjectives_of_annoyance_and_puzzlement_report_their_cause(contents):
    assert contents("Voters are mystified that the plan failed.") == [
        ("mystified", "that the plan failed")
    ]
    assert contents("The coach was annoyed by the referee's calls.") == [
        ("annoyed", "the referee's calls")
    ]


def test_unloading_on_someone_reports_them(contents):
    assert contents("Jane Lee unloaded on her rivals in a speech Sunday.") == [
        ("unloaded", "her rivals")
    ]
    assert contents("The workers unloaded the truck on Monday.") == []


def test_jeering_and_snubbing_report_a_stance_toward_the_object(nlp):
    contents = _contents(nlp, "Fans at the stadium booed the new coach.")
    assert contents == {"booed": ["the new coach"]}
    assert _contents(nlp, "The council spurned the developer's offer.") == {
        "spurned": ["the developer's offer"]
    }


def test_plotting_and_volunteering_report_an_intention(nlp):
    assert _contents(nlp, "The rebels plotted to seize the port.") == {
        "plotted": ["to seize the port"]
    }
    assert _contents(nlp, "Two nurses volunteered to stay overnight.") == {
        "volunteered": ["to stay overnight"]
    }


def test_quarrelling_reports_what_is_disputed(nlp):
    assert _contents(nlp, "The two ministers quarreled over the harbour budget.") == {
        "quarreled": ["the harbour budget"]
    }
    assert {"quarrel", "feud", "squabble"} <= set(PREPOSITION_VERBS)


def test_chiming_in_reports_the_remark_added(contents):
    text = "After the mayor spoke, Ann Porter chimed in with a warning about the budget."
    assert contents(text) == [("chimed", "a warning about the budget")]


def test_outlining_a_plan_reports_it(contents):
    text = "The transport minister outlined a plan to rebuild the northern railway."
    assert ("outlined", "a plan to rebuild the northern railway") in contents(text)


def test_underline_reports_a_clause_like_underscore(contents):
    text = "The minister underlined they keep talks with the union open and that a deal was near."
    assert (
        "underlined",
        "they keep talks with the union open and that a deal was near",
    ) in contents(text)


def test_sharing_reports_a_clause_but_not_an_object(contents):
    text = "The nurses shared that they had worked double shifts for a month."
    assert ("shared", "that they had worked double shifts for a month") in contents(text)
    assert contents("The nurses shared a photo of the ward with reporters.") == []
    assert contents("Similar views were shared by the teachers' union.") == []


def test_a_clause_only_verb_reports_as_a_closing_participle(contents):
    text = "The builders praised the crowd, sharing that every maker had a method of their own."
    assert ("sharing", "that every maker had a method of their own") in contents(text)


def test_specifying_reassuring_and_reaffirming_report_a_clause(contents):
    found = contents("The charter specifies that members are elected for four years.")
    assert ("specifies", "that members are elected for four years") in found
    found = contents("The bank reassured customers that their savings were safe.")
    assert ("reassured", "that their savings were safe") in found
    found = contents("The council reaffirmed that the bridge would reopen in May.")
    assert ("reaffirmed", "that the bridge would reopen in May") in found


def test_telling_of_something_reports_it(contents):
    text = "The painter Ann Lee told of being forced to rethink her whole career."
    assert ("told", "being forced to rethink her whole career") in contents(text)
    assert ("told", "the old mill") in contents("The guide told about the old mill.")


def test_cautioning_against_a_thing_reports_the_thing(contents):
    text = "Doctors cautioned against too much hope for the new drug."
    assert contents(text) == [("cautioned", "too much hope for the new drug")]


def test_reasserting_is_asserting_again(contents):
    assert contents("The minister reasserted that the border was open.") == [
        ("reasserted", "that the border was open")
    ]
    assert contents("On Monday the premier reasserted the openness of the project.") == [
        ("reasserted", "the openness of the project")
    ]


def test_being_ready_tells_preparedness_not_a_view(contents):
    text = "Most of the volunteers are ready to leave the harbour at dawn."
    assert not any(cue == "ready" for cue, _ in contents(text))
    text = "The mayor is eager to leave the harbour at dawn."
    assert ("eager", "to leave the harbour at dawn") in contents(text)


def test_verbs_of_harsh_judgement_report_what_they_judge(contents):
    assert contents("The governor bashed the mayor's plan to close the library.") == [
        ("bashed", "the mayor's plan to close the library")
    ]
    assert contents("Critics savaged the film as a waste of money.") == [
        ("savaged", "the film as a waste of money")
    ]
    assert contents("The board reprimanded the coach for his remarks.") == [
        ("reprimanded", "the coach for his remarks")
    ]
    assert contents("The candidate repudiated the endorsement of the militia.") == [
        ("repudiated", "the endorsement of the militia")
    ]
    assert contents("The show satirizes the city council.") == [("satirizes", "the city council")]
    assert contents("The campaign smeared the reporters who broke the story.") == [
        ("smeared", "the reporters who broke the story")
    ]


def test_trumpeting_a_message_reports_it(contents):
    assert contents("The senator trumpeted her plan to cut taxes.") == [
        ("trumpeted", "her plan to cut taxes")
    ]


def test_recoiling_at_a_proposal_reports_the_proposal(contents):
    assert contents("The mayor balked at the developer's proposal to build a tower.") == [
        ("balked", "the developer's proposal to build a tower")
    ]
    assert contents("The mayor bristled at the suggestion that he had lied.") == [
        ("bristled", "the suggestion that he had lied")
    ]
    assert contents("Lee swipes at rival over trade.") == [("swipes", "rival over trade")]


def test_disliking_or_disavowing_reports_the_thing_judged(contents):
    assert contents("Many farmers dislike the new water rules.") == [
        ("dislike", "the new water rules")
    ]
    assert contents("The senator quickly disavowed the group and its leader.") == [
        ("disavowed", "the group and its leader")
    ]


def test_apologizing_for_a_deed_reports_the_deed(contents):
    assert contents("The mayor apologized for the remarks on Tuesday.") == [
        ("apologized", "the remarks")
    ]
    assert contents("The airline apologised for the delays.") == [("apologised", "the delays")]
    assert contents("Then, she apologized.") == []


def test_opining_reports_the_object_of_its_preposition(contents):
    assert contents("Columnists opined against the new tax on fuel.") == [
        ("opined", "the new tax on fuel")
    ]


def test_reminiscing_and_fretting_report_the_object_of_their_preposition(contents):
    assert contents("Ann Lee reminisced about her years on the farm.") == [
        ("reminisced", "her years on the farm")
    ]
    assert contents("The coach fretted about the weather.") == [("fretted", "the weather")]


def test_debating_a_question_reports_the_question(contents):
    text = "Historians have long debated whether the treaty was a mistake."
    assert contents(text) == [("debated", "whether the treaty was a mistake")]


def test_debating_a_thing_or_with_someone_reports_nothing(contents):
    assert contents("They debated the budget for hours.") == []
    assert contents("The two candidates debated on Tuesday.") == []


def test_a_hypothesis_held_reports_its_clause(contents):
    text = "The authors had initially hypothesized the lava would feed the microbes."
    assert contents(text) == [("hypothesized", "the lava would feed the microbes")]
