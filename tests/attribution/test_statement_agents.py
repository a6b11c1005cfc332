"""The maker of the statement a passive cue was voiced in speaks for the cue."""


def test_the_maker_of_a_statement_speaks_for_a_passive_cue(attributed):
    statements = attributed("The plan was condemned in a statement by the union.\n").statements
    assert [(s.cue, s.speaker, s.text) for s in statements] == [("condemned", "union", "The plan")]


def test_the_maker_of_a_speech_speaks_for_a_passive_cue(attributed):
    text = "The mayor was praised in a speech by the governor on Monday.\n"
    statements = attributed(text).statements
    assert [(s.cue, s.speaker, s.text) for s in statements] == [
        ("praised", "governor", "The mayor")
    ]


def test_a_place_built_by_someone_is_no_statement(attributed):
    text = "The mayor was praised in a town built by miners.\n"
    assert all(s.speaker != "miners" for s in attributed(text).statements)
