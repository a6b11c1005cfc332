"""A closing participle clause after a modal content clause is the writer's note on what the
saying led to."""


def test_participle_after_a_modal_clause_is_left_out(contents):
    text = "The senator said he would vote for the bill, drawing an angry reply from his party."
    assert ("said", "he would vote for the bill") in contents(text)


def test_participle_after_a_clause_of_fact_stays(contents):
    text = "The campaign said it raised $5 million in May, bringing its total to $40 million."
    assert ("said", "it raised $5 million in May, bringing its total to $40 million") in contents(
        text
    )


def test_before_phrase_after_a_modal_clause_is_left_out(contents):
    text = "The mayor announced she would close the pier, before changing her mind a week later."
    assert ("announced", "she would close the pier") in contents(text)


def test_after_phrase_after_a_modal_clause_is_left_out(contents):
    text = "The minister said he would resign, after meeting party leaders on Monday."
    assert ("said", "he would resign") in contents(text)


def test_before_phrase_without_a_comma_stays(contents):
    text = "The council said it would close the pier before rebuilding it in May."
    assert ("said", "it would close the pier before rebuilding it in May") in contents(text)
