"""Who "this person" is: the single person just spoken of as a subject."""

from foretold.attribution.demonstrative_people import demonstrative_antecedent


def test_this_person_is_the_one_picked_out_of_a_group_just_before(speaker_of):
    text = (
        'One of the pupils said, "Sometimes I still dream of the flood." '
        "However, this person also said that the school felt safe again."
    )
    assert speaker_of(text, "school") == "one of the pupils"


def test_this_woman_is_the_woman_named_just_before(speaker_of):
    text = (
        'Ann Keller said, "I still dream of the flood." '
        "However, this woman also said that the town felt safe again."
    )
    assert speaker_of(text, "town") == "Ann Keller"


def test_these_people_and_a_possessive_point_back_to_no_one_here(nlp):
    doc = nlp("Ann Keller spoke. These people said it was late.")
    assert demonstrative_antecedent(next(t for t in doc if t.text == "people")) is None
    doc = nlp("Ann Keller spoke. This woman's son said no.")
    assert demonstrative_antecedent(next(t for t in doc if t.text == "son")) is None
