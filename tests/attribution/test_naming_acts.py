"""Naming acts: giving a thing a name or a post is no statement."""


def test_naming_a_thing_with_a_quoted_name_is_no_attribution(cue_words):
    text = 'The army began a new campaign. Its chief named it "Desert Dawn" on Monday.'
    assert "named" not in cue_words(text)


def test_calling_a_thing_a_quoted_label_stays(cue_words):
    text = 'The senator called the new tax plan "a disaster for farmers".'
    assert "called" in cue_words(text)


def test_naming_participle_after_a_noun_is_no_attribution(cue_words):
    text = (
        "Harlow Lodge dates to 1880, and was a summer retreat for the Bishop of Leeds "
        "called Glen Arden before becoming an inn."
    )
    assert "called" not in cue_words(text)


def test_naming_verb_with_its_own_subject_stays(cue_words):
    text = "The mayor of the town called Glen Arden a disgrace on Monday."
    assert "called" in cue_words(text)


def test_passive_nickname_with_no_namer_is_no_attribution(cue_words):
    text = 'The two storms were nicknamed "the Twin Terrors" and later made into a film.'
    assert "nicknamed" not in cue_words(text)


def test_nickname_after_a_name_is_no_attribution(cue_words):
    text = (
        "Businessman Tom Reed, the party nominee, answered questions. Reed, reportedly "
        'nicknamed the "king of salt", was chief executive of Salt Corp from 2000 to 2010.'
    )
    assert "nicknamed" not in cue_words(text)


def test_referred_to_as_a_quoted_name_is_no_attribution(cue_words):
    text = 'In the town, the last Friday of the sale is referred to as "Mad Friday".'
    assert "referred" not in cue_words(text)


def test_passive_nickname_with_its_namer_stays(cue_words):
    text = 'The tax plan was nicknamed "the Great Grab" by opposition leaders on Monday.'
    assert "nicknamed" in cue_words(text)


def test_referring_to_a_thing_as_a_quoted_label_stays(cue_words):
    text = 'The governor referred to the tax plan as "a raid on savers" on Monday.'
    assert "referred" in cue_words(text)
