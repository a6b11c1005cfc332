"""A description the writer hedges: "seem" or "appear" in a restrictive relative clause or a
"what" subject clause."""


def test_restrictive_relative_with_appeared_is_a_description(cue_words):
    text = "The council passed a rule that appeared to hurt small farms the most."
    assert "appeared" not in cue_words(text)


def test_restrictive_relative_with_seems_is_a_description(cue_words):
    text = "The vote set off a quarrel over water rights that seems likely to last for years."
    assert "seems" not in cue_words(text)


def test_what_clause_as_subject_names_a_thing(cue_words):
    text = "What seems most striking is that the council never met the residents."
    assert "seems" not in cue_words(text)


def test_main_clause_impression_stays(cue_words):
    text = "The new rules appeared to hurt small farms the most."
    assert "appeared" in cue_words(text)


def test_relative_set_off_by_a_comma_stays(cue_words):
    text = "The fish ate the algae on the coral, which appeared to protect the reef from disease."
    assert "appeared" in cue_words(text)
