"""An "as" aside set off by commas after a clause's subject, hung on that subject."""


def test_an_as_aside_after_the_subject_reports_the_clause_around_it(contents):
    found = contents("The town, as the report notes, has no bus.")
    assert [cue for cue, _ in found] == ["notes"]
    assert found[0][1].startswith("The town") and found[0][1].endswith("has no bus")


def test_an_as_clause_without_commas_narrows_the_noun(contents):
    assert contents("The town as we know it has no bus.") == []
