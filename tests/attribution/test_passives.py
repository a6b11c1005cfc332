"""Passives, raising verbs and participles that tell how a noun is seen."""

from foretold.attribution.passives import passive_predicate


def test_participle_telling_how_a_noun_is_seen_reports_both(contents):
    text = "They arrested a man suspected of arson near the port."
    assert contents(text) == [("suspected", "a man suspected of arson near the port")]
    text = "The town, known as the capital of jazz, voted on Tuesday."
    assert ("known", "The town, known as the capital of jazz") in contents(text)


def test_passive_clause_leaves_out_a_closing_time_clause(contents):
    text = "The mayor was written off as a spent force when he launched his campaign."
    assert contents(text) == [("written", "The mayor was written off as a spent force")]


def test_a_passive_with_an_agent_and_an_infinitive_reports_the_whole_clause(contents):
    text = "Two aides were reported by local media to have left the building."
    assert contents(text) == [
        ("reported", "Two aides were reported by local media to have left the building")
    ]


def test_a_passive_with_an_agent_and_an_adverbial_infinitive_reports_the_whole_clause(contents):
    assert [t for c, t in contents("Jones was projected by the networks to win the seat.")] == [
        "Jones was projected by the networks to win the seat"
    ]


def test_raising_clause_leaves_out_a_closing_participle_clause(contents):
    text = (
        "Several council members appeared ready to abandon the mayor, throwing the city hall"
        " further into turmoil."
    )
    assert contents(text) == [
        ("appeared", "Several council members appeared ready to abandon the mayor")
    ]


def test_an_impersonal_passive_set_off_inside_a_clause_reports_that_clause(contents):
    text = "The road passed a farm where, it is said, smugglers once hid their boats."
    assert contents(text) == [("said", "smugglers once hid their boats")]


def test_a_noun_made_public_with_no_one_named_is_what_was_announced(contents):
    text = "A $4 billion merger announced Monday would create the largest dairy firm."
    assert contents(text) == [("announced", "A $4 billion merger")]
    text = "Nearly 5,000 new jobs expected next year will go to the region."
    assert contents(text) == [("expected", "Nearly 5,000 new jobs")]


def test_a_noun_announced_by_someone_named_is_no_unnamed_announcement(contents):
    text = "A merger announced by the company on Monday would create a giant."
    assert ("announced", "A merger") not in contents(text)


def test_passive_with_it_takes_a_clause_hung_on_a_time_phrase(attributed):
    found = attributed(
        "While it has been known for some time that the mill would close, officials said nothing."
    ).statements
    assert ("known", None, "that the mill would close") in [
        (s.cue, s.speaker, s.text) for s in found
    ]


def test_a_clause_before_a_passive_is_not_its_complement(contents):
    text = (
        "The council is running a survey of residents, the results of which will be "
        "announced on Friday."
    )
    assert contents(text) == []


def test_a_passive_with_an_agent_takes_in_the_act_it_blames_for(contents):
    text = "The aide was scolded by the mayor for leaking the budget memo."
    assert contents(text) == [
        ("scolded", "The aide was scolded by the mayor for leaking the budget memo")
    ]
    text = "The report was denounced by the mayor for its bias."
    assert contents(text) == [("denounced", "The report")]


def test_a_passive_with_an_agent_takes_in_the_act_it_blames_for_before_the_agent(contents):
    text = (
        "Much like his rival, the mayor was criticized for closing the library, even by "
        "conservatives like Senator Ann Lee."
    )
    assert [t for c, t in contents(text)] == ["the mayor was criticized for closing the library"]


def test_a_passive_with_an_agent_takes_in_the_words_it_blames_for(contents):
    text = "The mayor was criticized by residents for her proposal to close the library."
    assert contents(text) == [
        ("criticized", "The mayor"),
        ("criticized", "for her proposal to close the library"),
    ]


def test_a_passive_with_an_agent_takes_in_the_charge_hung_on_the_agent(contents):
    text = "The clerk was accused by the auditors of hiding the losses."
    assert ("accused", "of hiding the losses") in contents(text)
    text = "The clerk was questioned twice, and accused by the auditors of hiding the losses."
    assert ("accused", "of hiding the losses") in contents(text)
    text = "The clerk was praised by the mayor of the town."
    assert ("praised", "The clerk") in contents(text)


def test_a_passive_conjunct_with_an_agent_reports_the_noun_subject_it_shares(contents):
    text = "The news came from his agent and was confirmed by the club on Monday."
    assert ("confirmed", "The news") in contents(text)
    text = "He lost the vote and was mocked by his rivals."
    assert not any(cue == "mocked" for cue, _ in contents(text))


def test_passive_of_sight_with_an_ing_complement_reports_nothing(contents):
    text = "On Sunday evening the online grocer Fresko was observed limiting sales of rice."
    assert contents(text) == []


def test_an_of_phrase_on_the_agent_names_its_group_and_is_no_reason(contents):
    text = "Prices rose. The new budget was criticised by leaders of the opposition."
    assert contents(text) == [("criticised", "The new budget")]
    text = "Prices rose. The clerk was accused by the auditors of hiding the losses."
    assert contents(text) == [("accused", "The clerk"), ("accused", "of hiding the losses")]


def test_the_agent_of_a_passive_expectation_holds_it(attributed):
    statements = attributed("The bill is expected by analysts to pass next week.").statements
    assert [(s.cue, s.speaker) for s in statements] == [("expected", "analysts")]


def test_a_participle_with_a_question_clause_for_object_is_no_passive(contents):
    found = contents("An onlooker described for a news agency how the attack unfolded.")
    assert ("described", "how the attack unfolded") in found
    assert all(not text.startswith("An onlooker") for _, text in found)


def test_raised_clause_stops_before_a_joined_clause_with_its_own_subject(attributed):
    text = "Ann Lee was considered a likely candidate but Tom Cole said he would run."
    found = [(s.cue, s.speaker, s.text) for s in attributed(text).statements]
    assert ("considered", None, "Ann Lee was considered a likely candidate") in found
    assert ("said", "Tom Cole", "he would run") in found


def test_raised_clause_keeps_a_joined_predicate_without_a_subject(contents):
    text = "The bridge is considered unsafe and is closed to lorries."
    assert contents(text)[0][1].startswith("The bridge is considered unsafe")


def test_a_participle_expected_after_its_noun_makes_the_noun_no_speaker(attributed):
    for text, words in [
        (
            "The plant will stay open, with market sales expected to cover the price.",
            "market sales expected to cover the price",
        ),
        (
            "The plant will close next year, with the workers expected to move to a new site.",
            "the workers expected to move to a new site",
        ),
    ]:
        found = [s for s in attributed(text).statements if s.cue == "expected"]
        assert [(s.text, s.speaker) for s in found] == [(words, None)]


def test_a_raised_clause_leaves_out_a_relative_clause_set_off_on_its_subject(attributed):
    text = "The union, which backed the mayor in May, is widely seen as the most liberal.\n"
    parts = [s.text for s in attributed(text).statements if s.cue == "seen"]
    assert parts == ["The union", "is widely seen as the most liberal"]
    text = "The bill, which the council wrote in May, is expected to pass on Friday.\n"
    parts = [s.text for s in attributed(text).statements if s.cue == "expected"]
    assert parts == ["The bill", "is expected to pass on Friday"]


def test_a_noun_after_a_passive_of_pronouncing_says_what_the_subject_was_pronounced(contents):
    text = "The crowd cheered as she was announced the winner."
    assert ("announced", "she was announced the winner") in contents(text)
    text = "Within an hour the mayor was projected the winner."
    assert ("projected", "the mayor was projected the winner") in contents(text)
    text = "The mayor was told the news on Monday."  # "tell" hands over a thing said
    assert not [c for c, _ in contents(text) if c == "told"]


def test_a_pronounced_clause_leaves_out_a_relative_clause_set_off_on_its_subject(attributed):
    text = "Ortiz, whose campaign began only in March, was projected the winner.\n"
    parts = [s.text for s in attributed(text).statements if s.cue == "projected"]
    assert parts == ["Ortiz", "was projected the winner"]


def test_a_raising_passive_joined_to_a_verb_before_it_reports_its_infinitive(contents):
    text = "The senator opposes the treaty and is not expected to sign it this year."
    assert ("expected", "to sign it this year") in contents(text)
    text = "The driver was taken to hospital and is reported to be in a stable condition."
    assert ("reported", "to be in a stable condition") in contents(text)
    text = "The firm lost the case and was ordered to pay the fine within a month."
    assert not any(cue == "ordered" for cue, _ in contents(text))


def test_an_as_phrase_after_a_passive_agent_goes_with_the_subject(contents):
    text = "Lee will probably be remembered by historians as a reformer."
    assert contents(text) == [("remembered", "Lee"), ("remembered", "as a reformer")]


def test_a_thing_after_by_judges_nothing(contents):
    assert contents("The relic is recognized by tradition as the veil of a saint.") == []


def test_a_passive_complement_hung_on_the_verb_goes_with_the_subject(from_rows):
    doc = from_rows(
        [
            "Pigs 2 nsubjpass NNS NOUN pig",
            "are 2 auxpass VBP AUX be",
            "considered 2 ROOT VBN VERB consider",
            "unclean 2 oprd JJ ADJ unclean",
            "by 2 agent IN ADP by",
            "many 6 amod JJ ADJ many",
            "groups 4 pobj NNS NOUN group",
            ". 2 punct . PUNCT .",
        ]
    )
    assert passive_predicate(doc[2]) == (3, 4)


def test_the_one_pressed_or_urged_in_a_passive_is_no_content(attributed):
    for text in ("The mayor was pressed by reporters.", "Ann Lee was urged by aides."):
        assert [s.cue for s in attributed(text).statements] == []


def test_a_passive_that_keeps_its_object_reports_no_raised_clause(contents):
    assert contents("Mourners were offered two kinds of flowers to choose from.") == []
    assert contents("She was announced the winner of the race on Tuesday.") != []


def test_a_participle_whose_as_phrase_lost_its_noun_reports_nothing(contents):
    assert contents("Members seen as likely defectors were kept away from the vote.") == []
    assert contents("Students seen as possible cheaters were moved to another room.") == [
        ("seen", "Students seen as possible cheaters")
    ]
