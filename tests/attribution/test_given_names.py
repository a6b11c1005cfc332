def test_participle_naming_a_thing_is_no_attribution(cue_words):
    text = "The crew used a small boat called the Heron to reach the island."
    assert "called" not in cue_words(text)


def test_agentless_passive_name_is_no_attribution(cue_words):
    assert "called" not in cue_words("The new reading mode is called Focus.")


def test_known_as_is_no_attribution(cue_words):
    text = "Flooding hit a district of the town known as the Lower Quarter."
    assert "known" not in cue_words(text)


def test_name_set_off_by_commas_is_no_attribution(cue_words):
    text = "The cloud of dust, called a haze, was large enough to see from the hills."
    assert "called" not in cue_words(text)


def test_naming_by_a_person_stays(cue_words):
    text = "The senator called the new tax plan a disaster for farmers."
    assert "called" in cue_words(text)


def test_call_for_stays(cue_words):
    text = "The union called for a new vote on the contract."
    assert "called" in cue_words(text)


def test_known_for_stays(cue_words):
    text = "The judge was known for her long and careful rulings."
    assert "known" in cue_words(text)


def test_appositive_name_after_a_comma_is_no_attribution(cue_words):
    text = "Tourists came to see the old walls that ring the town of Tarn, also called Old Harbour."
    assert "called" not in cue_words(text)
    text = "He spent a year on supervised release, also called probation, in the north."
    assert "called" not in cue_words(text)


def test_naming_after_an_aside_stays(cue_words):
    text = "The mayor, asked about the report, called it a sham."
    assert "called" in cue_words(text)


def test_quoted_name_after_participle_is_no_attribution(cue_words):
    text = 'The council launched a housing plan called "Homes First" in the spring.'
    assert "called" not in cue_words(text)


def test_quoted_name_after_known_as_is_no_attribution(cue_words):
    text = 'The old mill, known as the "Red Barn", was sold to a developer last year.'
    assert "known" not in cue_words(text)


def test_quoted_name_in_agentless_passive_is_no_attribution(cue_words):
    text = 'The storm was commonly called "the big blow." It flooded three towns.'
    assert "called" not in cue_words(text)


def test_quoted_label_with_agent_stays(cue_words):
    text = 'The inquiry, often labeled a "fishing trip" by its critics, went on for a year.'
    assert "labeled" in cue_words(text)


def test_quoted_label_with_speaker_stays(cue_words):
    text = 'The mayor called the budget "a disgrace to the city."'
    assert "called" in cue_words(text)


def test_quoted_name_used_by_a_community_stays(cue_words):
    text = 'The hacker, known online as "Nightowl," was arrested in May.'
    assert "known" in cue_words(text)


def test_call_for_someone_to_act_stays(contents):
    text = "Lee, speaking on the radio, called again for the mayor to resign over the scandal."
    found = contents(text)
    assert ("called", "for the mayor to resign over the scandal") in found


def test_quoted_name_with_a_by_in_a_clause_of_its_own_is_no_attribution(cue_words):
    text = (
        'The city began a housing program dubbed "Roofs First" in 2015 to address problems'
        " faced by renters."
    )
    assert "dubbed" not in cue_words(text)


def test_quoted_label_given_by_an_agent_stays(cue_words):
    text = 'The deal, dubbed "a giveaway" by critics, passed.'
    assert "dubbed" in cue_words(text)


def test_agentless_passive_name_with_a_quotation_elsewhere_is_no_attribution(cue_words):
    text = (
        "The song is called Quiet Hours after a verse where it states that grief is"
        " \u201ca weight upon me that never lifts.\u201d"
    )
    assert "called" not in cue_words(text)


def test_agentless_passive_with_a_quoted_label_and_an_agent_stays(cue_words):
    assert "called" in cue_words('The new tax plan was called "a disaster" by the senator.')


def test_also_known_as_a_description_gives_another_name(contents):
    found = contents("Many states apply the levy, also known as the window tax, to old houses.")
    assert not [text for cue, text in found if cue == "known"]


def test_name_set_off_after_a_hyphenated_noun_phrase_is_no_attribution(cue_words):
    text = "The layer of carbon-rich soil, called a peat bed, was deep enough to store water."
    assert "called" not in cue_words(text)


def test_commonly_known_as_gives_another_name(contents):
    found = contents("Several countries enforce sharia, commonly known as religious law, in court.")
    assert not [text for cue, text in found if cue == "known"]


def test_also_known_as_a_quoted_description_gives_another_name(contents):
    found = contents('The credit deals, also known as "swap lines", were extended.')
    assert not [text for cue, text in found if cue == "known"]


def test_widely_known_as_a_description_is_still_a_repute(contents):
    found = contents("The town, widely known as the capital of jazz, hosts a festival.")
    assert ("known", "The town, widely known as the capital of jazz") in found
