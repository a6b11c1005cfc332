"""Reports that open with a participle of saying are that participle's."""


def test_a_participle_of_saying_after_the_cue_reports_the_words_after_it(attributed):
    text = (
        '"We wrote twenty songs before the summer," Ann Lee said, mentioning the new record '
        'is "almost finished."'
    )
    found = {s.text: s.cue for s in attributed(text).statements}
    assert found['the new record is "almost finished."'] == "mentioning"


def test_a_gerund_that_is_the_object_of_another_word_stays_in_the_content(attributed):
    text = "He was wary of saying anything that could upset the board."
    [statement] = attributed(text).statements
    assert statement.text.startswith("saying")
