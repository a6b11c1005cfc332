def test_bare_that_reading_the_facts_is_no_report(cue_words):
    text = "The beta gets new features first. That implies the beta runs ahead of the release."
    assert "implies" not in cue_words(text)


def test_bare_that_giving_a_sum_is_no_report(cue_words):
    text = "There were 170 deaths in May. That showed a sharp increase from last year."
    assert "showed" not in cue_words(text)


def test_demonstrative_with_a_noun_stays(cue_words):
    assert "implies" in cue_words("That report implies the mill will close next year.")


def test_relative_that_stays(cue_words):
    text = "The study that showed the drug works was published in May."
    assert "showed" in cue_words(text)


def test_a_lone_this_is_a_fact_with_no_words(cue_words):
    text = "By law, all men over 18 must register. This identifies them for the draft."
    assert "identifies" not in cue_words(text)


def test_a_lone_this_with_a_clause_is_the_writers_reading(cue_words):
    text = "The mayor met the union. This shows the talks are still alive."
    assert "shows" not in cue_words(text)
