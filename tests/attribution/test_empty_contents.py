def test_lone_who_is_no_content(contents):
    text = "The mayor, who was declared the winner by a thin margin, thanked the volunteers."
    assert ("declared", "who") not in contents(text)


def test_pronoun_for_words_said_is_no_content(contents):
    text = "The senator tried to take back his remarks a day after he said them."
    assert contents(text) == []


def test_person_asked_is_no_content(contents):
    assert contents("The official asked me. He did not wait for an answer.") == []


def test_person_reported_on_is_no_content(contents):
    text = "The nurse who filed two reports against him left the clinic."
    assert contents(text) == []


def test_the_following_is_no_content(contents):
    text = "The coach answered his critics on Sunday, tweeting the following:"
    assert ("tweeting", "the following") not in contents(text)


def test_said_so_stays(contents):
    text = "Most members back the plan, and the chair said so at the meeting on Monday."
    assert ("said", "so") in contents(text)


def test_reported_clause_stays(contents):
    text = "The mayor, who said the budget would pass, thanked the volunteers."
    assert ("said", "the budget would pass") in contents(text)


def test_be_whose_predicate_went_before_the_cue_is_no_content(contents):
    text = "The wreck lay far from where the old charts had predicted it would be."
    assert contents(text) == []
    assert contents("Sales were not as high as analysts had expected them to be.") == []


def test_be_with_its_predicate_stays(contents):
    text = "The wreck lay where the old charts had predicted it would be found."
    assert ("predicted", "it would be found") in contents(text)


def test_bare_to_is_no_content(contents):
    text = "Rates stayed low not because the board wants them to but because the economy needs it."
    assert contents(text) == []
    assert contents("He will resign if the party wants him to.") == []


def test_to_with_its_verb_stays(contents):
    text = "He will resign if the party wants him to step aside."
    assert ("wants", "him to step aside") in contents(text)
