"""The to-infinitive a promise-like verb introduces."""


def test_finite_verb_coordinated_with_an_infinitive_goes_with_the_cue(contents):
    text = (
        "The two rivals urged voters to back their slate and tried to make the case that the"
        " race was close."
    )
    assert ("urged", "voters to back their slate") in contents(text)


def test_person_asked_to_act_goes_with_the_infinitive(contents):
    assert contents("The mayor urged the council to delay the vote.") == [
        ("urged", "the council to delay the vote")
    ]
