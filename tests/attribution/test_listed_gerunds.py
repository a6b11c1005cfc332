"""Listed gerunds: a gerund after a noun phrase and "and" that the parser joined to a verb of
another form before the range goes on with the list."""


def test_gerund_listed_after_an_asked_for_noun_goes_on_with_it(contents):
    text = "She called for tax cuts and cutting red tape."
    found = [t for c, t in contents(text) if c == "called"]
    assert found == ["tax cuts and cutting red tape"]


def test_gerund_listed_after_a_cue_noun_object_goes_on_with_it(contents):
    text = (
        "He doubled down with proposals for mass deportations and stripping citizenship "
        "from their children."
    )
    found = [t for c, t in contents(text) if c == "proposals"]
    assert found == ["mass deportations and stripping citizenship from their children"]


def test_a_finite_verb_after_the_object_is_a_second_act(contents):
    text = "She called for tax cuts and cut red tape."
    found = [t for c, t in contents(text) if c == "called"]
    assert found == ["tax cuts"]
