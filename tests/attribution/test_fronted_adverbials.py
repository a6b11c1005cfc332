"""An adverbial set before a quotation whose cue follows it is the writer's, not the speaker's."""


def _said(attributed, text: str):
    return next(s for s in attributed(text).statements if s.cue in {"said", "told"})


def test_a_fronted_clause_of_time_is_left_out(attributed):
    # from Wikinews (CC BY 2.5)
    text = (
        "She was given a chance to audition for the role years later. When she was cast, "
        '"I swear to you, I was speechless," she told an audience at her session.'
    )
    statement = _said(attributed, text)
    assert statement.text == '"I swear to you, I was speechless,"'
    assert statement.kind == "direct"


def test_a_fronted_phrase_and_conjunction_are_left_out(attributed):
    text = (
        'The mayor spoke for an hour. But despite the tense mood, "I think we will win," said '
        "the mayor."
    )
    assert _said(attributed, text).text == '"I think we will win,"'


def test_a_subject_before_the_quotation_stays(attributed):
    text = 'The mayor spoke for an hour. The plan, "frankly, is a disaster," the mayor said.'
    statement = _said(attributed, text)
    assert statement.text == 'The plan, "frankly, is a disaster,"'
    assert statement.kind == "mixed"
