"""The writer's own remarks in an impersonal passive with a modal."""


def test_a_modal_impersonal_passive_is_the_writer_s_remark(cue_words):
    assert cue_words("It should be mentioned that the bridge reopened in 2004.") == []
    assert cue_words("It must be stressed that the figures are provisional.") == []


def test_a_plain_impersonal_passive_still_reports(contents):
    text = "It was announced that the bridge would reopen in May."
    assert contents(text) == [("announced", "that the bridge would reopen in May")]


def test_a_modal_passive_with_a_person_for_subject_still_reports(contents):
    text = "The mayor should be told that the bridge is unsafe."
    assert [c for c, t in contents(text)] == ["told"]
