"""Words for speakers: what can and cannot name one."""

from foretold.attribution.speaker_words import editor_insert


def test_a_word_in_square_brackets_is_an_editor_insert(nlp):
    doc = nlp("Then the [local] union will go on strike.")
    assert editor_insert(next(t for t in doc if t.text == "local"))
    assert not editor_insert(next(t for t in doc if t.text == "union"))


def test_a_bracket_closing_a_name_is_no_editor_insert(nlp):
    doc = nlp("But Acme [Foods] has been very open about it.")
    assert not editor_insert(next(t for t in doc if t.text == "Foods"))
