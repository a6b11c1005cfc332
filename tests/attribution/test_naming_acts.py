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
