"""How ``find_cues`` screens a verb before taking it as a cue."""


def test_verb_reporting_only_with_as_needs_its_as_phrase(contents):
    assert contents("The governor presented herself as a reformer.") == [
        ("presented", "herself as a reformer")
    ]
    assert contents("The raid was billed as a rescue mission.") == [
        ("billed", "The raid was billed as a rescue mission")
    ]
    assert contents("The governor presented the award to the winners.") == []


def test_we_with_a_belief_verb_reports_a_stated_clause_only(contents):
    assert contents("We do not know how many ballots were lost.") == [
        ("know", "how many ballots were lost")
    ]
    assert contents("What do we know about the new plan?") == []
    assert contents("I think the plan is fine.") == []


def test_a_gerund_tagged_as_a_noun_before_a_quotation_reports_it(contents):
    text = 'Lee affirmed her willingness to accept the role, writing, "The city needs calm."'
    found = contents(text)
    assert ("affirmed", "her willingness to accept the role") in found
    assert ("writing", '"The city needs calm."') in found


def test_you_judged_in_a_passive_for_not_knowing_is_no_filler(contents):
    text = "You can be forgiven for not knowing that the council met on Sunday."
    assert contents(text) == [("knowing", "that the council met on Sunday")]
