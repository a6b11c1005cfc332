"""A verb of saying closed by a colon at the end of its paragraph reports the next paragraph."""


def test_paragraph_after_said_and_a_colon_is_the_words_reported(attributed, contents):
    text = (
        "In a speech last July, the governor said:\n\n"
        "Let no one be mistaken. The plan is a failure.\nIt cannot be fixed.\n\n"
        "The crowd cheered."
    )
    found = attributed(text).statements
    assert [(s.cue, s.text) for s in found] == [
        ("said", "Let no one be mistaken. The plan is a failure. It cannot be fixed")
    ]
    assert found[0].speaker_mention is not None
    assert found[0].speaker_mention.text == "the governor"
    # a quotation, page markup or a list after the colon is no block quotation
    assert contents('The mayor said:\n\n"We won."') == [("said", '"We won."')]
    assert contents('The council wrote:\n\n<tweet id="1"></tweet>') == []
    assert contents("The results were as follows:\n\nWages rose.") == []
    assert contents("The firm broke trade rules:\n\nIt sold tires below cost.") == []
