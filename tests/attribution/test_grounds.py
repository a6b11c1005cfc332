"""Grounds for a belief: "there is reason to believe ...", "police had reason to think ..."."""


def test_reason_after_there_is_reports_with_no_holder(attributed):
    found = attributed("There is no reason to presume that the vote was rigged.").statements
    assert [(s.cue, s.speaker, s.text) for s in found] == [
        ("presume", None, "that the vote was rigged")
    ]


def test_reason_someone_has_is_held_by_them(attributed):
    found = attributed("The detectives had reason to believe that the driver was armed.").statements
    assert [(s.speaker, s.text) for s in found] == [("detectives", "that the driver was armed")]
