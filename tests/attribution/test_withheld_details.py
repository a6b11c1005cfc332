"""A closing "without" phrase on what the speaker left out is the writer's note."""

from foretold.attribution.withheld_details import drop_withheld_tail


def test_without_elaborating_is_left_out(contents):
    text = "His brother said the singer died at home without elaborating."
    assert ("said", "the singer died at home") in contents(text)


def test_without_giving_details_after_a_comma_is_left_out(contents):
    text = "The minister claimed the ballots were forged, without providing evidence."
    assert ("claimed", "the ballots were forged") in contents(text)


def test_without_an_act_of_another_kind_stays(contents):
    text = "Ann Lee said the company fired her without giving a reason."
    assert ("said", "the company fired her without giving a reason") in contents(text)


def test_without_inside_a_quotation_stays(nlp):
    doc = nlp('She said "he left without explaining".')
    assert drop_withheld_tail(doc, 2, len(doc) - 1) == len(doc) - 1


def test_without_on_a_verb_inside_what_was_said_stays(contents):
    text = "She said officers detained him without explaining why."
    assert ("said", "officers detained him without explaining why") in contents(text)
