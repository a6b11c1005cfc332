"""A name in quotation marks given in an agentless passive is a label with no holder."""


def test_a_quoted_label_in_a_passive_is_reported_with_no_holder(attributed):
    text = "The new toll was labeled \u201ca tax on the poor\u201d within a week of its launch.\n"
    statements = [s for s in attributed(text).statements if s.cue == "labeled"]
    assert [(s.text, s.kind, s.speaker_mention) for s in statements] == [
        ("The new toll was labeled \u201ca tax on the poor\u201d", "mixed", None)
    ]


def test_a_quoted_label_in_a_relative_clause_names_the_noun_it_hangs_on(attributed):
    text = "Those are towns that are often labeled the \u201cforgotten heartland.\u201d\n"
    statements = [s for s in attributed(text).statements if s.cue == "labeled"]
    assert statements
    assert all(s.speaker_mention is None for s in statements)
    assert "forgotten heartland" in " ".join(s.text for s in statements)


def test_a_name_without_quotation_marks_is_the_writers_own(attributed):
    text = "The new feature is called Sync and ships next month.\n"
    assert all(s.cue != "called" for s in attributed(text).statements)


def test_a_quoted_name_after_its_noun_is_the_writers_own(attributed):
    text = "They swam in a small lake known as \u201cthe Mirror\u201d every summer.\n"
    assert all(s.cue != "known" for s in attributed(text).statements)


def test_a_label_given_by_someone_keeps_its_source(attributed):
    text = "The inquiry was labeled \u201ca witch hunt\u201d by his critics.\n"
    label = next(s for s in attributed(text).statements if "witch hunt" in s.text)
    assert label.speaker_mention is not None
    assert label.speaker_mention.text == "his critics"
