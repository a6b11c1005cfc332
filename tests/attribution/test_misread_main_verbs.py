"""The sentence verb the tagger read as the object of a relative clause's infinitive."""


def test_a_relative_infinitive_ends_before_the_main_verb_read_as_its_object(contents):
    text = "The plan the council wants to adopt costs money."
    assert contents(text) == [("wants", "to adopt")]


def test_a_relative_infinitive_with_a_that_ends_before_the_misread_main_verb(contents):
    assert contents("The bill that Lee wants to pass faces a vote on Friday.") == [
        ("wants", "The bill that"),
        ("wants", "to pass"),
    ]


def test_a_plural_object_of_a_relative_infinitive_in_a_verbal_sentence_stays(contents):
    assert contents("Lee met the mayor, who wants to cut taxes.") == [("wants", "to cut taxes")]


def test_a_plural_object_of_a_subject_relative_in_a_verbless_sentence_stays(contents):
    # the relative pronoun is the clause's subject: its gap is no object of the infinitive
    assert contents("The senator who wants to ban guns.") == [("wants", "to ban guns")]
