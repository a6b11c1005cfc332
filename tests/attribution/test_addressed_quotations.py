def _by_cue(attributed, text: str, cue: str):
    return next(s for s in attributed(text).statements if s.cue == cue)


def test_a_quotation_after_the_addressee_of_a_participle_is_direct(attributed):
    text = 'The mayor spoke on Monday, urging residents: "Stay at home tonight."'
    statement = _by_cue(attributed, text, "urging")
    assert statement.text == '"Stay at home tonight."'
    assert statement.kind == "direct"


def test_a_quotation_after_the_one_praised_and_a_phrase_on_the_verb_is_direct(attributed):
    text = 'The senator praised the coach on Twitter: "He was one of the best in the league."'
    statement = _by_cue(attributed, text, "praised")
    assert statement.text == '"He was one of the best in the league."'
    assert statement.kind == "direct"


def test_a_quoted_phrase_joined_to_the_object_without_a_comma_stays_mixed(attributed):
    text = 'The minister urged residents to help the police and "deny the attackers any victory".'
    statement = _by_cue(attributed, text, "urged")
    assert statement.text.startswith("residents")
    assert statement.kind == "mixed"


def test_a_quotation_after_a_participle_left_only_its_addressee_is_that_participles(
    attributed,
):
    text = (
        "Jane Moss gave the keynote address on the opening night, urging viewers, "
        '"we have got to vote for the mayor like our lives depend on it." She spoke for an hour.'
    )
    statement = _by_cue(attributed, text, "urging")
    assert statement.text == '"we have got to vote for the mayor like our lives depend on it."'
    assert statement.kind == "direct"
    assert statement.speaker == "Jane Moss"


def test_a_quotation_another_cue_reports_is_not_given_to_the_addressee(attributed):
    text = (
        "Jane Moss gave the keynote address on the opening night, urging viewers, "
        '"we have got to vote." Moss said.'
    )
    statements = attributed(text).statements
    assert sum(s.text.startswith('"we have') for s in statements) == 1


def test_a_quotation_naming_the_object_within_its_sentence_is_not_said(attributed):
    text = 'The board tried to add the question, "Is the plan sound?", to the annual survey.'
    assert not any(s.text.startswith('"Is the plan') for s in attributed(text).statements)
