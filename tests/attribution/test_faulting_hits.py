"""Verbs of striking that find fault with someone over a matter."""


def test_hitting_someone_on_a_matter_reports_the_person_and_the_matter(contents):
    assert contents("A new television ad hits Mayor Tom Reed on rising crime.") == [
        ("hits", "Mayor Tom Reed on rising crime")
    ]
    assert contents("Senator Jane Lee hit the governor on the budget during the debate.") == [
        ("hit", "the governor on the budget")
    ]


def test_a_blow_or_a_time_is_no_fault_found(contents):
    assert contents("The police officer hit him on the head.") == []
    assert contents("The storm hit the town on Monday.") == []
    assert contents("The band hit the stage on Friday.") == []
