"""The writer's own remarks in an impersonal passive with a modal or an aside put to "you"."""


def test_a_modal_impersonal_passive_is_the_writer_s_remark(cue_words):
    assert cue_words("It should be mentioned that the bridge reopened in 2004.") == []
    assert cue_words("It must be stressed that the figures are provisional.") == []


def test_a_plain_impersonal_passive_still_reports(contents):
    text = "It was announced that the bridge would reopen in May."
    assert contents(text) == [("announced", "that the bridge would reopen in May")]


def test_a_modal_passive_with_a_person_for_subject_still_reports(contents):
    text = "The mayor should be told that the bridge is unsafe."
    assert [c for c, t in contents(text)] == ["told"]


def test_an_aside_lending_the_reader_a_memory_is_no_report(cue_words):
    text = "It took two years to see a banker - you might remember Lee - putting it into practice."
    assert "remember" not in cue_words(text)
    assert "recall" not in cue_words("Voters, you may recall, rejected the plan in 2010.")


def test_an_aside_lending_the_reader_a_word_is_no_report(cue_words):
    text = "The crowd was, you might say, stunned by the result."
    assert "say" not in cue_words(text)


def test_you_with_a_plain_verb_still_reports(cue_words):
    text = "Last week you said that the bridge would reopen in May."
    assert "said" in cue_words(text)
