"""A "by" phrase of means on another doer's clause is the subject's own report."""


def _found(attributed, text):
    return [
        (s.cue, s.speaker_mention.text if s.speaker_mention else None, s.text)
        for s in attributed(text).statements
    ]


def test_a_means_phrase_on_the_object_told_to_act_is_the_subjects_own(attributed):
    text = "The mayor pressured the workers to stop by threatening their pensions."
    found = _found(attributed, text)
    assert ("pressured", "The mayor", "the workers to stop") in found
    assert ("threatening", "The mayor", "their pensions") in found


def test_a_means_phrase_on_a_clause_inside_a_noun_is_the_subjects_own(attributed):
    text = "The senator defended his plan of letting farmers sell their land by citing a new study."
    found = _found(attributed, text)
    assert ("defended", "The senator", "his plan of letting farmers sell their land") in found
    assert ("citing", "The senator", "a new study") in found


def test_a_means_phrase_in_a_reported_clause_stays_in_it(attributed):
    text = "The mayor said the workers won by threatening a strike."
    assert _found(attributed, text) == [
        ("said", "The mayor", "the workers won by threatening a strike")
    ]


def test_a_means_phrase_of_an_act_asked_for_stays_in_the_request(attributed):
    text = "The union called for the city to respond by admitting that the plan failed."
    assert _found(attributed, text) == [
        ("called", "The union", "for the city to respond by admitting that the plan failed")
    ]
