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
