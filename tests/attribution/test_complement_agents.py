"""The agent of a passive cue that the parse hung on the cue's adjective complement."""


def test_a_by_phrase_after_the_adjective_names_who_holds_the_view(attributed):
    text = "Owls are considered sacred by farmers in the valley, and the herders leave them.\n"
    view = next(s for s in attributed(text).statements if s.cue == "considered")
    assert view.text == "Owls are considered sacred"
    assert view.speaker_mention is not None and view.speaker_mention.text == "farmers in the valley"


def test_a_body_declaring_through_a_raised_be_speaks(attributed):
    text = 'The outbreak was declared to be a "pandemic" by the World Health Organization.\n'
    view = next(s for s in attributed(text).statements if s.cue == "declared")
    assert view.text == 'The outbreak was declared to be a "pandemic"'
    assert view.speaker == "World Health Organization"


def test_a_by_phrase_on_a_noun_names_the_nouns_doer_not_a_holder(attributed):
    text = "The new law is widely seen as a move by the government to limit protest.\n"
    view = next(s for s in attributed(text).statements if s.cue == "seen")
    assert view.speaker is None
    text = "The new law is considered a move by Beijing to limit protest.\n"
    view = next(s for s in attributed(text).statements if s.cue == "considered")
    assert view.speaker is None  # "move" is the complement, a noun: Beijing moves


def test_a_by_phrase_of_measure_holds_no_view(attributed):
    text = "The plan was considered unlikely by far.\n"
    assert all(s.speaker is None for s in attributed(text).statements)
    text = "Owls are considered sacred by custom in the valley.\n"
    assert all(s.speaker is None for s in attributed(text).statements)
